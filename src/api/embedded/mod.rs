//! The embedded default backend: the contract server running inside the browser, its data
//! kept in localStorage, so the app works with no server at all.
//!
//! Its code arrives in two chunks, so a first visit fetches only what a first screen needs:
//! `embedded_backend` makes the demo data and answers reads; `embedded_store` reads stored
//! data back and answers writes (it alone reads request bodies and stored records). An app
//! pointed at a real backend downloads neither.

use crate::platform::split::ChunkMissing;
use crate::platform::storage;
use okaeri_core::contract::http::{ApiRequest, ApiResponse, Method};
use okaeri_core::domain::worker::Role;
use okaeri_core::server::db::{Db, SCHEMA};
use okaeri_core::server::{seed, Server};
use std::cell::RefCell;

thread_local! {
    /// One backend per page, made on the first request.
    static BACKEND: RefCell<Option<Server>> = const { RefCell::new(None) };
    /// The stored generation the backend in memory matches; `None` until it is made.
    static LOADED: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

/// The whole data, once she has changed something.
const KEY: &str = "embedded.db";
/// Until then only when the demo data was made: the demo is a pure function of that moment
/// (`seed::seed`), so every tab makes the same data from it, and a first visit does not spend
/// a long task writing out data that nobody has changed.
const SEEDED_KEY: &str = "embedded.seeded";
/// The benchmark asks for extra generated cards through this key.
pub const EXTRA_CARDS_KEY: &str = "embedded.extra_cards";

/// Bumped on every write, so other tabs reload the data before answering.
const GENERATION_KEY: &str = "embedded.generation";

/// The token that signs her in to the demo as `role` ("デモの立場").
pub fn demo_token(role: Role) -> &'static str {
    match role {
        Role::Worker => seed::DEMO_WORKER_TOKEN,
        Role::Coordinator => seed::DEMO_COORDINATOR_TOKEN,
    }
}

/// Makes or reloads the backend if it does not match what is stored (first request, or
/// another tab wrote, or she logged out): the first request's work split in two tasks, this
/// and the answer, so neither is one long task (src/app/start_stages.rs says why).
pub async fn prepare() -> Result<(), ChunkMissing> {
    if up_to_date() {
        return Ok(());
    }
    if storage::has(KEY) && load_stored().await? {
        return Ok(());
    }
    seed_demo().await
}

/// The embedded backend's answer to one request, as a server's would be.
pub async fn answer(req: ApiRequest) -> Result<ApiResponse, ChunkMissing> {
    // Another tab may have written since `prepare`.
    prepare().await?;
    if okaeri_core::server::is_in_touch(&req.path) {
        answer_in_touch(req).await
    } else if req.method == Method::Get {
        answer_read(req).await
    } else {
        answer_write(req).await
    }
}

/// Calls `wrote` each time another tab of this device changes the demo's data. A tab reading
/// at once can still see the data from before the change for a moment (the browser hands it
/// over between tabs after the fact); the `storage` event comes once it has arrived.
pub fn when_another_tab_writes(wrote: impl Fn() + 'static) {
    use wasm_bindgen::JsCast;
    let key = format!("{}{GENERATION_KEY}", storage::PREFIX);
    let listener = leptos::prelude::window_event_listener_untyped("storage", move |ev| {
        let changed = ev.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
        if changed.as_deref() == Some(key.as_str()) {
            wrote();
        }
    });
    // For as long as the page lives, as the count it keeps fresh.
    std::mem::forget(listener);
}

fn up_to_date() -> bool {
    let stored = storage::get(GENERATION_KEY);
    LOADED.with(|loaded| loaded.borrow().as_ref() == Some(&stored))
}

fn loaded(db: Db) {
    BACKEND.with(|backend| *backend.borrow_mut() = Some(Server::new(db)));
    matches_stored();
}

/// The backend in memory now matches what is stored.
fn matches_stored() {
    LOADED.with(|loaded| *loaded.borrow_mut() = Some(storage::get(GENERATION_KEY)));
}

/// The moment and the extra cards the stored demo was made with, if any.
fn seeded() -> Option<(chrono::DateTime<chrono::Utc>, usize)> {
    let text = storage::get(SEEDED_KEY)?;
    let (micros, extra) = text.split_once(' ')?;
    let at = chrono::DateTime::from_timestamp_micros(micros.parse().ok()?)?;
    Some((at, extra.parse().ok()?))
}

