//! Every user-visible string goes through here. Japanese first, English complete, and plain
//! Japanese (やさしい日本語, `plain`) for whoever chooses it.
//!
//! Hand-rolled rather than a crate (leptos_i18n, fluent): static tables and a lookup keep the
//! bundle small and the build fast. The texts come in parts, as the code does: `common` here,
//! and a `texts.rs` in the shell and in each feature folder, added by its chunk. Each text is
//! written once with its three tables side by side, and the code names it by a constant.

/// `texts! { NAME = "key": "日本語", "English", "やさしい にほんご"; … }`: a part's texts, written
/// once in its three tables, as `pub static TEXTS: Part` (Japanese and English, which travel with
/// the part's code) and `pub static PLAIN: Table` (plain Japanese, which only the plain chunk
/// names: see `plain`), and for each `NAME` a `pub const NAME: &str` holding its key, so a key
/// the code names is checked by the compiler. `_` in place of a name: a key named only at run
/// time (by the core or a backend's answer), which needs no constant.
macro_rules! texts {
    ($($name:tt = $key:literal: $ja:literal, $en:literal, $plain:literal;)*) => {
        $($crate::i18n::key_const!($name = $key);)*
        /// This part's texts, in Japanese and English.
        pub static TEXTS: $crate::i18n::Part = $crate::i18n::Part {
            ja: concat!($($key, "\u{1f}", $ja, "\u{1e}"),*),
            en: concat!($($key, "\u{1f}", $en, "\u{1e}"),*),
        };
        /// This part's texts in plain Japanese (`plain::markup` explains the marks).
        pub static PLAIN: $crate::i18n::Table = concat!($($key, "\u{1f}", $plain, "\u{1e}"),*);
    };
}
pub(crate) use texts;

macro_rules! key_const {
    (_ = $key:literal) => {};
    ($name:ident = $key:literal) => {
        pub const $name: &str = $key;
    };
}
pub(crate) use key_const;

pub mod common;
pub mod context;
pub mod dates;
pub mod glossary;
pub mod plain;
pub mod plural;
pub mod shared;

use std::collections::HashMap;
use std::sync::{LazyLock, PoisonError, RwLock};

/// A part's texts in one language: `key` U+001F `text` U+001E, again and again (`texts!`). One
/// string rather than a slice of pairs: the first download then carries no table of pointers,
/// which compresses poorly (2 × 4 words a text).
pub type Table = &'static str;

/// Each `(key, text)` of a table.
pub fn entries(table: Table) -> impl Iterator<Item = (&'static str, &'static str)> {
    table
        .split_terminator('\u{1e}')
        .filter_map(|entry| entry.split_once('\u{1f}'))
}

/// One part's texts, in both languages: the texts of one chunk of code (a feature folder),
/// which travel with that chunk (wasm-split moves data only its code refers to).
pub struct Part {
    pub ja: Table,
    pub en: Table,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Ja,
    /// やさしい日本語: plain Japanese with furigana, from its own table (`plain`).
    Plain,
    En,
}

impl Lang {
    /// How her choice is remembered: plain Japanese is Japanese with `plain` set beside it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja | Lang::Plain => "ja",
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

    /// Japanese in either register: the same words around numbers, dates and lists.
    pub fn is_japanese(self) -> bool {
        self != Lang::En
    }
}

/// The texts added so far, by language: the common part from the start, the shell's and a
/// chunk's once their code has run (`add`).
struct Index {
    ja: HashMap<&'static str, &'static str>,
    en: HashMap<&'static str, &'static str>,
    /// Plain Japanese as read aloud, kana for the kanji (`plain::markup::reading`), for
    /// attributes and formatted texts; empty until the plain chunk has come.
    plain: HashMap<&'static str, &'static str>,
    /// Plain Japanese with its marks, for views that draw ruby and terms (`I18n::v`).
    plain_marked: HashMap<&'static str, &'static str>,
    added: Vec<&'static Part>,
}

impl Index {
    /// The common texts only: where every run of the app starts.
    fn with_common() -> Index {
        let mut index = Index {
            ja: HashMap::new(),
            en: HashMap::new(),
            plain: HashMap::new(),
            plain_marked: HashMap::new(),
            added: Vec::new(),
        };
        index.add(&common::TEXTS);
        index
    }

    fn texts(&self, lang: Lang) -> &HashMap<&'static str, &'static str> {
        match lang {
            Lang::Ja => &self.ja,
            Lang::Plain => &self.plain,
            Lang::En => &self.en,
        }
    }

    fn add(&mut self, part: &'static Part) {
        if self.added.iter().any(|p| std::ptr::eq(*p, part)) {
            return;
        }
        self.ja.extend(entries(part.ja));
        self.en.extend(entries(part.en));
        self.added.push(part);
    }
}

static INDEX: LazyLock<RwLock<Index>> = LazyLock::new(|| RwLock::new(Index::with_common()));

/// Adds parts of the texts: the shell's as it starts, a chunk's (`app::chunks::chunk!`) by that
/// chunk's code before it shows anything. Adding a part twice changes nothing.
pub fn add(parts: &'static [&'static Part]) {
    let mut index = INDEX.write().unwrap_or_else(PoisonError::into_inner);
    for part in parts {
        index.add(part);
    }
}

/// Adds the plain Japanese texts: `(key, marked, reading)` for every key (`plain::install`).
pub fn add_plain(texts: impl IntoIterator<Item = (&'static str, &'static str, &'static str)>) {
    let mut index = INDEX.write().unwrap_or_else(PoisonError::into_inner);
    for (key, marked, reading) in texts {
        index.plain_marked.insert(key, marked);
        index.plain.insert(key, reading);
    }
}

/// The text for a key, in Japanese if it has none in `lang`; "…" for a key no added part has
/// (a constant names a key of its own folder's part, which that folder's chunk adds).
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

/// A plain Japanese text with its ruby and term marks, once the plain chunk has come.
pub fn lookup_marked(key: &str) -> Option<&'static str> {
    let index = INDEX.read().unwrap_or_else(PoisonError::into_inner);
    index.plain_marked.get(key).copied()
}

/// Fills `{name}` placeholders (a counted text's plural forms: `plural`).
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

    static BOARD: Part = Part {
        ja: "board.title\u{1f}チャレンジボード\u{1e}",
        en: "board.title\u{1f}Challenge board\u{1e}",
    };

    #[test]
    fn a_parts_texts_are_there_once_it_has_been_added() {
        let mut index = Index::with_common();
        assert!(index.texts(Lang::Ja).contains_key("common.retry"));
        assert!(!index.texts(Lang::En).contains_key("board.title"));
        index.add(&BOARD);
        assert_eq!(
            index.texts(Lang::En).get("board.title"),
            Some(&"Challenge board")
        );
        let count = index.ja.len();
        index.add(&BOARD);
        assert_eq!(index.ja.len(), count);
        assert_eq!(index.added.len(), 2);
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
