//! The embedded default backend: the contract server running inside the browser, its data
//! kept in localStorage, so the app works with no server at all. Its code and demo data are a
//! chunk of their own ([`answer`]): an app pointed at a real backend never downloads them.

pub mod db;
pub mod seed;
pub mod server;

#[cfg(test)]
mod contract_tests;

use super::http::{ApiRequest, ApiResponse, Method};
use crate::browser::storage;
use db::{Db, SCHEMA};
use server::Server;
use std::cell::RefCell;

thread_local! {
    /// One backend per page, made on the first request.
    static BACKEND: RefCell<Option<EmbeddedBackend>> = const { RefCell::new(None) };
}

crate::split! {
    embedded_backend =>
    /// Loads (on a first visit: makes) the demo data, if not yet done: the first request's
    /// work split in two, so neither is one long task (src/start_stages.rs says why).
    pub fn prepare() -> () {
        BACKEND.with(|backend| {
            backend.borrow_mut().get_or_insert_with(EmbeddedBackend::load);
        })
    }
}

crate::split! {
    embedded_backend =>
    /// The embedded backend's answer to one request, as a server's would be.
    pub fn answer(req: ApiRequest) -> ApiResponse {
        BACKEND.with(|backend| {
            let mut backend = backend.borrow_mut();
            backend.get_or_insert_with(EmbeddedBackend::load).answer(&req)
        })
    }
}

const KEY: &str = "embedded.db";
/// The benchmark asks for extra generated cards through this key.
pub const EXTRA_CARDS_KEY: &str = "embedded.extra_cards";

/// Bumped on every write, so other tabs reload the data before answering.
const GENERATION_KEY: &str = "embedded.generation";

struct EmbeddedBackend {
    server: Server,
    generation: Option<String>,
}

fn uuid_like(now: chrono::DateTime<chrono::Utc>) -> String {
    format!(
        "{}-{}",
        now.timestamp_micros(),
        crate::browser::random::uuid_v4()
    )
}

impl EmbeddedBackend {
    fn load() -> Self {
        let db = storage::get_json::<Db>(KEY)
            .filter(|db| db.schema == SCHEMA)
            .unwrap_or_else(|| {
                let mut db = seed::seed(chrono::Utc::now());
                let extra = storage::get(EXTRA_CARDS_KEY)
                    .and_then(|n| n.parse::<usize>().ok())
                    .unwrap_or(0);
                seed::add_generated_challenges(&mut db, extra.min(5000), chrono::Utc::now());
                // Kept at once, so a second tab starts from the same demo data.
                storage::set_json(KEY, &db);
                storage::set(GENERATION_KEY, &uuid_like(chrono::Utc::now()));
                db
            });
        EmbeddedBackend {
            server: Server::new(db),
            generation: storage::get(GENERATION_KEY),
        }
    }

    fn answer(&mut self, req: &ApiRequest) -> ApiResponse {
        let now = chrono::Utc::now();
        let stored_generation = storage::get(GENERATION_KEY);
        if stored_generation != self.generation {
            match storage::get_json::<Db>(KEY).filter(|db| db.schema == SCHEMA) {
                Some(db) => {
                    self.server.db = db;
                    self.generation = stored_generation;
                }
                // Wiped (she logged out, here or in another tab): start again from the demo.
                None => *self = EmbeddedBackend::load(),
            }
        }
        let response = self.server.handle(req, now);
        if req.method != Method::Get {
            storage::set_json(KEY, &self.server.db);
            let next = uuid_like(now);
            storage::set(GENERATION_KEY, &next);
            self.generation = Some(next);
        }
        response
    }
}
