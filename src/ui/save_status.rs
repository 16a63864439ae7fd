//! The quiet 「保存しました」 line of autosaving forms.

use crate::i18n::context::use_i18n;
use crate::sync::save_state::SaveState;
use leptos::prelude::*;

#[component]
pub fn SaveStatus(#[prop(into)] state: Signal<SaveState>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="save-status" role="status" aria-live="polite">
            {move || state.get().key().map(|k| i18n.t(k))}
        </p>
    }
}
