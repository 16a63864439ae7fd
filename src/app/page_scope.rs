//! A page's own view of an app-wide signal.
//!
//! Reactive_graph 0.2 keeps a reader that has gone in an app-wide signal's list of readers
//! (a memo's list until it next changes; a plain signal's for good), and that entry keeps the
//! reader's memory. A resource read under a page's `<Suspense>` also keeps that boundary
//! until it next loads. The app-wide state a page reads (the language, the session, the data
//! version, the outbox, the address) seldom changes, so every page visit left its readers
//! behind (`make leaks` counts it). A page reads them through `page_memo`, whose memo takes
//! itself off its sources' lists when the page is left.
//!
//! The memo is worked out once as it is made. A memo that has never run has no sources, and a
//! view that only tracks it (`track()` does not run a memo) would never hear of a change:
//! the board kept a card's 「新着コメント」 after she had read it on the card's page.

use leptos::prelude::*;
use leptos::reactive::graph::{Subscriber, ToAnySubscriber};

/// A memo of `read`, owned by the current page (or component), that unsubscribes from
/// everything it read when its owner is cleaned up.
pub fn page_memo<T>(read: impl Fn() -> T + Send + Sync + 'static) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let memo = ArcMemo::new(move |_| read());
    // Run now, untracked, so it is on its sources' lists before anyone tracks it.
    memo.with_untracked(|_| ());
    let subscriber = memo.to_any_subscriber();
    let leaving = memo.clone();
    on_cleanup(move || leaving.clear_sources(&subscriber));
    memo.into()
}
