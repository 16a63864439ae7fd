//! Reading an answer: a 2xx body as the contract's type with its ETag, anything else as a
//! typed [`ApiError`]. Shared by the app's client and the contract tests.

use super::http::ApiResponse;
use super::problem::ApiError;
use serde::de::DeserializeOwned;

/// A value together with the ETag to send back when updating it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Versioned<T> {
    pub value: T,
    pub etag: String,
}

/// The typed error a non-2xx answer stands for.
pub fn error_of(response: &ApiResponse) -> ApiError {
    let retry_after = response
        .get_header("retry-after")
        .and_then(|v| v.trim().parse().ok());
    ApiError::from_status(response.status, &response.body, retry_after)
}

/// A 2xx body must parse as the contract's type; anything else is a typed error, never a panic.
pub fn decode<T: DeserializeOwned>(response: ApiResponse) -> Result<Versioned<T>, ApiError> {
    if !(200..300).contains(&response.status) {
        return Err(error_of(&response));
    }
    let value =
        serde_json::from_str(&response.body).map_err(|e| ApiError::Unexpected(e.to_string()))?;
    let etag = response.get_header("etag").unwrap_or_default().to_string();
    Ok(Versioned { value, etag })
}
