//! Workers' profiles (`/workers`, `/workers/{id}`) and their endorsements.

use super::answers::*;
use super::db::Record;
use super::request::query_param;
use super::Server;
use crate::contract::http::{ApiRequest, ApiResponse};
use crate::domain::endorsement::{Endorsement, EndorsementInput};
use crate::domain::fold::name_key;
use crate::domain::notice::{quote, Notice, NoticeKind};
use crate::domain::onboarding::validate_fields;
use crate::domain::skill_ref::SkillRef;
use crate::domain::validation::FieldErrors;
use crate::domain::worker::{Profile, ProfileFields, Role, User};
use chrono::{DateTime, Utc};

/// Which of the lists added after the first contract a PUT carries at all.
#[derive(serde::Deserialize)]
struct ListsSent {
    #[serde(default)]
    own_skills: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    qualifications: Option<serde::de::IgnoredAny>,
}

impl Server {
    pub(super) fn profile_for(&self, me: &User, id: &str) -> Result<&Record<Profile>, ApiResponse> {
        if !me.may_view(id) {
            return Err(forbidden());
        }
        self.db.profiles.get(id).ok_or_else(not_found)
    }

    pub(super) fn list_workers(&self, me: &User) -> Reply {
        if me.role != Role::Coordinator {
            return Err(forbidden());
        }
        let list: Vec<&Profile> = self.db.profiles.values().map(|r| &r.value).collect();
        Ok(json(200, &list, None))
    }

    pub(super) fn get_worker(&self, me: &User, id: &str) -> Reply {
        let record = self.profile_for(me, id)?;
        Ok(json(200, &record.value, Some(record.etag())))
    }

    pub(super) fn put_worker(
        &mut self,
        me: &User,
        id: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        if !me.may_edit_profile(id) {
            return Err(forbidden());
        }
        let mut fields: ProfileFields = parse(req)?;
        // A client written before these lists existed sends none: it keeps hers, never
        // clears them.
        let sent: ListsSent = parse(req)?;
        validate_fields(&fields).map_err(invalid)?;
        let record = self.db.profiles.get_mut(id).ok_or_else(not_found)?;
        check_if_match(req, record)?;
        if sent.own_skills.is_none() {
            fields.own_skills = record.value.fields.own_skills.clone();
        }
        if sent.qualifications.is_none() {
            fields.qualifications = record.value.fields.qualifications.clone();
        }
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

    pub(super) fn list_endorsements(&self, me: &User, worker: &str, path: &str) -> Reply {
        if !me.may_view(worker) {
            return Err(forbidden());
        }
        // Endorsements of her own skills only for a client that asks: an older one reads every
        // item's `skill` from the catalogue.
        let own_too = query_param(path, "include").is_some_and(|v| v == "own_skills");
        // Kept oldest first (see `create_endorsement`): newest first is the other way round.
        let list: Vec<&Endorsement> = self
            .db
            .endorsements
            .iter()
            .rev()
            .filter(|e| e.worker_id == worker && (own_too || e.skill.is_some()))
            .collect();
        Ok(json(200, &list, None))
    }

    pub(super) fn create_endorsement(
        &mut self,
        me: &User,
        worker: &str,
        req: &ApiRequest,
        now: DateTime<Utc>,
    ) -> Reply {
        if !me.may_endorse(worker) {
            return Err(forbidden());
        }
        let her = &self.db.profiles.get(worker).ok_or_else(not_found)?.value;
        let input: EndorsementInput = parse(req)?;
        input.validate().map_err(invalid)?;
        // An own skill must be one she lists, and is kept as she spells it.
        let (skill, own_skill) = match input.about() {
            Some(SkillRef::Listed(s)) => (Some(s), None),
            Some(SkillRef::Own(name)) => {
                let hers = her
                    .fields
                    .own_skills
                    .iter()
                    .find(|o| name_key(&o.name) == name_key(&name));
                match hers {
                    Some(o) => (None, Some(o.name.clone())),
                    None => {
                        let mut e = FieldErrors::default();
                        e.add("skill", "error.not_her_skill");
                        return Err(invalid(e));
                    }
                }
            }
            None => return Err(problem(422, "Unprocessable Content", "")),
        };
        let endorsement = Endorsement {
            id: self.db.fresh_id("e"),
            worker_id: worker.to_string(),
            skill,
            own_skill,
            message: input.message.trim().to_string(),
            challenge_id: input.challenge_id.filter(|c| !c.is_empty()),
            by_id: me.id.clone(),
            by_name: me.name.clone(),
            at: now,
        };
        // In order of time, so reading them needs no sorting (a device clock set back could
        // otherwise put this one among older ones).
        let at = self
            .db
            .endorsements
            .partition_point(|e| e.at <= endorsement.at);
        self.db.endorsements.insert(at, endorsement.clone());
        let mut notice = Notice::from(me, NoticeKind::Endorsement, now);
        notice.worker_id = Some(worker.to_string());
        notice.skill = endorsement.skill;
        notice.own_skill = endorsement.own_skill.clone();
        notice.challenge_id = endorsement.challenge_id.clone();
        notice.text = quote(&endorsement.message);
        self.notify(me, worker, notice);
        Ok(json(201, &endorsement, None))
    }
}
