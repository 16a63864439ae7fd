//! RFC 9457 problem details, and the typed errors the UI turns into kind sentences.

use crate::domain::validation::FieldErrors;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type", default = "about_blank")]
    pub kind: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub status: u16,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
    /// Per-field messages (i18n keys) on 422.
    #[serde(default, skip_serializing_if = "FieldErrors::is_empty")]
    pub errors: FieldErrors,
    /// The current representation on 412, so the user can compare and choose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<RawJson>,
}

/// A JSON value kept as the text it came as: read into its own type only where it is used
/// (the conflict choice), so the first screen carries no reader of untyped JSON.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RawJson(Box<serde_json::value::RawValue>);

impl RawJson {
    /// `value` as JSON text.
    pub fn of<T: Serialize>(value: &T) -> Option<RawJson> {
        serde_json::value::to_raw_value(value).ok().map(RawJson)
    }

    /// The value, read as `T`.
    pub fn read<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        serde_json::from_str(self.0.get()).ok()
    }
}

impl PartialEq for RawJson {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

fn about_blank() -> String {
    "about:blank".to_string()
}

/// Everything that can go wrong talking to a backend, in terms the UI can act on.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No network: keep the input and try again later.
    Offline,
    Timeout,
    Unauthorized,
    Forbidden,
    NotFound,
    /// 412: someone changed it first. `current` is their version, when the server sent it.
    Conflict {
        current: Option<RawJson>,
    },
    /// 409 from the idempotency layer: the same request is still being processed.
    InProgress,
    Validation(FieldErrors),
    Server {
        status: u16,
        retry_after: Option<u32>,
    },
    /// The embedded default could not keep a write: the browser refused to store it (quota,
    /// private mode, storage disabled). Nothing changed; she may try again.
    DeviceRefused,
    /// A response that does not follow the contract (HTML, broken JSON, wrong shape).
    Unexpected(String),
}

/// The problem type the embedded default answers when the browser refuses to store a write.
pub const DEVICE_REFUSED: &str = "urn:okaeri:problem:device-storage-refused";

impl ApiError {
    /// i18n key of the kind sentence shown to the user.
    pub fn message_key(&self) -> &'static str {
        match self {
            ApiError::Offline => "error.offline",
            ApiError::Timeout => "error.timeout",
            ApiError::Unauthorized => "error.unauthorized",
            ApiError::Forbidden => "error.forbidden",
            ApiError::NotFound => "error.not_found",
            ApiError::Conflict { .. } => "error.conflict",
            ApiError::InProgress => "error.in_progress",
            ApiError::Validation(_) => "error.validation",
            ApiError::Server { status: 429, .. } => "error.busy",
            ApiError::Server { .. } => "error.server",
            ApiError::DeviceRefused => "error.device_full",
            ApiError::Unexpected(_) => "error.unexpected",
        }
    }

    /// Worth trying again without changing anything.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ApiError::Offline
                | ApiError::Timeout
                | ApiError::InProgress
                | ApiError::Server { .. }
                | ApiError::DeviceRefused
        )
    }

    pub fn field_errors(&self) -> Option<&FieldErrors> {
        match self {
            ApiError::Validation(e) => Some(e),
            _ => None,
        }
    }

    pub fn from_status(status: u16, body: &str, retry_after: Option<u32>) -> ApiError {
        let problem: Problem = serde_json::from_str(body).unwrap_or_default();
        match status {
            401 => ApiError::Unauthorized,
            403 => ApiError::Forbidden,
            404 => ApiError::NotFound,
            409 => ApiError::InProgress,
            412 => ApiError::Conflict {
                current: problem.current,
            },
            400 | 422 => ApiError::Validation(problem.errors),
            507 if problem.kind == DEVICE_REFUSED => ApiError::DeviceRefused,
            // Too many requests: "later", never "refused".
            429 => ApiError::Server {
                status,
                retry_after,
            },
            500..=599 => ApiError::Server {
                status,
                retry_after,
            },
            _ => ApiError::Unexpected(format!("HTTP {status}")),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message_key())
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_kinds() {
        let body = r#"{"type":"about:blank","title":"x","status":422,"errors":{"title":"error.title_required"}}"#;
        assert_eq!(
            ApiError::from_status(422, body, None)
                .field_errors()
                .and_then(|e| e.get("title")),
            Some("error.title_required")
        );
        assert!(matches!(
            ApiError::from_status(412, r#"{"current":{"a":1}}"#, None),
            ApiError::Conflict { current: Some(_) }
        ));
        assert!(matches!(
            ApiError::from_status(412, "<html>", None),
            ApiError::Conflict { current: None }
        ));
        assert_eq!(
            ApiError::from_status(503, "", Some(3)),
            ApiError::Server {
                status: 503,
                retry_after: Some(3)
            }
        );
        assert!(ApiError::from_status(503, "", None).is_transient());
        assert!(!ApiError::from_status(404, "", None).is_transient());
        assert_eq!(
            ApiError::from_status(418, "", None).message_key(),
            "error.unexpected"
        );
        assert_eq!(
            ApiError::from_status(429, "", Some(30)),
            ApiError::Server {
                status: 429,
                retry_after: Some(30)
            }
        );
        assert!(ApiError::from_status(429, "", None).is_transient());
        let refused = format!(r#"{{"type":"{DEVICE_REFUSED}","status":507}}"#);
        assert_eq!(
            ApiError::from_status(507, &refused, None),
            ApiError::DeviceRefused
        );
        assert!(ApiError::DeviceRefused.is_transient());
        // A company server's own 507 is a server error.
        assert!(matches!(
            ApiError::from_status(507, "", None),
            ApiError::Server { status: 507, .. }
        ));
    }
}
