//! Property tests: no input, however broken, makes decoding, validation or the contract
//! server panic (a panic would kill the whole WebAssembly app).

use super::seed::{seed, DEMO_COORDINATOR_TOKEN, DEMO_WORKER_TOKEN};
use super::Server;
use crate::contract::answer::decode;
use crate::contract::bodies::ChallengeItem;
use crate::contract::http::{ApiRequest, ApiResponse, Method};
use crate::domain::challenge::{check_comment, Challenge, ChallengeRequest, Comment};
use crate::domain::endorsement::{Endorsement, EndorsementInput};
use crate::domain::onboarding::{validate_fields, OnboardingDraft};
use crate::domain::worker::{Profile, ProfileFields, User};
use proptest::prelude::*;

/// Bodies a misbehaving backend might send: random text, HTML, JSON fragments of the right
/// and wrong shapes, huge strings, markup.
fn body() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        Just(String::new()),
        Just("<!doctype html><html><body>Maintenance</body></html>".to_string()),
        Just("null".to_string()),
        Just("[]".to_string()),
        Just(r#"{"id":"x","worker_id":null,"status":"flying"}"#.to_string()),
        Just(format!(r#"{{"display_name":"{}"}}"#, "あ".repeat(100_000))),
        Just(r#"{"title":"<img src=x onerror=alert(1)>","skill":"writing"}"#.to_string()),
        "[\\[\\]{}\":,0-9a-z ]{0,64}",
    ]
}

fn response() -> impl Strategy<Value = ApiResponse> {
    (100u16..600, body(), proptest::option::of("[ -~]{0,20}")).prop_map(|(status, body, etag)| {
        ApiResponse {
            status,
            headers: etag
                .map(|e| vec![("etag".to_string(), e)])
                .unwrap_or_default(),
            body,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn decoding_any_response_never_panics(r in response()) {
        let _ = decode::<User>(r.clone());
        let _ = decode::<Profile>(r.clone());
        let _ = decode::<Vec<Profile>>(r.clone());
        let _ = decode::<OnboardingDraft>(r.clone());
        let _ = decode::<Challenge>(r.clone());
        let _ = decode::<Vec<ChallengeItem>>(r.clone());
        let _ = decode::<Comment>(r.clone());
        let _ = decode::<Endorsement>(r.clone());
        let result = decode::<Vec<Endorsement>>(r.clone());
        if !(200..300).contains(&r.status) {
            prop_assert!(result.is_err());
        }
    }

    #[test]
    fn validating_any_form_never_panics(text in any::<String>(), hours in any::<u8>(), years in any::<u8>()) {
        let mut f = ProfileFields { display_name: text.clone(), area: text.clone(), past_work: text.clone(), ..ProfileFields::default() };
        f.availability.hours_per_week = Some(hours);
        f.set_level(crate::domain::skill::Skill::Writing, Some(crate::domain::skill::Level::Can));
        f.skills[0].years = Some(years);
        let _ = validate_fields(&f);
        let req = ChallengeRequest { title: text.clone(), why: text.clone(), hours_per_week: Some(hours), ..ChallengeRequest::default() };
        let _ = req.validate(chrono::NaiveDate::default());
        let _ = check_comment(&text);
        let _ = EndorsementInput { message: text, ..EndorsementInput::default() }.validate();
    }

    #[test]
    fn the_contract_server_answers_anything_without_5xx(
        method in prop_oneof![Just(Method::Get), Just(Method::Post), Just(Method::Put), Just(Method::Delete)],
        path in prop_oneof![
            Just("/api/v1/challenges".to_string()),
            Just("/api/v1/challenges/ch101".to_string()),
            Just("/api/v1/challenges/ch101/moves".to_string()),
            Just("/api/v1/challenges/ch101/comments".to_string()),
            Just("/api/v1/workers/w-you".to_string()),
            Just("/api/v1/workers/w-you/onboarding".to_string()),
            Just("/api/v1/workers/w-you/onboarding/complete".to_string()),
            Just("/api/v1/workers/w-kei/endorsements".to_string()),
            "/api/v1/[a-z0-9/%?=&-]{0,40}",
        ],
        body in body(),
        coordinator in any::<bool>(),
        if_match in proptest::option::of(prop_oneof![Just("*".to_string()), Just("\"v1\"".to_string()), "[ -~]{0,8}"]),
    ) {
        let mut server = Server::new(seed(chrono::Utc::now()));
        let token = if coordinator { DEMO_COORDINATOR_TOKEN } else { DEMO_WORKER_TOKEN };
        let mut req = ApiRequest::new(method, path)
            .header("authorization", format!("Bearer {token}"))
            .header("idempotency-key", "fuzz");
        if let Some(tag) = if_match {
            req = req.header("if-match", tag);
        }
        req.body = Some(body);
        let r = server.handle(&req, chrono::Utc::now());
        prop_assert!(r.status < 500, "{} {} -> {}", req.method.as_str(), req.path, r.status);
        if r.status >= 400 {
            prop_assert!(serde_json::from_str::<crate::contract::problem::Problem>(&r.body).is_ok(), "problem+json: {}", r.body);
        }
    }
}
