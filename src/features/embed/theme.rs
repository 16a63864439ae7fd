//! Which theme messages from an intranet host are taken, and which tokens they may set.
//! Pure, so the rules are tested natively; anything unexpected is ignored, never an error.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Design tokens a host may override (see README, "Theming"), and what their values may be.
const TOKENS: &[(&str, Kind)] = &[
    ("--ok-color-bg", Kind::Color),
    ("--ok-color-surface", Kind::Color),
    ("--ok-color-text", Kind::Color),
    ("--ok-color-muted", Kind::Color),
    ("--ok-color-primary", Kind::Color),
    ("--ok-color-primary-text", Kind::Color),
    ("--ok-color-accent", Kind::Color),
    ("--ok-color-border", Kind::Color),
    ("--ok-color-focus", Kind::Color),
    ("--ok-radius", Kind::Length),
    ("--ok-radius-small", Kind::Length),
];

#[derive(Clone, Copy)]
enum Kind {
    Color,
    Length,
}

/// `#rgb`, `#rrggbb` or `#rrggbbaa` only: no functions, no `url()`, nothing that escapes.
fn is_color(v: &str) -> bool {
    let Some(hex) = v.strip_prefix('#') else {
        return false;
    };
    matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit())
}

/// A plain number of `px` or `rem`, at most 4 digits before the point.
fn is_length(v: &str) -> bool {
    let number = v
        .strip_suffix("rem")
        .or_else(|| v.strip_suffix("px"))
        .unwrap_or("");
    let mut parts = number.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("0");
    (1..=4).contains(&whole.len())
        && whole.chars().all(|c| c.is_ascii_digit())
        && !frac.is_empty()
        && frac.len() <= 3
        && frac.chars().all(|c| c.is_ascii_digit())
}

/// The origin is allowed only when listed exactly (scheme, host and port).
pub fn origin_allowed(origin: &str, allowed: &[String]) -> bool {
    !origin.is_empty()
        && origin != "null"
        && allowed.iter().any(|a| a.trim_end_matches('/') == origin)
}

/// A theme message as the host sends it; anything else does not read as one.
#[derive(Deserialize)]
struct ThemeMessage {
    #[serde(rename = "type")]
    kind: String,
    tokens: BTreeMap<String, String>,
}

/// The tokens to set from a `{ "type": "okaeri:theme", "tokens": { … } }` message sent by an
/// allowed origin; `None` for anything else. Unknown tokens or bad values drop the whole
/// message, so a host sees at once that it is wrong.
pub fn accept_theme(origin: &str, allowed: &[String], data: &str) -> Option<Vec<(String, String)>> {
    if !origin_allowed(origin, allowed) {
        return None;
    }
    let message: ThemeMessage = serde_json::from_str(data).ok()?;
    let tokens = message.tokens;
    if message.kind != "okaeri:theme" || tokens.is_empty() || tokens.len() > TOKENS.len() {
        return None;
    }
    tokens
        .iter()
        .map(|(name, value)| {
            let value = value.trim();
            let (_, kind) = TOKENS.iter().find(|(t, _)| t == name)?;
            let ok = match kind {
                Kind::Color => is_color(value),
                Kind::Length => is_length(value),
            };
            ok.then(|| (name.clone(), value.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn allowed() -> Vec<String> {
        vec!["https://intra.example.jp".to_string()]
    }

    #[test]
    fn exact_origins_only() {
        assert!(origin_allowed("https://intra.example.jp", &allowed()));
        for o in [
            "http://intra.example.jp",
            "https://intra.example.jp:8443",
            "https://evil.intra.example.jp",
            "https://intra.example.jp.evil.example",
            "null",
            "",
        ] {
            assert!(!origin_allowed(o, &allowed()), "{o}");
        }
    }

    #[test]
    fn a_good_theme_is_taken() {
        let msg = json!({ "type": "okaeri:theme", "tokens": { "--ok-color-primary": "#0b5394", "--ok-radius": "0.25rem" } });
        let mut got = accept_theme("https://intra.example.jp", &allowed(), &msg.to_string())
            .unwrap_or_default();
        got.sort();
        assert_eq!(
            got,
            vec![
                ("--ok-color-primary".to_string(), "#0b5394".to_string()),
                ("--ok-radius".to_string(), "0.25rem".to_string())
            ]
        );
    }

    #[test]
    fn anything_malformed_or_foreign_is_ignored() {
        let o = "https://intra.example.jp";
        let bad = [
            json!("okaeri:theme"),
            json!(null),
            json!({ "type": "okaeri:theme" }),
            json!({ "type": "okaeri:theme", "tokens": {} }),
            json!({ "type": "okaeri:theme", "tokens": [] }),
            json!({ "type": "other", "tokens": { "--ok-color-primary": "#000" } }),
            json!({ "type": "okaeri:theme", "tokens": { "--ok-color-primary": "red; background: url(https://x)" } }),
            json!({ "type": "okaeri:theme", "tokens": { "--ok-color-primary": "rgb(0,0,0)" } }),
            json!({ "type": "okaeri:theme", "tokens": { "--ok-color-primary": 12 } }),
            json!({ "type": "okaeri:theme", "tokens": { "color": "#000" } }),
            json!({ "type": "okaeri:theme", "tokens": { "--ok-radius": "calc(1px + 1px)" } }),
            json!({ "type": "okaeri:theme", "tokens": { "--ok-radius": "99999px" } }),
        ];
        for msg in bad {
            assert_eq!(accept_theme(o, &allowed(), &msg.to_string()), None, "{msg}");
        }
        let good = json!({ "type": "okaeri:theme", "tokens": { "--ok-color-primary": "#000" } });
        assert_eq!(
            accept_theme("https://evil.example", &allowed(), &good.to_string()),
            None
        );
    }
}
