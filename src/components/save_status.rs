//! The quiet 「保存しました」 line of autosaving forms.

use crate::i18n::context::use_i18n;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Idle,
    Saving,
    Saved,
    SavedOffline,
    /// Not sent, and the device refused to keep it: only this page holds it.
    NotKept,
    Failed,
    /// The device refused to keep it (and nothing was sent that could be).
    DeviceRefused,
}

impl SaveState {
    /// After a failed send: whether it waits to be sent again, and whether the device kept it.
    pub fn after_failure(transient: bool, kept: bool) -> SaveState {
        match (transient, kept) {
            (true, true) => SaveState::SavedOffline,
            (true, false) => SaveState::NotKept,
            (false, true) => SaveState::Failed,
            (false, false) => SaveState::DeviceRefused,
        }
    }

    fn key(self) -> Option<&'static str> {
        match self {
            SaveState::Idle => None,
            SaveState::Saving => Some("save.saving"),
            SaveState::Saved => Some("save.saved"),
            SaveState::SavedOffline => Some("save.offline"),
            SaveState::NotKept => Some("save.not_kept"),
            SaveState::Failed => Some("save.failed"),
            SaveState::DeviceRefused => Some("save.device_refused"),
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
