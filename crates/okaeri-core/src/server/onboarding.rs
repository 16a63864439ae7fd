//! A worker's onboarding draft (`/workers/{id}/onboarding`): kept as she goes, completed once.

use super::answers::*;
use super::db::Record;
use super::Server;
use crate::contract::http::ApiRequest;
use crate::domain::look_back::week_of;
use crate::domain::onboarding::{validate_draft, OnboardingDraft};
use crate::domain::worker::{Profile, User};
use chrono::{DateTime, Utc};

impl Server {
    pub(super) fn get_draft(&mut self, me: &User, id: &str) -> Reply {
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

    pub(super) fn put_draft(
        &mut self,
        me: &User,
        id: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
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

    pub(super) fn complete_draft(
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
        let today = record.value.fields.availability.today(now);
        if let Some(user) = self.db.users.iter_mut().find(|u| u.id == id) {
            user.name = name;
        }
        // The week she registers needs no reminder to look back on it (home still offers it).
        let mut look_backs = self.db.look_backs(id);
        look_backs.reminded_week = Some(week_of(today));
        self.db.set_look_backs(id, look_backs);
        Ok(reply)
    }
}
