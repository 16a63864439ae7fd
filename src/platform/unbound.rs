//! Browser methods that web-sys does not bind (or binds only among its unstable APIs),
//! called by name.

use wasm_bindgen::JsCast;

/// `target[method]()`, for a method web-sys does not bind (or binds only as unstable), when it
/// exists and returns a promise.
pub fn call_for_promise(target: &wasm_bindgen::JsValue, method: &str) -> Option<js_sys::Promise> {
    js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call0(target)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
