//! Thin, panic-free wrappers around the browser APIs the app needs.

pub mod dom;
pub mod embed;
#[cfg(feature = "heap-count")]
pub mod heap_count;
pub mod locks;
pub mod random;
pub mod storage;
pub mod tabs;
pub mod unbound;
pub mod window_listener;
pub mod wipe;
pub mod yield_now;
