//! The quiet 「新しいバージョンがあります」 prompt, and the install hint (Chromium's prompt
//! where it exists, short instructions on iPhone Safari, which has none). `public/pwa.js`
//! talks to the service worker; this shows the words and passes her answer back.

use crate::browser::window_listener::on_window_event;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;

fn dispatch(name: &str) {
    if let (Some(w), Ok(ev)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&ev);
    }
}

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
pub fn UpdatePrompt() -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(false);
    on_window_event("okaeri:update-ready", move |_| ready.set(true));
    view! {
        <Show when=move || ready.get()>
            <div class="update-prompt" role="status">
                <span>{move || i18n.t("pwa.update")}</span>
                <button type="button" class="button primary small" on:click=move |_| dispatch("okaeri:update-accept")>{move || i18n.t("pwa.update_now")}</button>
                <button type="button" class="button ghost small" on:click=move |_| ready.set(false)>{move || i18n.t("pwa.later")}</button>
            </div>
        </Show>
    }
}

#[component]
pub fn InstallHint() -> impl IntoView {
    let i18n = use_i18n();
    let installable = RwSignal::new(false);
    on_window_event("okaeri:installable", move |_| installable.set(true));
    let ios = ios_without_install();
    view! {
        <section class="card" aria-labelledby="install-title">
            <h2 id="install-title">{move || i18n.t("pwa.install_title")}</h2>
            <Show when=move || installable.get() fallback=move || view! {
                <p>{move || i18n.t(if ios { "pwa.install_ios" } else { "pwa.install_other" })}</p>
            }>
                <p>{move || i18n.t("pwa.install_body")}</p>
                <button type="button" class="button primary" on:click=move |_| dispatch("okaeri:install")>{move || i18n.t("pwa.install")}</button>
            </Show>
        </section>
    }
}
