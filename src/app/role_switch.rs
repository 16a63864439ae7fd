//! "デモの立場": on the embedded default, choose to be the new worker or the coordinator.

use crate::app::state::use_app;
use crate::app::texts;
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;
use okaeri_core::domain::worker::Role;

#[component]
pub fn RoleSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let on_change = move |ev| {
        let role = if event_target_value(&ev) == "coordinator" {
            Role::Coordinator
        } else {
            Role::Worker
        };
        app.switch_demo_role(role);
        app.announce(i18n.f(
            texts::DEMO_ROLE_CHANGED,
            &[(
                "role",
                i18n.t(if role == Role::Coordinator {
                    common::ROLE_COORDINATOR
                } else {
                    common::ROLE_WORKER
                }),
            )],
        ));
    };
    view! {
        <label class="role-switch">
            <span class="role-switch-label">{i18n.v(texts::DEMO_ROLE)}</span>
            <select on:change=on_change prop:value=move || if app.demo_role() == Role::Coordinator { "coordinator" } else { "worker" }>
                <option value="worker">{move || i18n.t(common::ROLE_WORKER)}</option>
                <option value="coordinator">{move || i18n.t(common::ROLE_COORDINATOR)}</option>
            </select>
        </label>
    }
}
