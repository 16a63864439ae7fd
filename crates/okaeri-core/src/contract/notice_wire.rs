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
