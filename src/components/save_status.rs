//! The quiet 「保存しました」 line of autosaving forms.

use crate::i18n::context::use_i18n;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Idle,
    Saving,
    Saved,
    SavedOffline,
    Failed,
}

impl SaveState {
    fn key(self) -> Option<&'static str> {
        match self {
            SaveState::Idle => None,
            SaveState::Saving => Some("save.saving"),
            SaveState::Saved => Some("save.saved"),
            SaveState::SavedOffline => Some("save.offline"),
            SaveState::Failed => Some("save.failed"),
        }
    }
}

#[component]
pub fn SaveStatus(#[prop(into)] state: Signal<SaveState>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="save-status" role="status" aria-live="polite">
            {move || state.get().key().map(|k| i18n.t(k))}
        </p>
    }
}
