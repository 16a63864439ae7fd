//! The backend contract: one typed client, two backends (REST over the network, or the
//! embedded default inside the browser).

pub mod client;
pub mod config;
pub mod embedded;
pub mod http;
pub mod problem;
pub mod rest;
pub mod retry;
pub mod sign_in_gate;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz_tests;

pub use client::{Client, Versioned};
pub use problem::ApiError;
