//! 今週できたこと (`/look-back`): her one-minute weekly look back, part of her growth and so of
//! the profile's chunk. Home offers it on the weekday she picked (`offer`, beside 「今日は休みます」),
//! she answers two or three short questions and accepts or dismisses each suggestion with one
//! tap (`page`), and it joins her growth timeline; the day is hers to pick in settings
//! (`day_setting`). The rules are in `okaeri_core::domain::look_back`.

pub mod day_setting;
mod draft;
pub mod offer;
pub mod page;
mod texts;

pub use draft::keep as keep_draft;
pub use texts::{PLAIN, TEXTS};
