//! 今週できたこと (`/workers/{id}/look-backs`, `/workers/{id}/look-back-plan`): her weekly look
//! backs, the day she picked, and the one reminder a week. Apart from her profile, whose ETag
//! changes only when an accepted step up changed a level: that is an edit of what PUT
//! replaces.

use super::answers::*;
use super::Server;
use crate::contract::http::ApiRequest;
use crate::domain::look_back::{self, LookBackInput};
use crate::domain::notice::{Notice, NoticeKind};
use crate::domain::validation::FieldErrors;
use crate::domain::worker::{Role, User};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

/// What `PUT …/look-back-plan` sends.
#[derive(Deserialize)]
struct PlanInput {
    day: u8,
}

impl Server {
    /// Her date now, in her time zone (none for someone with no profile).
    fn her_today(&self, worker: &str, now: DateTime<Utc>) -> Option<NaiveDate> {
        let profile = self.db.profiles.get(worker)?;
        Some(profile.value.fields.availability.today(now))
    }

    /// Hers, as of now: herself, or a coordinator reading her growth.
    pub(super) fn get_look_backs(&self, me: &User, worker: &str, now: DateTime<Utc>) -> Reply {
        if !me.may_view(worker) {
            return Err(forbidden());
        }
        let today = self.her_today(worker, now).ok_or_else(not_found)?;
        Ok(json(200, &self.db.look_backs(worker).as_of(today), None))
    }

    pub(super) fn settle_look_back(
        &mut self,
        me: &User,
        worker: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        if !me.may_edit_profile(worker) {
            return Err(forbidden());
        }
        let input: LookBackInput = parse(req)?;
        look_back::validate(&input).map_err(invalid)?;
        let today = self.her_today(worker, now).ok_or_else(not_found)?;
        let mut mine = self.db.look_backs(worker);
        let record = self.db.profiles.get_mut(worker).ok_or_else(not_found)?;
        if look_back::settle(&mut record.value, &mut mine, input, now) {
            record.version += 1;
        }
        let reply = json(201, &mine.as_of(today), None);
        self.db.set_look_backs(worker, mine);
        // Settled: the week's reminder has nothing left to say.
        for n in self.db.notices.iter_mut() {
            if n.recipient_id == worker && n.kind == NoticeKind::LookBack {
                n.read = true;
            }
        }
        Ok(reply)
    }

    pub(super) fn put_look_back_plan(
        &mut self,
        me: &User,
        worker: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        if !me.may_edit_profile(worker) {
            return Err(forbidden());
        }
        let input: PlanInput = parse(req)?;
        if !(1..=7).contains(&input.day) {
            let mut errors = FieldErrors::default();
            errors.add("day", "error.validation");
            return Err(invalid(errors));
        }
        let today = self.her_today(worker, now).ok_or_else(not_found)?;
        let mut mine = self.db.look_backs(worker);
        mine.day = input.day;
        let reply = json(200, &mine.as_of(today), None);
        self.db.set_look_backs(worker, mine);
        Ok(reply)
    }

    /// Her one reminder a week: a notice when her look back is due and none has reminded her
    /// this week, made as her inbox is read (a backend with a scheduler may make it at the
    /// start of her hours instead). It interrupts her only as her settings for it allow.
    pub(super) fn remind_look_back(&mut self, me: &User, now: DateTime<Utc>) {
        if me.role != Role::Worker
            || !self
                .db
                .profiles
                .get(&me.id)
                .is_some_and(|p| p.value.onboarded)
        {
            return;
        }
        let Some(today) = self.her_today(&me.id, now) else {
            return;
        };
        let mut mine = self.db.look_backs(&me.id);
        if !look_back::may_remind(&mine, today) {
            return;
        }
        mine.reminded_week = Some(look_back::week_of(today));
        self.db.set_look_backs(&me.id, mine);
        let mut notice = Notice::from(me, NoticeKind::LookBack, now);
        notice.worker_id = Some(me.id.clone());
        self.deliver(me.id.clone(), notice);
        self.keep_recent_notices();
    }
}
