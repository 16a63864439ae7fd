//! The one interface the UI talks to: typed calls of the contract, whichever backend
//! answers them. ETags travel with values; creates carry an Idempotency-Key the caller keeps
//! for retries.

use super::config::{Config, DEFAULT_TIMEOUT_MS};
use super::embedded::server::{ChallengeItem, CommentInput, MoveInput};
use super::embedded::EmbeddedBackend;
use super::http::{ApiRequest, ApiResponse, Method};
use super::problem::ApiError;
use super::rest::RestTransport;
use crate::domain::board_filter::encode;
use crate::domain::challenge::{Challenge, ChallengeRequest, Comment, Status};
use crate::domain::endorsement::{Endorsement, EndorsementInput};
use crate::domain::onboarding::OnboardingDraft;
use crate::domain::worker::{Profile, ProfileFields, User};
use serde::{de::DeserializeOwned, Serialize};
use std::cell::RefCell;
use std::rc::Rc;

/// A value together with the ETag to send back when updating it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Versioned<T> {
    pub value: T,
    pub etag: String,
}

enum Transport {
    Rest(RestTransport),
    Embedded(EmbeddedBackend),
}

struct Inner {
    transport: Transport,
    token: RefCell<Option<String>>,
}

#[derive(Clone)]
pub struct Client {
    inner: Rc<Inner>,
}

