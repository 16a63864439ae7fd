//! Offline writes, exactly once. A create that cannot reach the backend (no network, a
//! timeout, a 5xx, a 429) goes into an outbox in IndexedDB with its Idempotency-Key and is
//! sent again on the `online` event, at app start and on a backoff timer — no Background Sync
//! needed — never before a `Retry-After` has passed. One tab sends at a time (`platform::locks`),
//! and the others hear of every change. A 4xx gives it back to her as an editable draft; one
//! older than the idempotency window waits for her word; nothing expires silently.

pub mod entry;
pub mod store;

use crate::api::{ApiError, Client};
use entry::{Disposition, PendingWrite};
use leptos::prelude::*;
use leptos::task::spawn_local;
use okaeri_core::domain::worker::User;

/// What one try's result means for the queued write.
pub fn disposition(result: &Result<(), ApiError>) -> Disposition {
    match result {
        Ok(()) => Disposition::Sent,
        Err(e) if e.is_transient() || *e == ApiError::Unauthorized => Disposition::KeepQueued,
        Err(e) => Disposition::Return(e.message_key()),
    }
}

/// Whether an autosave's device key is `user`'s: each ends with its user's id.
fn edit_of(device_key: &str, user: &str) -> bool {
    device_key
        .strip_suffix(user)
        .is_some_and(|rest| rest.ends_with('.'))
}

crate::split! {
    settings => fn background(outbox: Outbox) -> () {
        spawn_local(outbox.begin());
        // Listens for as long as the app runs: the handle is never dropped.
        let online = window_event_listener_untyped("online", move |_| {
            spawn_local(async move {
                outbox.flush().await;
            });
        });
        std::mem::forget(online);
        // Another tab queued or sent a write: read the device again. Logging out in another
        // tab: stop writing to the device at once, and start again logged out once it is wiped.
        crate::platform::tabs::listen(move |message| match message {
            crate::platform::tabs::OUTBOX_CHANGED => spawn_local(outbox.reread()),
            crate::platform::tabs::LOGGING_OUT => spawn_local(outbox.stop()),
            crate::platform::tabs::LOGGED_OUT => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
            _ => {}
        });
        // Whoever signs in next finds her own writes sent at once: the owner's come back
        // to life when she signs in again on this device.
        Effect::new(move |before: Option<Option<String>>| {
            let me = outbox.me();
            if before.is_some_and(|b| b != me) && me.is_some() {
                spawn_local(async move {
                    outbox.flush().await;
                });
            }
            me
        });
    }
}

/// Resolves when the browser says it is online again, or after `ms`, whichever comes first.
async fn online_or_after(ms: u32) {
    let (online, back) = futures_channel::oneshot::channel::<()>();
    let online = std::cell::Cell::new(Some(online));
    let listener = window_event_listener_untyped("online", move |_| {
        if let Some(online) = online.take() {
            let _ = online.send(());
        }
    });
    futures_util::future::select(back, gloo_timers::future::TimeoutFuture::new(ms)).await;
    listener.remove();
}

/// Who queued the last write on this device: until the backend can say who is signed in
/// (offline at start), her writes are shown as hers.
pub const LAST_WRITER_KEY: &str = "queue.last_writer";

/// Window event asking every autosave with unsent edits to try again (the backoff timer).
pub const RETRY_EDITS: &str = "okaeri:retry-edits";

#[derive(Clone, Copy)]
pub struct Outbox {
    /// Every write not yet on the backend, oldest first (waiting and returned ones).
    pub writes: RwSignal<Vec<PendingWrite>>,
    /// Device keys of onboarding answers and profile edits saved on this device but not yet
    /// on the backend (autosave sends them with If-Match when it can).
    pub unsent_edits: RwSignal<Vec<String>>,
    /// The app's data version, bumped when a queued write reached the backend so views
    /// that show it fetch again.
    data_version: RwSignal<u64>,
    /// Busy: sending, or starting (its chunk arriving, what was kept being read). A logout
    /// waits for it (`stop`).
    flushing: StoredValue<bool>,
    /// Logging out: nothing may be sent or written to disk any more.
    stopped: StoredValue<bool>,
    client: StoredValue<Client, LocalStorage>,
    /// Who queued the last write on this device ([`LAST_WRITER_KEY`]), as read at start.
    last_writer: StoredValue<Option<String>>,
    /// The key of the write the outbox sent last: a form that kept its draft because the
    /// device could not keep the write lets go of it then.
    pub last_sent: RwSignal<Option<String>>,
    /// Nothing is sent before this moment (ms since the epoch): the backend's `Retry-After`.
    not_before: StoredValue<f64>,
    /// What views read (tracked): the session as loaded (only her writes are shown, `me`) and
    /// the signals above, or a page's own memos of them (`for_page`).
    shown: Shown,
}

