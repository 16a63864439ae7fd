//! Autosave for any editable value with an ETag: a device copy on every change, a debounced
//! write with If-Match, one request at a time, and a visible choice on 412.

use crate::api::ApiError;
use crate::platform::storage;
use crate::platform::window_listener::on_window_event;
use crate::sync::outbox::Outbox;
use crate::sync::save_state::SaveState;
use leptos::prelude::*;
use leptos::task::{spawn_local, spawn_local_scoped};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::cell::{Cell, RefCell};
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
    /// What must outlive the page: see [`Line`].
    line: StoredValue<Rc<Line<T>>, LocalStorage>,
    get: StoredValue<GetFn<T>, LocalStorage>,
    pub value: RwSignal<T>,
    pub state: RwSignal<SaveState>,
    /// The backend's version when it differs from ours and both changed.
    pub theirs: RwSignal<Option<T>>,
    unsent: StoredValue<bool>,
    /// The device kept the last copy: "saved offline" is said only then.
    kept: StoredValue<bool>,
    again: StoredValue<bool>,
    generation: StoredValue<u64>,
}

/// The part of an autosave that outlives its page. She may leave within the half-second
/// pause, or while a save is on its way, and the page's signals go with it; her last edit is
/// on the device, and is sent from here, once, with the ETag the last save answered.
struct Line<T> {
    device_key: String,
    put: PutFn<T>,
    etag: RefCell<String>,
    in_flight: Cell<bool>,
    /// The page is gone: what she typed last is the device copy.
    left: Cell<bool>,
    /// Told whether this edit is still unsent, for 「送信待ち」.
    outbox: Option<Outbox>,
}

impl<T> Line<T>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + 'static,
{
    fn etag(&self) -> String {
        self.etag.borrow().clone()
    }

    /// Only a failed send counts as waiting: a save in its half-second pause is not news.
    fn report(&self, waiting: bool) {
        if let Some(outbox) = self.outbox {
            outbox.mark_edit(&self.device_key, waiting);
        }
    }

    /// After the page has gone: sends the device copy if it is still unsent (`just_sent` is
    /// a value the backend has already taken), then marks it sent. A failure leaves it unsent,
    /// shown as 「送信待ち」, and it is sent when she next opens the page.
    async fn send_what_is_left(self: Rc<Self>, just_sent: Option<T>) {
        let Some(copy) = storage::get_json::<DeviceCopy<T>>(&self.device_key) else {
            return;
        };
        if !copy.unsent {
            return self.report(false);
        }
        if just_sent.as_ref() != Some(&copy.value) {
            match (self.put)(copy.value.clone(), self.etag()).await {
                Ok(etag) => *self.etag.borrow_mut() = etag,
                Err(_) => return self.report(true),
            }
        }
        // Unless she came back and typed again meanwhile: that copy is newer, and its page's.
        let now: Option<DeviceCopy<T>> = storage::get_json(&self.device_key);
        if now.is_some_and(|now| now.value == copy.value) {
            let sent = DeviceCopy {
                value: copy.value,
                base_etag: self.etag(),
                unsent: false,
            };
            storage::set_json(&self.device_key, &sent);
        }
        self.report(false);
    }
}

/// An autosave's ETag and device copy, usable after its page has gone (onboarding's 完了
/// answers after she may have left).
pub struct Kept<T>(Rc<Line<T>>);

impl<T> Kept<T>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + 'static,
{
    /// The ETag the last save answered.
    pub fn etag(&self) -> String {
        self.0.etag()
    }

    pub fn forget_device_copy(&self) {
        storage::remove(&self.0.device_key);
        self.0.report(false);
    }
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
        let line = StoredValue::new_local(Rc::new(Line {
            device_key,
            put,
            etag: RefCell::new(start.etag),
            in_flight: Cell::new(false),
            left: Cell::new(false),
            outbox: use_context::<Outbox>(),
        }));
        let this = Autosave {
            line,
            get: StoredValue::new_local(get),
            value: RwSignal::new(start.value),
            state: RwSignal::new(SaveState::Idle),
            theirs: RwSignal::new(start.theirs),
            unsent: StoredValue::new(start.unsent),
            kept: StoredValue::new(true),
            again: StoredValue::new(false),
            generation: StoredValue::new(0),
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
        // Leaving the page: an edit still in its pause goes now. One on its way finishes in
        // `send`. Nothing goes while she has two versions to choose between.
        on_cleanup(move || {
            let Some(line) = line.try_get_value() else {
                return;
            };
            line.left.set(true);
            let choosing = this.theirs.try_with_untracked(Option::is_some) != Some(false);
            if !line.in_flight.get() && !choosing && this.unsent.try_get_value() == Some(true) {
                spawn_local(line.send_what_is_left(None));
            }
        });
        if start.unsent && this.theirs.with_untracked(Option::is_none) {
            this.schedule();
        }
        this
    }

