//! Challenge requests and the rules for moving them across the board.

use super::skill::Skill;
use super::validation::{blank, too_long, FieldErrors, LINE_MAX, TEXT_MAX};
use super::worker::{Role, User};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 相談したい
    Requested,
    /// 相談中
    Discussing,
    /// 挑戦中
    InProgress,
    /// できた!
    Achieved,
    /// 見送り
    Paused,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Requested,
        Status::Discussing,
        Status::InProgress,
        Status::Achieved,
        Status::Paused,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Status::Requested => "requested",
            Status::Discussing => "discussing",
            Status::InProgress => "in_progress",
            Status::Achieved => "achieved",
            Status::Paused => "paused",
        }
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Status::Requested => "status.requested",
            Status::Discussing => "status.discussing",
            Status::InProgress => "status.in_progress",
            Status::Achieved => "status.achieved",
            Status::Paused => "status.paused",
        }
    }
}

/// Why a move is refused; each is an i18n key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveError {
    NotAllowed,
    ReasonRequired,
}

impl MoveError {
    pub fn key(self) -> &'static str {
        match self {
            MoveError::NotAllowed => "error.move_not_allowed",
            MoveError::ReasonRequired => "error.reason_required",
        }
    }
}

/// The board's rules: coordinators move a card forward one column at a time or pause it;
/// either side reopens a paused card (back to where talking starts).
pub fn allowed_moves(role: Role, from: Status) -> &'static [Status] {
    use Status::*;
    match (role, from) {
        (Role::Coordinator, Requested) => &[Discussing, Paused],
        (Role::Coordinator, Discussing) => &[InProgress, Paused],
        (Role::Coordinator, InProgress) => &[Achieved, Paused],
        (_, Paused) => &[Requested],
        _ => &[],
    }
}

/// Checks a move for a user on a card; workers touch only their own cards.
pub fn check_move(
    user: &User,
    challenge: &Challenge,
    to: Status,
    reason: &str,
) -> Result<(), MoveError> {
    if user.role == Role::Worker && user.id != challenge.worker_id {
        return Err(MoveError::NotAllowed);
    }
    if !allowed_moves(user.role, challenge.status).contains(&to) {
        return Err(MoveError::NotAllowed);
    }
    if to == Status::Paused && blank(reason) {
        return Err(MoveError::ReasonRequired);
    }
    Ok(())
}

/// A worker edits or withdraws her own request only while nobody has started on it.
pub fn may_edit_request(user: &User, challenge: &Challenge) -> bool {
    user.role == Role::Worker
        && user.id == challenge.worker_id
        && challenge.status == Status::Requested
}

/// What a worker sends when she asks for a challenge.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeRequest {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub skill: Option<Skill>,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub hours_per_week: Option<u8>,
    #[serde(default, with = "crate::domain::date::optional")]
    pub wished_start: Option<NaiveDate>,
    #[serde(default)]
    pub support: String,
}

