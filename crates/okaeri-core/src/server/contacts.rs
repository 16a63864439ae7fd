//! Beside a card's thread, the other side's card (`GET /challenges/{id}/contacts`), and a
//! coordinator's own card (`GET|PUT /contact-card`); a worker's card is her profile.

use super::answers::*;
use super::Server;
use crate::contract::contact_wire::ContactList;
use crate::contract::http::ApiRequest;
use crate::domain::contact::{thread_coordinators, Contact, CoordinatorCard};
use crate::domain::worker::{Role, User};
use chrono::{DateTime, Utc};

impl Server {
    pub(super) fn thread_contacts(&self, me: &User, id: &str, now: DateTime<Utc>) -> Reply {
        let challenge = &self.visible_challenge(me, id)?.value;
        let items = match me.role {
            Role::Coordinator => {
                let worker = self.db.user(&challenge.worker_id);
                let profile = self.db.profiles.get(&challenge.worker_id);
                match (worker, profile) {
                    (Some(u), Some(p)) => vec![Contact::of_worker(u, &p.value, now)],
                    _ => Vec::new(),
                }
            }
            Role::Worker => {
                let db = &self.db;
                thread_coordinators(challenge, &db.users, |id| db.coordinator_card(id).is_some())
                    .into_iter()
                    .map(|u| Contact::of_coordinator(u, db.coordinator_card(&u.id)))
                    .collect()
            }
        };
        Ok(json(200, &ContactList { items }, None))
    }

    pub(super) fn get_contact_card(&self, me: &User) -> Reply {
        if me.role != Role::Coordinator {
            return Err(forbidden());
        }
        let card = self.db.coordinator_card(&me.id).cloned();
        Ok(json(200, &card.unwrap_or_default(), None))
    }

    pub(super) fn put_contact_card(&mut self, me: &User, req: &ApiRequest) -> Reply {
        if me.role != Role::Coordinator {
            return Err(forbidden());
        }
        let card: CoordinatorCard = parse(req)?;
        card.validate().map_err(invalid)?;
        self.db.set_coordinator_card(&me.id, card.clone());
        Ok(json(200, &card, None))
    }
}
