//! The one interface the UI talks to: typed calls of the contract, whichever backend
//! answers them. ETags travel with values; creates carry an Idempotency-Key the caller keeps
//! for retries.

use super::config::{Config, DEFAULT_TIMEOUT_MS};
use super::rest::RestTransport;
use super::retry::in_progress_delay_ms;
use super::sign_in_gate::SignInGate;
use okaeri_core::contract::answer::{decode, error_of, Versioned};
use okaeri_core::contract::bodies::{
    ChallengeItem, CommentInput, MoveInput, SignInInput, SignedIn,
};
use okaeri_core::contract::http::{ApiRequest, ApiResponse, Method};
use okaeri_core::contract::problem::ApiError;
use okaeri_core::domain::board_filter::encode;
use okaeri_core::domain::challenge::{Challenge, ChallengeRequest, Comment, Status};
use okaeri_core::domain::days_off::{DayOff, DayOffInput};
use okaeri_core::domain::endorsement::{Endorsement, EndorsementInput};
use okaeri_core::domain::onboarding::OnboardingDraft;
use okaeri_core::domain::summary::{ChallengeSummary, ProfileSummary};
use okaeri_core::domain::worker::{Profile, ProfileFields, User};
use serde::{de::DeserializeOwned, Serialize};
use std::cell::RefCell;
use std::rc::Rc;

const SESSION_PATH: &str = "/api/v1/session";
/// Where new challenges are POSTed (the outbox keeps the path with each write).
pub const CHALLENGES_PATH: &str = "/api/v1/challenges";

pub fn comments_path(challenge_id: &str) -> String {
    format!("/api/v1/challenges/{}/comments", encode(challenge_id))
}

/// Where her days off are POSTed (the outbox keeps the path with each write).
pub fn days_off_path(worker: &str) -> String {
    format!("/api/v1/workers/{}/days-off", encode(worker))
}

enum Transport {
    Rest(RestTransport),
    Embedded,
}

