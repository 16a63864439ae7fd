//! The install hint: Chromium's own prompt where it exists, short instructions on iPhone
//! Safari, which has none. `public/pwa.js` says when the browser offers to install.

use crate::features::settings::texts;
use crate::i18n::context::use_i18n;
use crate::platform::dom;
use crate::platform::window_listener::on_window_event;
use leptos::prelude::*;

/// iPhone or iPad Safari, not yet installed.
fn ios_without_install() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let ua = w.navigator().user_agent().unwrap_or_default();
    let standalone = w
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    (ua.contains("iPhone") || ua.contains("iPad")) && !standalone
}

#[component]
pub fn InstallHint() -> impl IntoView {
    let i18n = use_i18n();
    let installable = RwSignal::new(false);
    on_window_event("okaeri:installable", move |_| installable.set(true));
    let ios = ios_without_install();
    view! {
        <section class="card" aria-labelledby="install-title">
            <h2 id="install-title">{i18n.v(texts::PWA_INSTALL_TITLE)}</h2>
            <Show when=move || installable.get() fallback=move || view! {
                <p>{move || i18n.t(if ios { texts::PWA_INSTALL_IOS } else { texts::PWA_INSTALL_OTHER })}</p>
            }>
                <p>{i18n.v(texts::PWA_INSTALL_BODY)}</p>
                <button type="button" class="button primary" on:click=move |_| dom::dispatch("okaeri:install")>{i18n.v(texts::PWA_INSTALL)}</button>
            </Show>
        </section>
    }
}
