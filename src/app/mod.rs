//! The app shell: the router and the chrome every page sits in (`shell`), the page the
//! address shows (`pages`), how it starts (`start_stages`), and what it gives every page: the
//! app state, the typed routes, the page's own scope and visit, and the loading of feature
//! chunks.

pub mod address_search;
pub mod chunks;
pub mod header;
pub mod lang_switch;
pub mod live_region;
pub mod nav;
pub mod not_found;
pub mod outbox_status;
pub mod page_scope;
pub mod page_visit;
pub mod pages;
pub mod plain_texts;
pub mod role_switch;
pub mod routes;
pub mod session_error;
pub mod shell;
pub mod start_stages;
pub mod state;
pub mod texts;
#[cfg(test)]
mod texts_check;
pub mod updates;

pub use shell::App;
