//! The contract's conventions, checked against the server both backends share.

use super::db::Db;
use super::seed::{seed, DEMO_COORDINATOR_TOKEN, DEMO_WORKER_TOKEN, YOU};
use super::Server;
use crate::contract::answer::decode;
use crate::contract::bodies::{ChallengeItem, SignedIn};
use crate::contract::http::{ApiRequest, ApiResponse, Method};
use crate::contract::problem::ApiError;
use crate::domain::challenge::{Challenge, Comment, Status};
use crate::domain::onboarding::OnboardingDraft;
use crate::domain::worker::{Profile, User};
use chrono::Utc;

fn server() -> Server {
    Server::new(seed(Utc::now()))
}

fn as_worker(req: ApiRequest) -> ApiRequest {
    req.header("authorization", format!("Bearer {DEMO_WORKER_TOKEN}"))
}

fn as_coordinator(req: ApiRequest) -> ApiRequest {
    req.header("authorization", format!("Bearer {DEMO_COORDINATOR_TOKEN}"))
}

fn call(s: &mut Server, req: ApiRequest) -> ApiResponse {
    s.handle(&req, Utc::now())
}

fn new_challenge_body() -> String {
    r#"{"title":"経理の入門","skill":"bookkeeping","why":"正社員を目指したい","hours_per_week":3,"support":""}"#.to_string()
}

#[test]
fn no_token_is_401_problem_json() {
    let mut s = server();
    let r = call(&mut s, ApiRequest::new(Method::Get, "/api/v1/session"));
    assert_eq!(r.status, 401);
    assert_eq!(
        r.get_header("content-type"),
        Some("application/problem+json")
    );
    let user: User = decode(call(
        &mut s,
        as_worker(ApiRequest::new(Method::Get, "/api/v1/session")),
    ))
    .map(|v| v.value)
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(user.id, YOU);
}

