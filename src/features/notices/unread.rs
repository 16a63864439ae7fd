//! Her unread count: one signal for the whole app, shown on the navigation's お知らせ link
//! (its accessible name says it: "お知らせ（未読 3件）") and on the installed app's icon. The
//! shell draws the link; this chunk draws the count into it once it arrives, so the first
//! screen downloads none of this.

use crate::features::notices::texts;
use crate::i18n::context::I18n;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    // Counted, not owned: it must outlive whichever view first reads it.
    static UNREAD: ArcRwSignal<Option<usize>> = ArcRwSignal::new(None);
}

fn signal() -> ArcRwSignal<Option<usize>> {
    UNREAD.with(ArcRwSignal::clone)
}

/// A new count from the backend.
pub fn set(count: usize) {
    signal().set(Some(count));
    crate::platform::app_badge::show(count);
}

/// The count as the badge says it; empty when there is nothing unread.
fn badge_text() -> String {
    match signal().get() {
        Some(n) if n > 99 => "99+".to_string(),
        Some(n) if n > 0 => n.to_string(),
        _ => String::new(),
    }
}

/// Draws the count into the navigation's お知らせ link (`#nav-notices`), if the page has one.
pub fn show_on_navigation(i18n: I18n) {
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("nav-notices"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(link) = link else { return };
    let handle = leptos::mount::mount_to(link, move || {
        view! {
            <span class="badge" aria-hidden="true" hidden=move || badge_text().is_empty()>{badge_text}</span>
            <span class="visually-hidden">{move || {
                let n = badge_text();
                if n.is_empty() { String::new() } else { i18n.f(texts::NAV_UNREAD, &[("count", &n)]) }
            }}</span>
        }
    });
    // The navigation stays for as long as the app runs.
    handle.forget();
}