/// What a view of the outbox reads, tracked: the app-wide signals, or memos owned by a page.
/// A page that read the app-wide ones directly stayed in their lists of readers after she left
/// it (reactive_graph 0.2), and the session's resource kept each page's loading boundary.
#[derive(Clone, Copy)]
pub struct Shown {
    pub session: Signal<Option<Result<User, ApiError>>>,
    pub writes: Signal<Vec<PendingWrite>>,
    pub unsent_edits: Signal<Vec<String>>,
    pub last_sent: Signal<Option<String>>,
}

impl Outbox {
    /// The outbox, empty until its background work has read what a previous visit left
    /// (`background`, soon after start).
    pub fn start(
        client: Client,
        data_version: RwSignal<u64>,
        session: Signal<Option<Result<User, ApiError>>>,
    ) -> Outbox {
        let (writes, unsent_edits, last_sent) = (
            RwSignal::new(Vec::new()),
            RwSignal::new(Vec::new()),
            RwSignal::new(None),
        );
        let outbox = Outbox {
            writes,
            unsent_edits,
            data_version,
            flushing: StoredValue::new(false),
            stopped: StoredValue::new(false),
            client: StoredValue::new_local(client),
            last_writer: StoredValue::new(crate::platform::storage::get(LAST_WRITER_KEY)),
            last_sent,
            not_before: StoredValue::new(0.0),
            // The shell's views read the app-wide signals directly: they live as long.
            shown: Shown {
                session,
                writes: writes.into(),
                unsent_edits: unsent_edits.into(),
                last_sent: last_sent.into(),
            },
        };
        // Plain spawn_local: the outbox lives as long as the app, and a send must never be
        // cut off between the backend's answer and removing the write from disk.
        spawn_local(async move {
            // Its code comes with the settings part (her session and this device), fetched once
            // the first screen is complete: a deep link's own code and data have the line to
            // themselves. A write queued meanwhile is kept (and merged).
            crate::platform::first_screen::complete().await;
            loop {
                if outbox.stopped.get_value() {
                    return;
                }
                // Busy while its chunk arrives, as while sending: a logout waits for it, so
                // the wipe that follows is not undone by a late fetch through the service
                // worker (which would open its cache again).
                outbox.flushing.set_value(true);
                let started = background(outbox).await;
                outbox.flushing.set_value(false);
                if started.is_ok() {
                    return;
                }
                // Offline before the app was cached: the next try may find the network.
                online_or_after(30_000).await;
            }
        });
        outbox
    }

    /// The same outbox, its views reading `shown`: a page's own memos.
    pub fn for_page(&self, shown: Shown) -> Outbox {
        Outbox { shown, ..*self }
    }

    /// The key of the write sent last (tracked).
    pub fn last_sent(&self) -> Option<String> {
        self.shown.last_sent.get()
    }

    /// Whose writes are shown (tracked): the signed-in person's, or, while the backend cannot
    /// be reached to ask (offline at start), the person who queued the last one.
    fn me(&self) -> Option<String> {
        match self.shown.session.get() {
            Some(Ok(user)) => Some(user.id),
            Some(Err(e)) if e.is_transient() => self.last_writer.get_value(),
            _ => None,
        }
    }

    /// Her writes (the signed-in person's), waiting or returned, oldest first (tracked).
    /// Another person's stay on the device, unseen and unsent, until she signs in again.
    pub fn mine(&self) -> Vec<PendingWrite> {
        let Some(me) = self.me() else {
            return Vec::new();
        };
        self.shown
            .writes
            .with(|w| w.iter().filter(|x| x.belongs_to(&me)).cloned().collect())
    }

    /// Device keys of her unsent edits (tracked).
    pub fn my_unsent_edits(&self) -> Vec<String> {
        let Some(me) = self.me() else {
            return Vec::new();
        };
        self.shown
            .unsent_edits
            .with(|keys| keys.iter().filter(|k| edit_of(k, &me)).cloned().collect())
    }

    /// Whether anything, anyone's, waits on this device (tracked): the header shows her count
    /// (`counts`) only then.
    pub fn holds_any(&self) -> bool {
        !self.shown.writes.with(Vec::is_empty) || !self.shown.unsent_edits.with(Vec::is_empty)
    }

