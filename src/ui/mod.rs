//! Widgets that know nothing of the product: loading, errors, a field's error, a save's state,
//! headings, IME-safe Enter, showing a view once a signal says so, and a value a task brings.

pub mod error_panel;
pub mod field_error;
pub mod ime;
pub mod loaded;
pub mod loading;
pub mod page_heading;
pub mod save_status;
pub mod when;
