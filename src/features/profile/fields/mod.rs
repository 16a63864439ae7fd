//! The profile's fields, which onboarding asks and わたしの強み edits: skill levels, hours,
//! work style, and choosing between her version and another device's. Shared by the profile
//! and onboarding chunks, which both add these texts.

pub mod availability_editor;
pub mod conflict_choice;
pub mod level_picker;
pub mod texts;
pub mod words;
pub mod work_style_card;
