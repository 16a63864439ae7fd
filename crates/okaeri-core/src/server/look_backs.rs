//! 今週できたこと (`/workers/{id}/look-backs`, `/workers/{id}/look-back-plan`): her weekly look
//! back settled in her profile, the day she picked, and the one reminder a week.
//! Kept in her profile record without a new ETag, as days off are, unless an accepted step up
//! changed a level: that is an edit of what PUT replaces, so its ETag changes.

use super::answers::*;
use super::Server;
use crate::contract::http::ApiRequest;
use crate::domain::look_back::{self, LookBackInput};
use crate::domain::notice::{Notice, NoticeKind};
use crate::domain::validation::FieldErrors;
use crate::domain::worker::{Role, User};
use chrono::{DateTime, Utc};
use serde::Deserialize;

/// What `PUT …/look-back-plan` sends.
#[derive(Deserialize)]
struct PlanInput {
    day: u8,
}

impl Server {
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
        let record = self.db.profiles.get_mut(worker).ok_or_else(not_found)?;
        if look_back::settle(&mut record.value, input, now) {
            record.version += 1;
        }
        let reply = json(201, &record.value, Some(record.etag()));
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
        let record = self.db.profiles.get_mut(worker).ok_or_else(not_found)?;
        record.value.look_back.day = input.day;
        Ok(json(200, &record.value.look_back, None))
    }

    /// Her one reminder a week: a notice when her look back is due and none has reminded her
    /// this week, made as her inbox is read (a backend with a scheduler may make it at the
    /// start of her hours instead). It interrupts her only as her settings for it allow.
    pub(super) fn remind_look_back(&mut self, me: &User, now: DateTime<Utc>) {
        if me.role != Role::Worker {
            return;
        }
        let Some(record) = self.db.profiles.get_mut(&me.id) else {
            return;
        };
        let profile = &mut record.value;
        let today = profile.fields.availability.today(now);
        if !profile.onboarded || !look_back::may_remind(&profile.look_back, today) {
            return;
        }
        profile.look_back.reminded_week = Some(look_back::week_of(today));
        let mut notice = Notice::from(me, NoticeKind::LookBack, now);
        notice.worker_id = Some(me.id.clone());
        self.deliver(me.id.clone(), notice);
        self.keep_recent_notices();
    }
}
