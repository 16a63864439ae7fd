//! One tab at a time: work that two open tabs of the app must never do together (sending the
//! outbox). The Web Locks API where the browser has it; elsewhere a lease in localStorage.

use futures_channel::oneshot;
use std::future::Future;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How long a lease holds in the fallback: longer than a round of sends takes, and a tab that
/// closed mid-work frees it by then.
const LEASE_MS: f64 = 60_000.0;
/// How long a tab waits after taking a lease to see whether another took it at the same time.
const SETTLE_MS: u32 = 50;

/// Runs `work` if no other tab holds `name`, holding it meanwhile; `None` if another tab does
/// (it will do the work).
pub async fn exclusive<T>(name: &str, work: impl Future<Output = T>) -> Option<T> {
    match web_lock(name).await {
        Some(Some(held)) => {
            let out = work.await;
            // Dropping the sender resolves the lock's promise: the lock is released.
            drop(held);
            Some(out)
        }
        Some(None) => None,
        None => with_lease(name, work).await,
    }
}

/// `navigator.locks.request(name, { ifAvailable: true }, …)`: `Some(Some(_))` while held (drop it
/// to release), `Some(None)` when another tab holds it, `None` without the API.
async fn web_lock(name: &str) -> Option<Option<oneshot::Sender<()>>> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok()?;
    let request = js_sys::Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE).ok()?;
    let (granted_tx, granted) = oneshot::channel::<bool>();
    let (release, released) = oneshot::channel::<()>();
    let callback = Closure::once_into_js(move |lock: JsValue| -> js_sys::Promise {
        let got = !lock.is_null();
        let _ = granted_tx.send(got);
        wasm_bindgen_futures::future_to_promise(async move {
            if got {
                let _ = released.await;
            }
            Ok(JsValue::UNDEFINED)
        })
    });
    let asked = request
        .call3(&locks, &name.into(), &options, &callback)
        .ok()?;
    // The request's own promise settles when the lock is let go; nothing waits on it.
    if let Ok(p) = asked.dyn_into::<js_sys::Promise>() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
    Some(granted.await.unwrap_or(false).then_some(release))
}

thread_local! {
    /// This page's name for its leases.
    static TAB: String = crate::platform::random::uuid_v4();
}

/// The fallback: a lease `tab until` in localStorage, taken only when free or lapsed.
async fn with_lease<T>(name: &str, work: impl Future<Output = T>) -> Option<T> {
    let key = format!("lease.{name}");
    let me = TAB.with(Clone::clone);
    let now = js_sys::Date::now();
    let held_by_other = crate::platform::storage::get(&key)
        .and_then(|v| {
            let (tab, until) = v.split_once(' ')?;
            Some(tab != me && until.parse::<f64>().ok()? > now)
        })
        .unwrap_or(false);
    if held_by_other {
        return None;
    }
    // Two tabs may both have found it free: each writes its name, and after a moment the one
    // whose name is still there goes on. A device that refuses to store cannot share the work
    // out: it does it itself.
    let lease = format!("{me} {}", now + LEASE_MS);
    if crate::platform::storage::set(&key, &lease) {
        gloo_timers::future::TimeoutFuture::new(SETTLE_MS).await;
        if crate::platform::storage::get(&key).as_deref() != Some(lease.as_str()) {
            return None;
        }
    }
    let out = work.await;
    crate::platform::storage::remove(&key);
    Some(out)
}