impl Client {
    pub fn from_config(config: &Config) -> Client {
        let transport = match config.rest_base() {
            Some(base) => Transport::Rest(RestTransport {
                base,
                timeout_ms: config.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS),
            }),
            None => Transport::Embedded(EmbeddedBackend::load()),
        };
        Client {
            inner: Rc::new(Inner {
                transport,
                token: RefCell::new(config.token.clone()),
            }),
        }
    }

    pub fn is_embedded(&self) -> bool {
        matches!(self.inner.transport, Transport::Embedded(_))
    }

    pub fn set_token(&self, token: Option<String>) {
        *self.inner.token.borrow_mut() = token;
    }

    async fn send(&self, mut req: ApiRequest) -> Result<ApiResponse, ApiError> {
        let token = self.inner.token.borrow().clone();
        if let Some(token) = token {
            req = req.header("authorization", format!("Bearer {token}"));
        }
        match &self.inner.transport {
            Transport::Rest(rest) => rest.send(&req).await,
            Transport::Embedded(embedded) => Ok(embedded.send(&req).await),
        }
    }

    async fn call<T: DeserializeOwned>(&self, req: ApiRequest) -> Result<Versioned<T>, ApiError> {
        decode(self.send(req).await?)
    }

    fn with_body<B: Serialize>(req: ApiRequest, body: &B) -> Result<ApiRequest, ApiError> {
        let text = serde_json::to_string(body).map_err(|e| ApiError::Unexpected(e.to_string()))?;
        Ok(req.json_body(text))
    }

    pub async fn session(&self) -> Result<User, ApiError> {
        Ok(self
            .call(ApiRequest::new(Method::Get, "/api/v1/session"))
            .await?
            .value)
    }

    pub async fn list_workers(&self) -> Result<Vec<Profile>, ApiError> {
        Ok(self
            .call(ApiRequest::new(Method::Get, "/api/v1/workers"))
            .await?
            .value)
    }

    pub async fn get_worker(&self, id: &str) -> Result<Versioned<Profile>, ApiError> {
        self.call(ApiRequest::new(
            Method::Get,
            format!("/api/v1/workers/{}", encode(id)),
        ))
        .await
    }

    pub async fn put_worker(
        &self,
        id: &str,
        fields: &ProfileFields,
        etag: &str,
    ) -> Result<Versioned<Profile>, ApiError> {
        let req = ApiRequest::new(Method::Put, format!("/api/v1/workers/{}", encode(id)))
            .header("if-match", etag);
        self.call(Self::with_body(req, fields)?).await
    }

    pub async fn get_onboarding(&self, id: &str) -> Result<Versioned<OnboardingDraft>, ApiError> {
        self.call(ApiRequest::new(
            Method::Get,
            format!("/api/v1/workers/{}/onboarding", encode(id)),
        ))
        .await
    }

    pub async fn put_onboarding(
        &self,
        id: &str,
        draft: &OnboardingDraft,
        etag: &str,
    ) -> Result<Versioned<OnboardingDraft>, ApiError> {
        let req = ApiRequest::new(
            Method::Put,
            format!("/api/v1/workers/{}/onboarding", encode(id)),
        )
        .header("if-match", etag);
        self.call(Self::with_body(req, draft)?).await
    }

    pub async fn complete_onboarding(
        &self,
        id: &str,
        etag: &str,
    ) -> Result<Versioned<Profile>, ApiError> {
        let req = ApiRequest::new(
            Method::Post,
            format!("/api/v1/workers/{}/onboarding/complete", encode(id)),
        )
        .header("if-match", etag);
        self.call(req).await
    }

    pub async fn list_endorsements(&self, worker: &str) -> Result<Vec<Endorsement>, ApiError> {
        Ok(self
            .call(ApiRequest::new(
                Method::Get,
                format!("/api/v1/workers/{}/endorsements", encode(worker)),
            ))
            .await?
            .value)
    }

    pub async fn endorse(
        &self,
        worker: &str,
        input: &EndorsementInput,
        key: &str,
    ) -> Result<Endorsement, ApiError> {
        let req = ApiRequest::new(
            Method::Post,
            format!("/api/v1/workers/{}/endorsements", encode(worker)),
        )
        .header("idempotency-key", key);
        Ok(self.call(Self::with_body(req, input)?).await?.value)
    }

    /// Cards with the ETag each move must send back.
    pub async fn list_challenges_versioned(
        &self,
        worker: Option<&str>,
    ) -> Result<Vec<Versioned<Challenge>>, ApiError> {
        let path = match worker {
            Some(w) => format!("/api/v1/challenges?worker={}", encode(w)),
            None => "/api/v1/challenges".to_string(),
        };
        let items: Vec<ChallengeItem> = self.call(ApiRequest::new(Method::Get, path)).await?.value;
        Ok(items
            .into_iter()
            .map(|i| Versioned {
                value: i.challenge,
                etag: i.etag,
            })
            .collect())
    }

    pub async fn list_challenges(&self, worker: Option<&str>) -> Result<Vec<Challenge>, ApiError> {
        Ok(self
            .list_challenges_versioned(worker)
            .await?
            .into_iter()
            .map(|v| v.value)
            .collect())
    }

    pub async fn get_challenge(&self, id: &str) -> Result<Versioned<Challenge>, ApiError> {
        self.call(ApiRequest::new(
            Method::Get,
            format!("/api/v1/challenges/{}", encode(id)),
        ))
        .await
    }

    pub async fn create_challenge(
        &self,
        request: &ChallengeRequest,
        key: &str,
    ) -> Result<Versioned<Challenge>, ApiError> {
        let req =
            ApiRequest::new(Method::Post, "/api/v1/challenges").header("idempotency-key", key);
        self.call(Self::with_body(req, request)?).await
    }

    pub async fn update_challenge(
        &self,
        id: &str,
        request: &ChallengeRequest,
        etag: &str,
    ) -> Result<Versioned<Challenge>, ApiError> {
        let req = ApiRequest::new(Method::Put, format!("/api/v1/challenges/{}", encode(id)))
            .header("if-match", etag);
        self.call(Self::with_body(req, request)?).await
    }

    pub async fn withdraw_challenge(&self, id: &str, etag: &str) -> Result<(), ApiError> {
        let req = ApiRequest::new(Method::Delete, format!("/api/v1/challenges/{}", encode(id)))
            .header("if-match", etag);
        let response = self.send(req).await?;
        if (200..300).contains(&response.status) {
            Ok(())
        } else {
            Err(error_of(&response))
        }
    }

    pub async fn move_challenge(
        &self,
        id: &str,
        to: Status,
        reason: &str,
        etag: &str,
    ) -> Result<Versioned<Challenge>, ApiError> {
        let req = ApiRequest::new(
            Method::Post,
            format!("/api/v1/challenges/{}/moves", encode(id)),
        )
        .header("if-match", etag);
        self.call(Self::with_body(
            req,
            &MoveInput {
                to: Some(to),
                reason: reason.to_string(),
            },
        )?)
        .await
    }

    pub async fn add_comment(&self, id: &str, text: &str, key: &str) -> Result<Comment, ApiError> {
        let req = ApiRequest::new(
            Method::Post,
            format!("/api/v1/challenges/{}/comments", encode(id)),
        )
        .header("idempotency-key", key);
        Ok(self
            .call(Self::with_body(
                req,
                &CommentInput {
                    text: text.to_string(),
                },
            )?)
            .await?
            .value)
    }
}

fn error_of(response: &ApiResponse) -> ApiError {
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
