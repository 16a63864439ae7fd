//! A marked plain Japanese text as a view: furigana as `<ruby>`, terms as `term::Term`.

use super::markup::{pieces, Piece};
use super::term::Term;
use leptos::prelude::*;

/// In one `<span>`: in a flex container (a button) its pieces stay one line of text.
pub fn marked(text: &'static str) -> AnyView {
    let pieces = pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.into_any(),
            // The reading is for the eye: a screen reader reads the kanji, once.
            Piece::Ruby { base, reading } => view! {
                <ruby>{base}<rt aria-hidden="true">{reading}</rt></ruby>
            }
            .into_any(),
            Piece::Term(word) => view! { <Term word/> }.into_any(),
        })
        .collect_view();
    view! { <span>{pieces}</span> }.into_any()
}
