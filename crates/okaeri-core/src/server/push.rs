//! System notifications (`/notifications/push`): the key a browser subscribes with, and each
//! person's subscribed devices. Sending is the deployment's push sender's: each notice, at its
//! `interrupt_at`, to every device of its recipient (docs/notices.md).

use super::answers::*;
use super::request::query_param;
use super::Server;
use crate::contract::http::ApiRequest;
use crate::contract::notice_wire::{PushKey, PushSubscription};
use crate::domain::worker::User;

/// Devices kept per person; the oldest goes first.
const DEVICES_MAX: usize = 10;

impl Server {
    pub(super) fn push_key(&self) -> Reply {
        let key = PushKey {
            public_key: self.push_public_key.clone(),
        };
        Ok(json(200, &key, None))
    }

    /// Keeps this device's subscription (again, if it changed).
    pub(super) fn subscribe(&mut self, me: &User, req: &ApiRequest) -> Reply {
        let sub: PushSubscription = parse(req)?;
        sub.validate().map_err(invalid)?;
        let devices = &mut self.db.push_subscriptions;
        devices.retain(|(_, d)| d.endpoint != sub.endpoint);
        devices.push((me.id.clone(), sub));
        let mine = devices.iter().filter(|(id, _)| *id == me.id).count();
        let mut extra = mine.saturating_sub(DEVICES_MAX);
        devices.retain(|(id, _)| {
            let oldest_of_hers = *id == me.id && extra > 0;
            if oldest_of_hers {
                extra -= 1;
            }
            !oldest_of_hers
        });
        Ok(no_content())
    }

    /// This device no longer wants them (`?endpoint=`).
    pub(super) fn unsubscribe(&mut self, me: &User, path: &str) -> Reply {
        let endpoint = query_param(path, "endpoint").unwrap_or_default();
        self.db
            .push_subscriptions
            .retain(|(id, d)| !(*id == me.id && d.endpoint == endpoint));
        Ok(no_content())
    }
}
