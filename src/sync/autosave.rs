//! Autosave for any editable value with an ETag: a device copy on every change, a debounced
//! write with If-Match, one request at a time, and a visible choice on 412.

use crate::api::ApiError;
use crate::browser::storage;
use crate::browser::window_listener::on_window_event;
use crate::components::save_status::SaveState;
use crate::sync::outbox::Outbox;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

const DEBOUNCE_MS: u32 = 500;

type Fut<T> = Pin<Box<dyn Future<Output = Result<T, ApiError>>>>;
/// Writes a value with an If-Match ETag; answers the new ETag.
pub type PutFn<T> = Rc<dyn Fn(T, String) -> Fut<String>>;
/// Reads the backend's current value and ETag.
pub type GetFn<T> = Rc<dyn Fn() -> Fut<(T, String)>>;

/// What the device keeps: the value, the ETag it was based on, and whether it is unsent.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DeviceCopy<T> {
    pub value: T,
    pub base_etag: String,
    pub unsent: bool,
}

/// Where editing starts: the value to show and, if both sides changed, the other version.
#[derive(Clone, Debug)]
pub struct Start<T> {
    pub value: T,
    pub etag: String,
    pub theirs: Option<T>,
    pub unsent: bool,
}

/// Reads the backend's value and the device copy, and decides which to continue from.
pub async fn load<T: Clone + PartialEq + DeserializeOwned>(
    device_key: &str,
    get: &GetFn<T>,
    empty: T,
) -> Start<T> {
    let device: Option<DeviceCopy<T>> = storage::get_json(device_key);
    match (get().await, device) {
        (Ok((server, etag)), Some(local)) if local.unsent && local.value != server => {
            let theirs = (local.base_etag != etag).then_some(server);
            Start {
                value: local.value,
                etag,
                theirs,
                unsent: true,
            }
        }
        (Ok((server, etag)), _) => Start {
            value: server,
            etag,
            theirs: None,
            unsent: false,
        },
        (Err(_), Some(local)) => Start {
            value: local.value,
            etag: local.base_etag,
            theirs: None,
            unsent: local.unsent,
        },
        (Err(_), None) => Start {
            value: empty,
            etag: String::new(),
            theirs: None,
            unsent: false,
        },
    }
}

pub struct Autosave<T: Send + Sync + 'static> {
    device_key: StoredValue<String>,
    put: StoredValue<PutFn<T>, LocalStorage>,
    get: StoredValue<GetFn<T>, LocalStorage>,
    pub value: RwSignal<T>,
    etag: StoredValue<String>,
    pub state: RwSignal<SaveState>,
    /// The backend's version when it differs from ours and both changed.
    pub theirs: RwSignal<Option<T>>,
    unsent: StoredValue<bool>,
    in_flight: StoredValue<bool>,
    again: StoredValue<bool>,
    generation: StoredValue<u64>,
    /// Told whether this edit is still unsent, for 「送信待ち」.
    outbox: Option<Outbox>,
}

impl<T: Send + Sync + 'static> Clone for Autosave<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Autosave<T> {}