    /// How many of her writes and edits there are (tracked): `(go by themselves, all)`; the
    /// rest wait for her (refused, or older than the idempotency window).
    pub fn counts(&self) -> (usize, usize) {
        let Some(me) = self.me() else {
            return (0, 0);
        };
        let now = chrono::Utc::now();
        let edits = self
            .shown
            .unsent_edits
            .with(|keys| keys.iter().filter(|k| edit_of(k, &me)).count());
        let (going, all) = self.shown.writes.with(|w| {
            let mine = || w.iter().filter(|x| x.belongs_to(&me));
            (
                mine().filter(|x| x.goes_by_itself(now)).count(),
                mine().count(),
            )
        });
        (going + edits, all + edits)
    }

    /// Her writes and edits that go by themselves, still to reach the backend (tracked).
    pub fn waiting(&self) -> usize {
        self.counts().0
    }

    /// Autosave reports whether the edit under `device_key` is still unsent.
    pub fn mark_edit(&self, device_key: &str, unsent: bool) {
        let known = self
            .unsent_edits
            .with_untracked(|k| k.iter().any(|x| x == device_key));
        if unsent && !known {
            crate::platform::storage::ask_persist();
            self.unsent_edits.update(|k| k.push(device_key.to_string()));
        } else if !unsent && known {
            self.unsent_edits.update(|k| k.retain(|x| x != device_key));
        }
    }

    /// Queues a write that could not be sent now; `false` when the device refused to keep it.
    /// Either way it is sent as soon as it can be while the app stays open; the caller keeps
    /// her draft when the device did not keep the write.
    pub async fn enqueue(self, mut write: PendingWrite) -> bool {
        if self.stopped.get_value() {
            return false;
        }
        crate::platform::storage::ask_persist();
        crate::platform::storage::set(LAST_WRITER_KEY, &write.owner);
        write.kept = store::put(&write).await;
        let kept = write.kept;
        self.writes.update(|w| {
            w.retain(|x| x.key != write.key);
            w.push(write);
        });
        crate::platform::tabs::tell_others(crate::platform::tabs::OUTBOX_CHANGED);
        kept
    }

    /// Her choice for a returned write: it is gone from the outbox (its text went back to
    /// the form it came from, or she let it go).
    pub fn forget(self, key: String) {
        self.writes.update(|w| w.retain(|x| x.key != key));
        spawn_local(async move {
            let _ = store::remove(&key).await;
            crate::platform::tabs::tell_others(crate::platform::tabs::OUTBOX_CHANGED);
        });
    }

    /// Her word for a write older than the idempotency window: send it.
    pub fn confirm(self, key: String) {
        let Some(mut write) = self
            .writes
            .with_untracked(|w| w.iter().find(|x| x.key == key).cloned())
        else {
            return;
        };
        write.confirmed = true;
        spawn_local(async move {
            write.kept = store::put(&write).await;
            self.replace(write);
            self.flush().await;
        });
    }

    /// Takes in what the device holds now (another tab queued or sent something): rows on
    /// disk this page did not have are added; rows it kept that are gone were sent elsewhere.
    /// Rows only this page holds (the device refused them) stay.
    async fn reread(self) {
        if self.stopped.get_value() {
            return;
        }
        let saved = store::load().await;
        self.writes.update(|w| {
            w.retain(|x| !x.kept || saved.iter().any(|s| s.key == x.key));
            for s in saved {
                match w.iter_mut().find(|x| x.key == s.key) {
                    Some(slot) => *slot = s,
                    None => w.push(s),
                }
            }
            w.sort_by_key(|x| x.queued_at);
        });
    }

