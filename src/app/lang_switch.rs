//! One button that switches between Japanese (plain Japanese, if she reads it) and English. Its name is the language it
//! switches to, written in that language, so each reader can find it.

use crate::i18n::context::use_i18n;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let label = move || match i18n.lang() {
        Lang::Ja | Lang::Plain => "English",
        Lang::En => "日本語",
    };
    let target = move || {
        if i18n.lang().is_japanese() {
            "en"
        } else {
            "ja"
        }
    };
    view! {
        <button type="button" class="lang-switch" lang=target on:click=move |_| i18n.toggle()>
            {label}
        </button>
    }
}
