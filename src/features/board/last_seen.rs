//! The board as she last saw it, drawn at once when she comes back to it while a fresh copy is
//! asked for; the fresh copy replaces it the moment it arrives (and changes nothing on screen
//! when nothing changed). Kept in memory for the same person and the same data version only:
//! after a write of hers (a moved card, a sent request) the board waits for the backend's
//! answer, so she never sees her own change undone for a moment.

use crate::app::state::AppState;
use leptos::prelude::GetUntracked;
use okaeri_core::contract::answer::Versioned;
use okaeri_core::domain::challenge::Challenge;
use std::cell::RefCell;
use std::sync::Arc;

/// Shared, so a keystroke moves pointers, not whole challenges.
pub type Card = Arc<Versioned<Challenge>>;

/// Whose board it was, at which data version.
type Key = (String, u64);

thread_local! {
    static LAST: RefCell<Option<(Key, Vec<Card>)>> = const { RefCell::new(None) };
}

/// Who she is and the data version now, read without tracking; `None` until she is known.
pub fn key(app: AppState) -> Option<Key> {
    let user = app.user_untracked()?;
    Some((user.id, app.data_version().get_untracked()))
}

/// Keeps the cards she was given for `key`. Her cards equal to those already kept stay as they
/// are and only the version follows, so a visit where nothing changed keeps nothing new.
pub fn keep(key: Key, cards: &[Card]) {
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        match last.as_mut() {
            Some(((user, version), kept)) if *user == key.0 && kept.as_slice() == cards => {
                *version = key.1
            }
            _ => *last = Some((key, cards.to_vec())),
        }
    });
}

/// The cards last kept, if they were kept for `key`.
pub fn get(key: &Key) -> Option<Vec<Card>> {
    LAST.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(kept, _)| kept == key)
            .map(|(_, cards)| cards.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use okaeri_core::domain::challenge::ChallengeRequest;
    use okaeri_core::domain::worker::{Role, User};

    fn card(id: &str) -> Card {
        let sana = User {
            id: String::from("w-sana"),
            name: String::from("さな"),
            role: Role::Worker,
        };
        let value = Challenge::new(
            id.to_string(),
            &sana,
            ChallengeRequest::default(),
            chrono::Utc::now(),
        );
        Arc::new(Versioned {
            value,
            etag: String::from("\"v1\""),
        })
    }

    #[test]
    fn only_the_same_person_at_the_same_version_gets_them_back() {
        let key = (String::from("w-sana"), 3);
        keep(key.clone(), &[card("ch1")]);
        assert_eq!(get(&key).map(|c| c.len()), Some(1));
        assert_eq!(get(&(String::from("w-kei"), 3)), None);
        assert_eq!(get(&(String::from("w-sana"), 4)), None);
    }

    #[test]
    fn equal_cards_kept_again_stay_the_first_copy_for_the_new_version() {
        let cards = [card("ch1"), card("ch2")];
        let copy: Vec<Card> = cards.iter().map(|c| Arc::new((**c).clone())).collect();
        keep((String::from("w-sana"), 1), &cards);
        keep((String::from("w-sana"), 2), &copy);
        let kept = get(&(String::from("w-sana"), 2)).unwrap_or_default();
        assert!(kept.iter().zip(&cards).all(|(a, b)| Arc::ptr_eq(a, b)));
        assert_eq!(get(&(String::from("w-sana"), 1)), None);
    }
}
