//! Her weekly look back through the contract: settled once, a step up accepted changes her
//! profile and its ETag, who reads hers, the day she picks, and the one reminder a week.

use super::seed::{seed, DEMO_COORDINATOR_TOKEN, DEMO_WORKER_TOKEN, YOU};
use super::test_support::{call_at, tokyo, value};
use super::Server;
use crate::contract::answer::decode;
use crate::contract::http::{ApiRequest, ApiResponse, Method};
use crate::contract::notice_wire::NoticePage;
use crate::domain::look_back::LookBacks;
use crate::domain::notice::{Delivery, NoticeKind, NoticeSettings};
use crate::domain::skill::{Level, Skill};
use crate::domain::worker::Profile;
use chrono::{DateTime, Utc};

/// Friday 4 Dec 2026, 10:00 in Tokyo: the default look back day.
fn friday() -> DateTime<Utc> {
    tokyo(2026, 12, 4, 10)
}

fn thursday() -> DateTime<Utc> {
    friday() - chrono::Duration::days(1)
}

/// The demo with "you" registered.
fn server() -> Server {
    let mut s = Server::new(seed(friday()));
    if let Some(p) = s.db.profiles.get_mut(YOU) {
        p.value.onboarded = true;
    }
    s
}

fn settle(s: &mut Server, key: &str, body: &str) -> ApiResponse {
    let req = ApiRequest::new(Method::Post, format!("/api/v1/workers/{YOU}/look-backs"))
        .header("idempotency-key", key)
        .json_body(body.to_string());
    call_at(s, DEMO_WORKER_TOKEN, req, friday())
}

fn hers(s: &mut Server, token: &str, now: DateTime<Utc>) -> ApiResponse {
    let req = ApiRequest::new(Method::Get, format!("/api/v1/workers/{YOU}/look-backs"));
    call_at(s, token, req, now)
}

fn her_profile(s: &mut Server) -> (Profile, String) {
    let req = ApiRequest::new(Method::Get, format!("/api/v1/workers/{YOU}"));
    decode(call_at(s, DEMO_WORKER_TOKEN, req, friday()))
        .map(|v| (v.value, v.etag))
        .unwrap_or_else(|e| panic!("{e:?}"))
}

fn look_back_notices(s: &mut Server, token: &str, now: DateTime<Utc>) -> Vec<bool> {
    let req = ApiRequest::new(Method::Get, "/api/v1/notifications");
    let page: NoticePage = decode(call_at(s, token, req, now))
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"));
    page.items
        .iter()
        .filter(|n| n.kind == NoticeKind::LookBack)
        .map(|n| n.read)
        .collect()
}

const ACCEPT: &str = r#"{"week":"2026-W49","answers":{"went_well":"表の集計が早くなった"},
    "accepted":[{"kind":"level","skill":"spreadsheet","to":"can"}]}"#;

#[test]
fn accepting_a_step_up_changes_her_profile_and_its_etag_once() {
    let mut s = server();
    let (_, etag_before) = her_profile(&mut s);
    let first = settle(&mut s, "k1", ACCEPT);
    assert_eq!(first.status, 201, "{}", first.body);
    let mine = value::<LookBacks>(first);
    assert_eq!(mine.items.len(), 1);
    assert_eq!(mine.settled_week.as_deref(), Some("2026-W49"));
    assert_eq!((mine.this_week.as_str(), mine.due), ("2026-W49", false));
    let (profile, etag) = her_profile(&mut s);
    assert_eq!(
        profile.fields.level_of(Skill::Spreadsheet),
        Some(Level::Can)
    );
    assert_ne!(etag, etag_before);
    // A retry replays; the same look back sent again under another key changes nothing more.
    assert_eq!(settle(&mut s, "k1", ACCEPT).status, 201);
    let again = value::<LookBacks>(settle(&mut s, "k2", ACCEPT));
    assert_eq!(again.items.len(), 1);
    let (profile, etag_after) = her_profile(&mut s);
    assert_eq!(profile.level_history.len(), 1);
    assert_eq!(etag_after, etag);
}

#[test]
fn her_look_backs_are_hers_and_her_coordinators_to_read() {
    let mut s = server();
    let before = value::<LookBacks>(hers(&mut s, DEMO_WORKER_TOKEN, thursday()));
    assert_eq!(
        (before.day, before.due, before.this_week.as_str()),
        (5, false, "2026-W49")
    );
    assert!(value::<LookBacks>(hers(&mut s, DEMO_WORKER_TOKEN, friday())).due);
    assert_eq!(settle(&mut s, "k1", ACCEPT).status, 201);
    let seen = value::<LookBacks>(hers(&mut s, DEMO_COORDINATOR_TOKEN, friday()));
    assert_eq!(seen.items[0].answers.went_well, "表の集計が早くなった");
    // Another worker's are not hers to read.
    let other = ApiRequest::new(Method::Get, "/api/v1/workers/w-kei/look-backs");
    assert_eq!(
        call_at(&mut s, DEMO_WORKER_TOKEN, other, friday()).status,
        403
    );
}

