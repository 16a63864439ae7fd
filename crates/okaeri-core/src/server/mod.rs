//! The backend contract (public/openapi.yaml) implemented over a [`Db`], in pure Rust.
//!
//! The embedded default runs it in the browser; the reference backend serves it over real
//! HTTP. Either way the domain rules are the ones in `crate::domain`, written once.

mod account;
mod answers;
mod challenges;
mod contacts;
mod days_off;
pub mod db;
mod look_backs;
mod notices;
mod onboarding;
mod push;
mod request;
pub mod seed;
mod sessions;
mod workers;

#[cfg(test)]
mod account_tests;
#[cfg(test)]
mod contact_tests;
#[cfg(test)]
mod contract_tests;
#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod look_back_tests;
#[cfg(test)]
mod notice_tests;
#[cfg(test)]
mod test_support;

use crate::contract::http::{ApiRequest, ApiResponse, Method};
use crate::domain::worker::User;
use answers::*;
use chrono::{DateTime, Utc};
use db::{Db, Replay};
pub use request::is_in_touch;
use request::*;

/// How long a minted session holds: a working day and then some.
pub const SESSION_HOURS: i64 = 12;

/// Makes a fresh, unguessable session token.
pub type Minter = Box<dyn FnMut() -> String>;

pub struct Server {
    pub db: Db,
    /// Set on a real server: each sign-in mints its own session. Without one (the embedded
    /// demo, all in her own browser) the sign-in code is the token.
    minter: Option<Minter>,
    /// The key browsers subscribe to pushes with, on a deployment that sends them.
    push_public_key: Option<String>,
}

impl Server {
    pub fn new(db: Db) -> Self {
        Server {
            db,
            minter: None,
            push_public_key: None,
        }
    }

    /// A server whose sign-ins mint sessions with `mint`, each holding [`SESSION_HOURS`].
    pub fn minting_sessions(db: Db, mint: Minter) -> Self {
        Server {
            db,
            minter: Some(mint),
            push_public_key: None,
        }
    }

    /// A server whose deployment sends system notifications, subscribed to with this key.
    pub fn sending_pushes(mut self, public_key: String) -> Self {
        self.push_public_key = Some(public_key);
        self
    }

    /// Answers one request. Never panics: every failure is a problem+json response.
    pub fn handle(&mut self, req: &ApiRequest, now: DateTime<Utc>) -> ApiResponse {
        if is_in_touch(&req.path) {
            self.handle_in_touch(req, now)
        } else if req.method == Method::Get {
            self.handle_read(req, now)
        } else {
            self.handle_write(req, now)
        }
    }

    /// A GET. Kept apart from the writes so that code answering only reads never reaches the
    /// readers of request bodies: the embedded default's first screen fetches just this half.
    pub fn handle_read(&mut self, req: &ApiRequest, now: DateTime<Utc>) -> ApiResponse {
        match self.read(req, now) {
            Ok(r) | Err(r) => r,
        }
    }

    /// Any other method: a sign-in, a create, a change or a withdrawal.
    pub fn handle_write(&mut self, req: &ApiRequest, now: DateTime<Utc>) -> ApiResponse {
        match self.write(req, now) {
            Ok(r) | Err(r) => r,
        }
    }

    /// What no first screen asks for, read or written: お知らせ (`/notifications…`), the cards
    /// beside a thread (`/contact-card`, `/challenges/{id}/contacts`) and the next roles
    /// (`/roles`). Apart from both halves.
    pub fn handle_in_touch(&mut self, req: &ApiRequest, now: DateTime<Utc>) -> ApiResponse {
        let answer = self.me(req, now).and_then(|me| {
            use Method::*;
            match (req.method, segments(&req.path).as_slice()) {
                (Get, ["notifications"]) => {
                    self.remind_look_back(&me, now);
                    self.list_notices(&me, &req.path)
                }
                (Get, ["notifications", "count"]) => {
                    self.remind_look_back(&me, now);
                    self.count_notices(&me)
                }
                (Post, ["notifications", "read"]) => self.mark_read(&me, req),
                (Get, ["notifications", "settings"]) => self.get_notice_settings(&me),
                (Put, ["notifications", "settings"]) => self.put_notice_settings(&me, req),
                (Get, ["notifications", "push"]) => self.push_key(),
                (Put, ["notifications", "push"]) => self.subscribe(&me, req),
                (Delete, ["notifications", "push"]) => self.unsubscribe(&me, &req.path),
                (Get, ["contact-card"]) => self.get_contact_card(&me),
                (Put, ["contact-card"]) => self.put_contact_card(&me, req),
                (Post, ["workers", id, "look-backs"]) => {
                    self.idempotent(&me, req, |s| s.settle_look_back(&me, id, req, now))
                }
                (Get, ["workers", id, "look-backs"]) => self.get_look_backs(&me, id, now),
                (Put, ["workers", id, "look-back-plan"]) => {
                    self.put_look_back_plan(&me, id, req, now)
                }
                (Get, ["challenges", id, "contacts"]) => self.thread_contacts(&me, id, now),
                // A company's backend answers with its own catalogue.
                (Get, ["roles"]) => Ok(json(200, &crate::domain::career::default_roles(), None)),
                _ => Err(not_found()),
            }
        });
        match answer {
            Ok(r) | Err(r) => r,
        }
    }

