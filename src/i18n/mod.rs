//! Every user-visible string goes through here. Japanese first, English complete.
//!
//! Hand-rolled rather than a crate (leptos_i18n, fluent): static tables and a lookup keep the
//! bundle small and the build fast, and native tests prove both languages have the same keys
//! and that every key the code names is in a part its code has added (`part`).

/// Writes `[("key", "text"), …]` as a `part::Table`, at compile time (ja.rs, en.rs).
macro_rules! texts {
    ($(($key:literal, $text:literal $(,)?)),* $(,)?) => {
        concat!($($key, "\u{1f}", $text, "\u{1e}"),*)
    };
}

pub mod context;
pub mod dates;
pub mod en;
pub mod ja;
pub mod part;
pub mod words;

use part::Part;
use std::collections::HashMap;
use std::sync::{LazyLock, PoisonError, RwLock};

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
}

/// The texts added so far, by language: the shell's from the start, a chunk's once its code has
/// run (`add`).
struct Index {
    ja: HashMap<&'static str, &'static str>,
    en: HashMap<&'static str, &'static str>,
    added: Vec<&'static Part>,
}

impl Index {
    /// The shell's texts only: where every run of the app starts.
    fn with_shell() -> Index {
        let mut index = Index {
            ja: HashMap::new(),
            en: HashMap::new(),
            added: Vec::new(),
        };
        index.add(&part::SHELL);
        index
    }

    fn texts(&self, lang: Lang) -> &HashMap<&'static str, &'static str> {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }

    fn add(&mut self, part: &'static Part) {
        if self.added.iter().any(|p| std::ptr::eq(*p, part)) {
            return;
        }
        self.ja.extend(part::entries(part.ja));
        self.en.extend(part::entries(part.en));
        self.added.push(part);
    }
}

static INDEX: LazyLock<RwLock<Index>> = LazyLock::new(|| RwLock::new(Index::with_shell()));

/// Adds a chunk's texts (`part::chunk::*`); called by that chunk's code before it shows anything.
pub fn add(parts: &'static [&'static Part]) {
    let mut index = INDEX.write().unwrap_or_else(PoisonError::into_inner);
    for part in parts {
        index.add(part);
    }
}

