//! The backend's data in SQLite, one table per kind of record, each row's document as JSON.
//! Every write of the API runs in one transaction, so a crash never leaves half a change.

use okaeri_core::domain::worker::{Role, User};
use okaeri_core::server::db::{Db, Record, Replay, Session, SCHEMA};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::BTreeMap;

const TABLES: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id));
CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),
  expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS profiles (id TEXT PRIMARY KEY, version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS drafts (worker_id TEXT PRIMARY KEY, version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS challenges (seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, worker_id TEXT NOT NULL,
  status TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS endorsements (seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, worker_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency (slot TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
  etag TEXT, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS notices (seq INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, recipient_id TEXT NOT NULL,
  read INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS notice_settings (user_id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS coordinator_cards (seq INTEGER PRIMARY KEY, user_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS push_subscriptions (seq INTEGER PRIMARY KEY, user_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS look_backs (seq INTEGER PRIMARY KEY, user_id TEXT NOT NULL, body TEXT NOT NULL);
";

type Error = Box<dyn std::error::Error>;

pub struct Store {
    conn: Connection,
}

fn role_id(role: Role) -> &'static str {
    match role {
        Role::Worker => "worker",
        Role::Coordinator => "coordinator",
    }
}

impl Store {
    pub fn open(path: &str) -> Result<Store, Error> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.execute_batch(TABLES)?;
        Ok(Store { conn })
    }

    /// The stored data, or None for a new database.
    pub fn load(&self) -> Result<Option<Db>, Error> {
        let schema: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| {
                r.get(0)
            })
            .optional()?;
        if schema.is_none() {
            return Ok(None);
        }
        let next_id: String =
            self.conn
                .query_row("SELECT value FROM meta WHERE key = 'next_id'", [], |r| {
                    r.get(0)
                })?;
        let mut db = Db {
            schema: SCHEMA,
            next_id: next_id.parse()?,
            ..Db::default()
        };
        let mut q = self
            .conn
            .prepare("SELECT id, name, role FROM users ORDER BY rowid")?;
        db.users = q
            .query_map([], |r| {
                let role: String = r.get(2)?;
                Ok(User {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    role: if role == "coordinator" {
                        Role::Coordinator
                    } else {
                        Role::Worker
                    },
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut q = self.conn.prepare("SELECT token, user_id FROM tokens")?;
        db.tokens = q
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut q = self
            .conn
            .prepare("SELECT token, user_id, expires_at FROM sessions")?;
        for row in q.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })? {
            let (token, user_id, expires_at) = row?;
            let expires_at = chrono::DateTime::parse_from_rfc3339(&expires_at)?.to_utc();
            db.sessions.insert(
                token,
                Session {
                    user_id,
                    expires_at,
                },
            );
        }
        db.profiles = self.versioned("SELECT id, version, body FROM profiles")?;
        db.drafts = self.versioned("SELECT worker_id, version, body FROM drafts")?;
        let mut q = self
            .conn
            .prepare("SELECT version, body FROM challenges ORDER BY seq")?;
        for row in q.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (version, body) = row?;
            db.challenges.push(Record {
                version: version as u64,
                value: serde_json::from_str(&body)?,
            });
        }
        let mut q = self
            .conn
            .prepare("SELECT body FROM endorsements ORDER BY seq")?;
        for row in q.query_map([], |r| r.get::<_, String>(0))? {
            db.endorsements.push(serde_json::from_str(&row?)?);
        }
        let mut q = self
            .conn
            .prepare("SELECT slot, fingerprint, status, etag, body FROM idempotency")?;
        for row in q.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Replay {
                    fingerprint: r.get(1)?,
                    status: r.get::<_, i64>(2)? as u16,
                    etag: r.get(3)?,
                    body: r.get(4)?,
                },
            ))
        })? {
            let (slot, replay) = row?;
            db.idempotency.insert(slot, replay);
        }
        let mut q = self.conn.prepare("SELECT body FROM notices ORDER BY seq")?;
        for row in q.query_map([], |r| r.get::<_, String>(0))? {
            db.notices.push(serde_json::from_str(&row?)?);
        }
        db.notice_settings = self.per_user("notice_settings")?;
        db.coordinator_cards = self.rows_of_users("coordinator_cards")?;
        db.push_subscriptions = self.rows_of_users("push_subscriptions")?;
        db.look_backs = self.rows_of_users("look_backs")?;
        Ok(Some(db.in_time_order()))
    }

    /// A table of (user id, JSON body): one value per person.
    fn per_user<T: serde::de::DeserializeOwned>(
        &self,
        table: &str,
    ) -> Result<BTreeMap<String, T>, Error> {
        let mut q = self
            .conn
            .prepare(&format!("SELECT user_id, body FROM {table}"))?;
        let mut out = BTreeMap::new();
        for row in q.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (user, body) = row?;
            out.insert(user, serde_json::from_str(&body)?);
        }
        Ok(out)
    }

    /// A table of (seq, user id, JSON body), in order: a list of values, each someone's.
    fn rows_of_users<T: serde::de::DeserializeOwned>(
        &self,
        table: &str,
    ) -> Result<Vec<(String, T)>, Error> {
        let mut q = self
            .conn
            .prepare(&format!("SELECT user_id, body FROM {table} ORDER BY seq"))?;
        let mut out = Vec::new();
        for row in q.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (user, body) = row?;
            out.push((user, serde_json::from_str(&body)?));
        }
        Ok(out)
    }

    /// Rows of (key, version, JSON body) as versioned records by key.
    fn versioned<T: serde::de::DeserializeOwned>(
        &self,
        sql: &str,
    ) -> Result<BTreeMap<String, Record<T>>, Error> {
        let mut q = self.conn.prepare(sql)?;
        let mut out = BTreeMap::new();
        for row in q.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })? {
            let (key, version, body) = row?;
            out.insert(
                key,
                Record {
                    version: version as u64,
                    value: serde_json::from_str(&body)?,
                },
            );
        }
        Ok(out)
    }

    /// Writes the whole state in one transaction (the reference backend favours obviousness
    /// over speed).
    pub fn save(&mut self, db: &Db) -> Result<(), Error> {
        let tx = self.conn.transaction()?;
        for table in [
            "meta",
            "tokens",
            "sessions",
            "users",
            "profiles",
            "drafts",
            "challenges",
            "endorsements",
            "idempotency",
            "notices",
            "notice_settings",
            "coordinator_cards",
            "push_subscriptions",
            "look_backs",
        ] {
            tx.execute(&format!("DELETE FROM {table}"), [])?;
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('schema', ?1), ('next_id', ?2)",
            params![db.schema.to_string(), db.next_id.to_string()],
        )?;
        for u in &db.users {
            tx.execute(
                "INSERT INTO users (id, name, role) VALUES (?1, ?2, ?3)",
                params![u.id, u.name, role_id(u.role)],
            )?;
        }
        for (token, user) in &db.tokens {
            tx.execute(
                "INSERT INTO tokens (token, user_id) VALUES (?1, ?2)",
                params![token, user],
            )?;
        }
        for (token, s) in &db.sessions {
            tx.execute(
                "INSERT INTO sessions (token, user_id, expires_at) VALUES (?1, ?2, ?3)",
                params![token, s.user_id, s.expires_at.to_rfc3339()],
            )?;
        }
        for (id, r) in &db.profiles {
            tx.execute(
                "INSERT INTO profiles (id, version, body) VALUES (?1, ?2, ?3)",
                params![id, r.version as i64, serde_json::to_string(&r.value)?],
            )?;
        }
        for (id, r) in &db.drafts {
            tx.execute(
                "INSERT INTO drafts (worker_id, version, body) VALUES (?1, ?2, ?3)",
                params![id, r.version as i64, serde_json::to_string(&r.value)?],
            )?;
        }
        for r in &db.challenges {
            tx.execute(
                "INSERT INTO challenges (id, worker_id, status, version, body) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![r.value.id, r.value.worker_id, r.value.status.id(), r.version as i64, serde_json::to_string(&r.value)?],
            )?;
        }
        for e in &db.endorsements {
            tx.execute(
                "INSERT INTO endorsements (id, worker_id, body) VALUES (?1, ?2, ?3)",
                params![e.id, e.worker_id, serde_json::to_string(e)?],
            )?;
        }
        for (slot, r) in &db.idempotency {
            tx.execute(
                "INSERT INTO idempotency (slot, fingerprint, status, etag, body) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![slot, r.fingerprint, r.status as i64, r.etag, r.body],
            )?;
        }
        for n in &db.notices {
            tx.execute(
                "INSERT INTO notices (id, recipient_id, read, body) VALUES (?1, ?2, ?3, ?4)",
                params![n.id, n.recipient_id, n.read, serde_json::to_string(n)?],
            )?;
        }
        save_per_user(&tx, "notice_settings", &db.notice_settings)?;
        save_rows_of_users(&tx, "coordinator_cards", &db.coordinator_cards)?;
        save_rows_of_users(&tx, "push_subscriptions", &db.push_subscriptions)?;
        save_rows_of_users(&tx, "look_backs", &db.look_backs)?;
        tx.commit()?;
        Ok(())
    }
}

fn save_rows_of_users<T: serde::Serialize>(
    tx: &rusqlite::Transaction,
    table: &str,
    rows: &[(String, T)],
) -> Result<(), Error> {
    let sql = format!("INSERT INTO {table} (user_id, body) VALUES (?1, ?2)");
    for (user, value) in rows {
        tx.execute(&sql, params![user, serde_json::to_string(value)?])?;
    }
    Ok(())
}

fn save_per_user<T: serde::Serialize>(
    tx: &rusqlite::Transaction,
    table: &str,
    values: &BTreeMap<String, T>,
) -> Result<(), Error> {
    let sql = format!("INSERT INTO {table} (user_id, body) VALUES (?1, ?2)");
    for (user, value) in values {
        tx.execute(&sql, params![user, serde_json::to_string(value)?])?;
    }
    Ok(())
}
