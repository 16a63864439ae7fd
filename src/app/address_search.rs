//! A search box on a page whose filters live in the address: the page narrows at each
//! keystroke, and the address (for back, reload and sharing) is written once she pauses.
//! Writing it at every key was a third of a keystroke's own work on a large board, and browsers
//! throttle pages that change their address many times a second.

use crate::app::page_visit::use_page_visit;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;

/// How long she pauses before the address follows.
pub const ADDRESS_PAUSE_MS: u32 = 400;

/// What to call with each text she types. `typed` holds it until `write` has put it in the
/// address (the page reads its filter from the address, then from `typed`).
pub fn follow_after_pause(
    typed: RwSignal<Option<String>>,
    write: impl Fn() + Copy + 'static,
) -> impl Fn(String) + Copy + 'static {
    let typing = StoredValue::new(0u64);
    let visit = use_page_visit();
    move |text: String| {
        typed.set(Some(text));
        typing.update_value(|n| *n += 1);
        let mine = typing.get_value();
        spawn_local_scoped_with_cancellation(async move {
            gloo_timers::future::TimeoutFuture::new(ADDRESS_PAUSE_MS).await;
            // Not once she has left: the write would replace the address of the page she went
            // to (the router cancels this only a navigation later).
            if visit.is_shown() && typing.try_get_value() == Some(mine) {
                write();
                typed.set(None);
            }
        });
    }
}
