//! The bodies of the contract's requests and answers that are not domain types of their own.

use super::challenge_wire;
use crate::domain::challenge::{Challenge, Status};
use crate::domain::worker::User;
use serde::{Deserialize, Serialize};

/// One card of `GET /challenges`: the challenge and the ETag a move must send, in one object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChallengeItem {
    pub challenge: Challenge,
    pub etag: String,
}

impl<'de> Deserialize<'de> for ChallengeItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match challenge_wire::deserialize(d)? {
            (challenge, Some(etag)) => Ok(ChallengeItem { challenge, etag }),
            (_, None) => Err(serde::de::Error::missing_field("etag")),
        }
    }
}

/// Body of `POST /challenges/{id}/moves`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveInput {
    pub to: Option<Status>,
    #[serde(default)]
    pub reason: String,
}

/// Body of `POST /challenges/{id}/comments`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentInput {
    #[serde(default)]
    pub text: String,
}

/// Body of `POST /session`: the sign-in code her company gave her.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInInput {
    #[serde(default)]
    pub code: String,
}

/// Answer of `POST /session`: who she is, and the bearer token for the calls that follow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub user: User,
    pub token: String,
}

/// Name of the session cookie a same-origin or intranet backend may use instead of a token.
pub const SESSION_COOKIE: &str = "okaeri_session";
