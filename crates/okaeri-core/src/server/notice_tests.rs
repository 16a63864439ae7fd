//! お知らせ through the contract: who gets a notice of what, the inbox's pages, read state and
//! the settings that stop a kind.

use super::seed::{seed, COORDINATOR, DEMO_COORDINATOR_TOKEN, DEMO_WORKER_TOKEN, YOU};
use super::test_support::{call_at, tokyo};
use super::Server;
use crate::contract::answer::decode;
use crate::contract::http::{ApiRequest, ApiResponse, Method};
use crate::contract::notice_wire::{NoticePage, Unread};
use crate::domain::challenge::Challenge;
use crate::domain::notice::{NoticeKind, RequestChange};
use chrono::{DateTime, Utc};

/// Tuesday 24 Nov 2026, 20:00 in Tokyo: after everyone's hours.
fn evening() -> DateTime<Utc> {
    tokyo(2026, 11, 24, 20)
}

fn call(s: &mut Server, token: &str, req: ApiRequest) -> ApiResponse {
    call_at(s, token, req, evening())
}

fn inbox(s: &mut Server, token: &str, query: &str) -> NoticePage {
    let r = call(
        s,
        token,
        ApiRequest::new(Method::Get, format!("/api/v1/notifications{query}")),
    );
    decode(r)
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"))
}

fn request(s: &mut Server, key: &str) -> Challenge {
    let body = r#"{"title":"経理の入門","skill":"bookkeeping","why":"","support":""}"#;
    let r = call(
        s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Post, "/api/v1/challenges")
            .header("idempotency-key", key)
            .json_body(body.into()),
    );
    decode(r)
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"))
}

