//! The top bar: the app's name, the language button, and on the demo backend the role switch.

use super::lang_switch::LangSwitch;
use super::role_switch::RoleSwitch;
use super::when::when;
use crate::browser::dom::to;
use crate::i18n::context::use_i18n;
use crate::start_stages::{use_stage, Stage};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn AppHeader() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    // Its second row is built in a task of its own (src/start_stages.rs).
    let second_row = use_stage(Stage::Notices);
    view! {
        <header class="app-header">
            <div class="header-bar">
            <A href=to("/") attr:class="brand">
                <svg class="brand-mark" aria-hidden="true" viewBox="0 0 64 64" width="28" height="28"><rect width="64" height="64" rx="14" fill="currentColor"></rect><path d="M14 32 32 16l18 16v18H38V38H26v12H14z" fill="var(--ok-color-bg)"></path></svg>
                <span class="brand-name">{move || i18n.t("app.name")}</span>
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
                    <super::outbox_status::OutboxStatus/>
                    {use_app().is_embedded().then(|| view! {
                        <p class="demo-notice" role="note">{move || i18n.t("demo.notice")}</p>
                    })}
                }.into_any()
            })}
        </header>
    }
}
