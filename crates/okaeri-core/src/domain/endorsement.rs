//! Endorsements: "これは○○さんに頼みたい", a coordinator's short message tied to a skill.

use super::skill::Skill;
use super::validation::{blank, too_long, FieldErrors};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub const MESSAGE_MAX: usize = 400;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndorsementInput {
    #[serde(default)]
    pub skill: Option<Skill>,
    #[serde(default)]
    pub message: String,
    /// The challenge or piece of work it is about, if any.
    #[serde(default)]
    pub challenge_id: Option<String>,
}

impl EndorsementInput {
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::default();
        if self.skill.is_none() {
            e.add("skill", "error.skill_required");
        }
        if blank(&self.message) {
            e.add("message", "error.message_required");
        } else if too_long(&self.message, MESSAGE_MAX) {
            e.add("message", "error.too_long");
        }
        e.into_result()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endorsement {
    pub id: String,
    pub worker_id: String,
    pub skill: Skill,
    pub message: String,
    #[serde(default)]
    pub challenge_id: Option<String>,
    pub by_id: String,
    pub by_name: String,
    pub at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_skill_and_message() {
        let e = EndorsementInput::default()
            .validate()
            .err()
            .unwrap_or_default();
        assert_eq!(e.get("skill"), Some("error.skill_required"));
        assert_eq!(e.get("message"), Some("error.message_required"));
        let ok = EndorsementInput {
            skill: Some(Skill::Writing),
            message: "文章が丁寧".into(),
            challenge_id: None,
        };
        assert!(ok.validate().is_ok());
    }
}
