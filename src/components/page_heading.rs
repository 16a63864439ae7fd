//! A page's h1. It takes focus when the page (or step) appears, so keyboard and screen-reader
//! users start at the new content.

use crate::browser::dom;
use leptos::prelude::*;

#[component]
pub fn PageHeading(
    #[prop(into)] text: Signal<String>,
    #[prop(optional, into)] focus_key: Option<Signal<String>>,
) -> impl IntoView {
    Effect::new(move |_| {
        if let Some(k) = focus_key {
            k.track();
        }
        dom::focus_by_id("page-title");
    });
    view! { <h1 id="page-title" tabindex="-1">{move || text.get()}</h1> }
}
