//! What the outbox holds, and what happens to a write after each try. Pure, tested natively.

use crate::api::client::{comments_path, days_off_path, CHALLENGES_PATH};
use crate::api::look_back::look_backs_path;
use chrono::{DateTime, Utc};
use okaeri_core::contract::bodies::CommentInput;
use okaeri_core::domain::challenge::ChallengeRequest;
use okaeri_core::domain::days_off::DayOffInput;
use okaeri_core::domain::look_back::LookBackInput;
use serde::{Deserialize, Serialize};

/// What a queued write is, so the app can show it and, if the backend refuses it, give it
/// back to the form it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteKind {
    NewChallenge,
    Comment {
        challenge_id: String,
    },
    /// 「今日は休みます」 or a planned day off.
    DayOff,
    /// Her weekly look back.
    LookBack,
}

/// A create made while the network was away. The `key` is its Idempotency-Key: every retry
/// sends the same one, so however often it goes, the backend keeps one record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredWrite", into = "StoredWrite")]
pub struct PendingWrite {
    pub key: String,
    pub kind: WriteKind,
    /// Who wrote it (user id): it is sent only while she is the one signed in.
    pub owner: String,
    /// Contract path it is POSTed to, and the JSON body.
    pub path: String,
    pub body: String,
    /// What she sees in the list: the title or the start of the comment.
    pub label: String,
    pub queued_at: DateTime<Utc>,
    pub attempts: u32,
    /// Set when the backend refused it (4xx): the i18n key of why. It then waits for her.
    pub returned: Option<String>,
    /// On the device's disk; `false` when the browser refused to store it, so it lives only
    /// as long as this page (never written: a row read back was kept).
    pub kept: bool,
    /// She said to send it although it is older than the idempotency window.
    pub confirmed: bool,
}

/// How long a backend keeps an Idempotency-Key and its first answer, at least (the contract):
/// a write queued longer ago might arrive twice if sent again, so she is asked first.
pub const IDEMPOTENCY_WINDOW_HOURS: i64 = 24;

/// How a write is kept on the device: one flat object, its kind a `kind` field beside the
/// rest (`{"key":…,"kind":"comment","challenge_id":…,…}`). Written out rather than a flattened
/// tagged enum, whose generic reading code was among the largest in the app's first file;
/// rows written by earlier versions read the same.
#[derive(Serialize, Deserialize)]
struct StoredWrite {
    key: String,
    kind: String,
    /// Empty in rows written before owners were recorded (the demo-only versions): those
    /// belong to whoever is signed in.
    #[serde(default)]
    owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    challenge_id: Option<String>,
    path: String,
    body: String,
    label: String,
    // A time that cannot be read keeps its row (the write is hers); written as chrono does.
    #[serde(
        serialize_with = "okaeri_core::domain::timestamp::serialize",
        deserialize_with = "okaeri_core::domain::timestamp::deserialize_or_epoch"
    )]
    queued_at: DateTime<Utc>,
    #[serde(default)]
    attempts: u32,
    #[serde(default)]
    returned: Option<String>,
    #[serde(default)]
    confirmed: bool,
}

impl TryFrom<StoredWrite> for PendingWrite {
    type Error = String;

    fn try_from(w: StoredWrite) -> Result<Self, String> {
        let kind = match (w.kind.as_str(), w.challenge_id) {
            ("new_challenge", _) => WriteKind::NewChallenge,
            ("comment", Some(challenge_id)) => WriteKind::Comment { challenge_id },
            ("day_off", _) => WriteKind::DayOff,
            ("look_back", _) => WriteKind::LookBack,
            (other, _) => return Err(format!("not a write this version knows: {other}")),
        };
        Ok(PendingWrite {
            key: w.key,
            kind,
            owner: w.owner,
            path: w.path,
            body: w.body,
            label: w.label,
            queued_at: w.queued_at,
            attempts: w.attempts,
            returned: w.returned,
            kept: true,
            confirmed: w.confirmed,
        })
    }
}

impl From<PendingWrite> for StoredWrite {
    fn from(w: PendingWrite) -> Self {
        let (kind, challenge_id) = match w.kind {
            WriteKind::NewChallenge => ("new_challenge", None),
            WriteKind::Comment { challenge_id } => ("comment", Some(challenge_id)),
            WriteKind::DayOff => ("day_off", None),
            WriteKind::LookBack => ("look_back", None),
        };
        StoredWrite {
            key: w.key,
            kind: kind.to_string(),
            owner: w.owner,
            challenge_id,
            path: w.path,
            body: w.body,
            label: w.label,
            queued_at: w.queued_at,
            attempts: w.attempts,
            returned: w.returned,
            confirmed: w.confirmed,
        }
    }
}

