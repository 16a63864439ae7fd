//! A page that reads an app-wide signal through `page_memo` gives back all its memory when it
//! is left; through a plain `Memo` it stays listed by the signal, and keeps its memory, until
//! the signal next changes (reactive_graph 0.2). Counted by a counting allocator, so this
//! guards the leak `make leaks` found (see README, "Speed and size").
//! A view that only tracks a page memo (`track()`, as `AppState::track_data` does) still hears
//! when the app-wide signal changes.

use leptos::prelude::*;
use okaeri::app::page_scope::page_memo;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

thread_local! {
    // Per thread, so the test harness's own threads do not count.
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

fn count(bytes: isize) {
    let _ = LIVE.try_with(|live| live.set(live.get() + bytes));
}

struct Counting;

// SAFETY: every call goes unchanged to the system allocator; only a counter is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        System.dealloc(block, layout)
    }
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        count(size as isize - layout.size() as isize);
        System.realloc(block, layout, size)
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

fn live() -> isize {
    LIVE.with(Cell::get)
}

/// Bytes still allocated after `visits` pages each read the app-wide `lang` with `read`
/// and were left (their owner dropped, as the router does on navigation). Reads are untracked
/// here (no view to track them), which still subscribes each memo to `lang`.
fn left_behind(visits: usize, read: fn(RwSignal<u32>)) -> isize {
    let lang = RwSignal::new(0_u32);
    // Warm up: the signal's subscriber list and the arena reach their working size.
    for _ in 0..8 {
        let page = Owner::new();
        page.with(|| read(lang));
    }
    let before = live();
    for _ in 0..visits {
        let page = Owner::new();
        page.with(|| read(lang));
    }
    live() - before
}

#[test]
fn a_page_memo_lets_go_of_the_app_wide_signal_when_the_page_is_left() {
    let visits = 200;
    let plain = left_behind(visits, |lang| {
        let text = Memo::new(move |_| lang.get());
        text.get_untracked();
    });
    let scoped = left_behind(visits, |lang| {
        let text = page_memo(move || lang.get());
        text.get_untracked();
    });
    // The counter sees the leak it guards against: at least 32 bytes a visit.
    assert!(
        plain >= 32 * visits as isize,
        "a plain memo left {plain} bytes after {visits} visits"
    );
    assert!(
        scoped < 4 * visits as isize,
        "page_memo left {scoped} bytes after {visits} visits (a plain memo: {plain})"
    );
}

#[test]
fn a_view_that_only_tracks_a_page_memo_hears_when_the_app_wide_signal_changes() {
    let page = Owner::new();
    page.with(|| {
        let read_marked = RwSignal::new(0_u64);
        let seen = page_memo(move || read_marked.get());
        // A memo stands in for the board's unread-comments resource: it tracks without reading.
        let runs = StoredValue::new(0_u32);
        let view = Memo::new(move |_| {
            seen.track();
            runs.update_value(|r| *r += 1);
            runs.get_value()
        });
        assert_eq!(view.get_untracked(), 1);
        read_marked.set(1);
        assert_eq!(
            view.get_untracked(),
            2,
            "the view was not told that the app-wide signal changed"
        );
    });
}
