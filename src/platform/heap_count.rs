//! Diagnostics only (`--features heap-count`, used by `make leaks`): a global allocator that
//! counts the live heap and, when asked, tells JavaScript about every block it hands out and
//! takes back, so a script can see which code left memory behind after a page was left.
//! Never in a normal build: it costs a call into JavaScript per allocation while tracking.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering::Relaxed};
use wasm_bindgen::prelude::*;

static LIVE_BYTES: AtomicIsize = AtomicIsize::new(0);
static LIVE_BLOCKS: AtomicIsize = AtomicIsize::new(0);
static TRACKING: AtomicBool = AtomicBool::new(false);

thread_local! {
    // The JavaScript hooks must not be re-entered by an allocation they cause themselves.
    static IN_HOOK: Cell<bool> = const { Cell::new(false) };
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = globalThis, js_name = okaeriHeapAlloc)]
    fn hook_alloc(address: u32, size: u32);
    #[wasm_bindgen(js_namespace = globalThis, js_name = okaeriHeapFree)]
    fn hook_free(address: u32);
}

fn report(hook: impl FnOnce()) {
    if TRACKING.load(Relaxed) && !IN_HOOK.with(|h| h.replace(true)) {
        hook();
        IN_HOOK.with(|h| h.set(false));
    }
}

struct Counting;

// SAFETY: every call is passed on unchanged to the system allocator; only counters and
// reports are added around it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let block = System.alloc(layout);
        LIVE_BYTES.fetch_add(layout.size() as isize, Relaxed);
        LIVE_BLOCKS.fetch_add(1, Relaxed);
        report(|| hook_alloc(block as u32, layout.size() as u32));
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size() as isize, Relaxed);
        LIVE_BLOCKS.fetch_sub(1, Relaxed);
        report(|| hook_free(block as u32));
        System.dealloc(block, layout)
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        let moved = System.realloc(block, layout, size);
        LIVE_BYTES.fetch_add(size as isize - layout.size() as isize, Relaxed);
        report(|| {
            hook_free(block as u32);
            hook_alloc(moved as u32, size as u32);
        });
        moved
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// Bytes currently allocated on the Rust heap (a raw export, read by `tests/bench/leaks.mjs`).
#[no_mangle]
pub extern "C" fn okaeri_heap_bytes() -> f64 {
    LIVE_BYTES.load(Relaxed) as f64
}

/// Blocks currently allocated on the Rust heap.
#[no_mangle]
pub extern "C" fn okaeri_heap_blocks() -> f64 {
    LIVE_BLOCKS.load(Relaxed) as f64
}

/// Starts (1) or stops (0) reporting each allocation to `globalThis.okaeriHeapAlloc/Free`.
#[no_mangle]
pub extern "C" fn okaeri_heap_track(on: u32) {
    TRACKING.store(on != 0, Relaxed);
}
