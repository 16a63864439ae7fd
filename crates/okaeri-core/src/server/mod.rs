//! The backend contract (public/openapi.yaml) implemented over a [`Db`], in pure Rust.
//!
//! The embedded default runs it in the browser; the reference backend serves it over real
//! HTTP. Either way the domain rules are the ones in `crate::domain`, written once.

pub mod db;
pub mod seed;

#[cfg(test)]
mod contract_tests;
#[cfg(test)]
mod fuzz_tests;

use crate::contract::bodies::{CommentInput, MoveInput, SignInInput, SignedIn, SESSION_COOKIE};
use crate::contract::challenge_wire;
use crate::contract::http::{ApiRequest, ApiResponse, Method};
use crate::contract::problem::{Problem, RawJson};
use crate::domain::challenge::{
    check_comment, may_edit_request, Challenge, ChallengeRequest, Comment, Status,
};
use crate::domain::endorsement::{Endorsement, EndorsementInput};
use crate::domain::onboarding::{validate_draft, validate_fields, OnboardingDraft};
use crate::domain::skill::Skill;
use crate::domain::validation::FieldErrors;
use crate::domain::worker::{Profile, ProfileFields, Role, User};
use chrono::{DateTime, Utc};
use db::{Db, Record, Replay, Session};
use serde::{Deserialize, Serialize};

/// A challenge as the server writes it: borrowed, under the name its worker goes by now, and
/// with its ETag when it is a card of the list (a single challenge's ETag is a header).
struct Named<'a> {
    challenge: &'a Challenge,
    worker_name: &'a str,
    etag: Option<String>,
}

impl Serialize for Named<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        challenge_wire::serialize(self.challenge, self.worker_name, self.etag.as_deref(), s)
    }
}

type Reply = Result<ApiResponse, ApiResponse>;

fn json<T: Serialize>(status: u16, value: &T, etag: Option<String>) -> ApiResponse {
    let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
    if let Some(etag) = etag {
        headers.push(("etag".to_string(), etag));
    }
    let body = serde_json::to_string(value).unwrap_or_else(|_| "null".to_string());
    ApiResponse {
        status,
        headers,
        body,
    }
}

fn problem(status: u16, title: &str, detail: &str) -> ApiResponse {
    problem_with(Problem {
        kind: "about:blank".into(),
        title: title.into(),
        status,
        detail: detail.into(),
        ..Problem::default()
    })
}

fn problem_with(p: Problem) -> ApiResponse {
    let body = serde_json::to_string(&p).unwrap_or_default();
    ApiResponse {
        status: p.status,
        headers: vec![("content-type".into(), "application/problem+json".into())],
        body,
    }
}

fn invalid(errors: FieldErrors) -> ApiResponse {
    problem_with(Problem {
        kind: "about:blank".into(),
        title: "Unprocessable Content".into(),
        status: 422,
        errors,
        ..Problem::default()
    })
}

fn conflict<T: Serialize>(current: &Record<T>) -> ApiResponse {
    let mut r = problem_with(Problem {
        kind: "about:blank".into(),
        title: "Precondition Failed".into(),
        status: 412,
        detail: "The resource was changed by someone else.".into(),
        current: RawJson::of(&current.value),
        ..Problem::default()
    });
    r.headers.push(("etag".into(), current.etag()));
    r
}

fn forbidden() -> ApiResponse {
    problem(403, "Forbidden", "")
}

fn not_found() -> ApiResponse {
    problem(404, "Not Found", "")
}

fn parse<T: for<'de> Deserialize<'de>>(req: &ApiRequest) -> Result<T, ApiResponse> {
    serde_json::from_str(req.body.as_deref().unwrap_or(""))
        .map_err(|e| problem(400, "Bad Request", &format!("Invalid JSON body: {e}")))
}

/// `If-Match` must name the current version of what is being updated.
fn check_if_match<T: Serialize>(req: &ApiRequest, record: &Record<T>) -> Result<(), ApiResponse> {
    match req.get_header("if-match") {
        None => Err(problem(
            428,
            "Precondition Required",
            "Send If-Match with the ETag you last saw.",
        )),
        Some(tag) if tag.trim() == record.etag() || tag.trim() == "*" => Ok(()),
        Some(_) => Err(conflict(record)),
    }
}

/// The token a request carries: `Authorization: Bearer …`, else the session cookie.
fn session_token(req: &ApiRequest) -> &str {
    let bearer = req
        .get_header("authorization")
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(str::trim);
    let cookie = || {
        req.get_header("cookie").and_then(|c| {
            c.split(';')
                .filter_map(|kv| kv.trim().split_once('='))
                .find(|(k, _)| *k == SESSION_COOKIE)
                .map(|(_, v)| v.trim())
        })
    };
    bearer.or_else(cookie).unwrap_or("")
}

