//! Per-field validation messages. Messages are i18n keys, so the backend's 422 and the
//! form's inline errors speak the same words.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FieldErrors(pub BTreeMap<String, String>);

impl FieldErrors {
    pub fn add(&mut self, field: &str, key: &str) {
        self.0
            .entry(field.to_string())
            .or_insert_with(|| key.to_string());
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

/// Characters, not bytes: Japanese text is three bytes a character in UTF-8.
pub fn too_long(text: &str, max_chars: usize) -> bool {
    text.chars().count() > max_chars
}

pub fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

pub const NAME_MAX: usize = 40;
pub const LINE_MAX: usize = 120;
pub const TEXT_MAX: usize = 2000;

/// Display name: required, a nickname is fine.
pub fn check_display_name(name: &str, errors: &mut FieldErrors) {
    if blank(name) {
        errors.add("display_name", "error.name_required");
    } else if too_long(name, NAME_MAX) {
        errors.add("display_name", "error.too_long");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_rules() {
        let mut e = FieldErrors::default();
        check_display_name("  ", &mut e);
        assert_eq!(e.get("display_name"), Some("error.name_required"));
        let mut e = FieldErrors::default();
        check_display_name("けい", &mut e);
        assert!(e.is_empty());
        let mut e = FieldErrors::default();
        check_display_name(&"あ".repeat(41), &mut e);
        assert_eq!(e.get("display_name"), Some("error.too_long"));
        // 40 Japanese characters are 120 bytes and still fine.
        let mut e = FieldErrors::default();
        check_display_name(&"あ".repeat(40), &mut e);
        assert!(e.into_result().is_ok());
    }

    #[test]
    fn first_error_per_field_wins() {
        let mut e = FieldErrors::default();
        e.add("title", "a");
        e.add("title", "b");
        assert_eq!(e.get("title"), Some("a"));
    }
}
