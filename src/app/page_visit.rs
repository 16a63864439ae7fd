//! Whether the page that started some work is still the one on screen.
//!
//! Some of a page's work outlives it: a write's task on purpose (what it changes must happen
//! even when she has left), and a timer until the router cleans the page up, which was seen
//! to come after she had already arrived on the next page. Work that finishes after she has
//! gone elsewhere must not navigate her away from where she went, nor rewrite its address.
//! Each page is one visit (`app::pages` begins it); work that navigates checks its visit
//! first.

use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    /// The visit on screen: the last one begun.
    static SHOWN: Cell<u64> = const { Cell::new(0) };
}

/// One visit of one routed page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageVisit(Option<u64>);

impl PageVisit {
    /// A new page is being shown; every earlier visit is over.
    pub fn begin() -> Self {
        PageVisit(Some(SHOWN.with(|shown| {
            let next = shown.get() + 1;
            shown.set(next);
            next
        })))
    }

    /// True while this visit's page is the one shown. Outside a routed page (a component
    /// mounted on its own, as in the component tests) there is nothing to leave.
    pub fn is_shown(self) -> bool {
        self.0
            .is_none_or(|mine| SHOWN.with(|shown| shown.get() == mine))
    }
}

/// The visit of the page this component sits in.
pub fn use_page_visit() -> PageVisit {
    use_context::<PageVisit>().unwrap_or(PageVisit(None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visit_ends_when_the_next_begins() {
        let first = PageVisit::begin();
        assert!(first.is_shown());
        let second = PageVisit::begin();
        assert!(!first.is_shown());
        assert!(second.is_shown());
    }

    #[test]
    fn outside_a_routed_page_nothing_is_left() {
        let _ = PageVisit::begin();
        assert!(PageVisit(None).is_shown());
    }
}
