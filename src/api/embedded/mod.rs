//! The embedded default backend: the contract server running inside the browser, its data
//! kept in localStorage, so the app works with no server at all.

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

const KEY: &str = "embedded.db";
/// The benchmark asks for extra generated cards through this key.
pub const EXTRA_CARDS_KEY: &str = "embedded.extra_cards";

/// Bumped on every write, so other tabs reload the data before answering.
const GENERATION_KEY: &str = "embedded.generation";

pub struct EmbeddedBackend {
    server: RefCell<Server>,
    generation: RefCell<Option<String>>,
}

fn uuid_like(now: chrono::DateTime<chrono::Utc>) -> String {
    format!(
        "{}-{}",
        now.timestamp_micros(),
        crate::browser::random::uuid_v4()
    )
}

impl EmbeddedBackend {
    pub fn load() -> Self {
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
            server: RefCell::new(Server::new(db)),
            generation: RefCell::new(storage::get(GENERATION_KEY)),
        }
    }

    pub async fn send(&self, req: &ApiRequest) -> ApiResponse {
        // Yield once so callers see the same asynchronous ordering as over the network.
        gloo_timers::future::TimeoutFuture::new(0).await;
        let now = chrono::Utc::now();
        let stored_generation = storage::get(GENERATION_KEY);
        let mut server = self.server.borrow_mut();
        if stored_generation != *self.generation.borrow() {
            if let Some(db) = storage::get_json::<Db>(KEY).filter(|db| db.schema == SCHEMA) {
                server.db = db;
            }
            *self.generation.borrow_mut() = stored_generation;
        }
        let response = server.handle(req, now);
        if req.method != Method::Get {
            storage::set_json(KEY, &server.db);
            let next = uuid_like(now);
            storage::set(GENERATION_KEY, &next);
            *self.generation.borrow_mut() = Some(next);
        }
        response
    }
}
