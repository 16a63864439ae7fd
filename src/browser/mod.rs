//! Thin, panic-free wrappers around the browser APIs the app needs.

pub mod dom;
pub mod embed;
pub mod random;
pub mod storage;
pub mod window_listener;
pub mod wipe;
