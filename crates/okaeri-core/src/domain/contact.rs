//! Who is on the other side of a conversation, and how to reach them: a worker's "how to work
//! with me" card beside her challenge's thread for coordinators, and a coordinator's short card
//! (hours, reply window) for her. The worker Okaeri grew from could not tell, until she knew
//! someone, whether to gather her questions or send them one by one.

use super::availability::{Availability, Reach};
use super::challenge::Challenge;
use super::days_off::DayOff;
use super::onboarding::check_availability;
use super::validation::FieldErrors;
use super::worker::{Profile, QuestionStyle, ReplyWindow, Role, User, WorkStyle};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A coordinator's own card, as she sets it in settings. Her hours also decide when notices may
/// interrupt her.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoordinatorCard {
    #[serde(default)]
    pub availability: Availability,
    #[serde(default)]
    pub reply_window: Option<ReplyWindow>,
}

impl CoordinatorCard {
    /// Her hours checked as a worker's are, in a zone the app knows.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        if self
            .availability
            .time_zone
            .parse::<chrono_tz::Tz>()
            .is_err()
        {
            errors.add("availability.time_zone", "error.time_zone");
        }
        check_availability(&self.availability, &mut errors);
        errors.into_result()
    }
}

/// One person beside a thread: how they like to work and when they can be reached.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub user_id: String,
    pub name: String,
    pub role: Role,
    #[serde(default)]
    pub work_style: WorkStyle,
    #[serde(default)]
    pub availability: Availability,
    /// Days off not yet over, without their notes: only when, never why.
    #[serde(default)]
    pub days_off: Vec<DayOff>,
}

/// How many coordinators a worker sees beside one thread.
pub const COORDINATORS_SHOWN: usize = 3;

impl Contact {
    /// A worker's card, from her profile.
    pub fn of_worker(user: &User, profile: &Profile, now: DateTime<Utc>) -> Contact {
        let a = &profile.fields.availability;
        let today = a.today(now);
        Contact {
            user_id: user.id.clone(),
            name: user.name.clone(),
            role: Role::Worker,
            work_style: profile.fields.work_style.clone(),
            availability: a.clone(),
            days_off: profile
                .days_off
                .iter()
                .filter(|d| d.last >= today)
                .map(|d| DayOff {
                    note: String::new(),
                    ..d.clone()
                })
                .collect(),
        }
    }

    /// A coordinator's card; with none set, only her name.
    pub fn of_coordinator(user: &User, card: Option<&CoordinatorCard>) -> Contact {
        let card = card.cloned().unwrap_or_default();
        Contact {
            user_id: user.id.clone(),
            name: user.name.clone(),
            role: Role::Coordinator,
            work_style: WorkStyle {
                reply_window: card.reply_window,
                ..WorkStyle::default()
            },
            availability: card.availability,
            days_off: Vec::new(),
        }
    }

    pub fn reach(&self, now: DateTime<Utc>) -> Reach {
        self.availability.reach_at(&self.days_off, now)
    }

    /// She said she would rather have questions gathered into one message (まとめて).
    pub fn prefers_gathered(&self) -> bool {
        self.work_style.question_style == Some(QuestionStyle::AllAtOnce)
    }

    /// Written to now, she will likely answer from her next window: true outside her hours
    /// (or on a day off) when she has given hours at all.
    pub fn answers_later(&self, now: DateTime<Utc>) -> bool {
        matches!(self.reach(now), Reach::Next { .. })
    }
}

