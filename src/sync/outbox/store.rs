//! The outbox on disk: one IndexedDB object store, each write a JSON string under its
//! Idempotency-Key. IndexedDB (not localStorage) because it survives the app being closed
//! by the system, is shared with the service worker, and is what "clear site data" clears.

use super::entry::PendingWrite;
use idb::{Database, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;

const DB_NAME: &str = "okaeri";
const STORE: &str = "outbox";

/// Opens the database; the flag says it did not exist before (so nothing is queued).
async fn open_noting_new() -> Option<(Database, bool)> {
    let factory = Factory::new().ok()?;
    let mut request = factory.open(DB_NAME, Some(1)).ok()?;
    let created = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = created.clone();
    request.on_upgrade_needed(move |event| {
        use idb::DatabaseEvent as _;
        if event.old_version().unwrap_or(0) == 0 {
            flag.set(true);
        }
        if let Ok(db) = event.database() {
            if !db.store_names().iter().any(|n| n == STORE) {
                let _ = db.create_object_store(STORE, ObjectStoreParams::new());
            }
        }
    });
    let db = request.await.ok()?;
    Some((db, created.get()))
}

async fn open() -> Option<Database> {
    open_noting_new().await.map(|(db, _)| db)
}

/// Whether the database exists, where the browser can tell (`indexedDB.databases()`), so a
/// read never creates one.
async fn exists() -> Option<bool> {
    let window = web_sys::window()?;
    let idb = js_sys::Reflect::get(&window, &"indexedDB".into()).ok()?;
    let promise = crate::platform::unbound::call_for_promise(&idb, "databases")?;
    let list = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(js_sys::Array::from(&list).iter().any(|d| {
        js_sys::Reflect::get(&d, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .as_deref()
            == Some(DB_NAME)
    }))
}

/// Every write still in the outbox, oldest first. Unreadable rows are skipped.
pub async fn load() -> Vec<PendingWrite> {
    if exists().await == Some(false) {
        return Vec::new();
    }
    let Some((db, created)) = open_noting_new().await else {
        return Vec::new();
    };
    if created {
        // Reading must not leave a database behind (after logging out the device stays
        // clean); the first queued write creates it for real.
        db.close();
        let _ = wipe().await;
        return Vec::new();
    }
    let rows = async {
        let tx = db.transaction(&[STORE], TransactionMode::ReadOnly).ok()?;
        let store = tx.object_store(STORE).ok()?;
        store.get_all(None, None).ok()?.await.ok()
    }
    .await
    .unwrap_or_default();
    db.close();
    let mut writes: Vec<PendingWrite> = rows
        .into_iter()
        .filter_map(|v| v.as_string())
        .filter_map(|s| serde_json::from_str(&s).ok())
        .collect();
    writes.sort_by_key(|w| w.queued_at);
    writes
}

async fn write(change: impl FnOnce(&idb::ObjectStore) -> Option<()>) -> bool {
    let Some(db) = open().await else {
        return false;
    };
    let done = async {
        let tx = db.transaction(&[STORE], TransactionMode::ReadWrite).ok()?;
        let store = tx.object_store(STORE).ok()?;
        change(&store)?;
        tx.commit().ok()?.await.ok()
    }
    .await
    .is_some();
    db.close();
    done
}

/// Adds or replaces one write. `false` when the device would not store it.
pub async fn put(w: &PendingWrite) -> bool {
    let Ok(text) = serde_json::to_string(w) else {
        return false;
    };
    let key = JsValue::from_str(&w.key);
    write(move |s| s.put(&JsValue::from_str(&text), Some(&key)).ok().map(drop)).await
}

pub async fn remove(key: &str) -> bool {
    let key = JsValue::from_str(key);
    write(move |s| s.delete(key).ok().map(drop)).await
}

/// Deletes the whole database (logging out).
pub async fn wipe() -> bool {
    let Ok(factory) = Factory::new() else {
        return false;
    };
    match factory.delete(DB_NAME) {
        Ok(request) => request.await.is_ok(),
        Err(_) => false,
    }
}
