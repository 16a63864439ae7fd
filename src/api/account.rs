//! The client's calls for her own account: her record to take with her, and deleting it.

use super::client::Client;
use okaeri_core::contract::http::{ApiRequest, Method};
use okaeri_core::contract::problem::ApiError;
use okaeri_core::domain::board_filter::encode;
use okaeri_core::domain::her_record::HerRecord;

impl Client {
    /// Everything kept about her work, as of now. Any part that cannot be read fails the whole:
    /// a record with a part silently missing would not be hers.
    pub async fn her_record(&self, worker_id: &str) -> Result<HerRecord, ApiError> {
        let profile = self.get_worker(worker_id).await?.value;
        let endorsements = self.list_endorsements(worker_id).await?;
        let challenges = self.list_challenges(Some(worker_id)).await?;
        let look_backs = self.look_backs(worker_id).await?.items;
        let mut record = HerRecord::new(profile, endorsements, challenges, chrono::Utc::now());
        record.look_backs = look_backs;
        Ok(record)
    }

    /// Deletes her account and everything of hers on the backend.
    pub async fn delete_account(&self, worker_id: &str) -> Result<(), ApiError> {
        let path = format!("/api/v1/workers/{}", encode(worker_id));
        self.call_done(ApiRequest::new(Method::Delete, path)).await
    }
}
