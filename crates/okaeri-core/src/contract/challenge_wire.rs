//! The contract's JSON shape of a challenge: one flat object (the request's fields beside the
//! board's), and for a board card the same object with its `etag`.
//!
//! Written out instead of `#[serde(flatten)]`: flatten buffers every field of every card into
//! an intermediate tree before reading it, which made the 1,000-card board's first render
//! measurably slower (`make bench`) and the bundle larger. The JSON is unchanged.

use crate::domain::challenge::{Challenge, ChallengeRequest, Comment, Status, StatusChange};
use crate::domain::skill::Skill;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What is read: every field of the flat object, `etag` only on a board card.
#[derive(Deserialize)]
struct Incoming {
    id: String,
    worker_id: String,
    #[serde(default)]
    worker_name: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    skill: Option<Skill>,
    #[serde(default)]
    why: String,
    #[serde(default)]
    hours_per_week: Option<u8>,
    #[serde(default, with = "crate::domain::date::optional")]
    wished_start: Option<NaiveDate>,
    #[serde(default)]
    support: String,
    status: Status,
    #[serde(default)]
    paused_reason: String,
    #[serde(default)]
    history: Vec<StatusChange>,
    #[serde(default)]
    comments: Vec<Comment>,
    #[serde(with = "crate::domain::timestamp")]
    created_at: DateTime<Utc>,
    #[serde(with = "crate::domain::timestamp")]
    updated_at: DateTime<Utc>,
    #[serde(default)]
    etag: Option<String>,
}

impl Incoming {
    fn split(self) -> (Challenge, Option<String>) {
        let challenge = Challenge {
            id: self.id,
            worker_id: self.worker_id,
            worker_name: self.worker_name,
            request: ChallengeRequest {
                title: self.title,
                skill: self.skill,
                why: self.why,
                hours_per_week: self.hours_per_week,
                wished_start: self.wished_start,
                support: self.support,
            },
            status: self.status,
            paused_reason: self.paused_reason,
            history: self.history,
            comments: self.comments,
            created_at: self.created_at,
            updated_at: self.updated_at,
        };
        (challenge, self.etag)
    }
}

/// What is written: the same fields, borrowed, in the order the contract lists them.
#[derive(Serialize)]
struct Outgoing<'a> {
    id: &'a str,
    worker_id: &'a str,
    worker_name: &'a str,
    title: &'a str,
    skill: &'a Option<Skill>,
    why: &'a str,
    hours_per_week: &'a Option<u8>,
    wished_start: &'a Option<NaiveDate>,
    support: &'a str,
    status: Status,
    paused_reason: &'a str,
    history: &'a [StatusChange],
    comments: &'a [Comment],
    #[serde(with = "crate::domain::timestamp")]
    created_at: DateTime<Utc>,
    #[serde(with = "crate::domain::timestamp")]
    updated_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    etag: Option<&'a str>,
}

impl<'a> Outgoing<'a> {
    fn new(c: &'a Challenge, worker_name: &'a str, etag: Option<&'a str>) -> Self {
        let r = &c.request;
        Outgoing {
            id: &c.id,
            worker_id: &c.worker_id,
            worker_name,
            title: &r.title,
            skill: &r.skill,
            why: &r.why,
            hours_per_week: &r.hours_per_week,
            wished_start: &r.wished_start,
            support: &r.support,
            status: c.status,
            paused_reason: &c.paused_reason,
            history: &c.history,
            comments: &c.comments,
            created_at: c.created_at,
            updated_at: c.updated_at,
            etag,
        }
    }
}

/// Writes a challenge under the given worker name (a backend writes the name she goes by
/// now), with its ETag when it is a board card. Borrowed: a list writes a thousand of them.
pub fn serialize<S: Serializer>(
    c: &Challenge,
    worker_name: &str,
    etag: Option<&str>,
    s: S,
) -> Result<S::Ok, S::Error> {
    Outgoing::new(c, worker_name, etag).serialize(s)
}

/// Reads a challenge and, when the object carries one, its ETag.
pub fn deserialize<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<(Challenge, Option<String>), D::Error> {
    Incoming::deserialize(d).map(Incoming::split)
}

impl Serialize for Challenge {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize(self, &self.worker_name, None, s)
    }
}

impl<'de> Deserialize<'de> for Challenge {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize(d).map(|(c, _)| c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::worker::{Role, User};

    fn sample() -> Challenge {
        let u = User {
            id: "w1".into(),
            name: "ゆき".into(),
            role: Role::Worker,
        };
        let mut c = Challenge::new(
            "ch1".into(),
            &u,
            ChallengeRequest {
                title: "経理の入門".into(),
                skill: Some(Skill::Bookkeeping),
                why: "正社員を目指したい".into(),
                hours_per_week: Some(3),
                wished_start: NaiveDate::from_ymd_opt(2026, 12, 1),
                support: "見本がほしい".into(),
            },
            DateTime::<Utc>::default(),
        );
        c.paused_reason = "子の行事".into();
        c
    }

    #[test]
    fn the_request_fields_sit_beside_the_boards_in_one_object() {
        let json = serde_json::to_value(sample()).unwrap_or_default();
        assert_eq!(json["title"], "経理の入門");
        assert_eq!(json["skill"], "bookkeeping");
        assert_eq!(json["wished_start"], "2026-12-01");
        assert_eq!(json["status"], "requested");
        assert!(json.get("request").is_none() && json.get("etag").is_none());
    }

    #[test]
    fn a_challenge_survives_a_round_trip() {
        let c = sample();
        let text = serde_json::to_string(&c).unwrap_or_default();
        assert_eq!(serde_json::from_str::<Challenge>(&text).ok(), Some(c));
    }

    #[test]
    fn missing_optional_fields_take_their_defaults_and_required_ones_fail() {
        let minimal = r#"{"id":"c","worker_id":"w","status":"paused",
            "created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}"#;
        let c = serde_json::from_str::<Challenge>(minimal).ok();
        assert_eq!(
            c.map(|c| (c.request, c.history.len())),
            Some((ChallengeRequest::default(), 0))
        );
        let no_status = r#"{"id":"c","worker_id":"w",
            "created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}"#;
        assert!(serde_json::from_str::<Challenge>(no_status).is_err());
    }
}
