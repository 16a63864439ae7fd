//! Where a form's autosave stands, from typing to kept: what 「保存しました」 may say.

use crate::i18n::common;

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

    /// The words for it, if any (shown by `ui::save_status`).
    pub fn key(self) -> Option<&'static str> {
        match self {
            SaveState::Idle => None,
            SaveState::Saving => Some(common::SAVE_SAVING),
            SaveState::Saved => Some(common::SAVE_SAVED),
            SaveState::SavedOffline => Some(common::SAVE_OFFLINE),
            SaveState::NotKept => Some(common::SAVE_NOT_KEPT),
            SaveState::Failed => Some(common::SAVE_FAILED),
            SaveState::DeviceRefused => Some(common::SAVE_DEVICE_REFUSED),
        }
    }
}
