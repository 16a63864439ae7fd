//! A part of the page drawn only while a condition holds.

use leptos::prelude::*;

/// `view`, built when `shown` turns true and removed if it turns false: what `<Show>` does,
/// as one function for every use, so the shell's parts share its code instead of each having
/// a copy of its own (`<Show>` is generic over its children). `shown` should change only when
/// the answer does (a memo): each change draws `view` again.
pub fn when(shown: Signal<bool>, view: fn() -> AnyView) -> impl IntoView {
    move || shown.get().then(view)
}
