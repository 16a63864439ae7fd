//! Logging out leaves nothing of hers on a shared or lost phone: the app's local and session
//! storage, IndexedDB (the outbox), Cache Storage and its service worker all go. Only the
//! app's own: an intranet origin may host other apps, whose data is theirs.

use crate::platform::storage;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The service worker's caches are named so (public/sw.js).
const CACHE_PREFIX: &str = "okaeri-";

pub async fn wipe_device() {
    storage::wipe();
    let _ = crate::sync::outbox::store::wipe().await;
    clear_caches().await;
    unregister_service_worker().await;
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
        if let Some(name) = name.as_string().filter(|n| n.starts_with(CACHE_PREFIX)) {
            let _ = JsFuture::from(caches.delete(&name)).await;
        }
    }
}

/// The registration whose scope is the app's own mount (pwa.js registers it there).
async fn unregister_service_worker() {
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
        return;
    };
    let Ok(found) = JsFuture::from(container.get_registration()).await else {
        return;
    };
    let Ok(reg) = found.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
        return;
    };
    let ours = reg.scope().ends_with(&crate::platform::dom::base_path());
    if let (true, Ok(p)) = (ours, reg.unregister()) {
        let _ = JsFuture::from(p).await;
    }
}
