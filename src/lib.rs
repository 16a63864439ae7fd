//! Okaeri: onboarding, a strengths profile and a challenge board for home workers and their
//! coordinators. A Leptos client-side app; see README.md and docs/architecture.md.
//!
//! Layers, each using only those below it: `app` (the shell: router, start, state) →
//! `features` (one folder per part of the product, one chunk each) → `ui` (widgets that know
//! nothing of the product) → `api`, `sync`, `i18n` → `platform` (the browser) → `okaeri_core`.

pub mod api;
pub mod app;
pub mod features;
pub mod i18n;
pub mod platform;
pub mod sync;
pub mod ui;
