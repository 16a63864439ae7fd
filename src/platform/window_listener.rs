//! A window event listener that goes away with the component that added it.
//!
//! Leptos' `window_event_listener` keeps listening when its handle is dropped; a page that
//! added one on every visit leaked a closure per visit (seen in the memory benchmark).

use leptos::prelude::{on_cleanup, window_event_listener_untyped};

pub fn on_window_event(name: &str, listener: impl Fn(web_sys::Event) + 'static) {
    let handle = window_event_listener_untyped(name, listener);
    on_cleanup(move || handle.remove());
}
