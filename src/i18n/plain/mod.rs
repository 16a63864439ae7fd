//! やさしい日本語: plain Japanese, the third table of the texts (`texts!`'s last column), with
//! furigana on the kanji that remain and the katakana terms explained by a tap.
//!
//! A first visit carries none of it: the tables, the code that reads their marks (`markup`)
//! and draws them (`view`, `term`) come in one chunk (`app::plain_texts`), fetched only when
//! she reads in plain Japanese. That chunk calls `install`; until then `I18n::v` draws the
//! other tables' plain text.

pub mod markup;
mod term;
mod view;

use crate::i18n::{add_plain, entries, Table};
use crate::platform::split::ChunkMissing;
use leptos::prelude::AnyView;
use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

/// Fetching the plain chunk, which installs its tables.
pub type PlainLoad = Pin<Box<dyn Future<Output = Result<(), ChunkMissing>>>>;

/// Draws a marked text with ruby and terms: set by `install`, so its code is the chunk's.
static DRAW: OnceLock<fn(&'static str) -> AnyView> = OnceLock::new();

/// How to draw a marked text, once the plain chunk has come.
pub fn draw() -> Option<fn(&'static str) -> AnyView> {
    DRAW.get().copied()
}

/// Adds every part's plain table, each text both as marked and as read aloud. Called by the
/// plain chunk, once.
pub fn install(tables: &[&[Table]]) {
    let texts = tables
        .iter()
        .flat_map(|part| part.iter())
        .flat_map(|table| {
            entries(table).map(|(key, marked)| {
                // Kept for the app's life, as the other tables are (they are static).
                let reading: &'static str = Box::leak(markup::reading(marked).into_boxed_str());
                (key, marked, reading)
            })
        });
    add_plain(texts);
    let _ = DRAW.set(view::marked);
}
