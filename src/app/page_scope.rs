//! A page's own view of an app-wide signal.
//!
//! Reactive_graph 0.2 leaves a dropped subscriber in its sources' lists until those sources
//! next change, and that entry keeps the subscriber's memory. The app-wide signals a page
//! reads (the language, the session, the data version) seldom change, so every page
//! visit left its memos and resources behind (`make leaks` counts it). A page reads them
//! through `page_memo`, whose memo takes
//! itself off its sources' lists when the page is left.

use leptos::prelude::*;
use leptos::reactive::graph::{Subscriber, ToAnySubscriber};

/// A memo of `read`, owned by the current page (or component), that unsubscribes from
/// everything it read when its owner is cleaned up.
pub fn page_memo<T>(read: impl Fn() -> T + Send + Sync + 'static) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let memo = ArcMemo::new(move |_| read());
    let subscriber = memo.to_any_subscriber();
    let leaving = memo.clone();
    on_cleanup(move || leaving.clear_sources(&subscriber));
    memo.into()
}
