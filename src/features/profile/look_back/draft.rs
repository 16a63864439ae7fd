//! Her answers as she types them, kept on this device until the week is settled: a reload,
//! a closed tab or a failed send loses none of them.

use crate::platform::storage;
use okaeri_core::domain::look_back::LookBackAnswers;

pub fn draft_key(user: &str) -> String {
    format!("look_back.{user}")
}

/// Her answers for `week`, if she began them on this device.
pub fn load(user: &str, week: &str) -> LookBackAnswers {
    storage::get_json::<(String, LookBackAnswers)>(&draft_key(user))
        .filter(|(w, _)| w == week)
        .map(|(_, answers)| answers)
        .unwrap_or_default()
}

pub fn keep(user: &str, week: &str, answers: &LookBackAnswers) {
    storage::set_json(&draft_key(user), &(week, answers));
}

pub fn forget(user: &str) {
    storage::remove(&draft_key(user));
}