    /// Reads what a previous visit left (and the edits kept on this device), then keeps
    /// trying. Not after a logout: reading would open the outbox's database again.
    async fn begin(self) {
        if self.stopped.get_value() {
            return;
        }
        self.flushing.set_value(true);
        self.unsent_edits.update(|keys| {
            for key in crate::platform::storage::keys_with_unsent_edits() {
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
        });
        let saved = store::load().await;
        self.flushing.set_value(false);
        if self.stopped.get_value() {
            return;
        }
        self.writes.update(|w| {
            for s in saved {
                if !w.iter().any(|x| x.key == s.key) {
                    w.push(s);
                }
            }
        });
        self.retry_forever().await;
    }

    async fn retry_forever(self) {
        let mut failures = 0;
        loop {
            let edits_waiting = !self.unsent_edits.with_untracked(Vec::is_empty);
            if edits_waiting {
                // Autosave holds those edits; it listens for this and sends them with If-Match.
                if let (Some(w), Ok(ev)) = (web_sys::window(), web_sys::Event::new(RETRY_EDITS)) {
                    let _ = w.dispatch_event(&ev);
                }
            }
            if self.flush().await && !edits_waiting {
                failures = 0;
            } else {
                failures += 1;
            }
            let told = (self.not_before.get_value() - js_sys::Date::now()).max(0.0) as u32;
            let delay = entry::retry_delay_ms(failures).max(told);
            gloo_timers::future::TimeoutFuture::new(delay).await;
        }
    }

    /// Stops sending and writing to disk, and waits for a send under way to finish, so a
    /// wipe that follows is not undone by a late write.
    pub async fn stop(self) {
        self.stopped.set_value(true);
        for _ in 0..200 {
            if !self.flushing.get_value() {
                break;
            }
            gloo_timers::future::TimeoutFuture::new(50).await;
        }
    }

    /// Sends every waiting write once, in order, unless another tab is sending (it sends them:
    /// it reads the same disk) or the backend asked to wait. `true` when none is left waiting.
    pub async fn flush(self) -> bool {
        if self.flushing.get_value() || self.stopped.get_value() {
            return false;
        }
        if js_sys::Date::now() < self.not_before.get_value() {
            return false;
        }
        if self.writes.with_untracked(Vec::is_empty) {
            return true;
        }
        self.flushing.set_value(true);
        let sent = crate::platform::locks::exclusive("okaeri-outbox", self.send_all()).await;
        self.flushing.set_value(false);
        sent.unwrap_or(false)
    }

    /// `flush` with the lock held: reads the disk first, so a row another tab sent is never
    /// sent (or queued) again, then asks the backend who is signed in: only her writes go,
    /// another's wait for their owner (never sent under this identity).
    async fn send_all(self) -> bool {
        self.reread().await;
        let client = self.client.get_value();
        let Ok(me) = client.session().await.map(|user| user.id) else {
            return false;
        };
        let now = chrono::Utc::now();
        let Some(waiting) = self.writes.try_with_untracked(|w| {
            w.iter()
                .filter(|x| x.goes_by_itself(now) && x.belongs_to(&me))
                .cloned()
                .collect::<Vec<_>>()
        }) else {
            return true;
        };
        let mut all_sent = true;
        for mut write in waiting {
            let result = client
                .send_queued(&write.path, &write.body, &write.key)
                .await;
            // Signed in as someone else meanwhile: whatever the answer, the rest wait for her.
            if self.stopped.get_value() || client.signed_in_as().as_deref() != Some(me.as_str()) {
                break;
            }
            match disposition(&result) {
                Disposition::Sent => {
                    let _ = store::remove(&write.key).await;
                    self.writes.update(|w| w.retain(|x| x.key != write.key));
                    self.last_sent.set(Some(write.key.clone()));
                    self.data_version.update(|n| *n += 1);
                    crate::platform::tabs::tell_others(crate::platform::tabs::OUTBOX_CHANGED);
                }
                Disposition::KeepQueued => {
                    all_sent = false;
                    if let Err(ApiError::Server {
                        retry_after: Some(seconds),
                        ..
                    }) = &result
                    {
                        let until = js_sys::Date::now() + f64::from(*seconds) * 1000.0;
                        self.not_before.set_value(until);
                    }
                    write.attempts += 1;
                    write.kept = store::put(&write).await;
                    self.replace(write);
                    // The network is still away, or the backend asked to wait: the rest would
                    // fare the same.
                    break;
                }
                Disposition::Return(why) => {
                    write.returned = Some(why.to_string());
                    write.kept = store::put(&write).await;
                    self.replace(write);
                }
            }
        }
        all_sent
    }

    fn replace(&self, write: PendingWrite) {
        self.writes.update(|w| {
            if let Some(slot) = w.iter_mut().find(|x| x.key == write.key) {
                *slot = write;
            }
        });
    }
}

pub fn use_outbox() -> Outbox {
    expect_context::<Outbox>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::common;

    #[test]
    fn network_trouble_keeps_it_and_refusals_give_it_back() {
        assert_eq!(disposition(&Ok(())), Disposition::Sent);
        for e in [
            ApiError::Offline,
            ApiError::Timeout,
            ApiError::InProgress,
            ApiError::Unauthorized,
            ApiError::Server {
                status: 503,
                retry_after: Some(2),
            },
        ] {
            assert_eq!(disposition(&Err(e)), Disposition::KeepQueued);
        }
        assert_eq!(
            disposition(&Err(ApiError::Validation(Default::default()))),
            Disposition::Return(common::ERROR_VALIDATION)
        );
        assert_eq!(
            disposition(&Err(ApiError::NotFound)),
            Disposition::Return(common::ERROR_NOT_FOUND)
        );
        assert_eq!(
            disposition(&Err(ApiError::Forbidden)),
            Disposition::Return(common::ERROR_FORBIDDEN)
        );
    }
}
