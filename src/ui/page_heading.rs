//! A page's h1. It takes focus when the page (or step) appears, so keyboard and screen-reader
//! users start at the new content.

use leptos::html::H1;
use leptos::prelude::*;

#[component]
pub fn PageHeading(
    #[prop(into)] text: Signal<String>,
    #[prop(optional, into)] focus_key: Option<Signal<String>>,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        if let Some(k) = focus_key {
            k.track();
        }
        // Its own element, once it is in the document: during a route change the old page's
        // heading (same id) is still there, and focusing that one left focus on <body>.
        if let Some(el) = heading.get() {
            request_animation_frame(move || {
                let _ = el.focus();
            });
        }
    });
    view! { <h1 id="page-title" tabindex="-1" node_ref=heading>{move || text.get()}</h1> }
}
