//! Logging out leaves nothing of hers on a shared or lost phone: local and session storage,
//! IndexedDB (the outbox), Cache Storage and the service worker all go.

use crate::browser::storage;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub async fn wipe_device() {
    storage::wipe();
    if let Some(w) = web_sys::window() {
        if let Ok(Some(s)) = w.session_storage() {
            let _ = s.clear();
        }
    }
    let _ = crate::sync::outbox::store::wipe().await;
    clear_caches().await;
    unregister_service_workers().await;
}

/// The array a promise resolves to; empty if it fails.
async fn list(promise: js_sys::Promise) -> Vec<wasm_bindgen::JsValue> {
    match JsFuture::from(promise).await {
        Ok(value) => js_sys::Array::from(&value).iter().collect(),
        Err(_) => Vec::new(),
    }
}

async fn clear_caches() {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return;
    };
    for name in list(caches.keys()).await {
        if let Some(name) = name.as_string() {
            let _ = JsFuture::from(caches.delete(&name)).await;
        }
    }
}

async fn unregister_service_workers() {
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
        return;
    };
    for reg in list(container.get_registrations()).await {
        if let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() {
            if let Ok(p) = reg.unregister() {
                let _ = JsFuture::from(p).await;
            }
        }
    }
}
