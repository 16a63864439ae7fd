//! `POST /session` and `DELETE /session`: signing in with a code, and out.

use super::answers::*;
use super::db::Session;
use super::request::*;
use super::{Server, SESSION_HOURS};
use crate::contract::bodies::{SignInInput, SignedIn, SESSION_COOKIE};
use crate::contract::http::{ApiRequest, ApiResponse};
use chrono::{DateTime, Utc};

impl Server {
    /// Signs in with a code. A server that mints sessions gives each sign-in a token of its
    /// own; the demo's token is the code itself. A company's backend would check a password
    /// or single sign-on instead of a code.
    pub(super) fn sign_in(&mut self, req: &ApiRequest, now: DateTime<Utc>) -> Reply {
        let input: SignInInput = parse(req)?;
        let code = input.code.trim();
        let user = self
            .db
            .tokens
            .get(code)
            .and_then(|id| self.db.user(id))
            .cloned()
            .ok_or_else(|| {
                problem(
                    401,
                    "Unauthorized",
                    "That sign-in code is not known. Check it and try again.",
                )
            })?;
        let (token, max_age) = match self.minter.as_mut() {
            Some(mint) => {
                let token = mint();
                self.db.sessions.retain(|_, s| s.expires_at > now);
                self.db.sessions.insert(
                    token.clone(),
                    Session {
                        user_id: user.id.clone(),
                        expires_at: now + chrono::Duration::hours(SESSION_HOURS),
                    },
                );
                (token, format!("; Max-Age={}", SESSION_HOURS * 3600))
            }
            None => (code.to_string(), String::new()),
        };
        let mut response = json(
            200,
            &SignedIn {
                user,
                token: token.clone(),
            },
            None,
        );
        response.headers.push((
            "set-cookie".into(),
            format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax{max_age}"),
        ));
        Ok(response)
    }

    /// Ends the session the request carries (a minted one; a deployment's long-lived token is
    /// configuration, not a session) and expires the cookie. Ending no session is no error.
    pub(super) fn sign_out(&mut self, req: &ApiRequest) -> Reply {
        self.db.sessions.remove(session_token(req));
        Ok(ApiResponse {
            status: 204,
            headers: vec![(
                "set-cookie".into(),
                format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"),
            )],
            body: String::new(),
        })
    }
}
