//! A window event listener that goes away with the component that added it.
//!
//! Leptos' `window_event_listener` keeps listening when its handle is dropped, and even once
//! removed its closure lives until the browser collects the function that wraps it; a page
//! that added one on every visit kept a closure per visit (`make leaks`). Here the closure is
//! the component's own, dropped when it is.

use leptos::prelude::{on_cleanup, StoredValue, WithValue};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub fn on_window_event(name: &str, listener: impl Fn(web_sys::Event) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(listener);
    let _ = window.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    let name = name.to_string();
    // Owned by the component: dropped with it, just after the listener is removed.
    let kept = StoredValue::new_local((window, closure));
    on_cleanup(move || {
        kept.try_with_value(|(window, closure)| {
            let _ =
                window.remove_event_listener_with_callback(&name, closure.as_ref().unchecked_ref());
        });
    });
}