#[test]
fn signing_in_with_a_code_gives_a_token_and_a_cookie() {
    let mut s = server();
    let sign_in = |code: &str| {
        ApiRequest::new(Method::Post, "/api/v1/session")
            .json_body(format!(r#"{{"code":"{code}"}}"#))
    };
    let wrong = call(&mut s, sign_in("not-a-code"));
    assert_eq!(wrong.status, 401);
    let right = call(&mut s, sign_in(DEMO_COORDINATOR_TOKEN));
    assert_eq!(right.status, 200);
    assert!(right
        .get_header("set-cookie")
        .is_some_and(|c| c.starts_with("okaeri_session=") && c.contains("HttpOnly")));
    let signed_in: SignedIn = decode(right)
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        signed_in.user.role,
        crate::domain::worker::Role::Coordinator
    );
    let me = call(
        &mut s,
        ApiRequest::new(Method::Get, "/api/v1/session")
            .header("authorization", format!("Bearer {}", signed_in.token)),
    );
    assert_eq!(me.status, 200);
    let garbled = call(
        &mut s,
        ApiRequest::new(Method::Post, "/api/v1/session").json_body("[1]".into()),
    );
    assert_eq!(garbled.status, 400);
}

#[test]
fn a_session_cookie_works_like_a_token() {
    let mut s = server();
    let cookie = format!("theme=dark; okaeri_session={DEMO_COORDINATOR_TOKEN}");
    let r = call(
        &mut s,
        ApiRequest::new(Method::Get, "/api/v1/session").header("cookie", cookie),
    );
    assert_eq!(r.status, 200);
    assert!(r.body.contains("coordinator"));
    let bad =
        ApiRequest::new(Method::Get, "/api/v1/session").header("cookie", "okaeri_session=nope");
    assert_eq!(call(&mut s, bad).status, 401);
}

#[test]
fn unknown_route_is_404() {
    let mut s = server();
    assert_eq!(
        call(
            &mut s,
            as_worker(ApiRequest::new(Method::Get, "/api/v1/nothing"))
        )
        .status,
        404
    );
}

#[test]
fn idempotent_create_replays_and_refuses_other_body() {
    let mut s = server();
    let before = s.db.challenges.len();
    let req = || {
        as_worker(
            ApiRequest::new(Method::Post, "/api/v1/challenges")
                .header("idempotency-key", "k-1")
                .json_body(new_challenge_body()),
        )
    };
    let first = call(&mut s, req());
    assert_eq!(first.status, 201);
    let again = call(&mut s, req());
    assert_eq!(again.status, 201);
    assert_eq!(again.body, first.body);
    assert_eq!(again.get_header("idempotent-replayed"), Some("true"));
    assert_eq!(s.db.challenges.len(), before + 1);
    let other = as_worker(
        ApiRequest::new(Method::Post, "/api/v1/challenges")
            .header("idempotency-key", "k-1")
            .json_body(new_challenge_body().replace("経理", "総務")),
    );
    assert_eq!(call(&mut s, other).status, 422);
    let missing = as_worker(
        ApiRequest::new(Method::Post, "/api/v1/challenges").json_body(new_challenge_body()),
    );
    assert_eq!(call(&mut s, missing).status, 400);
    assert_eq!(s.db.challenges.len(), before + 1);
}

#[test]
fn stale_if_match_is_412_with_current_version() {
    let mut s = server();
    let id = "w-kei";
    // Only she may edit her profile; as the demo worker is w-you, edit w-you's.
    let got = decode::<Profile>(call(
        &mut s,
        as_worker(ApiRequest::new(
            Method::Get,
            format!("/api/v1/workers/{YOU}"),
        )),
    ));
    let got = got.unwrap_or_else(|e| panic!("{e:?}"));
    let mut fields = got.value.fields.clone();
    fields.display_name = "はな".into();
    let body = serde_json::to_string(&fields).unwrap_or_default();
    let put = |etag: &str| {
        as_worker(
            ApiRequest::new(Method::Put, format!("/api/v1/workers/{YOU}"))
                .header("if-match", etag)
                .json_body(body.clone()),
        )
    };
    let ok = call(&mut s, put(&got.etag));
    assert_eq!(ok.status, 200);
    assert_ne!(ok.get_header("etag"), Some(got.etag.as_str()));
    let stale = call(&mut s, put(&got.etag));
    assert_eq!(stale.status, 412);
    assert!(matches!(
        decode::<Profile>(stale),
        Err(ApiError::Conflict { current: Some(_) })
    ));
    let no_precondition = as_worker(
        ApiRequest::new(Method::Put, format!("/api/v1/workers/{YOU}")).json_body(body.clone()),
    );
    assert_eq!(call(&mut s, no_precondition).status, 428);
    let other = as_worker(
        ApiRequest::new(Method::Put, format!("/api/v1/workers/{id}"))
            .header("if-match", "*")
            .json_body(body),
    );
    assert_eq!(call(&mut s, other).status, 403);
}

#[test]
fn validation_errors_are_per_field() {
    let mut s = server();
    let req = as_worker(
        ApiRequest::new(Method::Post, "/api/v1/challenges")
            .header("idempotency-key", "k-2")
            .json_body(r#"{"title":""}"#.into()),
    );
    match decode::<Challenge>(call(&mut s, req)) {
        Err(ApiError::Validation(e)) => {
            assert_eq!(e.get("title"), Some("error.title_required"));
            assert_eq!(e.get("skill"), Some("error.skill_required"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn roles_are_enforced() {
    let mut s = server();
    assert_eq!(
        call(
            &mut s,
            as_worker(ApiRequest::new(Method::Get, "/api/v1/workers"))
        )
        .status,
        403
    );
    assert_eq!(
        call(
            &mut s,
            as_worker(ApiRequest::new(Method::Get, "/api/v1/workers/w-kei"))
        )
        .status,
        403
    );
    assert_eq!(
        call(
            &mut s,
            as_coordinator(ApiRequest::new(Method::Get, "/api/v1/workers/w-kei"))
        )
        .status,
        200
    );
    let list: Vec<ChallengeItem> = decode(call(
        &mut s,
        as_worker(ApiRequest::new(Method::Get, "/api/v1/challenges")),
    ))
    .map(|v| v.value)
    .unwrap_or_default();
    assert!(list.iter().all(|c| c.challenge.worker_id == YOU));
    let all: Vec<ChallengeItem> = decode(call(
        &mut s,
        as_coordinator(ApiRequest::new(Method::Get, "/api/v1/challenges")),
    ))
    .map(|v| v.value)
    .unwrap_or_default();
    assert!(all.len() >= 10);
    assert!(all.iter().all(|c| c.etag.starts_with("\"v")));
    // A worker cannot move someone else's card, nor see it.
    let other = &all[0].challenge;
    let mv = as_worker(
        ApiRequest::new(
            Method::Post,
            format!("/api/v1/challenges/{}/moves", other.id),
        )
        .header("if-match", "*")
        .json_body(r#"{"to":"discussing"}"#.into()),
    );
    assert_eq!(call(&mut s, mv).status, 404);
    // Coordinators cannot endorse themselves, workers cannot endorse.
    let e = r#"{"skill":"writing","message":"頼みたい"}"#.to_string();
    let own = as_coordinator(
        ApiRequest::new(Method::Post, "/api/v1/workers/c-sato/endorsements")
            .header("idempotency-key", "e1")
            .json_body(e.clone()),
    );
    assert_eq!(call(&mut s, own).status, 403);
    let by_worker = as_worker(
        ApiRequest::new(Method::Post, "/api/v1/workers/w-kei/endorsements")
            .header("idempotency-key", "e2")
            .json_body(e),
    );
    assert_eq!(call(&mut s, by_worker).status, 403);
}

#[test]
fn the_loop_request_talk_achieve_endorse() {
    let mut s = server();
    let created = call(
        &mut s,
        as_worker(
            ApiRequest::new(Method::Post, "/api/v1/challenges")
                .header("idempotency-key", "k-3")
                .json_body(new_challenge_body()),
        ),
    );
    let created = decode::<Challenge>(created).unwrap_or_else(|e| panic!("{e:?}"));
    let mut etag = created.etag.clone();
    for to in ["discussing", "in_progress", "achieved"] {
        let mv = as_coordinator(
            ApiRequest::new(
                Method::Post,
                format!("/api/v1/challenges/{}/moves", created.value.id),
            )
            .header("if-match", etag.clone())
            .json_body(format!(r#"{{"to":"{to}"}}"#)),
        );
        let moved = decode::<Challenge>(call(&mut s, mv)).unwrap_or_else(|e| panic!("{to}: {e:?}"));
        etag = moved.etag;
    }
    let comment = as_coordinator(
        ApiRequest::new(
            Method::Post,
            format!("/api/v1/challenges/{}/comments", created.value.id),
        )
        .header("idempotency-key", "c-1")
        .json_body(r#"{"text":"おめでとう"}"#.into()),
    );
    let c: Comment = decode(call(&mut s, comment))
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(c.text, "おめでとう");
    let got = decode::<Challenge>(call(
        &mut s,
        as_worker(ApiRequest::new(
            Method::Get,
            format!("/api/v1/challenges/{}", created.value.id),
        )),
    ))
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(got.value.status, Status::Achieved);
    assert_eq!(got.value.comments.len(), 1);
    // A comment leaves the card's version as it was.
    assert_eq!(got.etag, etag);
    // Skipping a column is refused with a field error.
    let skip = as_coordinator(
        ApiRequest::new(
            Method::Post,
            format!("/api/v1/challenges/{}/moves", created.value.id),
        )
        .header("if-match", etag)
        .json_body(r#"{"to":"discussing"}"#.into()),
    );
    assert_eq!(call(&mut s, skip).status, 422);
}

#[test]
fn onboarding_draft_round_trip_and_complete() {
    let mut s = server();
    let got = decode::<OnboardingDraft>(call(
        &mut s,
        as_worker(ApiRequest::new(
            Method::Get,
            format!("/api/v1/workers/{YOU}/onboarding"),
        )),
    ))
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(got.value.step, 1);
    let mut draft = got.value.clone();
    draft.step = 4;
    draft.fields.display_name = "はな".into();
    let put = as_worker(
        ApiRequest::new(Method::Put, format!("/api/v1/workers/{YOU}/onboarding"))
            .header("if-match", got.etag.clone())
            .json_body(serde_json::to_string(&draft).unwrap_or_default()),
    );
    let saved = decode::<OnboardingDraft>(call(&mut s, put)).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(saved.value.step, 4);
    let done = as_worker(
        ApiRequest::new(
            Method::Post,
            format!("/api/v1/workers/{YOU}/onboarding/complete"),
        )
        .header("if-match", saved.etag),
    );
    let profile = decode::<Profile>(call(&mut s, done)).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(profile.value.onboarded);
    assert_eq!(profile.value.fields.display_name, "はな");
    assert_eq!(
        s.db.user(YOU).map(|u| u.name.clone()).unwrap_or_default(),
        "はな"
    );
}

#[test]
fn a_second_completion_never_overwrites_her_profile() {
    let mut s = server();
    let path = format!("/api/v1/workers/{YOU}/onboarding");
    let got = decode::<OnboardingDraft>(call(
        &mut s,
        as_worker(ApiRequest::new(Method::Get, path.clone())),
    ))
    .unwrap_or_else(|e| panic!("{e:?}"));
    let mut draft = got.value;
    draft.fields.display_name = "はな".into();
    let put = as_worker(
        ApiRequest::new(Method::Put, path.clone())
            .header("if-match", got.etag)
            .json_body(serde_json::to_string(&draft).unwrap_or_default()),
    );
    let saved = decode::<OnboardingDraft>(call(&mut s, put)).unwrap_or_else(|e| panic!("{e:?}"));
    let complete = |tag: &str| {
        as_worker(ApiRequest::new(Method::Post, format!("{path}/complete")).header("if-match", tag))
    };
    let first =
        decode::<Profile>(call(&mut s, complete(&saved.etag))).unwrap_or_else(|e| panic!("{e:?}"));
    // She edits her profile after onboarding.
    let mut fields = first.value.fields.clone();
    fields.strength_statement = "資料づくりが得意です".into();
    let edit = as_worker(
        ApiRequest::new(Method::Put, format!("/api/v1/workers/{YOU}"))
            .header("if-match", first.etag)
            .json_body(serde_json::to_string(&fields).unwrap_or_default()),
    );
    let edited = decode::<Profile>(call(&mut s, edit)).unwrap_or_else(|e| panic!("{e:?}"));
    // The same completion again (a replay, with its old If-Match), and one with a wildcard.
    for again in [complete(&saved.etag), complete("*")] {
        let answer = decode::<Profile>(call(&mut s, again)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(answer.value, edited.value);
        assert_eq!(answer.etag, edited.etag);
    }
    let stored = s.db.profiles.get(YOU).map(|r| r.value.clone());
    assert_eq!(stored.as_ref(), Some(&edited.value));
    assert_eq!(
        stored.map(|p| p.level_history.len()),
        Some(first.value.level_history.len())
    );
}

#[test]
fn minted_sessions_expire_and_end_with_sign_out() {
    let mut n = 0;
    let now = Utc::now();
    let mut s = Server::minting_sessions(
        seed(now),
        Box::new(move || {
            n += 1;
            format!("minted-{n}")
        }),
    );
    let sign_in = ApiRequest::new(Method::Post, "/api/v1/session")
        .json_body(format!(r#"{{"code":"{DEMO_WORKER_TOKEN}"}}"#));
    let signed = decode::<SignedIn>(s.handle(&sign_in, now)).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        signed.value.token, "minted-1",
        "a session of its own, not the code"
    );
    let get = |token: &str| {
        ApiRequest::new(Method::Get, "/api/v1/session")
            .header("authorization", format!("Bearer {token}"))
    };
    assert_eq!(s.handle(&get("minted-1"), now).status, 200);
    let late = now + chrono::Duration::hours(super::SESSION_HOURS + 1);
    assert_eq!(s.handle(&get("minted-1"), late).status, 401, "it expires");

    let again = decode::<SignedIn>(s.handle(&sign_in, now)).unwrap_or_else(|e| panic!("{e:?}"));
    let out = ApiRequest::new(Method::Delete, "/api/v1/session")
        .header("cookie", format!("okaeri_session={}", again.value.token));
    let answer = s.handle(&out, now);
    assert_eq!(answer.status, 204);
    assert!(answer
        .get_header("set-cookie")
        .is_some_and(|c| c.contains("Max-Age=0")));
    assert_eq!(s.handle(&get(&again.value.token), now).status, 401, "ended");
    // Ending no session is no error; a deployment's long-lived token is not a session.
    assert_eq!(s.handle(&out, now).status, 204);
    let with_token = ApiRequest::new(Method::Delete, "/api/v1/session")
        .header("authorization", format!("Bearer {DEMO_WORKER_TOKEN}"));
    assert_eq!(s.handle(&with_token, now).status, 204);
    assert_eq!(s.handle(&get(DEMO_WORKER_TOKEN), now).status, 200);
}

#[test]
fn odd_query_strings_never_panic() {
    let mut s = server();
    for query in ["%あ", "%", "%4", "%e3%81%82", "%zz", "あ%", "%%%", "%e3%81"] {
        let r = call(
            &mut s,
            as_coordinator(ApiRequest::new(
                Method::Get,
                format!("/api/v1/challenges?worker={query}&status={query}"),
            )),
        );
        assert_eq!(r.status, 200, "{query}");
    }
}

#[test]
fn garbage_bodies_never_panic() {
    let mut s = server();
    for body in [
        "",
        "null",
        "[]",
        "{",
        "<html>",
        "\"x\"",
        r#"{"title":123}"#,
        r#"{"to":"flying"}"#,
    ] {
        for path in [
            "/api/v1/challenges",
            "/api/v1/challenges/ch101/moves",
            "/api/v1/challenges/ch101/comments",
            "/api/v1/workers/w-you/endorsements",
        ] {
            let r = call(
                &mut s,
                as_coordinator(
                    ApiRequest::new(Method::Post, path)
                        .header("idempotency-key", format!("g{body}{path}"))
                        .header("if-match", "*")
                        .json_body(body.into()),
                ),
            );
            assert!(
                (400..500).contains(&r.status),
                "{path} {body}: {}",
                r.status
            );
        }
    }
    let db_json = serde_json::to_string(&s.db).unwrap_or_default();
    assert!(serde_json::from_str::<Db>(&db_json).is_ok());
}

#[test]
fn a_day_off_taken_and_undone_leaves_the_profile_etag_alone() {
    use crate::domain::days_off::{DayOff, DayOffKind};
    let mut s = server();
    let path = format!("/api/v1/workers/{YOU}");
    let before = call(
        &mut s,
        as_worker(ApiRequest::new(Method::Get, path.clone())),
    );
    let etag = before.get_header("etag").map(str::to_string);
    let today = Utc::now().date_naive();
    let take = |key: &str| {
        as_worker(ApiRequest::new(Method::Post, format!("{path}/days-off")))
            .header("idempotency-key", key)
            .json_body(format!(
                r#"{{"first":"{today}","kind":"today","note":"子どもの発熱"}}"#
            ))
    };
    let created = call(&mut s, take("k1"));
    assert_eq!(created.status, 201, "{}", created.body);
    let day_off: DayOff = decode(created)
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        (day_off.first, day_off.last, day_off.kind),
        (today, today, DayOffKind::Today)
    );
    // A retry after a lost answer makes no second one.
    assert_eq!(call(&mut s, take("k1")).status, 201);
    let after = call(
        &mut s,
        as_worker(ApiRequest::new(Method::Get, path.clone())),
    );
    assert_eq!(after.get_header("etag").map(str::to_string), etag);
    let profile: Profile = decode(after)
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(profile.days_off, vec![day_off.clone()]);
    // Coordinators see it, and may neither take nor undo hers.
    let seen: Vec<Profile> = decode(call(
        &mut s,
        as_coordinator(ApiRequest::new(Method::Get, "/api/v1/workers")),
    ))
    .map(|v| v.value)
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(seen.iter().any(|p| p.days_off.contains(&day_off)));
    let undo = format!("{path}/days-off/{}", day_off.id);
    let by_coordinator = call(
        &mut s,
        as_coordinator(ApiRequest::new(Method::Delete, undo.clone())),
    );
    assert_eq!(by_coordinator.status, 403);
    assert_eq!(
        call(
            &mut s,
            as_worker(ApiRequest::new(Method::Delete, undo.clone()))
        )
        .status,
        204
    );
    assert_eq!(
        call(&mut s, as_worker(ApiRequest::new(Method::Delete, undo))).status,
        404
    );
}

#[test]
fn a_day_off_that_makes_no_sense_is_422_with_the_field() {
    let mut s = server();
    let r = call(
        &mut s,
        as_worker(ApiRequest::new(
            Method::Post,
            format!("/api/v1/workers/{YOU}/days-off"),
        ))
        .header("idempotency-key", "k-bad")
        .json_body(r#"{"first":"2026-08-16","last":"2026-08-10"}"#.to_string()),
    );
    assert_eq!(r.status, 422);
    match decode::<serde_json::Value>(r) {
        Err(ApiError::Validation(e)) => assert_eq!(e.get("last"), Some("dayoff.error.order")),
        other => panic!("{other:?}"),
    }
}

/// Her profile as the worker's app reads it: the body as JSON, to change as a client would, and
/// its ETag; with her name set, since a profile without one is refused.
fn her_profile(s: &mut Server) -> (serde_json::Value, String) {
    let now = call(
        s,
        as_worker(ApiRequest::new(
            Method::Get,
            format!("/api/v1/workers/{YOU}"),
        )),
    );
    let etag = now
        .get_header("etag")
        .map(str::to_string)
        .unwrap_or_default();
    let mut body: serde_json::Value = serde_json::from_str(&now.body).unwrap_or_default();
    body["display_name"] = "ゆり".into();
    (body, etag)
}

fn put_her_profile(s: &mut Server, body: &serde_json::Value, etag: &str) -> ApiResponse {
    call(
        s,
        as_worker(ApiRequest::new(
            Method::Put,
            format!("/api/v1/workers/{YOU}"),
        ))
        .header("if-match", etag)
        .json_body(body.to_string()),
    )
}

#[test]
fn her_own_skills_and_qualifications_survive_a_client_that_does_not_know_them() {
    let mut s = server();
    let (mut body, etag) = her_profile(&mut s);
    body["own_skills"] = serde_json::json!([{ "name": "Canva", "level": "can" }, { "name": "Excel マクロ", "level": "strong", "years": 3 }]);
    body["qualifications"] =
        serde_json::json!([{ "name": "簿記3級", "year": 2019 }, { "name": "MOS" }]);
    let saved = put_her_profile(&mut s, &body, &etag);
    assert_eq!(saved.status, 200, "{}", saved.body);
    let etag = saved
        .get_header("etag")
        .map(str::to_string)
        .unwrap_or_default();
    // An older app sends her statement without the lists: they stay.
    let mut older = body.clone();
    older
        .as_object_mut()
        .map(|o| (o.remove("own_skills"), o.remove("qualifications")));
    older["strength_statement"] = "資料づくりは任せてください".into();
    let again = put_her_profile(&mut s, &older, &etag);
    assert_eq!(again.status, 200, "{}", again.body);
    let profile: Profile = decode(again)
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"));
    let names: Vec<&str> = profile
        .fields
        .own_skills
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["Canva", "Excel マクロ"]);
    assert_eq!(profile.fields.qualifications[0].year, Some(2019));
    assert_eq!(
        profile.fields.strength_statement,
        "資料づくりは任せてください"
    );
}

#[test]
fn own_skills_and_qualifications_are_checked_like_every_field() {
    let mut s = server();
    let (body, etag) = her_profile(&mut s);
    for (field, list, key) in [
        (
            "own_skills",
            serde_json::json!([{ "name": "  ", "level": "can" }]),
            "error.name_blank",
        ),
        (
            "own_skills",
            serde_json::json!([{ "name": "Canva", "level": "can" }, { "name": "ｃａｎｖａ ", "level": "teach" }]),
            "error.duplicate",
        ),
        (
            "qualifications",
            serde_json::json!([{ "name": "簿記3級", "year": 1900 }]),
            "error.year_range",
        ),
    ] {
        let mut b = body.clone();
        b[field] = list;
        match decode::<serde_json::Value>(put_her_profile(&mut s, &b, &etag)) {
            Err(ApiError::Validation(e)) => assert_eq!(e.get(field), Some(key)),
            other => panic!("{field}: {other:?}"),
        }
    }
}

#[test]
fn her_own_skill_is_endorsed_and_listed_only_for_clients_that_ask() {
    use crate::domain::endorsement::Endorsement;
    let mut s = server();
    let endorse = |s: &mut Server, key: &str, body: &str| {
        call(
            s,
            as_coordinator(ApiRequest::new(
                Method::Post,
                format!("/api/v1/workers/{YOU}/endorsements"),
            ))
            .header("idempotency-key", key)
            .json_body(body.to_string()),
        )
    };
    let canva = r#"{"own_skill":"ｃａｎｖａ","message":"チラシが見やすい"}"#;
    // Not a skill she lists (yet): refused, with the field.
    match decode::<serde_json::Value>(endorse(&mut s, "k1", canva)) {
        Err(ApiError::Validation(e)) => assert_eq!(e.get("skill"), Some("error.not_her_skill")),
        other => panic!("{other:?}"),
    }
    let (mut body, etag) = her_profile(&mut s);
    body["own_skills"] = serde_json::json!([{ "name": "Canva", "level": "strong" }]);
    assert_eq!(put_her_profile(&mut s, &body, &etag).status, 200);
    let made: Endorsement = decode(endorse(&mut s, "k2", canva))
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        (made.skill, made.own_skill.as_deref()),
        (None, Some("Canva")),
        "kept as she spells it"
    );
    let both = r#"{"skill":"writing","own_skill":"Canva","message":"両方"}"#;
    assert_eq!(endorse(&mut s, "k3", both).status, 422);
    let list = |s: &mut Server, query: &str| -> Vec<serde_json::Value> {
        decode(call(
            s,
            as_worker(ApiRequest::new(
                Method::Get,
                format!("/api/v1/workers/{YOU}/endorsements{query}"),
            )),
        ))
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"))
    };
    let writing = r#"{"skill":"writing","message":"文章が丁寧"}"#;
    assert_eq!(endorse(&mut s, "k4", writing).status, 201);
    // A client older than own skills reads `skill` from the catalogue in every item.
    let old = list(&mut s, "");
    assert_eq!(old.len(), 1);
    assert_eq!(old[0]["skill"], "writing");
    let asked = list(&mut s, "?include=own_skills");
    let own: Vec<&serde_json::Value> = asked.iter().map(|e| &e["own_skill"]).collect();
    assert_eq!(own, [&serde_json::Value::Null, &"Canva".into()]);
}
