//! The product, one folder per part of it. Each folder but home is one WebAssembly chunk with
//! its own texts, declared in its `mod.rs` (`app::chunks::chunk!`); home comes with the first
//! download. A folder's pages are reached only through the functions its chunk declares.

pub mod board;
pub mod embed;
pub mod home;
pub mod notices;
pub mod onboarding;
pub mod profile;
pub mod settings;
