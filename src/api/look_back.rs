//! The client's calls for her weekly look back.

use super::client::Client;
use okaeri_core::contract::http::{ApiRequest, Method};
use okaeri_core::contract::problem::ApiError;
use okaeri_core::domain::board_filter::encode;
use okaeri_core::domain::look_back::{LookBackInput, LookBacks};

pub fn look_backs_path(worker: &str) -> String {
    format!("/api/v1/workers/{}/look-backs", encode(worker))
}

impl Client {
    /// Her look backs, her week as the backend counts it, and whether home offers it today.
    pub async fn look_backs(&self, worker: &str) -> Result<LookBacks, ApiError> {
        let req = ApiRequest::new(Method::Get, look_backs_path(worker));
        Ok(self.call(req).await?.value)
    }

    /// Settles her week: her answers and accepted suggestions, or a skip; `key` is the
    /// Idempotency-Key kept for retries.
    pub async fn settle_look_back(
        &self,
        worker: &str,
        input: &LookBackInput,
        key: &str,
    ) -> Result<LookBacks, ApiError> {
        let req =
            ApiRequest::new(Method::Post, look_backs_path(worker)).header("idempotency-key", key);
        Ok(self.call(Self::with_body(req, input)?).await?.value)
    }

    /// The weekday her look back is offered from (1 = Monday … 7 = Sunday).
    pub async fn set_look_back_day(&self, worker: &str, day: u8) -> Result<LookBacks, ApiError> {
        let path = format!("/api/v1/workers/{}/look-back-plan", encode(worker));
        let req = ApiRequest::new(Method::Put, path);
        let body = serde_json::json!({ "day": day });
        Ok(self.call(Self::with_body(req, &body)?).await?.value)
    }
}
