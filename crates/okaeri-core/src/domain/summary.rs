//! What the worker's home screen shows of her profile and of her challenges, read from the
//! contract's own responses (`GET /workers/{id}`, `GET /challenges`; the other fields are
//! skipped). Home is the first screen a phone downloads: reading whole profiles and challenges
//! (availability and time zones, level history, status history, comments) is code it does not
//! need, and that code now arrives with the pages that show them.

use super::challenge::Status;
use serde::Deserialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ProfileSummary {
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub onboarded: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ChallengeSummary {
    pub id: String,
    #[serde(default)]
    pub title: String,
    pub status: Status,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::challenge::{Challenge, ChallengeRequest};
    use crate::domain::worker::{Profile, Role, User};
    use chrono::{TimeZone, Utc};

    #[test]
    fn reads_a_whole_profile_as_written() {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 1, 30, 0).unwrap();
        let mut profile = Profile::new("w-1", now);
        profile.fields.display_name = "木下 かおり".into();
        profile.onboarded = true;
        let json = serde_json::to_string(&profile).unwrap();
        let summary: ProfileSummary = serde_json::from_str(&json).unwrap();
        assert_eq!(
            summary,
            ProfileSummary {
                display_name: "木下 かおり".into(),
                onboarded: true
            }
        );
    }

    #[test]
    fn a_new_profile_reads_as_not_onboarded() {
        let summary: ProfileSummary =
            serde_json::from_str(r#"{"id":"w","updated_at":"2026-11-24T01:30:00Z"}"#).unwrap();
        assert_eq!(summary, ProfileSummary::default());
    }

    #[test]
    fn reads_a_board_card_as_written() {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 1, 30, 0).unwrap();
        let me = User {
            id: "w-1".into(),
            name: "木下".into(),
            role: Role::Worker,
        };
        let request = ChallengeRequest {
            title: "経理の入門".into(),
            ..ChallengeRequest::default()
        };
        let card = Challenge::new("ch-1".into(), &me, request, now);
        let json = serde_json::to_string(&vec![card]).unwrap();
        let list: Vec<ChallengeSummary> = serde_json::from_str(&json).unwrap();
        assert_eq!(
            list,
            vec![ChallengeSummary {
                id: "ch-1".into(),
                title: "経理の入門".into(),
                status: Status::Requested
            }]
        );
    }

    #[test]
    fn a_card_without_a_status_is_an_error_not_a_guess() {
        assert!(serde_json::from_str::<ChallengeSummary>(r#"{"id":"c","title":"t"}"#).is_err());
    }
}