    /// What outlives the page, for work that may finish after it has gone.
    pub fn kept(&self) -> Kept<T> {
        Kept(self.line.get_value())
    }

    pub fn has_unsent(&self) -> bool {
        self.unsent.get_value()
    }

    /// Keeps the value on the device; remembers whether the browser let it.
    fn keep_on_device(&self) {
        let kept = self.line.with_value(|line| {
            let copy = DeviceCopy {
                value: self.value.get_untracked(),
                base_etag: line.etag(),
                unsent: self.unsent.get_value(),
            };
            storage::set_json(&line.device_key, &copy)
        });
        self.kept.set_value(kept);
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
        let line = self.line.get_value();
        while line.in_flight.get() {
            gloo_timers::future::TimeoutFuture::new(50).await;
        }
        if self.unsent.try_get_value() == Some(true) {
            self.send().await
        } else {
            Ok(())
        }
    }

    /// One request at a time, so each write carries the ETag of the one before. Every read of
    /// the page's state after a request has answered is a `try_`: she may have left meanwhile.
    async fn send(self) -> Result<(), ApiError> {
        if self.theirs.try_with_untracked(Option::is_some) != Some(false) {
            return Err(ApiError::Conflict { current: None });
        }
        let line = self.line.get_value();
        if line.in_flight.get() {
            self.again.set_value(true);
            return Ok(());
        }
        line.in_flight.set(true);
        self.state.set(SaveState::Saving);
        let result = loop {
            self.again.set_value(false);
            let Some(sent) = self.value.try_get_untracked() else {
                break Ok(());
            };
            let mut answer = (line.put)(sent.clone(), line.etag()).await;
            // On 412, the backend's version: theirs to show beside hers, or hers already (a
            // save whose answer was lost, or the last send of a copy of this page that
            // closed), which is no conflict. Read again only when the 412 did not carry a
            // version other than hers: that read also brings the ETag to continue from.
            let mut theirs = None;
            if let Err(ApiError::Conflict { current }) = &answer {
                let from_body = current.as_ref().and_then(|v| v.read::<T>());
                let latest = match self.get.try_get_value() {
                    Some(get) if from_body.as_ref().is_none_or(|b| *b == sent) => get().await.ok(),
                    _ => None,
                };
                match latest {
                    Some((server, etag)) if server == sent => answer = Ok(etag),
                    latest => theirs = latest.map(|(v, _)| v).or(from_body),
                }
            }
            if line.left.get() {
                line.in_flight.set(false);
                match &answer {
                    Ok(etag) => {
                        *line.etag.borrow_mut() = etag.clone();
                        Rc::clone(&line).send_what_is_left(Some(sent)).await;
                    }
                    Err(e) => {
                        line.report(e.is_transient() || matches!(e, ApiError::Conflict { .. }))
                    }
                }
                return answer.map(|_| ());
            }
            match answer {
                Ok(etag) => {
                    *line.etag.borrow_mut() = etag;
                    if self.value.with_untracked(|v| *v == sent) {
                        self.unsent.set_value(false);
                    }
                    self.keep_on_device();
                    line.report(false);
                    self.state.set(SaveState::Saved);
                    if !self.again.get_value() {
                        break Ok(());
                    }
                }
                Err(ApiError::Conflict { .. }) => {
                    self.theirs.set(theirs.or_else(|| Some(sent.clone())));
                    self.state.set(SaveState::Failed);
                    break Err(ApiError::Conflict { current: None });
                }
                Err(e) => {
                    line.report(e.is_transient());
                    // The embedded default's refusal is the device's: nothing to wait for.
                    let device = e == ApiError::DeviceRefused;
                    let kept = self.kept.get_value() && !device;
                    self.state
                        .set(SaveState::after_failure(e.is_transient() && !device, kept));
                    break Err(e);
                }
            }
        };
        line.in_flight.set(false);
        result
    }

    /// Resolves a conflict with a version made of both (hers, with the other's list entries).
    pub fn resolve_with(&self, both: T) {
        self.value.set(both);
        self.resolve(true);
    }

    /// Resolves a conflict: keep this device's version, or take the other one.
    pub fn resolve(&self, keep_mine: bool) {
        let this = *self;
        spawn_local_scoped(async move {
            let fetched = (this.get.get_value())().await;
            if this.line.try_with_value(|l| l.left.get()) != Some(false) {
                return; // she has left; her version stays on the device for next time
            }
            let Ok((server, etag)) = fetched else {
                this.state.set(SaveState::SavedOffline);
                return;
            };
            this.line.with_value(|l| *l.etag.borrow_mut() = etag);
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
