//! What the outbox holds, and what happens to a write after each try. Pure, tested natively.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a queued write is, so the app can show it and, if the backend refuses it, give it
/// back to the form it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WriteKind {
    NewChallenge,
    Comment { challenge_id: String },
}

/// A create made while the network was away. The `key` is its Idempotency-Key: every retry
/// sends the same one, so however often it goes, the backend keeps one record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingWrite {
    pub key: String,
    #[serde(flatten)]
    pub kind: WriteKind,
    /// Contract path it is POSTed to, and the JSON body.
    pub path: String,
    pub body: String,
    /// What she sees in the list: the title or the start of the comment.
    pub label: String,
    pub queued_at: DateTime<Utc>,
    #[serde(default)]
    pub attempts: u32,
    /// Set when the backend refused it (4xx): the i18n key of why. It then waits for her.
    #[serde(default)]
    pub returned: Option<String>,
}

impl PendingWrite {
    pub fn is_waiting(&self) -> bool {
        self.returned.is_none()
    }
}

/// After one try.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Disposition {
    /// The backend has it: remove it from the outbox.
    Sent,
    /// No network, a timeout, a 5xx, a 409 or an expired session: try again later.
    KeepQueued,
    /// The backend refused it: back to her as an editable draft, with this message key.
    Return(&'static str),
}

/// Seconds-scale backoff between automatic retries after `failures` failed rounds: 2, 4,
/// 8 … up to 60 s. The online event and app start also retry, so this is the slow path.
pub fn retry_delay_ms(failures: u32) -> u32 {
    2_000u32.saturating_mul(1 << failures.min(5)).min(60_000)
}

/// The first line of a text, shortened for the list.
pub fn label_of(text: &str) -> String {
    const MAX: usize = 40;
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() > MAX {
        let short: String = line.chars().take(MAX).collect();
        format!("{short}…")
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_bounded() {
        let d: Vec<_> = (0..8).map(retry_delay_ms).collect();
        assert_eq!(d, vec![2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
        assert_eq!(retry_delay_ms(u32::MAX), 60_000);
    }

    #[test]
    fn labels_are_one_short_line() {
        assert_eq!(label_of("明日の10時\nでいかがでしょう"), "明日の10時");
        assert_eq!(label_of(&"あ".repeat(50)).chars().count(), 41);
        assert_eq!(label_of(""), "");
    }

    #[test]
    fn entries_survive_a_round_trip_as_json() {
        let w = PendingWrite {
            key: "k1".into(),
            kind: WriteKind::Comment {
                challenge_id: "ch101".into(),
            },
            path: "/api/v1/challenges/ch101/comments".into(),
            body: r#"{"text":"こんにちは"}"#.into(),
            label: "こんにちは".into(),
            queued_at: Utc::now(),
            attempts: 2,
            returned: None,
        };
        let text = serde_json::to_string(&w).unwrap_or_default();
        let back: Option<PendingWrite> = serde_json::from_str(&text).ok();
        assert_eq!(back, Some(w.clone()));
        assert!(w.is_waiting());
        // Unknown or broken rows from an older version are skipped, not a panic.
        assert!(serde_json::from_str::<PendingWrite>(r#"{"kind":"x"}"#).is_err());
    }
}