impl<T> Autosave<T>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    pub fn new(device_key: String, start: Start<T>, put: PutFn<T>, get: GetFn<T>) -> Self {
        let this = Autosave {
            device_key: StoredValue::new(device_key),
            put: StoredValue::new_local(put),
            get: StoredValue::new_local(get),
            value: RwSignal::new(start.value),
            etag: StoredValue::new(start.etag),
            state: RwSignal::new(SaveState::Idle),
            theirs: RwSignal::new(start.theirs),
            unsent: StoredValue::new(start.unsent),
            in_flight: StoredValue::new(false),
            again: StoredValue::new(false),
            generation: StoredValue::new(0),
            outbox: use_context::<Outbox>(),
        };
        // Back online, or the outbox's backoff timer: send what was kept on the device,
        // without waiting for her next edit.
        let retry = move |_| {
            if this.unsent.try_get_value() == Some(true) {
                spawn_local_scoped(async move {
                    let _ = this.flush().await;
                });
            }
        };
        on_window_event("online", retry);
        on_window_event(crate::sync::outbox::RETRY_EDITS, retry);
        if start.unsent && this.theirs.with_untracked(Option::is_none) {
            this.schedule();
        }
        this
    }

    pub fn etag(&self) -> String {
        self.etag.get_value()
    }

    pub fn has_unsent(&self) -> bool {
        self.unsent.get_value()
    }

    /// Only a failed send counts as waiting: a save in its half-second pause is not news.
    fn report(&self, waiting: bool) {
        if let Some(outbox) = self.outbox {
            outbox.mark_edit(&self.device_key.get_value(), waiting);
        }
    }

    fn keep_on_device(&self) {
        let copy = DeviceCopy {
            value: self.value.get_untracked(),
            base_etag: self.etag.get_value(),
            unsent: self.unsent.get_value(),
        };
        storage::set_json(&self.device_key.get_value(), &copy);
    }

    pub fn forget_device_copy(&self) {
        storage::remove(&self.device_key.get_value());
        if let Some(outbox) = self.outbox {
            outbox.mark_edit(&self.device_key.get_value(), false);
        }
    }

    /// Applies an edit: on the device at once, to the backend after a short pause.
    pub fn change(&self, edit: impl FnOnce(&mut T)) {
        self.value.update(edit);
        self.unsent.set_value(true);
        self.keep_on_device();
        self.schedule();
    }

    fn schedule(&self) {
        self.generation.update_value(|g| *g += 1);
        let mine = self.generation.get_value();
        let this = *self;
        spawn_local_scoped(async move {
            gloo_timers::future::TimeoutFuture::new(DEBOUNCE_MS).await;
            if this.generation.try_get_value() == Some(mine)
                && this.unsent.try_get_value() == Some(true)
            {
                let _ = this.send().await;
            }
        });
    }

    /// Sends now (e.g. the online event or a retry button).
    pub async fn flush(self) -> Result<(), ApiError> {
        // The pending debounced save is this one: left scheduled, it could fire after the
        // caller's next request (onboarding's complete) with an ETag that is then stale.
        self.generation.update_value(|g| *g += 1);
        while self.in_flight.get_value() {
            gloo_timers::future::TimeoutFuture::new(50).await;
        }
        if self.unsent.get_value() {
            self.send().await
        } else {
            Ok(())
        }
    }

    /// One request at a time, so each write carries the ETag of the one before.
    async fn send(self) -> Result<(), ApiError> {
        if self.theirs.with_untracked(Option::is_some) {
            return Err(ApiError::Conflict { current: None });
        }
        if self.in_flight.get_value() {
            self.again.set_value(true);
            return Ok(());
        }
        self.in_flight.set_value(true);
        self.state.set(SaveState::Saving);
        let result = loop {
            self.again.set_value(false);
            let sent = self.value.get_untracked();
            let put = self.put.get_value();
            match put(sent.clone(), self.etag.get_value()).await {
                Ok(etag) => {
                    self.etag.set_value(etag);
                    if self.value.with_untracked(|v| *v == sent) {
                        self.unsent.set_value(false);
                    }
                    self.keep_on_device();
                    self.report(false);
                    self.state.set(SaveState::Saved);
                    if !self.again.get_value() {
                        break Ok(());
                    }
                }
                Err(ApiError::Conflict { current }) => {
                    let theirs = match current.and_then(|v| serde_json::from_value::<T>(v).ok()) {
                        Some(t) => Some(t),
                        None => (self.get.get_value())().await.ok().map(|(v, _)| v),
                    };
                    self.theirs.set(theirs.or_else(|| Some(sent.clone())));
                    self.state.set(SaveState::Failed);
                    break Err(ApiError::Conflict { current: None });
                }
                Err(e) => {
                    self.report(e.is_transient());
                    self.state.set(if e.is_transient() {
                        SaveState::SavedOffline
                    } else {
                        SaveState::Failed
                    });
                    break Err(e);
                }
            }
        };
        self.in_flight.set_value(false);
        result
    }

    /// Resolves a conflict: keep this device's version, or take the other one.
    pub fn resolve(&self, keep_mine: bool) {
        let this = *self;
        spawn_local_scoped(async move {
            let Ok((server, etag)) = (this.get.get_value())().await else {
                this.state.set(SaveState::SavedOffline);
                return;
            };
            this.etag.set_value(etag);
            this.theirs.set(None);
            if keep_mine {
                this.unsent.set_value(true);
                let _ = this.send().await;
            } else {
                this.value.set(server);
                this.unsent.set_value(false);
                this.keep_on_device();
                this.state.set(SaveState::Saved);
            }
        });
    }
}
