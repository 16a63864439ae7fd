//! IME safety: Enter that confirms a Japanese conversion must never submit or move on.

/// True when this Enter belongs to an IME composition (keyCode 229 covers older Safari).
pub fn is_composing(ev: &web_sys::KeyboardEvent) -> bool {
    #[allow(deprecated)]
    let legacy = ev.key_code() == 229;
    ev.is_composing() || legacy
}

/// Enter pressed for real (not while composing).
pub fn is_plain_enter(ev: &web_sys::KeyboardEvent) -> bool {
    ev.key() == "Enter" && !is_composing(ev)
}
