//! The bodies of `/notifications`: a page of the inbox, the unread count, and what to mark read.

use crate::domain::notice::Notice;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `GET /notifications`: newest first; `next_cursor` asks for the page after this one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticePage {
    pub items: Vec<Notice>,
    #[serde(default)]
    pub next_cursor: Option<String>,
    pub unread: usize,
}

/// `GET /notifications/count`, and the answer to marking some read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unread {
    pub unread: usize,
    /// Per card, how many of its comments she has not read (the board's 「新着コメント」).
    #[serde(default)]
    pub new_comments: BTreeMap<String, usize>,
}

/// `POST /notifications/read`: these, all of hers, or all of hers about one card (she opened
/// it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkRead {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_id: Option<String>,
}

/// `GET /notifications/push`: the key a browser subscribes with (VAPID, base64url), or none when
/// this backend sends no pushes (the embedded default, which has no server to send them).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushKey {
    pub public_key: Option<String>,
}

/// `PUT /notifications/push`: the browser's `PushSubscription.toJSON()`, one per device. A
/// backend that sends pushes sends each notice, at its `interrupt_at`, as the push's data (the
/// `Notice` JSON). Its `expirationTime` is not kept: a push service says when a subscription
/// has ended (404 or 410), and browsers give none today.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushSubscription {
    pub endpoint: String,
    pub keys: PushKeys,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushKeys {
    pub p256dh: String,
    pub auth: String,
}

/// The longest endpoint kept (push services' are a few hundred characters).
pub const ENDPOINT_MAX: usize = 2048;

impl PushSubscription {
    /// An https endpoint and both keys: what a push service needs.
    pub fn validate(&self) -> Result<(), crate::domain::validation::FieldErrors> {
        let mut e = crate::domain::validation::FieldErrors::default();
        if !self.endpoint.starts_with("https://") || self.endpoint.len() > ENDPOINT_MAX {
            e.add("endpoint", "error.push_endpoint");
        }
        if self.keys.p256dh.trim().is_empty() || self.keys.auth.trim().is_empty() {
            e.add("keys", "error.push_keys");
        }
        e.into_result()
    }
}
