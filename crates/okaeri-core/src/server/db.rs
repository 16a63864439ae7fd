//! The embedded backend's data: one serialisable value, so browser storage (or any store)
//! can keep it whole.

use crate::contract::notice_wire::PushSubscription;
use crate::domain::challenge::Challenge;
use crate::domain::contact::CoordinatorCard;
use crate::domain::endorsement::Endorsement;
use crate::domain::look_back::LookBacks;
use crate::domain::notice::{Notice, NoticeSettings};
use crate::domain::onboarding::OnboardingDraft;
use crate::domain::worker::{Profile, User};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A stored value with the version its ETag is made from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record<T> {
    pub version: u64,
    pub value: T,
}

impl<T> Record<T> {
    pub fn new(value: T) -> Self {
        Record { version: 1, value }
    }

    pub fn etag(&self) -> String {
        format!("\"v{}\"", self.version)
    }

    pub fn replace(&mut self, value: T) {
        self.value = value;
        self.version += 1;
    }
}

/// The first response to an idempotent request, replayed for a repeat of the same key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Replay {
    pub fingerprint: String,
    pub status: u16,
    pub etag: Option<String>,
    pub body: String,
}

/// A session minted by a sign-in: whose it is and until when it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub user_id: String,
    pub expires_at: DateTime<Utc>,
}

pub const SCHEMA: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Db {
    pub schema: u32,
    pub users: Vec<User>,
    /// Long-lived bearer tokens a deployment hands out (config.json's `token`) → user id; in
    /// the demo they are the sign-in codes too.
    pub tokens: BTreeMap<String, String>,
    /// Sessions minted by sign-ins, by token (a backend that mints them: the reference one).
    #[serde(default)]
    pub sessions: BTreeMap<String, Session>,
    pub profiles: BTreeMap<String, Record<Profile>>,
    pub drafts: BTreeMap<String, Record<OnboardingDraft>>,
    pub challenges: Vec<Record<Challenge>>,
    pub endorsements: Vec<Endorsement>,
    pub idempotency: BTreeMap<String, Replay>,
    pub next_id: u64,
    /// Everyone's notices, oldest first.
    #[serde(default)]
    pub notices: Vec<Notice>,
    /// When each kind may interrupt each person, by user id.
    #[serde(default)]
    pub notice_settings: BTreeMap<String, NoticeSettings>,
    /// Coordinators' own cards (hours, reply window): (user id, card). Lists rather than maps,
    /// here and below: a handful of rows, and the demo's first download carries no map code
    /// for them.
    #[serde(default)]
    pub coordinator_cards: Vec<(String, CoordinatorCard)>,
    /// Devices that asked for system notifications: (user id, subscription), oldest first.
    #[serde(default)]
    pub push_subscriptions: Vec<(String, PushSubscription)>,
    /// Workers' weekly look backs: (user id, hers).
    #[serde(default)]
    pub look_backs: Vec<(String, LookBacks)>,
}

impl Db {
    pub fn user(&self, id: &str) -> Option<&User> {
        self.users.iter().find(|u| u.id == id)
    }

    pub fn coordinator_card(&self, user_id: &str) -> Option<&CoordinatorCard> {
        self.coordinator_cards
            .iter()
            .find(|(id, _)| id == user_id)
            .map(|(_, card)| card)
    }

    pub fn set_coordinator_card(&mut self, user_id: &str, card: CoordinatorCard) {
        self.coordinator_cards.retain(|(id, _)| id != user_id);
        self.coordinator_cards.push((user_id.to_string(), card));
    }

    /// Her look backs (none yet: the default day, nothing kept).
    pub fn look_backs(&self, user_id: &str) -> LookBacks {
        self.look_backs
            .iter()
            .find(|(id, _)| id == user_id)
            .map(|(_, l)| l.clone())
            .unwrap_or_default()
    }

    pub fn set_look_backs(&mut self, user_id: &str, look_backs: LookBacks) {
        self.look_backs.retain(|(id, _)| id != user_id);
        self.look_backs.push((user_id.to_string(), look_backs));
    }

    /// Who a bearer token or session cookie belongs to, at `now`.
    pub fn user_by_token(&self, token: &str, now: DateTime<Utc>) -> Option<&User> {
        let session = || {
            self.sessions
                .get(token)
                .filter(|s| s.expires_at > now)
                .map(|s| &s.user_id)
        };
        self.tokens
            .get(token)
            .or_else(session)
            .and_then(|id| self.user(id))
    }

    pub fn challenge_mut(&mut self, id: &str) -> Option<&mut Record<Challenge>> {
        self.challenges.iter_mut().find(|c| c.value.id == id)
    }

    pub fn challenge(&self, id: &str) -> Option<&Record<Challenge>> {
        self.challenges.iter().find(|c| c.value.id == id)
    }

    /// Data stored by an earlier version may hold endorsements out of time order; the server
    /// keeps them oldest first (reading them newest first is then the other way round).
    pub fn in_time_order(mut self) -> Self {
        self.endorsements.sort_by_key(|e| e.at);
        self
    }

    pub fn fresh_id(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }
}
