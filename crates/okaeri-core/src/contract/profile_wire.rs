//! The contract's JSON shape of a profile: one flat object, the fields she edits beside the
//! backend's own.
//!
//! Written out instead of `#[serde(flatten)]` (as `challenge_wire` is): flatten reads every
//! field into an intermediate tree first, and its generic code was the largest single function
//! in the app's first file. The JSON is unchanged.

use crate::domain::availability::Availability;
use crate::domain::days_off::DayOff;
use crate::domain::worker::{
    Aspiration, Direction, LevelChange, OwnSkill, Profile, ProfileFields, Qualification,
    SkillEntry, WorkStyle,
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
pub struct ProfileWire {
    id: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    furigana: String,
    #[serde(default)]
    area: String,
    #[serde(default)]
    strength_statement: String,
    #[serde(default)]
    availability: Availability,
    #[serde(default)]
    skills: Vec<SkillEntry>,
    #[serde(default)]
    past_work: String,
    #[serde(default)]
    aspirations: Vec<Aspiration>,
    #[serde(default)]
    direction: Option<Direction>,
    #[serde(default)]
    horizon: String,
    #[serde(default)]
    work_style: WorkStyle,
    #[serde(default)]
    own_skills: Vec<OwnSkill>,
    #[serde(default)]
    qualifications: Vec<Qualification>,
    #[serde(default)]
    onboarded: bool,
    #[serde(default)]
    level_history: Vec<LevelChange>,
    #[serde(default)]
    days_off: Vec<DayOff>,
    updated_at: DateTime<Utc>,
}

impl From<ProfileWire> for Profile {
    fn from(w: ProfileWire) -> Self {
        Profile {
            id: w.id,
            fields: ProfileFields {
                display_name: w.display_name,
                furigana: w.furigana,
                area: w.area,
                strength_statement: w.strength_statement,
                availability: w.availability,
                skills: w.skills,
                past_work: w.past_work,
                aspirations: w.aspirations,
                direction: w.direction,
                horizon: w.horizon,
                work_style: w.work_style,
                own_skills: w.own_skills,
                qualifications: w.qualifications,
            },
            onboarded: w.onboarded,
            level_history: w.level_history,
            days_off: w.days_off,
            updated_at: w.updated_at,
        }
    }
}

impl From<Profile> for ProfileWire {
    fn from(p: Profile) -> Self {
        let f = p.fields;
        ProfileWire {
            id: p.id,
            display_name: f.display_name,
            furigana: f.furigana,
            area: f.area,
            strength_statement: f.strength_statement,
            availability: f.availability,
            skills: f.skills,
            past_work: f.past_work,
            aspirations: f.aspirations,
            direction: f.direction,
            horizon: f.horizon,
            work_style: f.work_style,
            own_skills: f.own_skills,
            qualifications: f.qualifications,
            onboarded: p.onboarded,
            level_history: p.level_history,
            days_off: p.days_off,
            updated_at: p.updated_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_profile_is_one_flat_object_both_ways() {
        let text = json!({
            "id": "w1", "display_name": "山田", "area": "札幌", "onboarded": true,
            "updated_at": "2026-01-02T03:04:05Z", "horizon": "1年"
        });
        let profile: Profile = serde_json::from_value(text.clone()).expect("reads");
        assert_eq!(profile.fields.display_name, "山田");
        assert_eq!(profile.fields.area, "札幌");
        assert_eq!(profile.fields.horizon, "1年");
        assert!(profile.onboarded);
        let back = serde_json::to_value(&profile).expect("writes");
        assert_eq!(back["display_name"], "山田");
        assert_eq!(back["id"], "w1");
        assert!(back.get("fields").is_none(), "no nested object: {back}");
        let again: Profile = serde_json::from_value(back).expect("reads its own output");
        assert_eq!(again, profile);
    }

    #[test]
    fn missing_optional_fields_take_their_defaults() {
        let profile: Profile =
            serde_json::from_value(json!({ "id": "w2", "updated_at": "2026-01-02T03:04:05Z" }))
                .expect("reads");
        assert_eq!(profile.fields, ProfileFields::default());
        assert!(!profile.onboarded);
        assert!(
            serde_json::from_value::<Profile>(json!({ "id": "w3" })).is_err(),
            "updated_at is required"
        );
    }
}
