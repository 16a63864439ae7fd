//! お知らせ: something that happened and concerns someone, made by the same rules on every
//! backend. Who hears of it is decided here; never the person who acted.

use super::challenge::Status;
use super::skill::Skill;
use super::worker::{Role, User};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a notice is about; each kind has its own setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// A challenge request made, edited or withdrawn (for coordinators).
    Request,
    /// A card moved: 見送り with its reason, a reopen, and every other move.
    Move,
    Comment,
    Endorsement,
    /// 「今日は休みます」 (for coordinators).
    DayOff,
    /// Her weekly look back is waiting (for her, from nobody: at most once a week).
    LookBack,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 6] = [
        NoticeKind::Request,
        NoticeKind::Move,
        NoticeKind::Comment,
        NoticeKind::Endorsement,
        NoticeKind::DayOff,
        NoticeKind::LookBack,
    ];

    pub fn id(self) -> &'static str {
        match self {
            NoticeKind::Request => "request",
            NoticeKind::Move => "move",
            NoticeKind::Comment => "comment",
            NoticeKind::Endorsement => "endorsement",
            NoticeKind::DayOff => "day_off",
            NoticeKind::LookBack => "look_back",
        }
    }

    pub fn from_id(id: &str) -> Option<NoticeKind> {
        NoticeKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The kinds someone in this role can receive, for her settings.
    pub fn for_role(role: Role) -> &'static [NoticeKind] {
        match role {
            Role::Worker => &[
                NoticeKind::Move,
                NoticeKind::Comment,
                NoticeKind::Endorsement,
                NoticeKind::LookBack,
            ],
            Role::Coordinator => &[
                NoticeKind::Request,
                NoticeKind::Move,
                NoticeKind::Comment,
                NoticeKind::DayOff,
            ],
        }
    }
}

/// What became of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestChange {
    New,
    Edited,
    Withdrawn,
}

/// One notice, for one person. The fields after `read` say what it is about; which are there
/// depends on `kind` (the contract lists them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    pub recipient_id: String,
    pub kind: NoticeKind,
    pub actor_id: String,
    pub actor_name: String,
    pub at: DateTime<Utc>,
    /// When it may interrupt her with a system notification (inside her hours, unless she
    /// chose otherwise); the inbox shows it at once either way.
    #[serde(default)]
    pub interrupt_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub read: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_id: Option<String>,
    /// The challenge's title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<RequestChange>,
    /// Where a card moved to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_id: Option<String>,
    /// The worker it is about (a day off, an endorsement, a card).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<Skill>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_skill: Option<String>,
    /// Her words, shortened: a comment, an endorsement's message, a reason to pause, a day
    /// off's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// How long a quoted text may be in a notice; the rest is on the page it links to.
pub const QUOTE_MAX: usize = 80;

/// `text` cut to [`QUOTE_MAX`] characters, with an ellipsis if it was longer.
pub fn quote(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= QUOTE_MAX {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(QUOTE_MAX - 1).collect();
    cut.push('…');
    cut
}

impl Notice {
    /// A notice of `kind` from `actor` at `at`, for nobody yet and about nothing yet.
    pub fn from(actor: &User, kind: NoticeKind, at: DateTime<Utc>) -> Notice {
        Notice {
            id: String::new(),
            recipient_id: String::new(),
            kind,
            actor_id: actor.id.clone(),
            actor_name: actor.name.clone(),
            at,
            interrupt_at: None,
            read: false,
            challenge_id: None,
            title: String::new(),
            change: None,
            to: None,
            comment_id: None,
            worker_id: None,
            skill: None,
            own_skill: None,
            text: String::new(),
        }
    }
}

/// When a notice of a kind may interrupt her.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// すぐ知らせる.
    Now,
    /// 時間内だけ: at the start of her next working window, never on a day off.
    #[default]
    InHours,
    /// 知らせない: no notice of this kind at all.
    Never,
}

impl Delivery {
    pub const ALL: [Delivery; 3] = [Delivery::Now, Delivery::InHours, Delivery::Never];

