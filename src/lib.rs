//! Okaeri: onboarding, a strengths profile and a challenge board for home workers and their
//! coordinators. A Leptos client-side app; see README.md.

pub mod api;
pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod page_scope;
pub mod page_visit;
pub mod pages;
pub mod split;
pub mod start_stages;
pub mod state;
pub mod sync;
