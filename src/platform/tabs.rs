//! The app's other open tabs (same origin and mount), told what one tab did: a
//! `BroadcastChannel`. Where the browser has none, each tab goes on alone.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The outbox on the device changed (a write queued, sent or let go): the others read it again.
pub const OUTBOX_CHANGED: &str = "outbox-changed";
/// A tab is logging out: the others stop writing to the device.
pub const LOGGING_OUT: &str = "logging-out";
/// The device is wiped: the others start again, logged out.
pub const LOGGED_OUT: &str = "logged-out";

fn channel() -> Option<web_sys::BroadcastChannel> {
    let name = format!("okaeri{}", crate::platform::dom::base_path());
    web_sys::BroadcastChannel::new(&name).ok()
}

thread_local! {
    /// This page's sender, open for as long as the page lives: a channel closed right after
    /// posting may drop the message before the others hear it (seen in Chromium).
    static SENDER: Option<web_sys::BroadcastChannel> = channel();
}

/// Tells every other tab of the app; this tab does not hear it.
pub fn tell_others(message: &str) {
    SENDER.with(|c| {
        if let Some(c) = c {
            let _ = c.post_message(&message.into());
        }
    });
}

/// Calls `heard` with each message another tab sends, for as long as the page lives.
pub fn listen(heard: impl Fn(&str) + 'static) {
    let Some(c) = channel() else { return };
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(text) = ev.data().as_string() {
                heard(&text);
            }
        });
    c.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // Both live as long as the page: the channel must stay open to hear.
    on_message.forget();
    std::mem::forget(c);
}
