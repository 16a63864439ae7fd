//! What shows while data loads: a calm line, never a blank page.

use crate::i18n::common;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="loading" role="status">{i18n.v(common::COMMON_LOADING)}</p> }
}
