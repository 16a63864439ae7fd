//! お知らせ (`/notifications`): notices made for whoever an act concerns, each person's inbox
//! read on any device, and her choices of when each kind may interrupt her.

use super::answers::*;
use super::request::query_param;
use super::Server;
use crate::contract::http::ApiRequest;
use crate::contract::notice_wire::{MarkRead, NoticePage, Unread};
use crate::domain::availability::Availability;
use crate::domain::notice::{recipients, Delivery, Notice, NoticeKind, NoticeSettings};
use crate::domain::quiet_hours::interrupt_at;
use crate::domain::worker::User;
use std::collections::BTreeMap;

/// Notices kept per person, newest; older ones go (the inbox is news, not an archive).
const KEPT: usize = 200;
/// A page of the inbox, unless the client asks for fewer.
const PAGE: usize = 20;

impl Server {
    /// Notices of what `actor` did about `worker_id`'s work or profile, one for each person it
    /// concerns who has not turned that kind off, each with when it may interrupt her.
    pub(super) fn notify(&mut self, actor: &User, worker_id: &str, notice: Notice) {
        for recipient in recipients(notice.kind, actor, worker_id, &self.db.users) {
            self.deliver(recipient, notice.clone());
        }
        self.keep_recent_notices();
    }

    /// Keeps a notice for `recipient` unless she has turned its kind off, with when it may
    /// interrupt her.
    pub(super) fn deliver(&mut self, recipient: String, mut notice: Notice) {
        let delivery = self
            .db
            .notice_settings
            .get(&recipient)
            .map(|s| s.delivery(notice.kind))
            .unwrap_or_default();
        if delivery == Delivery::Never {
            return;
        }
        // A worker's hours are in her profile, a coordinator's on her own card.
        let when = match (
            self.db.profiles.get(&recipient),
            self.db.coordinator_card(&recipient),
        ) {
            (Some(p), _) => interrupt_at(
                delivery,
                &p.value.fields.availability,
                &p.value.days_off,
                notice.at,
            ),
            (None, Some(card)) => interrupt_at(delivery, &card.availability, &[], notice.at),
            (None, None) => interrupt_at(delivery, &Availability::default(), &[], notice.at),
        };
        notice.id = self.db.fresh_id("n");
        notice.recipient_id = recipient;
        notice.interrupt_at = when;
        self.db.notices.push(notice);
    }

    pub(super) fn keep_recent_notices(&mut self) {
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        let mut keep = vec![true; self.db.notices.len()];
        for (i, n) in self.db.notices.iter().enumerate().rev() {
            let count = seen.entry(&n.recipient_id).or_default();
            *count += 1;
            keep[i] = *count <= KEPT;
        }
        let mut flags = keep.into_iter();
        self.db.notices.retain(|_| flags.next().unwrap_or(true));
    }

    fn unread(&self, me: &User) -> usize {
        self.db
            .notices
            .iter()
            .filter(|n| n.recipient_id == me.id && !n.read)
            .count()
    }

    /// Her unread count, and per card its unread comments.
    fn unread_by_card(&self, me: &User) -> Unread {
        let mut count = Unread::default();
        for n in self
            .db
            .notices
            .iter()
            .filter(|n| n.recipient_id == me.id && !n.read)
        {
            count.unread += 1;
            if let (NoticeKind::Comment, Some(card)) = (n.kind, &n.challenge_id) {
                *count.new_comments.entry(card.clone()).or_default() += 1;
            }
        }
        count
    }

    pub(super) fn list_notices(&self, me: &User, path: &str) -> Reply {
        let limit = query_param(path, "limit")
            .and_then(|l| l.parse::<usize>().ok())
            .map_or(PAGE, |l| l.clamp(1, 100));
        let cursor = query_param(path, "cursor");
        // Kept oldest first: newest first is the other way round.
        let mine = self
            .db
            .notices
            .iter()
            .rev()
            .filter(|n| n.recipient_id == me.id);
        let after: Vec<&Notice> = match &cursor {
            Some(c) => mine.skip_while(|n| n.id != *c).skip(1).collect(),
            None => mine.collect(),
        };
        let items: Vec<Notice> = after.iter().take(limit).map(|n| (*n).clone()).collect();
        let next_cursor = (after.len() > limit)
            .then(|| items.last().map(|n| n.id.clone()))
            .flatten();
        let page = NoticePage {
            items,
            next_cursor,
            unread: self.unread(me),
        };
        Ok(json(200, &page, None))
    }

    pub(super) fn count_notices(&self, me: &User) -> Reply {
        Ok(json(200, &self.unread_by_card(me), None))
    }

    pub(super) fn mark_read(&mut self, me: &User, req: &ApiRequest) -> Reply {
        let input: MarkRead = parse(req)?;
        for n in self.db.notices.iter_mut() {
            let about = input.challenge_id.is_some() && n.challenge_id == input.challenge_id;
            if n.recipient_id == me.id && (input.all || about || input.ids.contains(&n.id)) {
                n.read = true;
            }
        }
        Ok(json(200, &self.unread_by_card(me), None))
    }

    pub(super) fn get_notice_settings(&self, me: &User) -> Reply {
        let settings = self
            .db
            .notice_settings
            .get(&me.id)
            .cloned()
            .unwrap_or_default();
        Ok(json(200, &settings, None))
    }

    pub(super) fn put_notice_settings(&mut self, me: &User, req: &ApiRequest) -> Reply {
        let settings: NoticeSettings = parse(req)?;
        self.db
            .notice_settings
            .insert(me.id.clone(), settings.clone());
        Ok(json(200, &settings, None))
    }
}
