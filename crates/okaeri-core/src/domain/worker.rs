//! People: who is using the app, and a worker's profile.

use super::availability::Availability;
use super::days_off::DayOff;
use super::skill::{Level, Skill};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Worker,
    Coordinator,
}

/// The signed-in person, as the backend's session says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: String,
    pub name: String,
    pub role: Role,
}

impl User {
    /// Coordinators see everyone; a worker sees herself.
    pub fn may_view(&self, worker_id: &str) -> bool {
        self.role == Role::Coordinator || self.id == worker_id
    }

    pub fn may_edit_profile(&self, worker_id: &str) -> bool {
        self.role == Role::Worker && self.id == worker_id
    }

    /// Family context (e.g. pick-up times) is for her and for coordinators only.
    pub fn may_see_family_notes(&self, worker_id: &str) -> bool {
        self.may_view(worker_id)
    }

    /// Only coordinators endorse, and never themselves.
    pub fn may_endorse(&self, worker_id: &str) -> bool {
        self.role == Role::Coordinator && self.id != worker_id
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionStyle {
    /// まとめて: collect questions and ask them together.
    AllAtOnce,
    /// その都度: ask as they come up.
    AsTheyCome,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Chat,
    Email,
    Phone,
    VideoCall,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Chat,
        Channel::Email,
        Channel::Phone,
        Channel::VideoCall,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Channel::Chat => "chat",
            Channel::Email => "email",
            Channel::Phone => "phone",
            Channel::VideoCall => "video_call",
        }
    }
    pub fn from_id(id: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// How long she usually takes to answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyWindow {
    WithinAnHour,
    SameDay,
    NextWorkday,
}

impl ReplyWindow {
    pub const ALL: [ReplyWindow; 3] = [
        ReplyWindow::WithinAnHour,
        ReplyWindow::SameDay,
        ReplyWindow::NextWorkday,
    ];
    pub fn id(self) -> &'static str {
        match self {
            ReplyWindow::WithinAnHour => "within_an_hour",
            ReplyWindow::SameDay => "same_day",
            ReplyWindow::NextWorkday => "next_workday",
        }
    }
    pub fn from_id(id: &str) -> Option<ReplyWindow> {
        ReplyWindow::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// The "how to work with me" card.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkStyle {
    #[serde(default)]
    pub question_style: Option<QuestionStyle>,
    #[serde(default)]
    pub channel: Option<Channel>,
    #[serde(default)]
    pub reply_window: Option<ReplyWindow>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// 正社員を目指したい
    TowardsEmployment,
    /// いまのペースで続けたい
    KeepPace,
    /// まだ決めていない
    Undecided,
}

impl Direction {
    pub const ALL: [Direction; 3] = [
        Direction::TowardsEmployment,
        Direction::KeepPace,
        Direction::Undecided,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Direction::TowardsEmployment => "towards_employment",
            Direction::KeepPace => "keep_pace",
            Direction::Undecided => "undecided",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillEntry {
    pub skill: Skill,
    pub level: Level,
    #[serde(default)]
    pub years: Option<u8>,
}

/// Something she would like to try next; becomes a challenge request in one tap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aspiration {
    pub skill: Skill,
    #[serde(default)]
    pub note: String,
}

/// A skill of her own, beyond the catalogue: Canva, Excel マクロ, 英語.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnSkill {
    pub name: String,
    pub level: Level,
    #[serde(default)]
    pub years: Option<u8>,
}

/// A qualification she holds: 簿記3級, MOS, with the year she gained it if she likes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Qualification {
    pub name: String,
    #[serde(default)]
    pub year: Option<u16>,
}

/// A recorded change of level, for the growth timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelChange {
    pub skill: Skill,
    #[serde(default)]
    pub from: Option<Level>,
    pub to: Level,
    pub at: DateTime<Utc>,
}

/// Everything a worker tells about herself. Onboarding fills it; the profile page edits it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileFields {
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub furigana: String,
    #[serde(default)]
    pub area: String,
    #[serde(default)]
    pub strength_statement: String,
    #[serde(default)]
    pub availability: Availability,
    #[serde(default)]
    pub skills: Vec<SkillEntry>,
    #[serde(default)]
    pub past_work: String,
    #[serde(default)]
    pub aspirations: Vec<Aspiration>,
    #[serde(default)]
    pub direction: Option<Direction>,
    #[serde(default)]
    pub horizon: String,
    #[serde(default)]
    pub work_style: WorkStyle,
    #[serde(default)]
    pub own_skills: Vec<OwnSkill>,
    #[serde(default)]
    pub qualifications: Vec<Qualification>,
}

impl ProfileFields {
    pub fn level_of(&self, skill: Skill) -> Option<Level> {
        self.skills
            .iter()
            .find(|s| s.skill == skill)
            .map(|s| s.level)
    }

