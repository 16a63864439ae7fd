//! Pure Rust: the product's models and rules. No web types here, so everything is tested
//! natively and the same rules serve the embedded backend and any Rust backend.

pub mod availability;
pub mod board_filter;
pub mod career;
pub mod challenge;
pub mod conflict;
pub mod contact;
pub mod date;
pub mod days_off;
pub mod endorsement;
pub mod fold;
pub mod her_record;
pub mod look_back;
pub mod notice;
pub mod onboarding;
pub mod quiet_hours;
pub mod skill;
pub mod skill_ref;
pub mod strengths;
pub mod summary;
pub mod timestamp;
pub mod validation;
pub mod worker;
pub mod worker_search;
