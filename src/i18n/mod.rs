//! Every user-visible string goes through here. Japanese first, English complete.
//!
//! Hand-rolled rather than a crate (leptos_i18n, fluent): two static tables and a lookup
//! keep the bundle small and the build fast, and a native test proves both tables have the
//! same keys and that every key the code names exists.

pub mod context;
pub mod dates;
pub mod en;
pub mod ja;
pub mod words;

use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    fn table(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::Ja => ja::ENTRIES,
            Lang::En => en::ENTRIES,
        }
    }
}

fn index(lang: Lang) -> &'static HashMap<&'static str, &'static str> {
    static JA: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    static EN: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let cell = match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    };
    cell.get_or_init(|| lang.table().iter().copied().collect())
}

/// The text for a key; an unknown key shows itself (and fails the completeness test).
pub fn lookup(lang: Lang, key: &str) -> &'static str {
    match index(lang).get(key) {
        Some(text) => text,
        None => match index(Lang::Ja).get(key) {
            Some(text) => text,
            None => "…",
        },
    }
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

pub fn format(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    fill(lookup(lang, key), args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: Lang) -> BTreeSet<&'static str> {
        lang.table().iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        let ja = keys(Lang::Ja);
        let en = keys(Lang::En);
        let only_ja: Vec<_> = ja.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&ja).collect();
        assert!(only_ja.is_empty(), "missing in English: {only_ja:?}");
        assert!(only_en.is_empty(), "missing in Japanese: {only_en:?}");
    }

    #[test]
    fn no_duplicate_or_empty_entries() {
        for lang in [Lang::Ja, Lang::En] {
            let table = lang.table();
            assert_eq!(
                keys(lang).len(),
                table.len(),
                "{lang:?} has a duplicate key"
            );
            for (k, v) in table {
                assert!(!v.trim().is_empty(), "{lang:?} {k} is empty");
            }
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        let placeholders = |text: &str| -> BTreeSet<String> {
            text.split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
                .collect()
        };
        for (key, ja_text) in ja::ENTRIES {
            assert_eq!(
                placeholders(ja_text),
                placeholders(lookup(Lang::En, key)),
                "{key}"
            );
        }
    }

    /// Every key-shaped string literal in the source must exist in both tables.
    #[test]
    fn every_key_used_in_the_code_exists() {
        let known = keys(Lang::Ja);
        let prefixes: BTreeSet<&str> = known.iter().filter_map(|k| k.split('.').next()).collect();
        let mut missing = BTreeSet::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        let mut files = 0;
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    if !path.ends_with("i18n") {
                        stack.push(path);
                    }
                    continue;
                }
                if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                    continue;
                }
                files += 1;
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for literal in text.split('"').skip(1).step_by(2) {
                    let shaped = literal.contains('.')
                        && literal.chars().all(|c| {
                            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.'
                        })
                        && !literal.ends_with('.')
                        && prefixes.contains(literal.split('.').next().unwrap_or(""));
                    if shaped && !known.contains(literal) {
                        missing.insert(format!("{literal} ({})", path.display()));
                    }
                }
            }
        }
        assert!(files > 20, "the scan found only {files} files");
        assert!(
            missing.is_empty(),
            "keys used but not translated: {missing:#?}"
        );
    }

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(
            fill("ステップ {n} / {total}", &[("n", "3"), ("total", "7")]),
            "ステップ 3 / 7"
        );
        assert_eq!(lookup(Lang::En, "no.such.key.anywhere"), "…");
    }
}
