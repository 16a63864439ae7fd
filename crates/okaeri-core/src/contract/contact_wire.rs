//! The body of `GET /challenges/{id}/contacts`: the other side of a card's thread.

use crate::domain::contact::Contact;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactList {
    pub items: Vec<Contact>,
}
