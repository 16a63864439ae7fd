//! The quiet 「新しいバージョンがあります」 prompt. `public/pwa.js` talks to the service
//! worker; this shows the words and passes her answer back. It sits in the page's flow under
//! the header, so it never covers the button she is about to tap.

use crate::app::texts;
use crate::i18n::context::use_i18n;
use crate::platform::dom;
use crate::platform::window_listener::on_window_event;
use leptos::prelude::*;

/// Listens from the start: pwa.js may say a new version waits before the shell is drawn.
pub fn listen() -> RwSignal<bool> {
    let ready = RwSignal::new(false);
    on_window_event("okaeri:update-ready", move |_| ready.set(true));
    ready
}

#[component]
pub fn UpdatePrompt(ready: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || ready.get()>
            <div class="update-prompt" role="status">
                <span>{i18n.v(texts::PWA_UPDATE)}</span>
                <button type="button" class="button primary small" on:click=move |_| dom::dispatch("okaeri:update-accept")>{i18n.v(texts::PWA_UPDATE_NOW)}</button>
                <button type="button" class="button ghost small" on:click=move |_| ready.set(false)>{i18n.v(texts::PWA_LATER)}</button>
            </div>
        </Show>
    }
}
