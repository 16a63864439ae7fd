//! Keeping in touch through the contract: the cards beside a thread, a coordinator's own card
//! (which also sets her quiet hours), and the devices subscribed to system notifications.

use super::seed::{seed, COORDINATOR, DEMO_COORDINATOR_TOKEN, DEMO_WORKER_TOKEN};
use super::test_support::{call_at, tokyo};
use super::Server;
use crate::contract::answer::decode;
use crate::contract::contact_wire::ContactList;
use crate::contract::http::{ApiRequest, ApiResponse, Method};
use crate::contract::notice_wire::{NoticePage, PushKey};
use crate::domain::challenge::Challenge;
use crate::domain::worker::{QuestionStyle, ReplyWindow, Role};
use chrono::{DateTime, Utc};

/// Tuesday 24 Nov 2026, 20:00 in Tokyo.
fn evening() -> DateTime<Utc> {
    tokyo(2026, 11, 24, 20)
}

fn call(s: &mut Server, token: &str, req: ApiRequest) -> ApiResponse {
    call_at(s, token, req, evening())
}

fn get<T: serde::de::DeserializeOwned>(s: &mut Server, token: &str, path: &str) -> T {
    let r = call(s, token, ApiRequest::new(Method::Get, path));
    decode(r)
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

fn kei_card(s: &Server) -> String {
    s.db.challenges
        .iter()
        .find(|c| c.value.worker_id == "w-kei")
        .map(|c| c.value.id.clone())
        .unwrap_or_default()
}

#[test]
fn beside_her_thread_the_coordinator_sees_how_she_works_and_never_why_she_is_off() {
    let mut s = Server::new(seed(evening()));
    let id = kei_card(&s);
    let list: ContactList = get(
        &mut s,
        DEMO_COORDINATOR_TOKEN,
        &format!("/api/v1/challenges/{id}/contacts"),
    );
    assert_eq!(list.items.len(), 1);
    let kei = &list.items[0];
    assert_eq!((kei.user_id.as_str(), kei.role), ("w-kei", Role::Worker));
    assert_eq!(
        kei.work_style.question_style,
        Some(QuestionStyle::AllAtOnce)
    );
    assert!(kei.days_off.iter().all(|d| d.note.is_empty()));
    // 20:00 is after her hours: she will likely answer from her next window.
    assert!(kei.answers_later(evening()));
}

#[test]
fn she_sees_the_coordinators_card_and_only_on_her_own_cards() {
    let mut s = Server::new(seed(evening()));
    let mine = r#"{"title":"経理の入門","skill":"bookkeeping","why":"","support":""}"#;
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Post, "/api/v1/challenges")
            .header("idempotency-key", "k1")
            .json_body(mine.into()),
    );
    let c: Challenge = decode(r)
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"));
    let list: ContactList = get(
        &mut s,
        DEMO_WORKER_TOKEN,
        &format!("/api/v1/challenges/{}/contacts", c.id),
    );
    let ids: Vec<&str> = list.items.iter().map(|c| c.user_id.as_str()).collect();
    assert_eq!(ids, [COORDINATOR]);
    assert_eq!(
        list.items[0].work_style.reply_window,
        Some(ReplyWindow::SameDay)
    );
    // Someone else's card is not hers to look at.
    let other = kei_card(&s);
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Get, format!("/api/v1/challenges/{other}/contacts")),
    );
    assert_eq!(r.status, 404);
    // Her card is her profile: the coordinators' card is not hers to set.
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Put, "/api/v1/contact-card").json_body("{}".into()),
    );
    assert_eq!(r.status, 403);
}

#[test]
fn a_coordinators_hours_decide_when_a_notice_may_interrupt_her() {
    let mut s = Server::new(seed(evening()));
    let card = r#"{"availability":{"time_zone":"Asia/Tokyo","windows":[
        {"day":"Wed","start":"13:00","end":"15:00"}]},"reply_window":"next_workday"}"#;
    let r = call(
        &mut s,
        DEMO_COORDINATOR_TOKEN,
        ApiRequest::new(Method::Put, "/api/v1/contact-card").json_body(card.into()),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    // Her hours are checked as a worker's are (found by schemathesis: 61 hours a week).
    for bad in [
        r#"{"availability":{"time_zone":"Mars/Base","windows":[]}}"#,
        r#"{"availability":{"time_zone":"Asia/Tokyo","hours_per_week":61}}"#,
    ] {
        let r = call(
            &mut s,
            DEMO_COORDINATOR_TOKEN,
            ApiRequest::new(Method::Put, "/api/v1/contact-card").json_body(bad.into()),
        );
        assert_eq!(r.status, 422, "{}", r.body);
    }
    let body = r#"{"title":"経理の入門","skill":"bookkeeping","why":"","support":""}"#;
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Post, "/api/v1/challenges")
            .header("idempotency-key", "k1")
            .json_body(body.into()),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let page: NoticePage = get(&mut s, DEMO_COORDINATOR_TOKEN, "/api/v1/notifications");
    // Made Tuesday 20:00; her only window is Wednesday 13:00 (04:00 UTC).
    assert_eq!(page.items[0].interrupt_at, Some(tokyo(2026, 11, 25, 13)));
}

#[test]
fn a_device_subscribes_once_and_unsubscribes() {
    let mut s = Server::new(seed(evening()));
    let none: PushKey = get(&mut s, DEMO_WORKER_TOKEN, "/api/v1/notifications/push");
    assert_eq!(none.public_key, None);
    let mut s = Server::new(seed(evening())).sending_pushes("BKey".into());
    let key: PushKey = get(&mut s, DEMO_WORKER_TOKEN, "/api/v1/notifications/push");
    assert_eq!(key.public_key.as_deref(), Some("BKey"));
    let sub = r#"{"endpoint":"https://push.example/abc","expirationTime":null,
        "keys":{"p256dh":"BNc","auth":"tBH"}}"#;
    for _ in 0..2 {
        let r = call(
            &mut s,
            DEMO_WORKER_TOKEN,
            ApiRequest::new(Method::Put, "/api/v1/notifications/push").json_body(sub.into()),
        );
        assert_eq!(r.status, 204, "{}", r.body);
    }
    let devices = |s: &Server| {
        s.db.push_subscriptions
            .iter()
            .filter(|(id, _)| id == "w-you")
            .count()
    };
    assert_eq!(devices(&s), 1);
    let plain = r#"{"endpoint":"http://push.example/abc","keys":{"p256dh":"a","auth":"b"}}"#;
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Put, "/api/v1/notifications/push").json_body(plain.into()),
    );
    assert_eq!(r.status, 422, "{}", r.body);
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(
            Method::Delete,
            "/api/v1/notifications/push?endpoint=https%3A%2F%2Fpush.example%2Fabc",
        ),
    );
    assert_eq!(r.status, 204);
    assert_eq!(devices(&s), 0);
}