/// The coordinators a worker sees beside her card's thread: those who answered or moved it,
/// the most recent first; before anyone has, the team (those who set a card first).
pub fn thread_coordinators<'a>(
    challenge: &Challenge,
    users: &'a [User],
    has_card: impl Fn(&str) -> bool,
) -> Vec<&'a User> {
    let coordinator = |id: &str| {
        users
            .iter()
            .find(|u| u.id == id && u.role == Role::Coordinator)
    };
    let mut acts: Vec<(DateTime<Utc>, &str)> = challenge
        .comments
        .iter()
        .map(|c| (c.at, c.author_id.as_str()))
        .chain(challenge.history.iter().map(|h| (h.at, h.by.as_str())))
        .collect();
    acts.sort_by_key(|a| std::cmp::Reverse(a.0));
    let mut out: Vec<&User> = Vec::new();
    for (_, id) in acts {
        if let Some(u) = coordinator(id) {
            if !out.iter().any(|o| o.id == u.id) {
                out.push(u);
            }
        }
    }
    if out.is_empty() {
        out = users
            .iter()
            .filter(|u| u.role == Role::Coordinator)
            .collect();
        out.sort_by_key(|u| !has_card(&u.id));
    }
    out.truncate(COORDINATORS_SHOWN);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::challenge::{ChallengeRequest, Comment, Status};
    use crate::domain::days_off::DayOffKind;
    use chrono::{NaiveDate, NaiveTime, TimeZone};

    fn user(id: &str, role: Role) -> User {
        User {
            id: id.into(),
            name: format!("{id} name"),
            role,
        }
    }

    fn at(h: u32) -> DateTime<Utc> {
        chrono_tz::Asia::Tokyo
            .with_ymd_and_hms(2026, 12, 2, h, 0, 0)
            .single()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    }

    fn card() -> Challenge {
        Challenge::new(
            "c1".into(),
            &user("w1", Role::Worker),
            ChallengeRequest::default(),
            at(9),
        )
    }

    fn comment(by: &str, h: u32) -> Comment {
        Comment {
            id: format!("m{h}"),
            author_id: by.into(),
            author_name: by.into(),
            author_role: Role::Coordinator,
            text: "はい".into(),
            at: at(h),
        }
    }

    fn team() -> Vec<User> {
        vec![
            user("w1", Role::Worker),
            user("c1", Role::Coordinator),
            user("c2", Role::Coordinator),
        ]
    }

    #[test]
    fn before_anyone_answered_the_team_shows_those_with_a_card_first() {
        let users = team();
        let shown = thread_coordinators(&card(), &users, |id| id == "c2");
        let ids: Vec<&str> = shown.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["c2", "c1"]);
    }

    #[test]
    fn those_who_answered_or_moved_it_most_recent_first_and_never_the_worker() {
        let users = team();
        let mut c = card();
        c.comments.push(comment("c1", 10));
        c.comments.push(comment("w1", 11));
        let by = user("c2", Role::Coordinator);
        assert!(c.apply_move(&by, Status::Discussing, "", at(12)).is_ok());
        let shown = thread_coordinators(&c, &users, |_| false);
        let ids: Vec<&str> = shown.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["c2", "c1"]);
    }

    #[test]
    fn a_worker_card_keeps_when_she_is_off_but_never_why() {
        let mut profile = Profile::new("w1", at(9));
        let ok = profile.fields.availability.set_weekdays(
            NaiveTime::from_hms_opt(9, 30, 0).unwrap_or(NaiveTime::MIN),
            NaiveTime::from_hms_opt(14, 30, 0).unwrap_or(NaiveTime::MIN),
        );
        assert!(ok.is_ok());
        profile.fields.work_style.question_style = Some(QuestionStyle::AllAtOnce);
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default();
        for (id, d) in [("past", 1), ("today", 2)] {
            profile.days_off.push(DayOff {
                id: id.into(),
                first: day(d),
                last: day(d),
                note: "子どもの発熱".into(),
                kind: DayOffKind::Today,
                created_at: at(8),
            });
        }
        let contact = Contact::of_worker(&user("w1", Role::Worker), &profile, at(10));
        assert_eq!(contact.days_off.len(), 1);
        assert!(contact.days_off.iter().all(|d| d.note.is_empty()));
        assert!(contact.prefers_gathered());
        // Off today, so even at 10:00 she answers from her next window.
        assert!(contact.answers_later(at(10)));
    }

    #[test]
    fn inside_her_hours_she_answers_now_and_without_hours_nobody_promises_later() {
        let mut a = Availability::default();
        let ok = a.set_weekdays(
            NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
            NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN),
        );
        assert!(ok.is_ok());
        let card = CoordinatorCard {
            availability: a,
            reply_window: Some(ReplyWindow::SameDay),
        };
        let c = Contact::of_coordinator(&user("c1", Role::Coordinator), Some(&card));
        assert!(!c.answers_later(at(10)));
        assert!(c.answers_later(at(20)));
        assert_eq!(c.work_style.reply_window, Some(ReplyWindow::SameDay));
        let none = Contact::of_coordinator(&user("c2", Role::Coordinator), None);
        assert!(!none.answers_later(at(20)));
    }
}
