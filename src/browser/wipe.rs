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

async fn clear_caches() {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return;
    };
    let Ok(names) = JsFuture::from(caches.keys()).await else {
        return;
    };
    for name in js_sys::Array::from(&names).iter() {
        if let Some(name) = name.as_string() {
            let _ = JsFuture::from(caches.delete(&name)).await;
        }
    }
}

async fn unregister_service_workers() {
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
        return;
    };
    let Ok(list) = JsFuture::from(container.get_registrations()).await else {
        return;
    };
    for reg in js_sys::Array::from(&list).iter() {
        if let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() {
            if let Ok(p) = reg.unregister() {
                let _ = JsFuture::from(p).await;
            }
        }
    }
}
