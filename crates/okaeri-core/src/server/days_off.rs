//! Her days off (`/workers/{id}/days-off`): taken on the day with one tap, or planned ahead.
//! Kept in her profile record without a new ETag: the ETag versions what PUT replaces, and a
//! day off taken on her phone must not turn the answers open on her PC into a conflict.

use super::answers::*;
use super::Server;
use crate::contract::http::{ApiRequest, ApiResponse};
use crate::domain::days_off::{DayOffInput, DayOffKind};
use crate::domain::notice::{quote, Notice, NoticeKind};
use crate::domain::worker::User;
use chrono::{DateTime, Duration, Utc};

/// How many days off one worker may have that are not over, and how long past ones are kept.
const MAX_AHEAD: usize = 60;
const KEEP_PAST_DAYS: i64 = 60;

impl Server {
    pub(super) fn take_day_off(
        &mut self,
        me: &User,
        worker: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        if !me.may_edit_profile(worker) {
            return Err(forbidden());
        }
        let input: DayOffInput = parse(req)?;
        input.validate().map_err(invalid)?;
        let id = self.db.fresh_id("d");
        let record = self.db.profiles.get_mut(worker).ok_or_else(not_found)?;
        let profile = &mut record.value;
        // Her zone's date is within a day of UTC's: the margins below need no time zone (whose
        // table would be most of the embedded default's download).
        let today = now.date_naive();
        profile
            .days_off
            .retain(|d| d.last >= today - Duration::days(KEEP_PAST_DAYS));
        if profile
            .days_off
            .iter()
            .filter(|d| !d.is_over(today))
            .count()
            >= MAX_AHEAD
        {
            let mut errors = crate::domain::validation::FieldErrors::default();
            errors.add("first", "dayoff.error.too_many");
            return Err(invalid(errors));
        }
        let day_off = input.into_day_off(id, now);
        profile.days_off.push(day_off.clone());
        // 「今日は休みます」 is news for coordinators; planned days off show on her page.
        if day_off.kind == DayOffKind::Today {
            let mut notice = Notice::from(me, NoticeKind::DayOff, now);
            notice.worker_id = Some(worker.to_string());
            notice.text = quote(&day_off.note);
            self.notify(me, worker, notice);
        }
        Ok(json(201, &day_off, None))
    }

    pub(super) fn remove_day_off(&mut self, me: &User, worker: &str, id: &str) -> Reply {
        if !me.may_edit_profile(worker) {
            return Err(forbidden());
        }
        let record = self.db.profiles.get_mut(worker).ok_or_else(not_found)?;
        let before = record.value.days_off.len();
        record.value.days_off.retain(|d| d.id != id);
        if record.value.days_off.len() == before {
            return Err(not_found());
        }
        Ok(ApiResponse {
            status: 204,
            headers: Vec::new(),
            body: String::new(),
        })
    }
}