fn generation(now: chrono::DateTime<chrono::Utc>) -> String {
    format!(
        "{}-{}",
        now.timestamp_micros(),
        crate::platform::random::uuid_v4()
    )
}

crate::split! {
    embedded_backend =>
    /// Makes the demo data (on a first visit, for the first time).
    fn seed_demo() -> () {
        if !up_to_date() {
            let (at, extra) = seeded().unwrap_or_else(|| {
                let now = chrono::Utc::now();
                let extra = storage::get(EXTRA_CARDS_KEY)
                    .and_then(|n| n.parse::<usize>().ok())
                    .unwrap_or(0)
                    .min(5000);
                // Kept at once, so a second tab starts from the same demo data.
                storage::set(SEEDED_KEY, &format!("{} {extra}", now.timestamp_micros()));
                storage::set(GENERATION_KEY, &generation(now));
                (now, extra)
            });
            let mut db = seed::seed(at);
            seed::add_generated_challenges(&mut db, extra, at);
            loaded(db);
        }
    }
}

crate::split! {
    embedded_backend =>
    /// The answer to a GET.
    fn answer_read(req: ApiRequest) -> ApiResponse {
        BACKEND.with(|backend| match backend.borrow_mut().as_mut() {
            Some(server) => server.handle_read(&req, chrono::Utc::now()),
            None => unavailable(),
        })
    }
}

crate::split! {
    embedded_store =>
    /// Reads the stored data back; false if there is none this version can read.
    fn load_stored() -> bool {
        up_to_date()
            || match storage::get_json::<Db>(KEY).filter(|db| db.schema == SCHEMA) {
                Some(db) => {
                    loaded(db.in_time_order());
                    true
                }
                None => {
                    // Unreadable (an older version's): the demo starts again.
                    storage::remove(KEY);
                    false
                }
            }
    }
}

crate::split! {
    embedded_store =>
    /// The answer to any other request; a change is stored at once, for the next visit and
    /// for other tabs.
    fn answer_write(req: ApiRequest) -> ApiResponse {
        answer_and_keep(req, Server::handle_write)
    }
}

crate::split! {
    embedded_store =>
    /// お知らせ and the cards beside a thread (kept when changed). With the writes, as no
    /// first screen asks for them.
    fn answer_in_touch(req: ApiRequest) -> ApiResponse {
        answer_and_keep(req, Server::handle_in_touch)
    }
}

/// `handle`'s answer; a change (any method but GET) is stored at once, for the next visit and
/// for other tabs.
fn answer_and_keep(
    req: ApiRequest,
    handle: fn(&mut Server, &ApiRequest, chrono::DateTime<chrono::Utc>) -> ApiResponse,
) -> ApiResponse {
    let now = chrono::Utc::now();
    BACKEND.with(|backend| match backend.borrow_mut().as_mut() {
        Some(server) => {
            let response = handle(server, &req, now);
            if response.status >= 400 || req.method == Method::Get {
                return response;
            }
            // Said done only once it is kept. If the browser refuses to store it, the
            // backend in memory no longer matches what is stored: the next request reads
            // that back (undoing the change), and she is told, her input on the screen.
            if !storage::set_json(KEY, &server.db) {
                LOADED.with(|loaded| *loaded.borrow_mut() = None);
                return refused();
            }
            storage::set(GENERATION_KEY, &generation(now));
            matches_stored();
            response
        }
        None => unavailable(),
    })
}

/// The browser would not store a write (quota, private mode, storage disabled).
fn refused() -> ApiResponse {
    ApiResponse {
        status: 507,
        headers: vec![("content-type".into(), "application/problem+json".into())],
        body: format!(
            r#"{{"type":"{}","title":"Insufficient Storage","status":507}}"#,
            okaeri_core::contract::problem::DEVICE_REFUSED
        ),
    }
}

/// Only if the backend could not be made before answering (never expected): a server error,
/// which the app already shows kindly with a way to try again.
fn unavailable() -> ApiResponse {
    ApiResponse {
        status: 503,
        headers: vec![("content-type".into(), "application/problem+json".into())],
        body: r#"{"type":"about:blank","title":"Service Unavailable","status":503}"#.into(),
    }
}