impl ChallengeRequest {
    pub fn validate(&self, today: NaiveDate) -> Result<(), FieldErrors> {
        let mut e = FieldErrors::default();
        if blank(&self.title) {
            e.add("title", "error.title_required");
        } else if too_long(&self.title, LINE_MAX) {
            e.add("title", "error.too_long");
        }
        if self.skill.is_none() {
            e.add("skill", "error.skill_required");
        }
        if too_long(&self.why, TEXT_MAX) {
            e.add("why", "error.too_long");
        }
        if too_long(&self.support, TEXT_MAX) {
            e.add("support", "error.too_long");
        }
        if self.hours_per_week.is_some_and(|h| h == 0 || h > 60) {
            e.add("hours_per_week", "error.hours_range");
        }
        if self
            .wished_start
            .is_some_and(|d| d < today - chrono::Duration::days(1))
        {
            e.add("wished_start", "error.date_past");
        }
        e.into_result()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    #[serde(default)]
    pub from: Option<Status>,
    pub to: Status,
    #[serde(with = "super::timestamp")]
    pub at: DateTime<Utc>,
    pub by: String,
    #[serde(default)]
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub id: String,
    pub author_id: String,
    pub author_name: String,
    pub author_role: Role,
    pub text: String,
    #[serde(with = "super::timestamp")]
    pub at: DateTime<Utc>,
}

pub const COMMENT_MAX: usize = 2000;

pub fn check_comment(text: &str) -> Result<(), FieldErrors> {
    let mut e = FieldErrors::default();
    if blank(text) {
        e.add("text", "error.comment_required");
    } else if too_long(text, COMMENT_MAX) {
        e.add("text", "error.too_long");
    }
    e.into_result()
}

/// A challenge on the board. Its JSON (one flat object) is in `contract::challenge_wire`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Challenge {
    pub id: String,
    pub worker_id: String,
    pub worker_name: String,
    pub request: ChallengeRequest,
    pub status: Status,
    pub paused_reason: String,
    pub history: Vec<StatusChange>,
    pub comments: Vec<Comment>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Challenge {
    pub fn new(id: String, worker: &User, request: ChallengeRequest, now: DateTime<Utc>) -> Self {
        Challenge {
            id,
            worker_id: worker.id.clone(),
            worker_name: worker.name.clone(),
            request,
            status: Status::Requested,
            paused_reason: String::new(),
            history: vec![StatusChange {
                from: None,
                to: Status::Requested,
                at: now,
                by: worker.id.clone(),
                reason: String::new(),
            }],
            comments: Vec::new(),
            created_at: now,
            updated_at: now,
        }
    }

    /// Moves the card after [`check_move`] said yes; records who and when.
    pub fn apply_move(
        &mut self,
        by: &User,
        to: Status,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<(), MoveError> {
        check_move(by, self, to, reason)?;
        self.history.push(StatusChange {
            from: Some(self.status),
            to,
            at: now,
            by: by.id.clone(),
            reason: reason.trim().to_string(),
        });
        self.paused_reason = if to == Status::Paused {
            reason.trim().to_string()
        } else {
            String::new()
        };
        self.status = to;
        self.updated_at = now;
        Ok(())
    }

    /// When it was achieved, if it was.
    pub fn achieved_at(&self) -> Option<DateTime<Utc>> {
        if self.status != Status::Achieved {
            return None;
        }
        self.history
            .iter()
            .rev()
            .find(|h| h.to == Status::Achieved)
            .map(|h| h.at)
    }

    pub fn skill(&self) -> Option<Skill> {
        self.request.skill
    }
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

    fn card(status: Status) -> Challenge {
        let mut c = Challenge::new(
            "c1".into(),
            &user("w1", Role::Worker),
            ChallengeRequest::default(),
            DateTime::<Utc>::default(),
        );
        c.status = status;
        c
    }

    #[test]
    fn every_move_per_role() {
        use Status::*;
        let coordinator = user("c1", Role::Coordinator);
        let owner = user("w1", Role::Worker);
        let other = user("w2", Role::Worker);
        let allowed_for_coordinator = [
            (Requested, Discussing),
            (Requested, Paused),
            (Discussing, InProgress),
            (Discussing, Paused),
            (InProgress, Achieved),
            (InProgress, Paused),
            (Paused, Requested),
        ];
        for from in Status::ALL {
            for to in Status::ALL {
                let c = card(from);
                let want = allowed_for_coordinator.contains(&(from, to));
                assert_eq!(
                    check_move(&coordinator, &c, to, "理由").is_ok(),
                    want,
                    "coordinator {from:?}->{to:?}"
                );
                let owner_may = from == Paused && to == Requested;
                assert_eq!(
                    check_move(&owner, &c, to, "理由").is_ok(),
                    owner_may,
                    "owner {from:?}->{to:?}"
                );
                assert_eq!(
                    check_move(&other, &c, to, "理由"),
                    Err(MoveError::NotAllowed),
                    "other {from:?}->{to:?}"
                );
            }
        }
    }

    #[test]
    fn pausing_needs_a_reason_and_reopening_clears_it() {
        let coordinator = user("c1", Role::Coordinator);
        let mut c = card(Status::Discussing);
        assert_eq!(
            c.apply_move(
                &coordinator,
                Status::Paused,
                "  ",
                DateTime::<Utc>::default()
            ),
            Err(MoveError::ReasonRequired)
        );
        assert_eq!(
            c.apply_move(
                &coordinator,
                Status::Paused,
                "今月は繁忙期",
                DateTime::<Utc>::default()
            ),
            Ok(())
        );
        assert_eq!(c.paused_reason, "今月は繁忙期");
        assert_eq!(
            c.apply_move(
                &user("w1", Role::Worker),
                Status::Requested,
                "",
                DateTime::<Utc>::default()
            ),
            Ok(())
        );
        assert_eq!(c.status, Status::Requested);
        assert!(c.paused_reason.is_empty());
        assert_eq!(c.history.len(), 3);
    }

    #[test]
    fn editing_only_while_requested_and_own() {
        let owner = user("w1", Role::Worker);
        assert!(may_edit_request(&owner, &card(Status::Requested)));
        assert!(!may_edit_request(&owner, &card(Status::Discussing)));
        assert!(!may_edit_request(
            &user("w2", Role::Worker),
            &card(Status::Requested)
        ));
        assert!(!may_edit_request(
            &user("c1", Role::Coordinator),
            &card(Status::Requested)
        ));
    }

    #[test]
    fn achieved_at_comes_from_history() {
        let coordinator = user("c1", Role::Coordinator);
        let mut c = card(Status::InProgress);
        assert_eq!(c.achieved_at(), None);
        let when = DateTime::<Utc>::default() + chrono::Duration::days(3);
        assert!(c
            .apply_move(&coordinator, Status::Achieved, "", when)
            .is_ok());
        assert_eq!(c.achieved_at(), Some(when));
    }

    #[test]
    fn request_validation() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let e = ChallengeRequest::default()
            .validate(today)
            .err()
            .unwrap_or_default();
        assert_eq!(e.get("title"), Some("error.title_required"));
        assert_eq!(e.get("skill"), Some("error.skill_required"));
        let ok = ChallengeRequest {
            title: "経理の入門".into(),
            skill: Some(Skill::Bookkeeping),
            hours_per_week: Some(5),
            wished_start: Some(today),
            ..Default::default()
        };
        assert_eq!(ok.validate(today), Ok(()));
        let bad = ChallengeRequest {
            hours_per_week: Some(0),
            wished_start: NaiveDate::from_ymd_opt(2020, 1, 1),
            ..ok
        };
        let e = bad.validate(today).err().unwrap_or_default();
        assert_eq!(e.get("hours_per_week"), Some("error.hours_range"));
        assert_eq!(e.get("wished_start"), Some("error.date_past"));
    }

    #[test]
    fn a_blank_comment_is_refused() {
        assert_eq!(
            check_comment(" "),
            Err({
                let mut e = FieldErrors::default();
                e.add("text", "error.comment_required");
                e
            })
        );
    }
}