struct Inner {
    transport: Transport,
    token: RefCell<Option<String>>,
    sign_in: SignInGate,
    /// Who the session belongs to, once known: a request waiting on a 401 is sent again only
    /// for the same person, never under someone else's sign-in.
    signed_in_as: RefCell<Option<String>>,
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
            None => Transport::Embedded,
        };
        Client {
            inner: Rc::new(Inner {
                transport,
                token: RefCell::new(config.token.clone()),
                sign_in: SignInGate::default(),
                signed_in_as: RefCell::new(None),
            }),
        }
    }

    pub fn is_embedded(&self) -> bool {
        matches!(self.inner.transport, Transport::Embedded)
    }

    pub fn set_token(&self, token: Option<String>) {
        *self.inner.token.borrow_mut() = token;
    }

    /// Called when a request needs her to sign in again; see [`Client::sign_in`].
    pub fn on_sign_in_needed(&self, show: impl Fn() + 'static) {
        self.inner.sign_in.set_on_needed(std::rc::Rc::new(show));
    }

    /// Sends a request; a 401 waits for her to sign in again and a 409 on a create backs off,
    /// then the same request (same Idempotency-Key) goes again.
    async fn send(&self, req: ApiRequest) -> Result<ApiResponse, ApiError> {
        let is_sign_in = req.method == Method::Post && req.path == SESSION_PATH;
        let is_create = req.get_header("idempotency-key").is_some();
        let mut in_progress_tries = 0;
        loop {
            let response = self.send_once(req.clone()).await?;
            match response.status {
                401 if !is_sign_in && !self.is_embedded() => {
                    if !self.inner.sign_in.wait().await {
                        return Ok(response);
                    }
                }
                409 if is_create => {
                    let retry_after = response
                        .get_header("retry-after")
                        .and_then(|v| v.trim().parse().ok());
                    match in_progress_delay_ms(in_progress_tries, retry_after) {
                        Some(ms) => gloo_timers::future::TimeoutFuture::new(ms).await,
                        None => return Ok(response),
                    }
                    in_progress_tries += 1;
                }
                _ => return Ok(response),
            }
        }
    }

    async fn send_once(&self, mut req: ApiRequest) -> Result<ApiResponse, ApiError> {
        let token = self.inner.token.borrow().clone();
        if let Some(token) = token {
            req = req.header("authorization", format!("Bearer {token}"));
        }
        match &self.inner.transport {
            Transport::Rest(rest) => rest.send(&req).await,
            Transport::Embedded => {
                super::embedded::prepare()
                    .await
                    .map_err(|_| ApiError::Offline)?;
                // A task of its own, as the answer would come over the network.
                gloo_timers::future::TimeoutFuture::new(0).await;
                super::embedded::answer(req)
                    .await
                    .map_err(|_| ApiError::Offline)
            }
        }
    }

    /// Signs in with the code her company gave her; requests waiting on a 401 then resume.
    pub async fn sign_in(&self, code: &str) -> Result<User, ApiError> {
        let req = Self::with_body(
            ApiRequest::new(Method::Post, SESSION_PATH),
            &SignInInput {
                code: code.trim().to_string(),
            },
        )?;
        let signed_in: SignedIn = self.call(req).await?.value;
        self.set_token(Some(signed_in.token));
        self.now_signed_in_as(&signed_in.user.id);
        Ok(signed_in.user)
    }

    /// Who the backend last said is signed in (`session`, `sign_in`).
    pub fn signed_in_as(&self) -> Option<String> {
        self.inner.signed_in_as.borrow().clone()
    }

    /// Wakes the requests waiting on a 401: sent again if the same person is back; given up
    /// (ending in 401, their input kept) if someone else signed in on this device.
    fn now_signed_in_as(&self, user: &str) {
        let before = self.inner.signed_in_as.replace(Some(user.to_string()));
        let same = before.as_deref().is_none_or(|b| b == user);
        self.inner.sign_in.release(same);
    }

    /// She signed in some other way (the company's sign-in page set a cookie): ask who is
    /// signed in now, then wake what waits as [`Client::sign_in`] does.
    pub async fn signed_in_elsewhere(&self) {
        let asked = self
            .send_once(ApiRequest::new(Method::Get, SESSION_PATH))
            .await
            .and_then(decode::<User>);
        match asked {
            Ok(user) => self.now_signed_in_as(&user.value.id),
            // Not signed in after all: what waits tries again and asks once more.
            Err(_) => self.inner.sign_in.release(true),
        }
    }

    /// She chose not to sign in now: waiting requests end with 401 and keep their input.
    pub fn cancel_sign_in(&self) {
        self.inner.sign_in.release(false);
    }

    pub fn sign_in_pending(&self) -> bool {
        self.inner.sign_in.is_waiting()
    }

    pub(super) async fn call<T: DeserializeOwned>(
        &self,
        req: ApiRequest,
    ) -> Result<Versioned<T>, ApiError> {
        decode(self.send(req).await?)
    }

    /// A call answered with no body (204): done, or why not.
    pub(super) async fn call_done(&self, req: ApiRequest) -> Result<(), ApiError> {
        let response = self.send(req).await?;
        if (200..300).contains(&response.status) {
            Ok(())
        } else {
            Err(error_of(&response))
        }
    }

    pub(super) fn with_body<B: Serialize>(
        req: ApiRequest,
        body: &B,
    ) -> Result<ApiRequest, ApiError> {
        let text = serde_json::to_string(body).map_err(|e| ApiError::Unexpected(e.to_string()))?;
        Ok(req.json_body(text))
    }

    /// Ends her session on the backend (`DELETE /session`); no sign-in is asked for.
    pub async fn sign_out(&self) -> Result<(), ApiError> {
        let response = self
            .send_once(ApiRequest::new(Method::Delete, SESSION_PATH))
            .await?;
        if (200..300).contains(&response.status) {
            Ok(())
        } else {
            Err(error_of(&response))
        }
    }

    pub async fn session(&self) -> Result<User, ApiError> {
        let user: User = self
            .call(ApiRequest::new(Method::Get, SESSION_PATH))
            .await?
            .value;
        self.inner.signed_in_as.replace(Some(user.id.clone()));
        Ok(user)
    }

    pub async fn list_workers(&self) -> Result<Vec<Profile>, ApiError> {
        Ok(self
            .call(ApiRequest::new(Method::Get, "/api/v1/workers"))
            .await?
            .value)
    }

    pub async fn get_worker(&self, id: &str) -> Result<Versioned<Profile>, ApiError> {
        self.get_worker_as(id).await
    }

    /// Her name and whether she has onboarded, as the home screen shows them.
    pub async fn worker_summary(&self, id: &str) -> Result<ProfileSummary, ApiError> {
        Ok(self.get_worker_as(id).await?.value)
    }

    /// `GET /workers/{id}`, read as the whole profile or as what a screen shows of it.
    async fn get_worker_as<T: DeserializeOwned>(&self, id: &str) -> Result<Versioned<T>, ApiError> {
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

    /// Her endorsements, those of her own skills too.
    pub async fn list_endorsements(&self, worker: &str) -> Result<Vec<Endorsement>, ApiError> {
        Ok(self
            .call(ApiRequest::new(
                Method::Get,
                format!(
                    "/api/v1/workers/{}/endorsements?include=own_skills",
                    encode(worker)
                ),
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

    /// 「今日は休みます」 or planned days off; `key` is the Idempotency-Key kept for retries.
    pub async fn take_day_off(
        &self,
        worker: &str,
        input: &DayOffInput,
        key: &str,
    ) -> Result<DayOff, ApiError> {
        let req =
            ApiRequest::new(Method::Post, days_off_path(worker)).header("idempotency-key", key);
        Ok(self.call(Self::with_body(req, input)?).await?.value)
    }

    /// Undoes a day off. One already gone (another device undid it) is no failure.
    pub async fn remove_day_off(&self, worker: &str, id: &str) -> Result<(), ApiError> {
        let path = format!("{}/{}", days_off_path(worker), encode(id));
        let response = self.send(ApiRequest::new(Method::Delete, path)).await?;
        if (200..300).contains(&response.status) || response.status == 404 {
            Ok(())
        } else {
            Err(error_of(&response))
        }
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

    /// Her challenges' titles and statuses, as the home screen lists them.
    pub async fn challenge_summaries(&self) -> Result<Vec<ChallengeSummary>, ApiError> {
        Ok(self
            .call(ApiRequest::new(Method::Get, CHALLENGES_PATH))
            .await?
            .value)
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
        let req = ApiRequest::new(Method::Post, CHALLENGES_PATH).header("idempotency-key", key);
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
        let req = ApiRequest::new(Method::Post, comments_path(id)).header("idempotency-key", key);
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

impl Client {
    /// Sends a create the outbox kept: the same path, body and Idempotency-Key as the first try.
    pub async fn send_queued(&self, path: &str, body: &str, key: &str) -> Result<(), ApiError> {
        let req = ApiRequest::new(Method::Post, path)
            .header("idempotency-key", key)
            .json_body(body.to_string());
        let response = self.send(req).await?;
        if (200..300).contains(&response.status) {
            Ok(())
        } else {
            Err(error_of(&response))
        }
    }
}
