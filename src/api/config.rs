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

/// `config.json` could not be read (a server error, a sign-in page, no network) and this
/// device has never run against a company backend: the app must not guess.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreadable;

impl Config {
    /// Parses config text; `None` unless it is a config object.
    pub fn parse(text: &str) -> Option<Config> {
        // An object only: serde would also read a config out of a JSON array.
        if !text.trim_start().starts_with('{') {
            return None;
        }
        serde_json::from_str(text).ok()
    }

    /// The config to start with, from how `config.json` answered (`status` 0: no answer) and
    /// the last company config this device ran with. Only an explicit choice starts the demo: a readable file without `api_base`, or
    /// a missing file (404) on a device that has never run against a company backend.
    /// Anything else is the remembered company config, or no start at all: a company install
    /// never quietly becomes the demo.
    pub fn decide(
        status: u16,
        text: &str,
        remembered: Option<Config>,
    ) -> Result<Config, Unreadable> {
        let remembered = remembered.filter(|c| c.rest_base().is_some());
        match status {
            200 => Config::parse(text).or(remembered).ok_or(Unreadable),
            404 => Ok(remembered.unwrap_or_default()),
            _ => remembered.ok_or(Unreadable),
        }
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

    fn base(
        status: u16,
        text: &str,
        remembered: Option<Config>,
    ) -> Result<Option<String>, Unreadable> {
        Config::decide(status, text, remembered).map(|c| c.rest_base())
    }

    #[test]
    fn missing_or_empty_base_means_embedded() {
        assert_eq!(base(404, "", None), Ok(None));
        assert_eq!(base(200, "{}", None), Ok(None));
        assert_eq!(base(200, r#"{"api_base":""}"#, None), Ok(None));
        assert_eq!(base(200, r#"{"api_base":"  "}"#, None), Ok(None));
        assert_eq!(
            base(200, r#"{"api_base":"https://hr.example.jp/okaeri/"}"#, None)
                .ok()
                .flatten()
                .as_deref(),
            Some("https://hr.example.jp/okaeri")
        );
    }

    #[test]
    fn a_config_that_cannot_be_read_never_starts_the_demo() {
        // A server error, a sign-in page served as 200, a redirect's HTML, no network.
        for (status, text) in [
            (503, ""),
            (200, "<html>sign in</html>"),
            (200, ""),
            (0, ""),
            (401, ""),
            (302, ""),
        ] {
            assert_eq!(base(status, text, None), Err(Unreadable), "{status} {text}");
        }
    }

    #[test]
    fn a_device_that_ran_for_a_company_keeps_its_config() {
        let company = Config::parse(r#"{"api_base":"https://hr.example.jp"}"#);
        let want = Ok(Some("https://hr.example.jp".to_string()));
        for (status, text) in [(503, ""), (200, "<html>"), (0, ""), (404, "")] {
            assert_eq!(base(status, text, company.clone()), want, "{status}");
        }
        // An explicit new config wins, including an explicit choice of the demo.
        assert_eq!(base(200, r#"{"api_base":""}"#, company.clone()), Ok(None));
        // A remembered demo config is no company config.
        assert_eq!(base(503, "", Config::parse("{}")), Err(Unreadable));
    }

    /// The answers the service worker and index.html's start script read alike
    /// (build/backend-rule.mjs), on a device that has never run for a company.
    #[test]
    fn reads_config_answers_as_the_build_rule_does() {
        #[derive(Deserialize)]
        struct Answer {
            status: u16,
            text: String,
            backend: Option<String>,
        }
        let answers: Vec<Answer> =
            serde_json::from_str(include_str!("../../tests/config-answers.json"))
                .unwrap_or_default();
        assert!(answers.len() > 5);
        for a in answers {
            let backend = Config::decide(a.status, &a.text, None).ok().map(|c| {
                if c.rest_base().is_some() {
                    "company"
                } else {
                    "demo"
                }
            });
            assert_eq!(backend, a.backend.as_deref(), "{} {}", a.status, a.text);
        }
    }
}
