//! The backend contract: one typed client, two backends (REST over the network, or the
//! embedded default inside the browser).

pub mod account;
pub mod career;
pub mod client;
pub mod config;
pub mod contacts;
pub mod embedded;
pub mod look_back;
pub mod notices;
pub mod rest;
pub mod retry;
pub mod sign_in_gate;

pub use client::Client;
pub use okaeri_core::contract::answer::Versioned;
pub use okaeri_core::contract::problem::ApiError;
