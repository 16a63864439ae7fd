//! App-wide state provided as context: the backend client, who is signed in, and the live
//! region that announces saves and moves.

use crate::api::config::Config;
use crate::api::{ApiError, Client};
use crate::platform::storage;
use crate::ui::loaded::Loaded;
use leptos::prelude::*;
use okaeri_core::domain::worker::{Role, User};

const ROLE_KEY: &str = "demo.role";

#[derive(Clone, Copy)]
pub struct AppState {
    client: StoredValue<Client, LocalStorage>,
    config: StoredValue<Config, LocalStorage>,
    /// Who you are on the embedded default ("デモの立場").
    demo_role: RwSignal<Role>,
    /// Bumped after any write that other views show, so their data is fetched again.
    data_version: RwSignal<u64>,
    /// The same, as read by views: a page's own memo of it (see `for_page`).
    data: Signal<u64>,
    session: Loaded<Result<User, ApiError>>,
    /// The session as loaded so far, as read by views: a page's own memo (see `for_page`).
    session_state: Signal<Option<Result<User, ApiError>>>,
    /// Who she is, once known: the session itself, or a page's own memo of it (see `for_page`).
    user: Signal<Option<User>>,
    /// A request got 401 and waits for her to sign in again.
    sign_in_needed: RwSignal<bool>,
    /// Text for the app's polite live region.
    announcement: RwSignal<String>,
    /// Bumped when notices were marked read here (she opened a card), for views that show
    /// read state without the rest of the page being fetched again.
    notices_read: RwSignal<u64>,
    /// The same, as read by views: a page's own memo of it (see `for_page`).
    notices_seen: Signal<u64>,
}

impl AppState {
    pub fn new(config: Config) -> AppState {
        let client = Client::from_config(&config);
        let stored_role = match storage::get(ROLE_KEY).as_deref() {
            Some("coordinator") => Role::Coordinator,
            _ => Role::Worker,
        };
        let demo_role = RwSignal::new(stored_role);
        if client.is_embedded() {
            client.set_token(Some(
                crate::api::embedded::demo_token(stored_role).to_string(),
            ));
        }
        let sign_in_needed = RwSignal::new(false);
        client.on_sign_in_needed(move || sign_in_needed.set(true));
        let client = StoredValue::new_local(client);
        let session = Loaded::new(move || {
            demo_role.track();
            let client = client.get_value();
            async move {
                // Asked in a task of its own, not in the app's first (src/app/start_stages.rs). A
                // timer, queued behind what already waits: on the embedded default that is
                // index.html's early fetch of the backend's code (its pack), which this request
                // then uses.
                gloo_timers::future::TimeoutFuture::new(0).await;
                client.session().await
            }
        });
        let data_version = RwSignal::new(0);
        let notices_read = RwSignal::new(0);
        AppState {
            client,
            config: StoredValue::new_local(config),
            demo_role,
            data_version,
            data: data_version.into(),
            sign_in_needed,
            session,
            session_state: Signal::derive(move || session.get()),
            user: Signal::derive(move || session.get().and_then(Result::ok)),
            announcement: RwSignal::new(String::new()),
            notices_read,
            notices_seen: notices_read.into(),
        }
    }

    pub fn client(&self) -> Client {
        self.client.get_value()
    }

    pub fn config(&self) -> Config {
        self.config.get_value()
    }

    pub fn is_embedded(&self) -> bool {
        self.client.with_value(Client::is_embedded)
    }

    pub fn switch_demo_role(&self, role: Role) {
        storage::set(
            ROLE_KEY,
            if role == Role::Coordinator {
                "coordinator"
            } else {
                "worker"
            },
        );
        self.client
            .with_value(|c| c.set_token(Some(crate::api::embedded::demo_token(role).to_string())));
        self.demo_role.set(role);
        self.data_changed();
    }

    /// The signed-in user, once known (tracked).
    pub fn user(&self) -> Option<User> {
        self.user.get()
    }

    /// The session as loaded so far, as a signal (the outbox reads whose writes to show).
    pub fn session_signal(&self) -> Signal<Option<Result<User, ApiError>>> {
        self.session_state
    }

    /// The signed-in user, once known, read without tracking.
    pub fn user_untracked(&self) -> Option<User> {
        self.user.get_untracked()
    }

    /// The session as loaded so far (tracked): None while it loads.
    pub fn session_state(&self) -> Option<Result<User, ApiError>> {
        self.session_state.get()
    }

    /// Her own data, asked for by `ask` (run tracked) once she is known or why not is, and
    /// again when she changes; `None` until then. Asked before, on a deep link whose page code
    /// came first, it was asked again as she became known, and drawn twice.
    pub fn once_known<T, Fut>(self, ask: impl Fn() -> Fut + 'static) -> LocalResource<Option<T>>
    where
        T: 'static,
        Fut: std::future::Future<Output = T> + 'static,
    {
        LocalResource::new(move || {
            self.user();
            let asked = self.session_state().is_some().then(&ask);
            async move {
                match asked {
                    Some(answer) => Some(answer.await),
                    None => None,
                }
            }
        })
    }

    /// Tracks the data version: a view that calls this is drawn again after a write.
    pub fn track_data(&self) {
        self.data.track();
    }

    /// The same state, its session, data version and notices marked read seen through memos
    /// owned by the current page, which let go of the app-wide signals when she leaves it
    /// (`page_memo`); who she is follows the page's session memo.
    pub fn for_page(&self) -> AppState {
        use crate::app::page_scope::page_memo;
        let (data, session, notices) = (self.data, self.session_state, self.notices_read);
        let session = page_memo(move || session.get());
        AppState {
            session_state: session,
            user: page_memo(move || session.get().and_then(Result::ok)),
            data: page_memo(move || data.get()),
            notices_seen: page_memo(move || notices.get()),
            ..*self
        }
    }

    /// Who she is on the embedded default ("デモの立場"), tracked.
    pub fn demo_role(&self) -> Role {
        self.demo_role.get()
    }

    /// The data version the outbox bumps when a queued write has been sent.
    pub fn data_version(&self) -> RwSignal<u64> {
        self.data_version
    }

    /// Asks the backend again who is signed in.
    pub fn refetch_session(&self) {
        self.session.refetch();
    }

    /// Whether a request got 401 and waits for her to sign in again (tracked).
    pub fn sign_in_needed(&self) -> bool {
        self.sign_in_needed.get()
    }

    pub fn set_sign_in_needed(&self, needed: bool) {
        self.sign_in_needed.set(needed);
    }

    /// The text of the app's polite live region (tracked).
    pub fn announcement(&self) -> String {
        self.announcement.get()
    }

    pub fn data_changed(&self) {
        self.data_version.update(|v| *v += 1);
    }

    pub fn announce(&self, text: impl Into<String>) {
        self.announcement.set(text.into());
    }

    /// Tracks notices being marked read on this device.
    pub fn track_notices_read(&self) {
        self.notices_seen.track();
    }

    pub fn notices_were_read(&self) {
        self.notices_read.update(|v| *v += 1);
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