/// The text for a key, in Japanese if it has no English; "…" for a key no added part has (the
/// native tests make sure each key the code names is in a part its code adds).
pub fn lookup(lang: Lang, key: &str) -> &'static str {
    let index = INDEX.read().unwrap_or_else(PoisonError::into_inner);
    match index.texts(lang).get(key) {
        Some(text) => text,
        None => match index.ja.get(key) {
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
    use super::part::{chunk, entries, Table, ALL};
    use super::*;
    use std::collections::BTreeSet;

    fn keys(table: Table) -> BTreeSet<&'static str> {
        entries(table).map(|(k, _)| k).collect()
    }

    #[test]
    fn both_languages_have_the_same_keys_in_each_part() {
        for part in ALL {
            let ja = keys(part.ja);
            let en = keys(part.en);
            let only_ja: Vec<_> = ja.difference(&en).collect();
            let only_en: Vec<_> = en.difference(&ja).collect();
            assert!(only_ja.is_empty(), "missing in English: {only_ja:?}");
            assert!(only_en.is_empty(), "missing in Japanese: {only_en:?}");
        }
    }

    #[test]
    fn every_entry_reads_back_whole() {
        for part in ALL {
            for table in [part.ja, part.en] {
                assert_eq!(entries(table).count(), table.matches('\u{1e}').count());
                assert!(entries(table).all(|(_, text)| !text.contains('\u{1f}')));
            }
        }
    }

    #[test]
    fn no_duplicate_or_empty_entries() {
        for lang in [|p: &Part| p.ja, |p: &Part| p.en] {
            let table: Vec<_> = ALL.iter().flat_map(|p| entries(lang(p))).collect();
            let unique: BTreeSet<&str> = table.iter().map(|(k, _)| *k).collect();
            assert_eq!(unique.len(), table.len(), "a key is in two places");
            for (k, v) in &table {
                assert!(!v.trim().is_empty(), "{k} is empty");
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
        for part in ALL {
            let en: HashMap<_, _> = entries(part.en).collect();
            for (key, ja_text) in entries(part.ja) {
                let en_text = en.get(key).copied().unwrap_or_default();
                assert_eq!(placeholders(ja_text), placeholders(en_text), "{key}");
            }
        }
    }

    #[test]
    fn a_chunks_texts_are_there_once_it_has_added_them() {
        let mut index = Index::with_shell();
        assert!(index.texts(Lang::Ja).contains_key("nav.home"));
        assert!(!index.texts(Lang::En).contains_key("board.title"));
        for part in chunk::board() {
            index.add(part);
        }
        assert_eq!(
            index.texts(Lang::En).get("board.title"),
            Some(&"Challenge board")
        );
        let count = index.ja.len();
        for part in chunk::board() {
            index.add(part);
        }
        assert_eq!(index.ja.len(), count);
        assert_eq!(index.added.len(), 2);
    }

    /// The chunks whose code each file's texts are shown by (src/pages/lazy.rs); any other
    /// file's code may run in the first download, so its keys must be in the shell's part.
    const CHUNK_FILES: &[(&str, &[&str])] = &[
        ("pages/board.rs", &["board"]),
        ("pages/request.rs", &["board"]),
        ("pages/challenge.rs", &["board"]),
        ("components/move_control.rs", &["board"]),
        ("pages/profile.rs", &["profile"]),
        ("pages/worker.rs", &["profile"]),
        ("pages/worker_card.rs", &["profile"]),
        ("pages/worker_list.rs", &["profile"]),
        ("components/endorse_form.rs", &["profile"]),
        ("components/strengths_chart.rs", &["profile"]),
        ("components/availability_view.rs", &["profile"]),
        ("pages/onboarding/mod.rs", &["onboarding"]),
        ("pages/onboarding/steps.rs", &["onboarding"]),
        ("pages/onboarding/draft_sync.rs", &["onboarding"]),
        (
            "components/availability_editor.rs",
            &["profile", "onboarding"],
        ),
        ("components/level_picker.rs", &["profile", "onboarding"]),
        ("components/conflict_choice.rs", &["profile", "onboarding"]),
        ("domain/conflict.rs", &["profile", "onboarding"]),
        ("components/outbox_list.rs", &["board"]),
        ("components/outbox_toggle.rs", &["board"]),
        ("components/work_style_card.rs", &["profile", "onboarding"]),
        ("i18n/words.rs", &["profile", "onboarding"]),
        ("pages/settings.rs", &["settings"]),
        ("components/sign_in_dialog.rs", &["settings"]),
    ];

    fn parts_of(chunk: &str) -> &'static [&'static Part] {
        match chunk {
            "board" => chunk::board(),
            "profile" => chunk::profile(),
            "onboarding" => chunk::onboarding(),
            "settings" => chunk::settings(),
            _ => panic!("no chunk {chunk}"),
        }
    }

    fn source_files() -> Vec<(String, String)> {
        let root = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
        let mut stack = vec![root.clone()];
        let mut files = Vec::new();
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().and_then(|e| e.to_str()) == Some("rs") {
                    let name = path.strip_prefix(&root).unwrap_or(&path);
                    let name = name.to_string_lossy().replace('\\', "/");
                    // The tables themselves, and this module's tests.
                    if !["i18n/ja.rs", "i18n/en.rs", "i18n/mod.rs"].contains(&name.as_str()) {
                        files.push((name, std::fs::read_to_string(&path).unwrap_or_default()));
                    }
                }
            }
        }
        assert!(
            files.len() > 20,
            "the scan found only {} files",
            files.len()
        );
        files
    }

    /// The keys a file may name: the shell's, and those every chunk that shows it has added.
    fn allowed_in(file: &str) -> BTreeSet<&'static str> {
        let mut allowed = keys(part::SHELL.ja);
        if let Some((_, chunks)) = CHUNK_FILES.iter().find(|(name, _)| *name == file) {
            let in_chunk = |c: &str| -> BTreeSet<&'static str> {
                parts_of(c).iter().flat_map(|p| keys(p.ja)).collect()
            };
            let mut shared = in_chunk(chunks[0]);
            for c in &chunks[1..] {
                shared = shared.intersection(&in_chunk(c)).copied().collect();
            }
            allowed.extend(shared);
        }
        allowed
    }

    /// Every key-shaped string literal in the source is in a part its code has added.
    #[test]
    fn every_key_used_in_the_code_is_in_a_part_its_code_adds() {
        let known: BTreeSet<&str> = ALL.iter().flat_map(|p| keys(p.ja)).collect();
        let prefixes: BTreeSet<&str> = known.iter().filter_map(|k| k.split('.').next()).collect();
        let mut missing = BTreeSet::new();
        for (file, text) in source_files() {
            let allowed = allowed_in(&file);
            for literal in text.split('"').skip(1).step_by(2) {
                let shaped = literal.contains('.')
                    && literal.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.'
                    })
                    && !literal.ends_with('.')
                    && prefixes.contains(literal.split('.').next().unwrap_or(""));
                if shaped && !allowed.contains(literal) {
                    let why = if known.contains(literal) {
                        "not in a part this file's code adds"
                    } else {
                        "not translated"
                    };
                    missing.insert(format!("{literal} ({file}: {why})"));
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }

    /// A component whose texts come with a chunk is used only by that chunk's pages, or its texts
    /// would be missing where the first download shows it.
    #[test]
    fn components_with_chunk_texts_are_used_only_in_those_chunks() {
        let files = source_files();
        let chunks_of = |file: &str| {
            CHUNK_FILES
                .iter()
                .find(|(name, _)| *name == file)
                .map(|(_, chunks)| chunks.iter().copied().collect::<BTreeSet<_>>())
        };
        for (shared, _) in CHUNK_FILES.iter().filter(|(f, _)| !f.starts_with("pages/")) {
            let module = shared.trim_end_matches(".rs").replace('/', "::");
            let name = module.rsplit("::").next().unwrap_or_default();
            let own = chunks_of(shared).unwrap_or_default();
            for (file, text) in &files {
                let uses = text.contains(&format!("{module}::"))
                    || text.contains(&format!("{name}::{{"))
                    || text.contains(&format!("use crate::{module}"));
                // pages/lazy.rs declares the chunks: what it names there is the chunks' own code.
                if file == shared || file == "pages/lazy.rs" || !uses {
                    continue;
                }
                let user = chunks_of(file);
                assert!(
                    user.as_ref().is_some_and(|u| u.is_subset(&own)),
                    "{file} uses {shared}, whose texts only its chunks add"
                );
            }
        }
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
