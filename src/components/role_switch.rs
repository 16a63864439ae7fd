//! "デモの立場": on the embedded default, choose to be the new worker or the coordinator.

use crate::i18n::context::use_i18n;
use crate::state::use_app;
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
            "demo.role_changed",
            &[(
                "role",
                i18n.t(if role == Role::Coordinator {
                    "role.coordinator"
                } else {
                    "role.worker"
                }),
            )],
        ));
    };
    view! {
        <label class="role-switch">
            <span class="role-switch-label">{move || i18n.t("demo.role")}</span>
            <select on:change=on_change prop:value=move || if app.demo_role.get() == Role::Coordinator { "coordinator" } else { "worker" }>
                <option value="worker">{move || i18n.t("role.worker")}</option>
                <option value="coordinator">{move || i18n.t("role.coordinator")}</option>
            </select>
        </label>
    }
}
