//! Her account deleted (`DELETE /workers/{id}`), at her own request: nothing of hers stays —
//! her profile and onboarding draft, her challenges with their conversations, the
//! endorsements she received, every notice by, for or about her, her settings and devices,
//! her sessions and tokens, and the answers kept for her retries.

use super::answers::*;
use super::Server;
use crate::domain::worker::{Role, User};

impl Server {
    pub(super) fn delete_worker(&mut self, me: &User, id: &str) -> Reply {
        // Only she can; a coordinator cannot delete someone else's record.
        if me.role != Role::Worker || me.id != id {
            return Err(forbidden());
        }
        let db = &mut self.db;
        // Kept answers to anyone's retries that were about her or her cards hold her words too.
        let about_her: Vec<String> = db
            .challenges
            .iter()
            .filter(|c| c.value.worker_id == id)
            .map(|c| format!("/challenges/{}", c.value.id))
            .chain([format!("/workers/{id}")])
            .collect();
        db.idempotency.retain(|slot, replay| {
            let hers = slot.starts_with(&format!("{id}:"));
            let about = about_her.iter().any(|p| {
                replay.fingerprint.split(' ').nth(1).is_some_and(|path| {
                    path.contains(&format!("{p}/")) || path.ends_with(p.as_str())
                })
            });
            !hers && !about
        });
        db.profiles.remove(id);
        db.drafts.remove(id);
        db.challenges.retain(|c| c.value.worker_id != id);
        db.endorsements.retain(|e| e.worker_id != id);
        db.notices.retain(|n| {
            n.recipient_id != id && n.actor_id != id && n.worker_id.as_deref() != Some(id)
        });
        db.notice_settings.remove(id);
        db.push_subscriptions.retain(|(user, _)| user != id);
        db.look_backs.retain(|(user, _)| user != id);
        db.sessions.retain(|_, s| s.user_id != id);
        db.tokens.retain(|_, user| user != id);
        db.users.retain(|u| u.id != id);
        Ok(no_content())
    }
}