impl PendingWrite {
    /// A first try that failed, so it waits; `body` is exactly what that try sent, because
    /// the backend refuses the same Idempotency-Key with another body.
    fn waiting(
        key: String,
        owner: &str,
        kind: WriteKind,
        path: String,
        body: String,
        label: &str,
    ) -> Self {
        PendingWrite {
            key,
            kind,
            owner: owner.to_string(),
            path,
            body,
            label: label_of(label),
            queued_at: Utc::now(),
            attempts: 1,
            returned: None,
            kept: true,
            confirmed: false,
        }
    }

    pub fn new_challenge(key: String, owner: &str, request: &ChallengeRequest) -> Self {
        let body = serde_json::to_string(request).unwrap_or_default();
        let path = CHALLENGES_PATH.to_string();
        Self::waiting(
            key,
            owner,
            WriteKind::NewChallenge,
            path,
            body,
            &request.title,
        )
    }

    pub fn comment(key: String, owner: &str, challenge_id: &str, text: &str) -> Self {
        let input = CommentInput {
            text: text.to_string(),
        };
        let body = serde_json::to_string(&input).unwrap_or_default();
        let kind = WriteKind::Comment {
            challenge_id: challenge_id.to_string(),
        };
        Self::waiting(key, owner, kind, comments_path(challenge_id), body, text)
    }

    /// `label` is what her list shows: the day off in her words, as she took it.
    pub fn day_off(key: String, owner: &str, input: &DayOffInput, label: &str) -> Self {
        let body = serde_json::to_string(input).unwrap_or_default();
        let path = days_off_path(owner);
        Self::waiting(key, owner, WriteKind::DayOff, path, body, label)
    }

    /// `label` is what her list shows: her look back's week, as the app says it.
    pub fn look_back(key: String, owner: &str, input: &LookBackInput, label: &str) -> Self {
        let body = serde_json::to_string(input).unwrap_or_default();
        let path = look_backs_path(owner);
        Self::waiting(key, owner, WriteKind::LookBack, path, body, label)
    }

    /// The text of a queued comment ("" for anything else).
    pub fn comment_text(&self) -> String {
        serde_json::from_str::<CommentInput>(&self.body)
            .map(|c| c.text)
            .unwrap_or_default()
    }

    pub fn is_waiting(&self) -> bool {
        self.returned.is_none()
    }

    /// Older than the idempotency window and not yet confirmed: it waits for her word.
    pub fn needs_confirmation(&self, now: DateTime<Utc>) -> bool {
        !self.confirmed
            && now.timestamp() - self.queued_at.timestamp() > IDEMPOTENCY_WINDOW_HOURS * 3600
    }

    /// Sent by the outbox by itself: not refused, not waiting for her confirmation.
    pub fn goes_by_itself(&self, now: DateTime<Utc>) -> bool {
        self.is_waiting() && !self.needs_confirmation(now)
    }

