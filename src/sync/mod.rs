//! Keeping what she types: device copies and autosave to the backend.

pub mod autosave;
pub mod outbox;
pub mod save_state;
pub mod wipe;