    /// Sets or clears (None) a skill's level, keeping catalogue order.
    pub fn set_level(&mut self, skill: Skill, level: Option<Level>) {
        match level {
            None => self.skills.retain(|s| s.skill != skill),
            Some(level) => match self.skills.iter_mut().find(|s| s.skill == skill) {
                Some(entry) => entry.level = level,
                None => {
                    self.skills.push(SkillEntry {
                        skill,
                        level,
                        years: None,
                    });
                    self.skills.sort_by_key(|s| s.skill);
                }
            },
        }
    }

    pub fn wants(&self, skill: Skill) -> bool {
        self.aspirations.iter().any(|a| a.skill == skill)
    }

    pub fn toggle_aspiration(&mut self, skill: Skill) {
        if self.wants(skill) {
            self.aspirations.retain(|a| a.skill != skill);
        } else {
            self.aspirations.push(Aspiration {
                skill,
                note: String::new(),
            });
            self.aspirations.sort_by_key(|a| a.skill);
        }
    }

    /// Removes family context before showing the profile to someone who may not see it.
    pub fn without_family_notes(mut self) -> Self {
        for away in &mut self.availability.away {
            away.note.clear();
        }
        self
    }
}

/// A worker's profile as stored by the backend. On the wire it is one flat object (see
/// `contract::profile_wire`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    from = "crate::contract::profile_wire::ProfileWire",
    into = "crate::contract::profile_wire::ProfileWire"
)]
pub struct Profile {
    pub id: String,
    pub fields: ProfileFields,
    pub onboarded: bool,
    pub level_history: Vec<LevelChange>,
    /// Taken and planned apart from the fields she edits (see `server::days_off`).
    pub days_off: Vec<DayOff>,
    pub updated_at: DateTime<Utc>,
}

impl Profile {
    pub fn new(id: &str, now: DateTime<Utc>) -> Self {
        Profile {
            id: id.to_string(),
            fields: ProfileFields::default(),
            onboarded: false,
            level_history: Vec::new(),
            days_off: Vec::new(),
            updated_at: now,
        }
    }

    /// Applies an edit, recording any level change for the growth timeline.
    pub fn apply(&mut self, fields: ProfileFields, now: DateTime<Utc>) {
        for entry in &fields.skills {
            let before = self.fields.level_of(entry.skill);
            if before != Some(entry.level) {
                self.level_history.push(LevelChange {
                    skill: entry.skill,
                    from: before,
                    to: entry.level,
                    at: now,
                });
            }
        }
        self.fields = fields;
        self.updated_at = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, role: Role) -> User {
        User {
            id: id.into(),
            name: id.into(),
            role,
        }
    }

    #[test]
    fn permissions() {
        let k = person("w1", Role::Worker);
        let c = person("c1", Role::Coordinator);
        assert!(k.may_view("w1") && !k.may_view("w2"));
        assert!(c.may_view("w1") && c.may_view("w2"));
        assert!(k.may_edit_profile("w1") && !k.may_edit_profile("w2") && !c.may_edit_profile("w1"));
        assert!(
            c.may_endorse("w1")
                && !c.may_endorse("c1")
                && !k.may_endorse("w1")
                && !k.may_endorse("w2")
        );
        assert!(
            k.may_see_family_notes("w1")
                && !k.may_see_family_notes("w2")
                && c.may_see_family_notes("w2")
        );
    }

    #[test]
    fn levels_and_aspirations() {
        let mut f = ProfileFields::default();
        f.set_level(Skill::Writing, Some(Level::Can));
        f.set_level(Skill::DataEntry, Some(Level::Strong));
        assert_eq!(
            f.skills.iter().map(|s| s.skill).collect::<Vec<_>>(),
            vec![Skill::DataEntry, Skill::Writing]
        );
        f.set_level(Skill::Writing, Some(Level::Teach));
        assert_eq!(f.level_of(Skill::Writing), Some(Level::Teach));
        f.set_level(Skill::Writing, None);
        assert_eq!(f.level_of(Skill::Writing), None);
        f.toggle_aspiration(Skill::Bookkeeping);
        assert!(f.wants(Skill::Bookkeeping));
        f.toggle_aspiration(Skill::Bookkeeping);
        assert!(!f.wants(Skill::Bookkeeping));
    }

    #[test]
    fn apply_records_level_changes_once() {
        let now = DateTime::<Utc>::default();
        let mut p = Profile::new("w1", now);
        let mut f = p.fields.clone();
        f.set_level(Skill::Writing, Some(Level::Can));
        p.apply(f.clone(), now);
        p.apply(f.clone(), now);
        assert_eq!(p.level_history.len(), 1);
        f.set_level(Skill::Writing, Some(Level::Strong));
        p.apply(f, now);
        assert_eq!(p.level_history.len(), 2);
        assert_eq!(p.level_history[1].from, Some(Level::Can));
    }

    #[test]
    fn family_notes_are_removed() {
        let mut f = ProfileFields::default();
        f.availability
            .away
            .push(crate::domain::availability::AwayWindow {
                day: chrono::Weekday::Mon,
                start: chrono::NaiveTime::MIN,
                end: None,
                note: "お迎え".into(),
            });
        assert!(f.without_family_notes().availability.away[0]
            .note
            .is_empty());
    }
}
