//! The client's calls for お知らせ: the unread count, the inbox a page at a time, marking read,
//! and her choices of when each kind may interrupt her.

use super::client::Client;
use okaeri_core::contract::http::{ApiRequest, Method};
use okaeri_core::contract::notice_wire::{MarkRead, NoticePage, Unread};
use okaeri_core::contract::problem::ApiError;
use okaeri_core::domain::board_filter::encode;
use okaeri_core::domain::notice::NoticeSettings;

const NOTICES: &str = "/api/v1/notifications";
const SETTINGS: &str = "/api/v1/notifications/settings";

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
}