#[test]
fn a_skip_settles_the_week_without_a_new_etag() {
    let mut s = server();
    let before = s.db.profiles.get(YOU).map(|p| p.version);
    let r = settle(&mut s, "k1", r#"{"week":"2026-W49","skipped":true}"#);
    assert_eq!(r.status, 201, "{}", r.body);
    assert!(value::<LookBacks>(r).items.is_empty());
    assert_eq!(s.db.profiles.get(YOU).map(|p| p.version), before);
    // Skipping while answering is not a skip.
    let both = r#"{"week":"2026-W49","skipped":true,"answers":{"hard":"寝不足"}}"#;
    assert_eq!(settle(&mut s, "k2", both).status, 422);
}

#[test]
fn only_she_settles_her_look_back_and_picks_its_day() {
    let mut s = server();
    let req = ApiRequest::new(Method::Post, format!("/api/v1/workers/{YOU}/look-backs"))
        .header("idempotency-key", "k1")
        .json_body(ACCEPT.into());
    assert_eq!(
        call_at(&mut s, DEMO_COORDINATOR_TOKEN, req, friday()).status,
        403
    );
    let plan = |day: &str| {
        ApiRequest::new(Method::Put, format!("/api/v1/workers/{YOU}/look-back-plan"))
            .json_body(format!(r#"{{"day":{day}}}"#))
    };
    assert_eq!(
        call_at(&mut s, DEMO_COORDINATOR_TOKEN, plan("3"), friday()).status,
        403
    );
    for bad in ["0", "8"] {
        assert_eq!(
            call_at(&mut s, DEMO_WORKER_TOKEN, plan(bad), friday()).status,
            422
        );
    }
    let saved = value::<LookBacks>(call_at(&mut s, DEMO_WORKER_TOKEN, plan("6"), friday()));
    assert_eq!((saved.day, saved.due), (6, false));
}

#[test]
fn reminded_once_on_her_day_and_the_reminder_is_read_once_she_has_looked_back() {
    let mut s = server();
    assert!(look_back_notices(&mut s, DEMO_WORKER_TOKEN, thursday()).is_empty());
    assert_eq!(
        look_back_notices(&mut s, DEMO_WORKER_TOKEN, friday()),
        [false]
    );
    assert_eq!(
        look_back_notices(&mut s, DEMO_WORKER_TOKEN, friday()),
        [false]
    );
    assert!(look_back_notices(&mut s, DEMO_COORDINATOR_TOKEN, friday()).is_empty());
    assert_eq!(settle(&mut s, "k1", ACCEPT).status, 201);
    assert_eq!(
        look_back_notices(&mut s, DEMO_WORKER_TOKEN, friday()),
        [true]
    );
    // Next Friday, the next week's.
    let next = friday() + chrono::Duration::days(7);
    assert_eq!(
        look_back_notices(&mut s, DEMO_WORKER_TOKEN, next),
        [false, true]
    );
}

#[test]
fn no_reminder_in_the_week_she_registers() {
    let mut s = Server::new(seed(friday()));
    let draft = ApiRequest::new(Method::Put, format!("/api/v1/workers/{YOU}/onboarding"))
        .header("if-match", "*")
        .json_body(r#"{"step":7,"fields":{"display_name":"さき"}}"#.into());
    let r = call_at(&mut s, DEMO_WORKER_TOKEN, draft, friday());
    assert_eq!(r.status, 200, "{}", r.body);
    let etag = r.get_header("etag").unwrap_or_default().to_string();
    let done = ApiRequest::new(
        Method::Post,
        format!("/api/v1/workers/{YOU}/onboarding/complete"),
    )
    .header("if-match", etag);
    let r = call_at(&mut s, DEMO_WORKER_TOKEN, done, friday());
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(look_back_notices(&mut s, DEMO_WORKER_TOKEN, friday()).is_empty());
    // Home offers it all the same, and the next week she is reminded.
    assert!(value::<LookBacks>(hers(&mut s, DEMO_WORKER_TOKEN, friday())).due);
    let next = friday() + chrono::Duration::days(7);
    assert_eq!(look_back_notices(&mut s, DEMO_WORKER_TOKEN, next), [false]);
}

#[test]
fn no_reminder_when_she_turned_it_off_or_has_not_registered() {
    let mut s = Server::new(seed(friday()));
    assert!(look_back_notices(&mut s, DEMO_WORKER_TOKEN, friday()).is_empty());
    let mut s = server();
    let mut off = NoticeSettings::default();
    off.kinds.insert(NoticeKind::LookBack, Delivery::Never);
    s.db.notice_settings.insert(YOU.into(), off);
    assert!(look_back_notices(&mut s, DEMO_WORKER_TOKEN, friday()).is_empty());
}
