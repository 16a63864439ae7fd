//! The app's polite live region: saves, moves and role changes are read out from here.

use crate::app::state::use_app;
use leptos::prelude::*;

#[component]
pub fn LiveRegion() -> impl IntoView {
    let app = use_app();
    view! { <div class="visually-hidden" role="status" aria-live="polite" id="announcer">{move || app.announcement()}</div> }
}
