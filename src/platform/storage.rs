//! localStorage that never panics: private mode, quota and disabled storage all degrade to
//! "nothing stored", and the caller keeps working from memory.

use serde::{de::DeserializeOwned, Serialize};

/// Every key the app writes starts with this, so logging out can wipe exactly ours.
pub const PREFIX: &str = "okaeri.";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    local()?.get_item(&format!("{PREFIX}{key}")).ok().flatten()
}

/// Whether a key is stored, without copying its value out of the browser (`get` does; a
/// stored value can be large).
pub fn has(key: &str) -> bool {
    local().is_some_and(|s| {
        js_sys::Reflect::has(&s, &format!("{PREFIX}{key}").into()).unwrap_or(false)
    })
}

/// Returns false when the browser refused (quota, private mode).
pub fn set(key: &str, value: &str) -> bool {
    local().is_some_and(|s| s.set_item(&format!("{PREFIX}{key}"), value).is_ok())
}

pub fn remove(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(&format!("{PREFIX}{key}"));
    }
}

pub fn get_json<T: DeserializeOwned>(key: &str) -> Option<T> {
    get(key).and_then(|text| serde_json::from_str(&text).ok())
}

pub fn set_json<T: Serialize>(key: &str, value: &T) -> bool {
    serde_json::to_string(value).is_ok_and(|text| set(key, &text))
}

/// The one field of an autosave device copy (`sync::autosave::DeviceCopy`) this needs.
#[derive(serde::Deserialize)]
struct Unsent {
    #[serde(default)]
    unsent: bool,
}

/// Keys (without the prefix) of autosave device copies still marked unsent.
pub fn keys_with_unsent_edits() -> Vec<String> {
    let Some(s) = local() else {
        return Vec::new();
    };
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter_map(|k| k.strip_prefix(PREFIX).map(str::to_string))
        .filter(|k| k.starts_with("onboarding.") || k.starts_with("profile."))
        .filter(|k| get_json::<Unsent>(k).is_some_and(|v| v.unsent))
        .collect()
}

/// Removes every key of ours, from local and session storage (other apps' stay).
pub fn wipe() {
    let Some(w) = web_sys::window() else { return };
    for s in [w.local_storage(), w.session_storage()]
        .into_iter()
        .filter_map(|s| s.ok().flatten())
    {
        let len = s.length().unwrap_or(0);
        let keys: Vec<String> = (0..len)
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(PREFIX))
            .collect();
        for k in keys {
            let _ = s.remove_item(&k);
        }
    }
}

/// Asks the browser, once per visit, to keep the app's storage even under pressure
/// (`navigator.storage.persist()`): asked when she first has unsent work, because Safari
/// otherwise deletes script storage of sites unused for seven days.
pub fn ask_persist() {
    thread_local! {
        static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if ASKED.with(|a| a.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(manager) = js_sys::Reflect::get(&window.navigator(), &"storage".into()) else {
        return;
    };
    if let Some(asked) = crate::platform::unbound::call_for_promise(&manager, "persist") {
        // The answer changes nothing here: either way the outbox keeps what it can.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(asked).await;
        });
    }
}
