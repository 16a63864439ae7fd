//! A friendly page for addresses that lead nowhere.

use crate::browser::dom::to;
use crate::components::page_heading::PageHeading;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page">
            <PageHeading text=Signal::derive(move || i18n.t("notfound.title").to_string())/>
            <p>{move || i18n.t("notfound.body")}</p>
            <a href=to("/") class="button primary">{move || i18n.t("notfound.home")}</a>
        </section>
    }
}
