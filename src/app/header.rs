//! The top bar: the app's name, the language button, and on the demo backend the role switch.

use crate::app::lang_switch::LangSwitch;
use crate::app::role_switch::RoleSwitch;
use crate::app::routes::Route;
use crate::app::start_stages::{use_stage, Stage};
use crate::app::state::use_app;
use crate::app::texts;
use crate::i18n::context::use_i18n;
use crate::ui::when::when;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn AppHeader() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    // Its second row is built in a task of its own (src/app/start_stages.rs).
    let second_row = use_stage(Stage::Notices);
    view! {
        <header class="app-header">
            <div class="header-bar">
            <A href=Route::Home.href() attr:class="brand">
                <svg class="brand-mark" aria-hidden="true" viewBox="0 0 64 64" width="28" height="28"><rect width="64" height="64" rx="14" fill="currentColor"></rect><path d="M14 32 32 16l18 16v18H38V38H26v12H14z" fill="var(--ok-color-bg)"></path></svg>
                <span class="brand-name">{i18n.v(texts::APP_NAME)}</span>
            </A>
            <div class="header-tools">
                // The demo's role switch: the embedded default only (fixed for the app's life).
                {app.is_embedded().then(|| view! { <RoleSwitch/> })}
                <LangSwitch/>
            </div>
            </div>
            {when(second_row, || {
                let i18n = use_i18n();
                view! {
                    <crate::app::outbox_status::OutboxStatus/>
                    {use_app().is_embedded().then(|| view! {
                        <p class="demo-notice" role="note">{i18n.v(texts::DEMO_NOTICE)}</p>
                    })}
                }.into_any()
            })}
        </header>
    }
}
