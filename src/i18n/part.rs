//! The texts come in parts, as the code does (src/split.rs): the shell's with the first
//! download, each chunk's with that chunk. wasm-split moves data that only a chunk's code
//! refers to, so a part's tables travel with the chunk that adds them (`chunk::*`, called by
//! that chunk's code in src/pages/lazy.rs). A first visit then downloads one language's worth
//! of text less than every page's in both.

use super::{en, ja};

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

/// One part's texts, in both languages (the same keys: a native test checks it).
pub struct Part {
    pub ja: Table,
    pub en: Table,
}

/// `parts!(NAME, …)`: each `pub static NAME: Part`, from `ja::NAME` and `en::NAME`.
macro_rules! parts {
    ($($name:ident),*) => {
        $(pub static $name: Part = Part { ja: ja::$name, en: en::$name };)*
    };
}

parts!(SHELL, BOARD, PROFILE, ONBOARDING, PROFILE_FIELDS, SETTINGS);

/// What each chunk adds when it loads (named as in `split!`): its own pages' texts and those of
/// the components it shares with another chunk. Functions, so that each is code of its chunk.
pub mod chunk {
    use super::*;

    pub fn board() -> &'static [&'static Part] {
        static PARTS: [&Part; 1] = [&BOARD];
        &PARTS
    }

    pub fn profile() -> &'static [&'static Part] {
        static PARTS: [&Part; 2] = [&PROFILE, &PROFILE_FIELDS];
        &PARTS
    }

    pub fn onboarding() -> &'static [&'static Part] {
        static PARTS: [&Part; 2] = [&ONBOARDING, &PROFILE_FIELDS];
        &PARTS
    }

    pub fn settings() -> &'static [&'static Part] {
        static PARTS: [&Part; 1] = [&SETTINGS];
        &PARTS
    }
}

/// Every part, for the tests.
#[cfg(test)]
pub static ALL: [&Part; 6] = [
    &SHELL,
    &BOARD,
    &PROFILE,
    &ONBOARDING,
    &PROFILE_FIELDS,
    &SETTINGS,
];
