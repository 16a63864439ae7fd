//! IME safety: Enter that confirms a Japanese conversion must never submit or move on.

/// True when this Enter belongs to an IME composition (keyCode 229 covers older Safari).
pub fn is_composing(ev: &web_sys::KeyboardEvent) -> bool {
    #[allow(deprecated)]
    let legacy = ev.key_code() == 229;
    ev.is_composing() || legacy
}

/// An input event that is part of an open IME composition (its text is not confirmed yet).
pub fn is_composing_input(ev: &web_sys::Event) -> bool {
    use wasm_bindgen::JsCast;
    ev.dyn_ref::<web_sys::InputEvent>()
        .is_some_and(web_sys::InputEvent::is_composing)
}

/// Enter pressed for real (not while composing).
pub fn is_plain_enter(ev: &web_sys::KeyboardEvent) -> bool {
    ev.key() == "Enter" && !is_composing(ev)
}