    /// The session: a bearer token, or the `okaeri_session` cookie (same origin or intranet).
    fn me(&self, req: &ApiRequest, now: DateTime<Utc>) -> Result<User, ApiResponse> {
        self.db
            .user_by_token(session_token(req), now)
            .cloned()
            .ok_or_else(|| problem(401, "Unauthorized", "Sign in again."))
    }

    fn read(&mut self, req: &ApiRequest, now: DateTime<Utc>) -> Reply {
        let me = self.me(req, now)?;
        match segments(&req.path).as_slice() {
            ["session"] => Ok(json(200, &me, None)),
            ["workers"] => self.list_workers(&me),
            ["workers", id] => self.get_worker(&me, id),
            ["workers", id, "onboarding"] => self.get_draft(&me, id),
            ["workers", id, "endorsements"] => self.list_endorsements(&me, id, &req.path),
            ["challenges"] => self.list_challenges(&me, &req.path),
            ["challenges", id] => self.get_challenge(&me, id),
            _ => Err(not_found()),
        }
    }

    fn write(&mut self, req: &ApiRequest, now: DateTime<Utc>) -> Reply {
        let segments = segments(&req.path);
        use Method::*;
        match (req.method, segments.as_slice()) {
            (Post, ["session"]) => return self.sign_in(req, now),
            (Delete, ["session"]) => return self.sign_out(req),
            _ => {}
        }
        let me = self.me(req, now)?;
        match (req.method, segments.as_slice()) {
            (Put, ["workers", id]) => self.put_worker(&me, id, req, now),
            (Delete, ["workers", id]) => self.delete_worker(&me, id),
            (Put, ["workers", id, "onboarding"]) => self.put_draft(&me, id, req, now),
            (Post, ["workers", id, "onboarding", "complete"]) => {
                self.complete_draft(&me, id, req, now)
            }
            (Post, ["workers", id, "days-off"]) => {
                self.idempotent(&me, req, |s| s.take_day_off(&me, id, req, now))
            }
            (Delete, ["workers", id, "days-off", day_off]) => self.remove_day_off(&me, id, day_off),
            (Post, ["workers", id, "endorsements"]) => {
                self.idempotent(&me, req, |s| s.create_endorsement(&me, id, req, now))
            }
            (Post, ["challenges"]) => {
                self.idempotent(&me, req, |s| s.create_challenge(&me, req, now))
            }
            (Put, ["challenges", id]) => self.update_challenge(&me, id, req, now),
            (Delete, ["challenges", id]) => self.withdraw_challenge(&me, id, req, now),
            (Post, ["challenges", id, "moves"]) => self.move_challenge(&me, id, req, now),
            (Post, ["challenges", id, "comments"]) => {
                self.idempotent(&me, req, |s| s.add_comment(&me, id, req, now))
            }
            _ => Err(not_found()),
        }
    }

    /// Runs a create once per `Idempotency-Key`: a repeat replays the first answer, and the
    /// same key with another body is refused (IETF httpapi-idempotency-key-header).
    fn idempotent(
        &mut self,
        me: &User,
        req: &ApiRequest,
        create: impl FnOnce(&mut Self) -> Reply,
    ) -> Reply {
        let key = match req.get_header("idempotency-key").map(str::trim) {
            Some(k) if !k.is_empty() && k.len() <= 255 => k.to_string(),
            _ => {
                return Err(problem(
                    400,
                    "Bad Request",
                    "Send an Idempotency-Key header with every create.",
                ))
            }
        };
        let slot = format!("{}:{}", me.id, key);
        let fingerprint = format!(
            "{} {} {}",
            req.method.as_str(),
            req.path,
            req.body.as_deref().unwrap_or("")
        );
        if let Some(replay) = self.db.idempotency.get(&slot) {
            if replay.fingerprint != fingerprint {
                return Err(problem(
                    422,
                    "Unprocessable Content",
                    "This Idempotency-Key was already used for a different request.",
                ));
            }
            let mut r = ApiResponse {
                status: replay.status,
                headers: vec![
                    ("content-type".into(), "application/json".into()),
                    ("idempotent-replayed".into(), "true".into()),
                ],
                body: replay.body.clone(),
            };
            if let Some(etag) = &replay.etag {
                r.headers.push(("etag".into(), etag.clone()));
            }
            return Ok(r);
        }
        let result = create(self);
        if let Ok(r) = &result {
            let etag = r.get_header("etag").map(str::to_string);
            self.db.idempotency.insert(
                slot,
                Replay {
                    fingerprint,
                    status: r.status,
                    etag,
                    body: r.body.clone(),
                },
            );
        }
        result
    }
}
