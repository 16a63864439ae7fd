//! Main navigation: a bottom tab bar on phones, a side bar on wide screens (CSS decides).

use crate::browser::dom::to;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NavBar() -> impl IntoView {
    let i18n = use_i18n();
    let item = move |href: &'static str, icon: &'static str, key: &'static str| {
        view! {
            <li>
                <A href=to(href) exact=href == "/" attr:class="nav-link">
                    <span class="nav-icon" aria-hidden="true">{icon}</span>
                    <span class="nav-text">{move || i18n.t(key)}</span>
                </A>
            </li>
        }
    };
    view! {
        <nav class="nav-bar" aria-label=move || i18n.t("nav.label")>
            <ul>
                {item("/", "⌂", "nav.home")}
                {item("/profile", "☺", "nav.profile")}
                {item("/board", "▦", "nav.board")}
                {item("/settings", "⚙", "nav.settings")}
            </ul>
        </nav>
    }
}
