//! The client's calls for the cards beside a thread: the other side of a card's conversation,
//! and a coordinator's own card.

use super::client::Client;
use okaeri_core::contract::contact_wire::ContactList;
use okaeri_core::contract::http::{ApiRequest, Method};
use okaeri_core::contract::problem::ApiError;
use okaeri_core::domain::board_filter::encode;
use okaeri_core::domain::contact::{Contact, CoordinatorCard};

const CARD: &str = "/api/v1/contact-card";

impl Client {
    /// Who is on the other side of this card's thread, and how to reach them.
    pub async fn thread_contacts(&self, challenge_id: &str) -> Result<Vec<Contact>, ApiError> {
        let path = format!("/api/v1/challenges/{}/contacts", encode(challenge_id));
        let list: ContactList = self.call(ApiRequest::new(Method::Get, path)).await?.value;
        Ok(list.items)
    }

    pub async fn contact_card(&self) -> Result<CoordinatorCard, ApiError> {
        Ok(self.call(ApiRequest::new(Method::Get, CARD)).await?.value)
    }

    pub async fn save_contact_card(
        &self,
        card: &CoordinatorCard,
    ) -> Result<CoordinatorCard, ApiError> {
        let req = Self::with_body(ApiRequest::new(Method::Put, CARD), card)?;
        Ok(self.call(req).await?.value)
    }
}
