//! Her answers, which onboarding asks and わたしの強み edits: the questions in groups, skill
//! levels, hours, work style, a line for each group, and choosing between her version and
//! another device's. Shared by the profile and onboarding chunks, which both add these texts.

pub mod about_you;
pub mod answers;
pub mod availability_editor;
pub mod conflict_choice;
pub mod experience;
pub mod level_picker;
pub mod summaries;
pub mod text_answer;
pub mod texts;
pub mod want_to_try;
pub mod words;
pub mod work_style_card;
pub mod work_style_questions;
