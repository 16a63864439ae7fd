//! Main navigation: a bottom tab bar on phones, a side bar on wide screens (CSS decides).

use crate::app::routes::Route;
use crate::app::texts;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NavBar() -> impl IntoView {
    let i18n = use_i18n();
    let item = move |route: Route<'static>, icon: &'static str, key: &'static str| {
        view! {
            <li>
                <A href=route.href() exact=route == Route::Home attr:class="nav-link">
                    <span class="nav-icon" aria-hidden="true">{icon}</span>
                    <span class="nav-text">{i18n.v(key)}</span>
                </A>
            </li>
        }
    };
    view! {
        <nav class="nav-bar" aria-label=move || i18n.t(texts::NAV_LABEL)>
            <ul>
                {item(Route::Home, "⌂", texts::NAV_HOME)}
                {item(Route::MyProfile, "☺", texts::NAV_PROFILE)}
                {item(Route::Board, "▦", texts::NAV_BOARD)}
                <li>
                    // The notices' chunk draws the unread count in it once the app has settled.
                    <A href=Route::Notifications.href() attr:class="nav-link" attr:id="nav-notices">
                        <span class="nav-icon" aria-hidden="true">"✉"</span>
                        <span class="nav-text">{i18n.v(texts::NAV_NOTICES)}</span>
                    </A>
                </li>
                {item(Route::Settings, "⚙", texts::NAV_SETTINGS)}
            </ul>
        </nav>
    }
}
