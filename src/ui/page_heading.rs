//! A page's h1. It takes focus when the page (or step) appears, so keyboard and screen-reader
//! users start at the new content. Its words are a text's `key` (drawn with furigana in plain
//! Japanese) or a `text` built by the page.

use crate::i18n::context::use_i18n;
use crate::platform::dom::focused;
use leptos::html::H1;
use leptos::prelude::*;

#[component]
pub fn PageHeading(
    #[prop(optional)] key: Option<&'static str>,
    #[prop(optional, into)] text: Option<Signal<String>>,
    #[prop(optional, into)] focus_key: Option<Signal<String>>,
) -> impl IntoView {
    let words = match (key, text) {
        (Some(key), _) => use_i18n().v(key).into_any(),
        (None, Some(text)) => (move || text.get()).into_any(),
        (None, None) => ().into_any(),
    };
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        if let Some(k) = focus_key {
            k.track();
        }
        // Its own element, once it is in the document: during a route change the old page's
        // heading (same id) is still there, and focusing that one left focus on <body>.
        // Unless the focus has moved to another element before the next frame: a field she
        // tapped at once keeps it, with what she types (WebKit's frames can come late). Focus
        // that fell to <body> (the old page's element removed) is taken as before.
        if let Some(el) = heading.get() {
            let before = focused();
            request_animation_frame(move || {
                let now = focused();
                if now == before || now.is_none_or(|e| e.tag_name() == "BODY") {
                    let _ = el.focus();
                }
            });
        }
    });
    view! { <h1 id="page-title" tabindex="-1" node_ref=heading>{words}</h1> }
}
