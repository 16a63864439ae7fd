//! System notifications in the browser: permission, this device's push subscription, and the
//! words the service worker writes them in (public/sw.js). Reached through `Reflect`, so the
//! first download carries no bindings for what only the settings page uses.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// She allowed notifications for the app.
    Granted,
    /// She (or the browser's settings) refused; only the browser's settings can change that.
    Denied,
    /// Not asked yet.
    Ask,
    /// This browser cannot show them (e.g. Safari on iOS outside the installed app).
    Unsupported,
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Calls `target[name](...args)` and awaits it if it answers a promise.
async fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let method = get(target, name)?.dyn_into::<Function>().ok()?;
    let args: Array = args.iter().collect();
    let value = method.apply(target, &args).ok()?;
    match value.dyn_into::<Promise>() {
        Ok(p) => JsFuture::from(p).await.ok(),
        Err(value) => Some(value),
    }
}

fn notification_class() -> Option<JsValue> {
    let window = web_sys::window()?;
    get(&window, "PushManager")?;
    get(&window.navigator(), "serviceWorker")?;
    get(&window, "Notification")
}

pub fn permission() -> Permission {
    let Some(class) = notification_class() else {
        return Permission::Unsupported;
    };
    match get(&class, "permission")
        .and_then(|p| p.as_string())
        .as_deref()
    {
        Some("granted") => Permission::Granted,
        Some("denied") => Permission::Denied,
        _ => Permission::Ask,
    }
}

/// Asks her; only ever called from her tap on a button.
pub async fn ask() -> Permission {
    if let Some(class) = notification_class() {
        let _ = call(&class, "requestPermission", &[]).await;
    }
    permission()
}

/// The app's own service worker registration (pwa.js registers it at the app's mount).
async fn registration() -> Option<JsValue> {
    let container = web_sys::window()?.navigator().service_worker();
    let found = JsFuture::from(container.get_registration()).await.ok()?;
    let scope = get(&found, "scope")?.as_string()?;
    scope
        .ends_with(&crate::platform::dom::base_path())
        .then_some(found)
}

async fn push_manager() -> Option<JsValue> {
    get(&registration().await?, "pushManager")
}

/// Subscribes this device with the backend's key; the subscription's JSON for the backend.
pub async fn subscribe(public_key: &str) -> Option<String> {
    let manager = push_manager().await?;
    let options = Object::new();
    Reflect::set(&options, &"userVisibleOnly".into(), &JsValue::TRUE).ok()?;
    Reflect::set(
        &options,
        &"applicationServerKey".into(),
        &JsValue::from_str(public_key),
    )
    .ok()?;
    let subscription = call(&manager, "subscribe", &[options.into()]).await?;
    js_sys::JSON::stringify(&subscription).ok()?.as_string()
}

/// The endpoint this device is subscribed with, if it is.
pub async fn endpoint() -> Option<String> {
    let subscription = call(&push_manager().await?, "getSubscription", &[]).await?;
    get(&subscription, "endpoint")?.as_string()
}

/// Ends this device's subscription; the endpoint it had, for the backend to forget.
pub async fn unsubscribe() -> Option<String> {
    let subscription = call(&push_manager().await?, "getSubscription", &[]).await?;
    let endpoint = get(&subscription, "endpoint")?.as_string();
    call(&subscription, "unsubscribe", &[]).await?;
    endpoint
}

/// Gives the service worker the words to write notifications in (`words` is JSON), kept by it
/// for when the app is closed.
pub async fn tell_worker(words: &str) -> bool {
    let Some(active) = registration().await.and_then(|r| get(&r, "active")) else {
        return false;
    };
    let message = Object::new();
    let parsed = js_sys::JSON::parse(words).unwrap_or(JsValue::NULL);
    let set = Reflect::set(&message, &"type".into(), &"okaeri:push-words".into()).is_ok()
        && Reflect::set(&message, &"words".into(), &parsed).is_ok();
    set && call(&active, "postMessage", &[message.into()])
        .await
        .is_some()
}

/// From now on, when she taps a notification while the app is open, the service worker tells
/// this window where to go (`okaeri:open`): the router follows the address as it does for the
/// back button, without a reload. For as long as the app runs.
pub fn follow_taps() {
    let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
        return;
    };
    let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(
        |event: web_sys::MessageEvent| {
            let data = event.data();
            let is_open =
                get(&data, "type").and_then(|t| t.as_string()).as_deref() == Some("okaeri:open");
            let Some(url) = get(&data, "url")
                .and_then(|u| u.as_string())
                .filter(|_| is_open)
            else {
                return;
            };
            go_to(&url);
        },
    );
    let _ =
        container.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Goes to `url` inside the app, if it is the app's own origin: the address changes and the
/// router follows it (`popstate`), as for the back button.
fn go_to(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let origin = get(&window, "location").and_then(|l| get(&l, "origin")?.as_string());
    let Some(path) = origin.and_then(|o| url.strip_prefix(&o).map(str::to_string)) else {
        return;
    };
    let Some(history) = get(&window, "history") else {
        return;
    };
    let args = [
        JsValue::NULL,
        JsValue::from_str(""),
        JsValue::from_str(&path),
    ];
    if call_now(&history, "pushState", &args) {
        crate::platform::dom::dispatch("popstate");
    }
}

/// Calls `target[name](...args)` synchronously; whether it ran.
fn call_now(target: &JsValue, name: &str, args: &[JsValue]) -> bool {
    let Some(method) = get(target, name).and_then(|m| m.dyn_into::<Function>().ok()) else {
        return false;
    };
    let args: Array = args.iter().collect();
    method.apply(target, &args).is_ok()
}
