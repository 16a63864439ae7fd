//! The client's calls for お知らせ: the unread count, the inbox a page at a time, marking read,
//! her choices of when each kind may interrupt her, and this device's system notifications.

use super::client::Client;
use okaeri_core::contract::http::{ApiRequest, Method};
use okaeri_core::contract::notice_wire::{MarkRead, NoticePage, PushKey, PushSubscription, Unread};
use okaeri_core::contract::problem::ApiError;
use okaeri_core::domain::board_filter::encode;
use okaeri_core::domain::notice::NoticeSettings;

const NOTICES: &str = "/api/v1/notifications";
const SETTINGS: &str = "/api/v1/notifications/settings";
const PUSH: &str = "/api/v1/notifications/push";

impl Client {
    /// How many of her notices are unread, and per card how many of its comments.
    pub async fn unread_notices(&self) -> Result<Unread, ApiError> {
        let path = format!("{NOTICES}/count");
        Ok(self.call(ApiRequest::new(Method::Get, path)).await?.value)
    }

    /// Newest first; `cursor` (the last page's `next_cursor`) asks for the page after.
    pub async fn notices(&self, cursor: Option<&str>) -> Result<NoticePage, ApiError> {
        let path = match cursor {
            Some(c) => format!("{NOTICES}?cursor={}", encode(c)),
            None => NOTICES.to_string(),
        };
        Ok(self.call(ApiRequest::new(Method::Get, path)).await?.value)
    }

    /// Marks notices read (`ids`, `all`, or all about a card); answers how many stay unread.
    pub async fn mark_read(&self, which: &MarkRead) -> Result<usize, ApiError> {
        let req = ApiRequest::new(Method::Post, format!("{NOTICES}/read"));
        let count: Unread = self.call(Self::with_body(req, which)?).await?.value;
        Ok(count.unread)
    }

    pub async fn notice_settings(&self) -> Result<NoticeSettings, ApiError> {
        Ok(self
            .call(ApiRequest::new(Method::Get, SETTINGS))
            .await?
            .value)
    }

    pub async fn save_notice_settings(
        &self,
        settings: &NoticeSettings,
    ) -> Result<NoticeSettings, ApiError> {
        let req = Self::with_body(ApiRequest::new(Method::Put, SETTINGS), settings)?;
        Ok(self.call(req).await?.value)
    }

    /// The key this device subscribes with; None when the backend sends no pushes.
    pub async fn push_key(&self) -> Result<Option<String>, ApiError> {
        let key: PushKey = self.call(ApiRequest::new(Method::Get, PUSH)).await?.value;
        Ok(key.public_key)
    }

    /// This device's subscription (the browser's `PushSubscription.toJSON()`), kept.
    pub async fn subscribe_push(&self, subscription: &PushSubscription) -> Result<(), ApiError> {
        let req = Self::with_body(ApiRequest::new(Method::Put, PUSH), subscription)?;
        self.call_done(req).await
    }

    pub async fn unsubscribe_push(&self, endpoint: &str) -> Result<(), ApiError> {
        let path = format!("{PUSH}?endpoint={}", encode(endpoint));
        self.call_done(ApiRequest::new(Method::Delete, path)).await
    }
}
