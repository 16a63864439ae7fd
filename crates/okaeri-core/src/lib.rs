//! Okaeri's core, shared by the app and the reference backend: the product's rules
//! (`domain`), the backend contract's wire types (`contract`) and the contract server with its
//! demo data (`server`). No Leptos and no web types: everything here is tested natively.

pub mod contract;
pub mod domain;
pub mod server;