    /// Whether `user` may send it or see it: only the person who wrote it.
    pub fn belongs_to(&self, user: &str) -> bool {
        self.owner.is_empty() || self.owner == user
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
    fn a_queued_comment_keeps_the_body_of_its_first_try() {
        let w = PendingWrite::comment("k2".into(), "w-you", "ch 101", "明日\nよろしく");
        assert_eq!(w.path, "/api/v1/challenges/ch%20101/comments");
        assert_eq!(w.body, r#"{"text":"明日\nよろしく"}"#);
        assert_eq!(w.comment_text(), "明日\nよろしく");
        assert_eq!(w.label, "明日");
        assert!(w.is_waiting());
        assert_eq!(w.attempts, 1);
    }

    #[test]
    fn entries_survive_a_round_trip_as_json() {
        let w = PendingWrite {
            key: "k1".into(),
            kind: WriteKind::Comment {
                challenge_id: "ch101".into(),
            },
            owner: "w-you".into(),
            path: "/api/v1/challenges/ch101/comments".into(),
            body: r#"{"text":"こんにちは"}"#.into(),
            label: "こんにちは".into(),
            queued_at: Utc::now(),
            attempts: 2,
            returned: None,
            kept: true,
            confirmed: false,
        };
        let text = serde_json::to_string(&w).unwrap_or_default();
        let back: Option<PendingWrite> = serde_json::from_str(&text).ok();
        assert_eq!(back, Some(w.clone()));
        assert!(w.is_waiting());
        // Unknown or broken rows from an older version are skipped, not a panic.
        assert!(serde_json::from_str::<PendingWrite>(r#"{"kind":"x"}"#).is_err());
        let comment_without_challenge = text.replace(r#""challenge_id":"ch101","#, "");
        assert!(serde_json::from_str::<PendingWrite>(&comment_without_challenge).is_err());
    }

    #[test]
    fn rows_kept_by_earlier_versions_still_read() {
        // As the flattened, tagged enum of earlier versions wrote them.
        let comment = r#"{"key":"k1","kind":"comment","challenge_id":"ch101","path":"/api/v1/challenges/ch101/comments","body":"{}","label":"やあ","queued_at":"2026-11-01T00:00:00Z","attempts":1,"returned":null}"#;
        let read: Option<PendingWrite> = serde_json::from_str(comment).ok();
        assert_eq!(
            read.map(|w| w.kind),
            Some(WriteKind::Comment {
                challenge_id: "ch101".into()
            })
        );
        let created = r#"{"key":"k2","kind":"new_challenge","path":"/api/v1/challenges","body":"{}","label":"t","queued_at":"2026-11-01T00:00:00Z"}"#;
        let read: Option<PendingWrite> = serde_json::from_str(created).ok();
        assert_eq!(
            read.map(|w| (w.kind, w.attempts)),
            Some((WriteKind::NewChallenge, 0))
        );
    }

    #[test]
    fn a_row_whose_time_cannot_be_read_is_kept() {
        let unreadable = r#"{"key":"k3","kind":"new_challenge","path":"/api/v1/challenges","body":"{}","label":"t","queued_at":"先週"}"#;
        let read: Option<PendingWrite> = serde_json::from_str(unreadable).ok();
        assert_eq!(
            read.map(|w| (w.key, w.queued_at)),
            Some(("k3".to_string(), DateTime::UNIX_EPOCH))
        );
        // A time with an offset is read, not replaced.
        let offset = unreadable.replace("先週", "2026-11-01T09:00:00+09:00");
        let read: Option<PendingWrite> = serde_json::from_str(&offset).ok();
        assert_eq!(
            read.map(|w| w.queued_at.to_rfc3339()),
            Some("2026-11-01T00:00:00+00:00".to_string())
        );
    }

    #[test]
    fn a_write_older_than_the_window_waits_for_her_word() {
        let mut w = PendingWrite::comment("k6".into(), "w-you", "ch101", "はい");
        let window = chrono::Duration::hours(IDEMPOTENCY_WINDOW_HOURS);
        let soon = w.queued_at + window - chrono::Duration::minutes(1);
        let later = w.queued_at + window + chrono::Duration::minutes(1);
        assert!(w.goes_by_itself(soon));
        assert!(w.needs_confirmation(later) && !w.goes_by_itself(later));
        w.confirmed = true;
        assert!(w.goes_by_itself(later));
        // Her word is kept with the row.
        let text = serde_json::to_string(&w).unwrap_or_default();
        let back: Option<PendingWrite> = serde_json::from_str(&text).ok();
        assert_eq!(back.map(|b| b.confirmed), Some(true));
    }

    #[test]
    fn a_write_belongs_to_the_person_who_wrote_it() {
        let w = PendingWrite::comment("k5".into(), "w-you", "ch101", "はい");
        assert!(w.belongs_to("w-you"));
        assert!(!w.belongs_to("c-sato"));
        let text = serde_json::to_string(&w).unwrap_or_default();
        let back: Option<PendingWrite> = serde_json::from_str(&text).ok();
        assert_eq!(back.map(|b| b.owner), Some("w-you".to_string()));
        // Rows from before owners were recorded read with none, as anyone's.
        let old = r#"{"key":"k1","kind":"comment","challenge_id":"ch101","path":"/p","body":"{}","label":"x","queued_at":"2026-11-01T00:00:00Z"}"#;
        let read: Option<PendingWrite> = serde_json::from_str(old).ok();
        assert_eq!(read.map(|w| w.owner), Some(String::new()));
    }

    #[test]
    fn the_time_is_written_as_chrono_writes_it() {
        let w = PendingWrite::comment("k4".into(), "w-you", "ch101", "はい");
        let ours = serde_json::to_value(&w).unwrap_or_default();
        let chrono = serde_json::to_value(w.queued_at).unwrap_or_default();
        assert_eq!(ours["queued_at"], chrono);
    }
}
