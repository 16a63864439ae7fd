//! Endorsements: "これは○○さんに頼みたい", a coordinator's short message tied to a skill, one
//! of the catalogue or one of her own.

use super::skill::Skill;
use super::skill_ref::SkillRef;
use super::validation::{blank, too_long, FieldErrors, NAME_MAX};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub const MESSAGE_MAX: usize = 400;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndorsementInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<Skill>,
    /// One of her own skills by name, instead of `skill`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_skill: Option<String>,
    #[serde(default)]
    pub message: String,
    /// The challenge or piece of work it is about, if any.
    #[serde(default)]
    pub challenge_id: Option<String>,
}

impl EndorsementInput {
    pub fn new(about: SkillRef, message: String, challenge_id: Option<String>) -> Self {
        let (skill, own_skill) = match about {
            SkillRef::Listed(s) => (Some(s), None),
            SkillRef::Own(name) => (None, Some(name)),
        };
        EndorsementInput {
            skill,
            own_skill,
            message,
            challenge_id,
        }
    }

    /// The skill it is for: exactly one of `skill` and `own_skill`.
    pub fn about(&self) -> Option<SkillRef> {
        match (self.skill, &self.own_skill) {
            (Some(s), None) => Some(SkillRef::Listed(s)),
            (None, Some(name)) if !blank(name) && !too_long(name, NAME_MAX) => {
                Some(SkillRef::Own(name.trim().to_string()))
            }
            _ => None,
        }
    }

    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::default();
        if self.about().is_none() {
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
    /// A catalogue skill, or (only in lists asked `include=own_skills`) nothing, and then
    /// `own_skill` names hers: a client older than own skills never meets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<Skill>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_skill: Option<String>,
    pub message: String,
    #[serde(default)]
    pub challenge_id: Option<String>,
    pub by_id: String,
    pub by_name: String,
    pub at: DateTime<Utc>,
}

impl Endorsement {
    pub fn about(&self) -> Option<SkillRef> {
        match (self.skill, &self.own_skill) {
            (Some(s), _) => Some(SkillRef::Listed(s)),
            (None, Some(name)) => Some(SkillRef::Own(name.clone())),
            (None, None) => None,
        }
    }
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
        let ok = EndorsementInput::new(SkillRef::Listed(Skill::Writing), "文章が丁寧".into(), None);
        assert!(ok.validate().is_ok());
        let own = EndorsementInput::new(SkillRef::Own(" Canva ".into()), "見やすい".into(), None);
        assert_eq!(own.about(), Some(SkillRef::Own("Canva".into())));
        // Both, or a blank name, is no skill at all.
        let both = EndorsementInput {
            skill: Some(Skill::Writing),
            ..own.clone()
        };
        let blank_name = EndorsementInput {
            own_skill: Some("  ".into()),
            ..own
        };
        for input in [both, blank_name] {
            let e = input.validate().err().unwrap_or_default();
            assert_eq!(e.get("skill"), Some("error.skill_required"));
        }
    }
}
