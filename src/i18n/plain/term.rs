//! A katakana term in plain Japanese, explained by a tap: a button that opens a short note
//! right after it (a disclosure: `aria-expanded`, the note named by `aria-controls`). Inside a
//! link, a button or a label the word is plain text, as a control may not hold another; the
//! glossary page explains every term.

use super::view::marked;
use crate::i18n::glossary::TERMS;
use crate::i18n::{lookup, lookup_marked, Lang};
use crate::platform::dom;
use leptos::html::Span;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

#[component]
pub fn Term(word: &'static str) -> impl IntoView {
    let meaning = TERMS
        .iter()
        .find(|(word_key, _)| lookup(Lang::Plain, word_key) == word)
        .and_then(|(_, meaning_key)| lookup_marked(meaning_key));
    let Some(meaning) = meaning else {
        return word.into_any();
    };
    let id = format!("term-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let open = RwSignal::new(false);
    let here = NodeRef::<Span>::new();
    // Known once the word is in the page: whether a control holds it.
    let explainable = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(span) = here.get() {
            explainable.set(!dom::inside_control(&span));
        }
    });
    view! {
        <span class="term" node_ref=here>
            {move || if explainable.get() {
                let id = id.clone();
                view! {
                    <button type="button" class="term-word" aria-expanded=move || open.get().to_string()
                        aria-controls=id.clone() on:click=move |_| open.update(|o| *o = !*o)>{word}</button>
                    <span class="term-note" id=id role="note" hidden=move || !open.get()>{marked(meaning)}</span>
                }.into_any()
            } else {
                word.into_any()
            }}
        </span>
    }
    .into_any()
}