    pub fn id(self) -> &'static str {
        match self {
            Delivery::Now => "now",
            Delivery::InHours => "in_hours",
            Delivery::Never => "never",
        }
    }

    pub fn from_id(id: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.id() == id)
    }
}

/// Her choices per kind; a kind not named is [`Delivery::InHours`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeSettings {
    #[serde(default)]
    pub kinds: BTreeMap<NoticeKind, Delivery>,
}

impl NoticeSettings {
    pub fn delivery(&self, kind: NoticeKind) -> Delivery {
        self.kinds.get(&kind).copied().unwrap_or_default()
    }
}

/// Who hears of something `actor` did about `worker_id`'s challenge, endorsement or day off:
/// requests and days off go to coordinators; a move or a comment to the other side (her, or
/// the coordinators when she acted); an endorsement to her. Never the actor.
pub fn recipients<'a>(
    kind: NoticeKind,
    actor: &User,
    worker_id: &str,
    users: impl IntoIterator<Item = &'a User>,
) -> Vec<String> {
    let coordinators = || -> Vec<String> {
        users
            .into_iter()
            .filter(|u| u.role == Role::Coordinator)
            .map(|u| u.id.clone())
            .collect()
    };
    let to_coordinators = match kind {
        NoticeKind::Request | NoticeKind::DayOff => true,
        NoticeKind::Move | NoticeKind::Comment => actor.role == Role::Worker,
        NoticeKind::Endorsement | NoticeKind::LookBack => false,
    };
    let mut ids = if to_coordinators {
        coordinators()
    } else {
        vec![worker_id.to_string()]
    };
    ids.retain(|id| *id != actor.id);
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(id: &str, role: Role) -> User {
        User {
            id: id.into(),
            name: id.into(),
            role,
        }
    }

    #[test]
    fn each_kind_reaches_the_other_side_and_never_the_actor() {
        let kei = user("w-kei", Role::Worker);
        let aya = user("w-aya", Role::Worker);
        let sato = user("c-sato", Role::Coordinator);
        let mori = user("c-mori", Role::Coordinator);
        let all = [kei.clone(), aya, sato.clone(), mori];
        let to = |kind, actor: &User| recipients(kind, actor, "w-kei", &all);
        assert_eq!(to(NoticeKind::Request, &kei), ["c-sato", "c-mori"]);
        assert_eq!(to(NoticeKind::DayOff, &kei), ["c-sato", "c-mori"]);
        // A coordinator moves her card or writes to her: she hears, nobody else.
        assert_eq!(to(NoticeKind::Move, &sato), ["w-kei"]);
        assert_eq!(to(NoticeKind::Comment, &sato), ["w-kei"]);
        // She reopens or writes: the coordinators hear.
        assert_eq!(to(NoticeKind::Move, &kei), ["c-sato", "c-mori"]);
        assert_eq!(to(NoticeKind::Comment, &kei), ["c-sato", "c-mori"]);
        assert_eq!(to(NoticeKind::Endorsement, &sato), ["w-kei"]);
        // A coordinator who edits a request on her behalf is not told of it herself.
        assert_eq!(to(NoticeKind::Request, &sato), ["c-mori"]);
    }

    #[test]
    fn a_kind_not_chosen_waits_for_her_hours() {
        let mut s = NoticeSettings::default();
        assert_eq!(s.delivery(NoticeKind::Comment), Delivery::InHours);
        s.kinds.insert(NoticeKind::Comment, Delivery::Never);
        assert_eq!(s.delivery(NoticeKind::Comment), Delivery::Never);
        let json = serde_json::to_string(&s).unwrap_or_default();
        assert_eq!(json, r#"{"kinds":{"comment":"never"}}"#);
    }

    #[test]
    fn quotes_are_cut_with_an_ellipsis() {
        assert_eq!(quote("  短い  "), "短い");
        let long = "あ".repeat(100);
        let q = quote(&long);
        assert_eq!(q.chars().count(), QUOTE_MAX);
        assert!(q.ends_with('…'));
    }
}
