//! Her account deleted through the contract: only by her, and nothing of hers stays.

use super::seed::{seed, DEMO_COORDINATOR_TOKEN, DEMO_WORKER_TOKEN, YOU};
use super::test_support::{call_at, tokyo};
use super::Server;
use crate::contract::http::{ApiRequest, ApiResponse, Method};
use chrono::{DateTime, Utc};

/// Tuesday 8 Dec 2026, 10:00 in Tokyo.
fn now() -> DateTime<Utc> {
    tokyo(2026, 12, 8, 10)
}

fn call(s: &mut Server, token: &str, req: ApiRequest) -> ApiResponse {
    call_at(s, token, req, now())
}

fn created(r: &ApiResponse) -> String {
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap_or_default();
    v["id"].as_str().unwrap_or_default().to_string()
}

#[test]
fn deleting_her_account_leaves_no_trace_of_her_and_only_she_can() {
    let mut s = Server::new(seed(now()));
    let body = r#"{"title":"請求書チェック","skill":"bookkeeping","why":"","support":""}"#;
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Post, "/api/v1/challenges")
            .header("idempotency-key", "k1")
            .json_body(body.into()),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let card = created(&r);
    for (token, key, path, body) in [
        (
            DEMO_COORDINATOR_TOKEN,
            "k2",
            format!("/api/v1/challenges/{card}/comments"),
            r#"{"text":"来週から"}"#,
        ),
        (
            DEMO_WORKER_TOKEN,
            "k3",
            format!("/api/v1/challenges/{card}/comments"),
            r#"{"text":"お願いします"}"#,
        ),
        (
            DEMO_COORDINATOR_TOKEN,
            "k4",
            format!("/api/v1/workers/{YOU}/endorsements"),
            r#"{"skill":"writing","message":"文章の読みやすさ抜群"}"#,
        ),
        (
            DEMO_WORKER_TOKEN,
            "k5",
            format!("/api/v1/workers/{YOU}/days-off"),
            r#"{"first":"2026-12-08","kind":"today","note":"発熱"}"#,
        ),
    ] {
        let r = call(
            &mut s,
            token,
            ApiRequest::new(Method::Post, path)
                .header("idempotency-key", key)
                .json_body(body.into()),
        );
        assert_eq!(r.status, 201, "{}", r.body);
    }
    let before = serde_json::to_string(&s.db).unwrap_or_default();
    assert!(before.contains(YOU));

    // Nobody else can: not a coordinator, not for her.
    let r = call(
        &mut s,
        DEMO_COORDINATOR_TOKEN,
        ApiRequest::new(Method::Delete, format!("/api/v1/workers/{YOU}")),
    );
    assert_eq!(r.status, 403);
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Delete, "/api/v1/workers/w-kei"),
    );
    assert_eq!(r.status, 403);

    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Delete, format!("/api/v1/workers/{YOU}")),
    );
    assert_eq!(r.status, 204, "{}", r.body);
    let after = serde_json::to_string(&s.db).unwrap_or_default();
    for trace in [
        YOU,
        "請求書チェック",
        "お願いします",
        "来週から",
        "文章の読みやすさ抜群",
        "発熱",
    ] {
        let near: String = after
            .split(trace)
            .next()
            .unwrap_or("")
            .chars()
            .rev()
            .take(120)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        assert!(!after.contains(trace), "{trace} is still kept: {near}");
    }
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Get, "/api/v1/session"),
    );
    assert_eq!(r.status, 401);
    // Everyone else is as they were.
    assert!(s.db.profiles.contains_key("w-kei"));
}
