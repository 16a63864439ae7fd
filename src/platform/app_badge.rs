//! The count on the installed app's icon (`navigator.setAppBadge`), where the browser has it;
//! elsewhere nothing happens.

use wasm_bindgen::{JsCast, JsValue};

pub fn show(count: usize) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let (name, args) = if count == 0 {
        ("clearAppBadge", js_sys::Array::new())
    } else {
        (
            "setAppBadge",
            js_sys::Array::of1(&JsValue::from(count as u32)),
        )
    };
    let Ok(method) = js_sys::Reflect::get(&navigator, &JsValue::from_str(name)) else {
        return;
    };
    if let Some(method) = method.dyn_ref::<js_sys::Function>() {
        // A promise: refused (no permission, not installed) is no matter to her.
        if let Ok(promise) = method.apply(&navigator, &args) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                });
            }
        }
    }
}
