//! Runtime configuration: `config.json` served beside `index.html`, read at start, so one
//! build serves every deployment.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    /// Origin (plus any mount path) the contract's `/api/v1/...` paths are appended to.
    /// Absent or empty: the embedded default backend runs in the browser.
    #[serde(default)]
    pub api_base: Option<String>,
    /// Bearer token for backends that do not use a session cookie.
    #[serde(default)]
    pub token: Option<String>,
    /// Intranet host origins allowed to embed the app and receive its messages.
    #[serde(default)]
    pub allowed_origins: Vec<String>,
    /// The company's own sign-in page (single sign-on), offered when a session expires.
    #[serde(default)]
    pub sign_in_url: Option<String>,
    /// Request timeout; defaults to [`DEFAULT_TIMEOUT_MS`].
    #[serde(default)]
    pub timeout_ms: Option<u32>,
}

pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;

impl Config {
    /// Parses config text; anything unreadable means "no config".
    pub fn parse(text: &str) -> Config {
        serde_json::from_str(text).unwrap_or_default()
    }

    /// The REST base without a trailing slash, when one is configured.
    pub fn rest_base(&self) -> Option<String> {
        self.api_base
            .as_deref()
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(|b| b.trim_end_matches('/').to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_or_empty_base_means_embedded() {
        assert_eq!(Config::parse("").rest_base(), None);
        assert_eq!(Config::parse("<html>").rest_base(), None);
        assert_eq!(Config::parse(r#"{"api_base":""}"#).rest_base(), None);
        assert_eq!(Config::parse(r#"{"api_base":"  "}"#).rest_base(), None);
        assert_eq!(
            Config::parse(r#"{"api_base":"https://hr.example.jp/okaeri/"}"#)
                .rest_base()
                .as_deref(),
            Some("https://hr.example.jp/okaeri")
        );
    }
}
