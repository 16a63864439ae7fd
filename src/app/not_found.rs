//! A friendly page for addresses that lead nowhere.

use crate::app::routes::Route;
use crate::app::texts;
use crate::i18n::context::use_i18n;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page">
            <PageHeading key=texts::NOTFOUND_TITLE/>
            <p>{i18n.v(texts::NOTFOUND_BODY)}</p>
            <a href=Route::Home.href() class="button primary">{i18n.v(texts::NOTFOUND_HOME)}</a>
        </section>
    }
}