fn query_param(path: &str, name: &str) -> Option<String> {
    let query = path.split_once('?')?.1;
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| decode(v))
}

fn decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // Two hex digits read as bytes: a `%` before a multibyte character is no escape
            // (slicing the text there would cut the character and panic).
            b'%' => match (hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(digit: Option<&u8>) -> Option<u8> {
    (*digit? as char).to_digit(16).map(|d| d as u8)
}

/// The path's segments after `/api/v1`, without the query.
fn segments(path: &str) -> Vec<&str> {
    path.split('?')
        .next()
        .unwrap_or("")
        .trim_start_matches("/api/v1")
        .split('/')
        .filter(|s| !s.is_empty())
        .collect()
}

/// How long a minted session holds: a working day and then some.
pub const SESSION_HOURS: i64 = 12;

/// Makes a fresh, unguessable session token.
pub type Minter = Box<dyn FnMut() -> String>;

pub struct Server {
    pub db: Db,
    /// Set on a real server: each sign-in mints its own session. Without one (the embedded
    /// demo, all in her own browser) the sign-in code is the token.
    minter: Option<Minter>,
}

impl Server {
    pub fn new(db: Db) -> Self {
        Server { db, minter: None }
    }

    /// A server whose sign-ins mint sessions with `mint`, each holding [`SESSION_HOURS`].
    pub fn minting_sessions(db: Db, mint: Minter) -> Self {
        Server {
            db,
            minter: Some(mint),
        }
    }

    /// Answers one request. Never panics: every failure is a problem+json response.
    pub fn handle(&mut self, req: &ApiRequest, now: DateTime<Utc>) -> ApiResponse {
        if req.method == Method::Get {
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

    /// The session: a bearer token, or the `okaeri_session` cookie (same origin or intranet).
    fn me(&self, req: &ApiRequest, now: DateTime<Utc>) -> Result<User, ApiResponse> {
        self.db
            .user_by_token(session_token(req), now)
            .cloned()
            .ok_or_else(|| problem(401, "Unauthorized", "Sign in again."))
    }

    /// Signs in with a code. A server that mints sessions gives each sign-in a token of its
    /// own; the demo's token is the code itself. A company's backend would check a password
    /// or single sign-on instead of a code.
    fn sign_in(&mut self, req: &ApiRequest, now: DateTime<Utc>) -> Reply {
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
    fn sign_out(&mut self, req: &ApiRequest) -> Reply {
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

    fn read(&mut self, req: &ApiRequest, now: DateTime<Utc>) -> Reply {
        let me = self.me(req, now)?;
        match segments(&req.path).as_slice() {
            ["session"] => Ok(json(200, &me, None)),
            ["workers"] => self.list_workers(&me),
            ["workers", id] => self.get_worker(&me, id),
            ["workers", id, "onboarding"] => self.get_draft(&me, id),
            ["workers", id, "endorsements"] => self.list_endorsements(&me, id),
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
            (Put, ["workers", id, "onboarding"]) => self.put_draft(&me, id, req, now),
            (Post, ["workers", id, "onboarding", "complete"]) => {
                self.complete_draft(&me, id, req, now)
            }
            (Post, ["workers", id, "endorsements"]) => {
                self.idempotent(&me, req, |s| s.create_endorsement(&me, id, req, now))
            }
            (Post, ["challenges"]) => {
                self.idempotent(&me, req, |s| s.create_challenge(&me, req, now))
            }
            (Put, ["challenges", id]) => self.update_challenge(&me, id, req, now),
            (Delete, ["challenges", id]) => self.withdraw_challenge(&me, id, req),
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

    fn profile_for(&self, me: &User, id: &str) -> Result<&Record<Profile>, ApiResponse> {
        if !me.may_view(id) {
            return Err(forbidden());
        }
        self.db.profiles.get(id).ok_or_else(not_found)
    }

    fn list_workers(&self, me: &User) -> Reply {
        if me.role != Role::Coordinator {
            return Err(forbidden());
        }
        let list: Vec<&Profile> = self.db.profiles.values().map(|r| &r.value).collect();
        Ok(json(200, &list, None))
    }

    fn get_worker(&self, me: &User, id: &str) -> Reply {
        let record = self.profile_for(me, id)?;
        Ok(json(200, &record.value, Some(record.etag())))
    }

    fn put_worker(&mut self, me: &User, id: &str, req: &ApiRequest, now: DateTime<Utc>) -> Reply {
        if !me.may_edit_profile(id) {
            return Err(forbidden());
        }
        let fields: ProfileFields = parse(req)?;
        validate_fields(&fields).map_err(invalid)?;
        let record = self.db.profiles.get_mut(id).ok_or_else(not_found)?;
        check_if_match(req, record)?;
        let mut profile = record.value.clone();
        profile.apply(fields, now);
        let name = profile.fields.display_name.clone();
        record.replace(profile);
        let reply = json(200, &record.value, Some(record.etag()));
        if let Some(user) = self.db.users.iter_mut().find(|u| u.id == id) {
            user.name = name;
        }
        Ok(reply)
    }

    fn get_draft(&mut self, me: &User, id: &str) -> Reply {
        if !me.may_edit_profile(id) {
            return Err(forbidden());
        }
        let record = self
            .db
            .drafts
            .entry(id.to_string())
            .or_insert_with(|| Record::new(OnboardingDraft::default()));
        Ok(json(200, &record.value, Some(record.etag())))
    }

    fn put_draft(&mut self, me: &User, id: &str, req: &ApiRequest, now: DateTime<Utc>) -> Reply {
        if !me.may_edit_profile(id) {
            return Err(forbidden());
        }
        let mut draft: OnboardingDraft = parse(req)?;
        validate_draft(&draft).map_err(invalid)?;
        let record = self
            .db
            .drafts
            .entry(id.to_string())
            .or_insert_with(|| Record::new(OnboardingDraft::default()));
        check_if_match(req, record)?;
        draft.updated_at = Some(now);
        draft.completed = record.value.completed;
        record.replace(draft);
        Ok(json(200, &record.value, Some(record.etag())))
    }

    fn complete_draft(
        &mut self,
        me: &User,
        id: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        if !me.may_edit_profile(id) {
            return Err(forbidden());
        }
        let draft_record = self.db.drafts.get_mut(id).ok_or_else(not_found)?;
        // Completing happens once: a second completion (another device, a replayed request)
        // answers her profile as it is, never the old draft over her later edits.
        if draft_record.value.completed {
            if let Some(record) = self.db.profiles.get(id) {
                return Ok(json(200, &record.value, Some(record.etag())));
            }
        }
        check_if_match(req, draft_record)?;
        let draft = draft_record.value.clone();
        let existing = self
            .db
            .profiles
            .get(id)
            .map(|r| r.value.clone())
            .unwrap_or_else(|| Profile::new(id, now));
        let profile = draft.clone().into_profile(existing, now).map_err(invalid)?;
        let mut done = draft;
        done.completed = true;
        done.updated_at = Some(now);
        draft_record.replace(done);
        let name = profile.fields.display_name.clone();
        let record = self
            .db
            .profiles
            .entry(id.to_string())
            .or_insert_with(|| Record::new(profile.clone()));
        record.replace(profile);
        let reply = json(200, &record.value, Some(record.etag()));
        if let Some(user) = self.db.users.iter_mut().find(|u| u.id == id) {
            user.name = name;
        }
        Ok(reply)
    }

    fn list_endorsements(&self, me: &User, worker: &str) -> Reply {
        if !me.may_view(worker) {
            return Err(forbidden());
        }
        let mut list: Vec<&Endorsement> = self
            .db
            .endorsements
            .iter()
            .filter(|e| e.worker_id == worker)
            .collect();
        list.sort_by_key(|e| std::cmp::Reverse(e.at));
        Ok(json(200, &list, None))
    }

    fn create_endorsement(
        &mut self,
        me: &User,
        worker: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        if !me.may_endorse(worker) {
            return Err(forbidden());
        }
        if !self.db.profiles.contains_key(worker) {
            return Err(not_found());
        }
        let input: EndorsementInput = parse(req)?;
        input.validate().map_err(invalid)?;
        let skill: Skill = input
            .skill
            .ok_or_else(|| problem(422, "Unprocessable Content", ""))?;
        let endorsement = Endorsement {
            id: self.db.fresh_id("e"),
            worker_id: worker.to_string(),
            skill,
            message: input.message.trim().to_string(),
            challenge_id: input.challenge_id.filter(|c| !c.is_empty()),
            by_id: me.id.clone(),
            by_name: me.name.clone(),
            at: now,
        };
        self.db.endorsements.push(endorsement.clone());
        Ok(json(201, &endorsement, None))
    }

    /// Challenges carry the worker's current display name (her profile's), whatever it was
    /// when created; the one it was made with when she has no profile.
    fn named<'a>(&'a self, c: &'a Challenge, etag: Option<String>) -> Named<'a> {
        let worker_name = self
            .db
            .profiles
            .get(&c.worker_id)
            .map_or(&c.worker_name, |p| &p.value.fields.display_name);
        Named {
            challenge: c,
            worker_name,
            etag,
        }
    }

    fn list_challenges(&self, me: &User, path: &str) -> Reply {
        let worker = query_param(path, "worker");
        let status = query_param(path, "status").and_then(|s| Status::from_id(&s));
        let list: Vec<Named> = self
            .db
            .challenges
            .iter()
            .filter(|r| me.role == Role::Coordinator || r.value.worker_id == me.id)
            .filter(|r| worker.as_ref().is_none_or(|w| *w == r.value.worker_id))
            .filter(|r| status.is_none_or(|s| s == r.value.status))
            .map(|r| self.named(&r.value, Some(r.etag())))
            .collect();
        Ok(json(200, &list, None))
    }

    fn visible_challenge(&self, me: &User, id: &str) -> Result<&Record<Challenge>, ApiResponse> {
        let record = self.db.challenge(id).ok_or_else(not_found)?;
        if me.role == Role::Worker && record.value.worker_id != me.id {
            return Err(not_found());
        }
        Ok(record)
    }

    fn get_challenge(&self, me: &User, id: &str) -> Reply {
        let record = self.visible_challenge(me, id)?;
        Ok(json(
            200,
            &self.named(&record.value, None),
            Some(record.etag()),
        ))
    }

    fn create_challenge(&mut self, me: &User, req: &ApiRequest, now: DateTime<Utc>) -> Reply {
        if me.role != Role::Worker {
            return Err(forbidden());
        }
        let request: ChallengeRequest = parse(req)?;
        request.validate(now.date_naive()).map_err(invalid)?;
        let id = self.db.fresh_id("ch");
        let record = Record::new(Challenge::new(id, me, request, now));
        let reply = json(201, &self.named(&record.value, None), Some(record.etag()));
        self.db.challenges.push(record);
        Ok(reply)
    }

    fn update_challenge(
        &mut self,
        me: &User,
        id: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        let request: ChallengeRequest = parse(req)?;
        self.visible_challenge(me, id)?;
        let record = self.db.challenge_mut(id).ok_or_else(not_found)?;
        check_if_match(req, record)?;
        if !may_edit_request(me, &record.value) {
            return Err(forbidden());
        }
        request.validate(now.date_naive()).map_err(invalid)?;
        let mut c = record.value.clone();
        c.request = request;
        c.updated_at = now;
        record.replace(c);
        let (value, etag) = (record.value.clone(), record.etag());
        Ok(json(200, &self.named(&value, None), Some(etag)))
    }

    fn withdraw_challenge(&mut self, me: &User, id: &str, req: &ApiRequest) -> Reply {
        self.visible_challenge(me, id)?;
        let record = self.db.challenge_mut(id).ok_or_else(not_found)?;
        check_if_match(req, record)?;
        if !may_edit_request(me, &record.value) {
            return Err(forbidden());
        }
        self.db.challenges.retain(|c| c.value.id != id);
        Ok(ApiResponse {
            status: 204,
            headers: Vec::new(),
            body: String::new(),
        })
    }

    fn move_challenge(
        &mut self,
        me: &User,
        id: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        let input: MoveInput = parse(req)?;
        self.visible_challenge(me, id)?;
        let record = self.db.challenge_mut(id).ok_or_else(not_found)?;
        check_if_match(req, record)?;
        let Some(to) = input.to else {
            let mut e = FieldErrors::default();
            e.add("to", "error.move_not_allowed");
            return Err(invalid(e));
        };
        let mut c = record.value.clone();
        if let Err(err) = c.apply_move(me, to, &input.reason, now) {
            let mut e = FieldErrors::default();
            let field = if err == crate::domain::challenge::MoveError::ReasonRequired {
                "reason"
            } else {
                "to"
            };
            e.add(field, err.key());
            return Err(invalid(e));
        }
        record.replace(c);
        let (value, etag) = (record.value.clone(), record.etag());
        Ok(json(200, &self.named(&value, None), Some(etag)))
    }

    fn add_comment(&mut self, me: &User, id: &str, req: &ApiRequest, now: DateTime<Utc>) -> Reply {
        let input: CommentInput = parse(req)?;
        self.visible_challenge(me, id)?;
        check_comment(&input.text).map_err(invalid)?;
        let comment_id = self.db.fresh_id("m");
        let author_name = self
            .db
            .profiles
            .get(&me.id)
            .map(|p| p.value.fields.display_name.clone())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| me.name.clone());
        let record = self.db.challenge_mut(id).ok_or_else(not_found)?;
        let comment = Comment {
            id: comment_id,
            author_id: me.id.clone(),
            author_name,
            author_role: me.role,
            text: input.text.trim().to_string(),
            at: now,
        };
        let mut c = record.value.clone();
        c.comments.push(comment.clone());
        // A comment is not an edit of the card: its ETag stays, so a move form stays valid.
        record.value = c;
        Ok(json(201, &comment, None))
    }
}
