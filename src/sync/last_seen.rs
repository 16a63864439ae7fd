//! When she last looked at each challenge, kept on this device, for "new comments".

use crate::platform::storage;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

fn key(user: &str) -> String {
    format!("seen.{user}")
}

pub fn all(user: &str) -> BTreeMap<String, DateTime<Utc>> {
    storage::get_json(&key(user)).unwrap_or_default()
}

pub fn mark(user: &str, challenge: &str, at: DateTime<Utc>) {
    let mut seen = all(user);
    seen.insert(challenge.to_string(), at);
    storage::set_json(&key(user), &seen);
}
