//! Widgets that know nothing of the product: loading, errors, a field's error, a save's state,
//! headings, IME-safe Enter, and showing a view once a signal says so.

pub mod error_panel;
pub mod field_error;
pub mod ime;
pub mod loading;
pub mod page_heading;
pub mod save_status;
pub mod when;
