//! The client's call for the next roles she could grow into (a path to regular employment).

use super::client::Client;
use okaeri_core::contract::http::{ApiRequest, Method};
use okaeri_core::contract::problem::ApiError;
use okaeri_core::domain::career::NextRole;

impl Client {
    /// The company's next roles and what each asks for.
    pub async fn roles(&self) -> Result<Vec<NextRole>, ApiError> {
        Ok(self
            .call(ApiRequest::new(Method::Get, "/api/v1/roles"))
            .await?
            .value)
    }
}
