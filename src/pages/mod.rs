//! One module per route.

pub mod board;
pub mod challenge;
pub mod home;
pub mod lazy;
pub mod not_found;
pub mod onboarding;
pub mod profile;
pub mod request;
pub mod settings;
pub mod worker;
pub mod worker_card;
pub mod worker_list;
