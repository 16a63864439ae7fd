//! Board filters: status, skill, worker and free text. Lives in the URL, so it round-trips
//! through query parameters.

use super::challenge::{Challenge, Status};
use super::fold::fold;
use super::skill::Skill;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoardFilter {
    pub status: Option<Status>,
    pub skill: Option<Skill>,
    pub worker: Option<String>,
    pub text: String,
}

/// A card's words folded once (`fold`: case, width, katakana), so a keystroke does not fold
/// every title again; as the coordinator's search for people folds them.
pub fn search_key(c: &Challenge) -> String {
    fold(&format!(
        "{}\n{}\n{}\n{}",
        c.request.title, c.request.why, c.request.support, c.worker_name
    ))
}

impl BoardFilter {
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        BoardFilter {
            status: get("status").and_then(|s| Status::from_id(&s)),
            skill: get("skill").and_then(|s| Skill::from_id(&s)),
            worker: get("worker").filter(|w| !w.is_empty()),
            text: get("q").unwrap_or_default(),
        }
    }

    /// Query string without the leading "?", empty when nothing is filtered.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = self.status {
            parts.push(format!("status={}", s.id()));
        }
        if let Some(s) = self.skill {
            parts.push(format!("skill={}", s.id()));
        }
        if let Some(w) = &self.worker {
            parts.push(format!("worker={}", encode(w)));
        }
        if !self.text.trim().is_empty() {
            parts.push(format!("q={}", encode(self.text.trim())));
        }
        parts.join("&")
    }

    /// Whether a card matches, given its [`search_key`]; status is left to the columns. The
    /// words are folded once here, not once per card.
    pub fn matcher(&self) -> impl Fn(&Challenge, &str) -> bool + '_ {
        let words: Vec<String> = self.text.split_whitespace().map(fold).collect();
        move |c, key| {
            (self.skill.is_none() || c.request.skill == self.skill)
                && self.worker.as_ref().is_none_or(|w| *w == c.worker_id)
                && words.iter().all(|word| key.contains(word.as_str()))
        }
    }
}

/// Percent-encodes a query value (UTF-8 bytes outside the unreserved set).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The text `encode` wrote, or any percent-encoded UTF-8 (an address typed or shared by
/// hand); None when it is not that.
pub fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = value.get(i + 1..i + 3)?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::challenge::ChallengeRequest;
    use crate::domain::worker::{Role, User};
    use chrono::{DateTime, Utc};

    fn card(worker: &str, title: &str, skill: Skill) -> Challenge {
        let u = User {
            id: worker.into(),
            name: format!("{worker}さん"),
            role: Role::Worker,
        };
        Challenge::new(
            "x".into(),
            &u,
            ChallengeRequest {
                title: title.into(),
                skill: Some(skill),
                ..Default::default()
            },
            DateTime::<Utc>::default(),
        )
    }

    #[test]
    fn filters_by_skill_worker_and_words() {
        let a = card("w1", "Instagram の投稿企画", Skill::SnsOperations);
        let b = card("w2", "請求書の入力", Skill::Bookkeeping);
        let f = BoardFilter {
            skill: Some(Skill::SnsOperations),
            ..Default::default()
        };
        assert!(f.matcher()(&a, &search_key(&a)) && !f.matcher()(&b, &search_key(&b)));
        let f = BoardFilter {
            worker: Some("w2".into()),
            ..Default::default()
        };
        assert!(!f.matcher()(&a, &search_key(&a)) && f.matcher()(&b, &search_key(&b)));
        let f = BoardFilter {
            text: "instagram 企画".into(),
            ..Default::default()
        };
        assert!(f.matcher()(&a, &search_key(&a)) && !f.matcher()(&b, &search_key(&b)));
        let f = BoardFilter {
            text: "w2さん".into(),
            ..Default::default()
        };
        assert!(f.matcher()(&b, &search_key(&b)));
        // Typed in another case, width or kana than written.
        let f = BoardFilter {
            text: "ＩＮＳＴＡＧＲＡＭ　とうこう".into(),
            ..Default::default()
        };
        let c = card("w3", "Instagram トウコウの練習", Skill::SnsOperations);
        assert!(f.matcher()(&c, &search_key(&c)));
        assert!(BoardFilter::default().matcher()(&a, &search_key(&a)));
    }

    #[test]
    fn query_round_trip() {
        let f = BoardFilter {
            status: Some(Status::Discussing),
            skill: Some(Skill::Writing),
            worker: Some("w1".into()),
            text: "ブログ 記事".into(),
        };
        let q = f.to_query();
        assert_eq!(q, "status=discussing&skill=writing&worker=w1&q=%E3%83%96%E3%83%AD%E3%82%B0%20%E8%A8%98%E4%BA%8B");
        let pairs: Vec<(String, String)> = q
            .split('&')
            .filter_map(|p| p.split_once('='))
            .filter_map(|(k, v)| Some((k.to_string(), decode(v)?)))
            .collect();
        let back = BoardFilter::from_query(|k| {
            pairs.iter().find(|(kk, _)| kk == k).map(|(_, v)| v.clone())
        });
        assert_eq!(back, f);
        assert_eq!(BoardFilter::default().to_query(), "");
        assert_eq!(
            BoardFilter::from_query(|_| Some("nonsense".into())).status,
            None
        );
    }

    #[test]
    fn decode_reads_what_browsers_and_people_write_and_refuses_the_rest() {
        assert_eq!(decode("ch%201%2F2").as_deref(), Some("ch 1/2"));
        assert_eq!(decode("%e7%b5%8c").as_deref(), Some("経"));
        assert_eq!(decode("plain-id_1.~").as_deref(), Some("plain-id_1.~"));
        assert_eq!(decode("%zz"), None);
        assert_eq!(decode("%+1"), None);
        assert_eq!(decode("50%"), None);
        assert_eq!(decode("%ff"), None);
    }

    proptest::proptest! {
        #[test]
        fn decode_reads_back_whatever_encode_wrote(text in "\\PC*") {
            proptest::prop_assert_eq!(decode(&encode(&text)), Some(text));
        }
    }
}
