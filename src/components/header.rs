//! The top bar: the app's name, the language button, and on the demo backend the role switch.

use super::lang_switch::LangSwitch;
use super::role_switch::RoleSwitch;
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
                <Show when=move || app.is_embedded()>
                    <RoleSwitch/>
                </Show>
                <LangSwitch/>
            </div>
            </div>
            <Show when=move || second_row.get()>
                <super::outbox_status::OutboxStatus/>
                <Show when=move || app.is_embedded()>
                    <p class="demo-notice" role="note">{move || i18n.t("demo.notice")}</p>
                </Show>
            </Show>
        </header>
    }
}
