//! `/settings`: language, which backend is in use, and signing out (which wipes this device).

use super::confirm_step::ConfirmStep;
use crate::app::routes::Route;
use crate::app::state::use_app;
use crate::features::settings::texts;
use crate::i18n::context::use_i18n;
use crate::i18n::Lang;
use crate::platform::tabs;
use crate::sync::outbox::use_outbox;
use crate::sync::wipe::wipe_device;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;
use okaeri_core::domain::worker::Role;

#[component]
pub fn Settings() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let backend = move || match app.config().rest_base() {
        Some(base) => i18n.f(texts::SETTINGS_BACKEND_REST, &[("base", &base)]),
        None => i18n.t(texts::SETTINGS_BACKEND_EMBEDDED).to_string(),
    };
    let outbox = use_outbox();
    let sign_out = move |_: ()| {
        leptos::task::spawn_local_scoped(async move {
            // Every tab of the app stops writing, the backend ends the session (when it can
            // be reached: the wipe below goes on regardless), the device forgets her, and the
            // other tabs start again logged out.
            tabs::tell_others(tabs::LOGGING_OUT);
            outbox.stop().await;
            let _ = app.client().sign_out().await;
            wipe_device().await;
            tabs::tell_others(tabs::LOGGED_OUT);
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
    };
    view! {
        <section class="page">
            <PageHeading key=texts::SETTINGS_TITLE/>
            <fieldset class="card">
                <legend>{i18n.v(texts::SETTINGS_LANGUAGE)}</legend>
                <label class="check">
                    <input type="radio" name="lang" prop:checked=move || i18n.lang() == Lang::Ja on:change=move |_| i18n.set(Lang::Ja)/>
                    <span lang="ja">"日本語"</span>
                </label>
                <label class="check">
                    <input type="radio" name="lang" prop:checked=move || i18n.lang() == Lang::Plain on:change=move |_| i18n.set(Lang::Plain)/>
                    <span lang="ja">"やさしい にほんご（ふりがな つき）"</span>
                </label>
                <label class="check">
                    <input type="radio" name="lang" prop:checked=move || i18n.lang() == Lang::En on:change=move |_| i18n.set(Lang::En)/>
                    <span lang="en">"English"</span>
                </label>
                <p role="status" class="field-error">
                    {move || i18n.plain_missing().then(|| i18n.t(texts::SETTINGS_PLAIN_MISSING))}
                </p>
                <p><a href=Route::Glossary.href()>{i18n.v(texts::SETTINGS_GLOSSARY)}</a></p>
            </fieldset>
            // When each kind of notice may interrupt her: from the notices' chunk.
            {crate::app::chunks::lazy(crate::features::notices::notice_settings)}
            // What is her own by her role: a calm line until she is known, so the page does not
            // grow under her finger when it is.
            {move || match app.session_state() {
                None => view! { <Loading/> }.into_any(),
                // A coordinator's own card (her hours also set when notices reach her).
                Some(Ok(u)) if u.role == Role::Coordinator => {
                    crate::app::chunks::lazy(crate::features::profile::my_contact_card).into_any()
                }
                // The weekday her look back is offered from, and her record to take with her,
                // or deleted: a worker's own.
                Some(Ok(_)) => view! {
                    {crate::app::chunks::lazy(crate::features::profile::look_back_day)}
                    <super::my_data::MyData/>
                }.into_any(),
                // The shell says why she is not known.
                Some(Err(_)) => ().into_any(),
            }}
            <super::install_hint::InstallHint/>
            <section class="card" aria-labelledby="backend-title">
                <h2 id="backend-title">{i18n.v(texts::SETTINGS_BACKEND)}</h2>
                <p>{backend}</p>
            </section>
            <section class="card" aria-labelledby="signout-title">
                <h2 id="signout-title">{i18n.v(texts::SETTINGS_SIGN_OUT)}</h2>
                <p>{i18n.v(texts::SETTINGS_SIGN_OUT_BODY)}</p>
                <ConfirmStep ask=texts::SETTINGS_SIGN_OUT ask_class="secondary" warning=texts::SETTINGS_SIGN_OUT_CONFIRM
                    act=texts::SETTINGS_SIGN_OUT_NOW busy=Signal::stored(false) on_act=Callback::new(sign_out)/>
            </section>
        </section>
    }
}