fn comment(s: &mut Server, token: &str, challenge: &str, key: &str, text: &str) {
    let r = call(
        s,
        token,
        ApiRequest::new(
            Method::Post,
            format!("/api/v1/challenges/{challenge}/comments"),
        )
        .header("idempotency-key", key)
        .json_body(format!(r#"{{"text":"{text}"}}"#)),
    );
    assert_eq!(r.status, 201, "{}", r.body);
}

#[test]
fn a_request_reaches_the_coordinator_once_and_waits_for_her_hours() {
    let mut s = Server::new(seed(evening()));
    let c = request(&mut s, "k1");
    // A retry of the same create makes no second notice.
    request(&mut s, "k1");
    let page = inbox(&mut s, DEMO_COORDINATOR_TOKEN, "");
    assert_eq!(page.unread, 1);
    let n = &page.items[0];
    assert_eq!(
        (
            n.kind,
            n.change,
            n.challenge_id.as_deref(),
            n.recipient_id.as_str()
        ),
        (
            NoticeKind::Request,
            Some(RequestChange::New),
            Some(c.id.as_str()),
            COORDINATOR
        )
    );
    // Made at 20:00 for someone with no hours given: 9:00 the next weekday, Tokyo time.
    assert_eq!(n.interrupt_at, Some(tokyo(2026, 11, 25, 9)));
    // The worker acted: nothing for her.
    assert!(inbox(&mut s, DEMO_WORKER_TOKEN, "").items.is_empty());
}

#[test]
fn read_on_one_device_is_read_everywhere() {
    let mut s = Server::new(seed(evening()));
    let c = request(&mut s, "k1");
    comment(
        &mut s,
        DEMO_WORKER_TOKEN,
        &c.id,
        "m1",
        "よろしくお願いします",
    );
    let page = inbox(&mut s, DEMO_COORDINATOR_TOKEN, "");
    assert_eq!(page.unread, 2);
    // Newest first: the comment, then the request.
    assert_eq!(page.items[0].kind, NoticeKind::Comment);
    assert_eq!(page.items[0].text, "よろしくお願いします");
    let mark = |s: &mut Server, body: String| -> usize {
        let r = call(
            s,
            DEMO_COORDINATOR_TOKEN,
            ApiRequest::new(Method::Post, "/api/v1/notifications/read").json_body(body),
        );
        decode::<Unread>(r)
            .map(|v| v.value.unread)
            .unwrap_or_else(|e| panic!("{e:?}"))
    };
    let first = page.items[1].id.clone();
    assert_eq!(mark(&mut s, format!(r#"{{"ids":["{first}"]}}"#)), 1);
    let count = call(
        &mut s,
        DEMO_COORDINATOR_TOKEN,
        ApiRequest::new(Method::Get, "/api/v1/notifications/count"),
    );
    assert_eq!(
        decode::<Unread>(count).map(|v| v.value.unread).ok(),
        Some(1)
    );
    // Someone else's ids change nothing of hers.
    assert_eq!(mark(&mut s, r#"{"ids":["n-not-hers"]}"#.into()), 1);
    assert_eq!(mark(&mut s, r#"{"all":true}"#.into()), 0);
    assert!(inbox(&mut s, DEMO_COORDINATOR_TOKEN, "")
        .items
        .iter()
        .all(|n| n.read));
}

#[test]
fn opening_a_card_reads_its_notices_and_the_board_counts_new_comments() {
    let mut s = Server::new(seed(evening()));
    let c = request(&mut s, "k1");
    let other = request(&mut s, "k2");
    comment(&mut s, DEMO_WORKER_TOKEN, &c.id, "m1", "質問があります");
    comment(&mut s, DEMO_WORKER_TOKEN, &c.id, "m2", "もう一つ");
    comment(&mut s, DEMO_WORKER_TOKEN, &other.id, "m3", "こちらも");
    let count = |s: &mut Server| -> Unread {
        let r = call(
            s,
            DEMO_COORDINATOR_TOKEN,
            ApiRequest::new(Method::Get, "/api/v1/notifications/count"),
        );
        decode(r)
            .map(|v| v.value)
            .unwrap_or_else(|e| panic!("{e:?}"))
    };
    let before = count(&mut s);
    assert_eq!(before.unread, 5);
    assert_eq!(before.new_comments.get(&c.id), Some(&2));
    assert_eq!(before.new_comments.get(&other.id), Some(&1));
    let body = format!(r#"{{"challenge_id":"{}"}}"#, c.id);
    let r = call(
        &mut s,
        DEMO_COORDINATOR_TOKEN,
        ApiRequest::new(Method::Post, "/api/v1/notifications/read").json_body(body),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let after = count(&mut s);
    // Its request and its two comments are read; the other card's stay.
    assert_eq!(after.unread, 2);
    assert_eq!(after.new_comments.get(&c.id), None);
    assert_eq!(after.new_comments.get(&other.id), Some(&1));
}

#[test]
fn the_inbox_comes_a_page_at_a_time() {
    let mut s = Server::new(seed(evening()));
    let c = request(&mut s, "k1");
    for i in 0..24 {
        comment(
            &mut s,
            DEMO_WORKER_TOKEN,
            &c.id,
            &format!("m{i}"),
            &format!("質問{i}"),
        );
    }
    let first = inbox(&mut s, DEMO_COORDINATOR_TOKEN, "");
    assert_eq!((first.items.len(), first.unread), (20, 25));
    assert_eq!(first.items[0].text, "質問23");
    let cursor = first.next_cursor.clone().unwrap_or_default();
    let second = inbox(&mut s, DEMO_COORDINATOR_TOKEN, &format!("?cursor={cursor}"));
    assert_eq!(second.items.len(), 5);
    assert_eq!(second.next_cursor, None);
    assert_eq!(second.items[4].kind, NoticeKind::Request);
    let small = inbox(&mut s, DEMO_COORDINATOR_TOKEN, "?limit=3");
    assert_eq!(small.items.len(), 3);
}

#[test]
fn her_choice_of_never_stops_that_kind_and_only_that_kind() {
    let mut s = Server::new(seed(evening()));
    let put = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Put, "/api/v1/notifications/settings")
            .json_body(r#"{"kinds":{"comment":"never","move":"now"}}"#.into()),
    );
    assert_eq!(put.status, 200, "{}", put.body);
    let c = request(&mut s, "k1");
    comment(
        &mut s,
        DEMO_COORDINATOR_TOKEN,
        &c.id,
        "m1",
        "来週話しましょう",
    );
    let mv = call(
        &mut s,
        DEMO_COORDINATOR_TOKEN,
        ApiRequest::new(Method::Post, format!("/api/v1/challenges/{}/moves", c.id))
            .header("if-match", "\"v1\"")
            .json_body(r#"{"to":"discussing"}"#.into()),
    );
    assert_eq!(mv.status, 200, "{}", mv.body);
    let page = inbox(&mut s, DEMO_WORKER_TOKEN, "");
    let kinds: Vec<NoticeKind> = page.items.iter().map(|n| n.kind).collect();
    assert_eq!(kinds, [NoticeKind::Move]);
    // すぐ知らせる: it may interrupt at once, though it is evening.
    assert_eq!(page.items[0].interrupt_at, Some(evening()));
    // The coordinator who acted hears nothing of her own comment or move.
    let hers = inbox(&mut s, DEMO_COORDINATOR_TOKEN, "");
    assert!(hers.items.iter().all(|n| n.actor_id == YOU));
}

#[test]
fn today_off_and_an_endorsement_reach_the_other_side() {
    let mut s = Server::new(seed(evening()));
    let today = r#"{"first":"2026-11-24","kind":"today","note":"子どもの発熱"}"#;
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Post, format!("/api/v1/workers/{YOU}/days-off"))
            .header("idempotency-key", "d1")
            .json_body(today.into()),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let planned = r#"{"first":"2026-12-10","last":"2026-12-11","kind":"planned"}"#;
    let r = call(
        &mut s,
        DEMO_WORKER_TOKEN,
        ApiRequest::new(Method::Post, format!("/api/v1/workers/{YOU}/days-off"))
            .header("idempotency-key", "d2")
            .json_body(planned.into()),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let page = inbox(&mut s, DEMO_COORDINATOR_TOKEN, "");
    // Only 「今日は休みます」 is news; a planned one shows on her page.
    assert_eq!(page.items.len(), 1);
    assert_eq!(
        (page.items[0].kind, page.items[0].text.as_str()),
        (NoticeKind::DayOff, "子どもの発熱")
    );
    let r = call(
        &mut s,
        DEMO_COORDINATOR_TOKEN,
        ApiRequest::new(Method::Post, format!("/api/v1/workers/{YOU}/endorsements"))
            .header("idempotency-key", "e1")
            .json_body(r#"{"skill":"writing","message":"文章が丁寧"}"#.into()),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let hers = inbox(&mut s, DEMO_WORKER_TOKEN, "");
    assert_eq!(hers.items[0].kind, NoticeKind::Endorsement);
    assert_eq!(hers.items[0].text, "文章が丁寧");
    // She is off today (Tuesday): it waits for Wednesday, though she has no hours (9:00).
    assert_eq!(hers.items[0].interrupt_at, Some(tokyo(2026, 11, 25, 9)));
}
