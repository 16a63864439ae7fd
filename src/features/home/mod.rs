//! Home (`/`): the first screen, so it comes with the first download rather than in a chunk.

mod page;
pub mod texts;

pub use page::Home;
