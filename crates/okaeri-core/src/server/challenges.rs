//! The challenge board (`/challenges`): requests, their moves, edits, withdrawals and comments.

use super::answers::*;
use super::db::Record;
use super::request::*;
use super::Server;
use crate::contract::bodies::{CommentInput, MoveInput};
use crate::contract::challenge_wire;
use crate::contract::http::{ApiRequest, ApiResponse};
use crate::domain::challenge::{
    check_comment, may_edit_request, Challenge, ChallengeRequest, Comment, Status,
};
use crate::domain::notice::{quote, NoticeKind, RequestChange};
use crate::domain::validation::FieldErrors;
use crate::domain::worker::{Role, User};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A challenge as the server writes it: borrowed, under the name its worker goes by now, and
/// with its ETag when it is a card of the list (a single challenge's ETag is a header).
pub(super) struct Named<'a> {
    challenge: &'a Challenge,
    worker_name: &'a str,
    etag: Option<String>,
}

impl Serialize for Named<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        challenge_wire::serialize(self.challenge, self.worker_name, self.etag.as_deref(), s)
    }
}

impl Server {
    /// Challenges carry the worker's current display name (her profile's), whatever it was
    /// when created; the one it was made with when she has no profile.
    pub(super) fn named<'a>(&'a self, c: &'a Challenge, etag: Option<String>) -> Named<'a> {
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

    pub(super) fn list_challenges(&self, me: &User, path: &str) -> Reply {
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

    pub(super) fn visible_challenge(
        &self,
        me: &User,
        id: &str,
    ) -> Result<&Record<Challenge>, ApiResponse> {
        let record = self.db.challenge(id).ok_or_else(not_found)?;
        if me.role == Role::Worker && record.value.worker_id != me.id {
            return Err(not_found());
        }
        Ok(record)
    }

    pub(super) fn get_challenge(&self, me: &User, id: &str) -> Reply {
        let record = self.visible_challenge(me, id)?;
        Ok(json(
            200,
            &self.named(&record.value, None),
            Some(record.etag()),
        ))
    }

    pub(super) fn create_challenge(
        &mut self,
        me: &User,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        if me.role != Role::Worker {
            return Err(forbidden());
        }
        let request: ChallengeRequest = parse(req)?;
        request.validate(now.date_naive()).map_err(invalid)?;
        let id = self.db.fresh_id("ch");
        let record = Record::new(Challenge::new(id, me, request, now));
        let reply = json(201, &self.named(&record.value, None), Some(record.etag()));
        let mut notice = about_challenge(me, NoticeKind::Request, &record.value, now);
        notice.change = Some(RequestChange::New);
        self.db.challenges.push(record);
        self.notify(me, &me.id, notice);
        Ok(reply)
    }

    pub(super) fn update_challenge(
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
        let mut notice = about_challenge(me, NoticeKind::Request, &value, now);
        notice.change = Some(RequestChange::Edited);
        self.notify(me, &value.worker_id, notice);
        Ok(json(200, &self.named(&value, None), Some(etag)))
    }

    pub(super) fn withdraw_challenge(
        &mut self,
        me: &User,
        id: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        self.visible_challenge(me, id)?;
        let record = self.db.challenge_mut(id).ok_or_else(not_found)?;
        check_if_match(req, record)?;
        if !may_edit_request(me, &record.value) {
            return Err(forbidden());
        }
        let mut notice = about_challenge(me, NoticeKind::Request, &record.value, now);
        notice.change = Some(RequestChange::Withdrawn);
        let worker = record.value.worker_id.clone();
        self.db.challenges.retain(|c| c.value.id != id);
        self.notify(me, &worker, notice);
        Ok(no_content())
    }

    pub(super) fn move_challenge(
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
        let mut notice = about_challenge(me, NoticeKind::Move, &value, now);
        notice.to = Some(to);
        notice.text = quote(&input.reason);
        self.notify(me, &value.worker_id, notice);
        Ok(json(200, &self.named(&value, None), Some(etag)))
    }

    pub(super) fn add_comment(
        &mut self,
        me: &User,
        id: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
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
        let mut notice = about_challenge(me, NoticeKind::Comment, &c, now);
        notice.comment_id = Some(comment.id.clone());
        notice.text = quote(&comment.text);
        let worker = c.worker_id.clone();
        // A comment is not an edit of the card: its ETag stays, so a move form stays valid.
        record.value = c;
        self.notify(me, &worker, notice);
        Ok(json(201, &comment, None))
    }
}

/// A notice of `kind` about a challenge: which card, its title, whose it is.
fn about_challenge(
    actor: &User,
    kind: NoticeKind,
    c: &Challenge,
    now: DateTime<Utc>,
) -> crate::domain::notice::Notice {
    let mut n = crate::domain::notice::Notice::from(actor, kind, now);
    n.challenge_id = Some(c.id.clone());
    n.title = c.request.title.clone();
    n.worker_id = Some(c.worker_id.clone());
    n
}
