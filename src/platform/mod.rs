//! Thin, panic-free wrappers around the browser APIs the app needs. Nothing here knows a
//! screen or the product.

pub mod app_badge;
pub mod dom;
pub mod first_screen;
#[cfg(feature = "heap-count")]
pub mod heap_count;
pub mod locks;
pub mod push;
pub mod random;
pub mod split;
pub mod storage;
pub mod tabs;
pub mod unbound;
pub mod window_listener;
pub mod yield_now;
