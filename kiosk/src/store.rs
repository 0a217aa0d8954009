//! The kiosk's SQLite database: the outbox of sealed responses and a few settings.
//!
//! Opened in WAL mode with `synchronous=FULL`, so a response is on disk when its transaction
//! commits, even if the power goes a moment later. The schema is versioned and migrated forward
//! one step at a time; a database from a newer build is refused rather than misread.
//!
//! Nothing here is ever plaintext answers: the outbox holds the sealed bytes, the random
//! response id that makes delivery exactly once, and what the collector checks before opening
//! anything: survey id, version and completion date (a date, never a time).

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::KioskError;

/// Each entry moves the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &["CREATE TABLE outbox (
         seq INTEGER PRIMARY KEY AUTOINCREMENT,
         response_id TEXT NOT NULL UNIQUE,
         survey_id TEXT NOT NULL,
         survey_version INTEGER NOT NULL,
         completed_on TEXT NOT NULL,
         sealed BLOB NOT NULL,
         -- 0 pending, 1 held by the collector, 2 refused by the collector for good
         synced INTEGER NOT NULL DEFAULT 0
     );
     CREATE INDEX outbox_pending ON outbox (synced, seq);
     CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"];

pub struct Store {
    conn: Connection,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct OutboxCounts {
    pub pending: u64,
    pub synced: u64,
    pub refused: u64,
}

/// A sealed response with what travels beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub response_id: String,
    pub survey_id: String,
    pub survey_version: u32,
    pub completed_on: chrono::NaiveDate,
    pub sealed: Vec<u8>,
}

impl Store {
    pub fn open(path: &Path) -> Result<Self, KioskError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), KioskError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")?;
        let current: i64 = tx
            .query_row("SELECT version FROM schema_version", [], |r| r.get(0))
            .optional()?
            .unwrap_or(0);
        let known = MIGRATIONS.len() as i64;
        if current > known {
            return Err(KioskError::NewerSchema {
                found: current,
                known,
            });
        }
        for migration in &MIGRATIONS[current as usize..] {
            tx.execute_batch(migration)?;
        }
        tx.execute("DELETE FROM schema_version", [])?;
        tx.execute("INSERT INTO schema_version (version) VALUES (?1)", [known])?;
        tx.commit()?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64, KioskError> {
        Ok(self
            .conn
            .query_row("SELECT version FROM schema_version", [], |r| r.get(0))?)
    }

    /// Adds a sealed response; one transaction, durable when this returns.
    pub fn add_sealed(&mut self, response: &Sealed) -> Result<(), KioskError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO outbox (response_id, survey_id, survey_version, completed_on, sealed)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                response.response_id,
                response.survey_id,
                response.survey_version,
                response.completed_on.to_string(),
                response.sealed
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn counts(&self) -> Result<OutboxCounts, KioskError> {
        let (pending, synced, refused) = self.conn.query_row(
            "SELECT COALESCE(SUM(synced = 0), 0), COALESCE(SUM(synced = 1), 0),
                    COALESCE(SUM(synced = 2), 0) FROM outbox",
            [],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            },
        )?;
        Ok(OutboxCounts {
            pending: pending as u64,
            synced: synced as u64,
            refused: refused as u64,
        })
    }

    /// The oldest pending responses, at most `limit`.
    pub fn pending(&self, limit: usize) -> Result<Vec<Sealed>, KioskError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT response_id, survey_id, survey_version, completed_on, sealed FROM outbox
             WHERE synced = 0 ORDER BY seq LIMIT ?1",
        )?;
        let rows = statement.query_map([limit as i64], |r| {
            let completed_on: String = r.get(3)?;
            Ok(Sealed {
                response_id: r.get(0)?,
                survey_id: r.get(1)?,
                survey_version: r.get(2)?,
                completed_on: completed_on.parse().map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        3,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?,
                sealed: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks responses held by the collector; called only with ids it acknowledged.
    pub fn mark_synced(&mut self, response_ids: &[String]) -> Result<usize, KioskError> {
        self.set_state(response_ids, 1)
    }

    /// Marks responses the collector refused for good, so they are not sent again.
    pub fn mark_refused(&mut self, response_ids: &[String]) -> Result<usize, KioskError> {
        self.set_state(response_ids, 2)
    }

    fn set_state(&mut self, response_ids: &[String], state: i64) -> Result<usize, KioskError> {
        let tx = self.conn.transaction()?;
        let mut changed = 0;
        {
            let mut statement = tx.prepare_cached(
                "UPDATE outbox SET synced = ?2 WHERE response_id = ?1 AND synced = 0",
            )?;
            for id in response_ids {
                changed += statement.execute(params![id, state])?;
            }
        }
        tx.commit()?;
        Ok(changed)
    }

    pub fn response_ids(&self) -> Result<Vec<String>, KioskError> {
        let mut statement = self
            .conn
            .prepare("SELECT response_id FROM outbox ORDER BY seq")?;
        let rows = statement.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, KioskError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), KioskError> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Sets several settings in one transaction, so that they change together or not at all.
    pub fn set_settings(&mut self, pairs: &[(&str, &str)]) -> Result<(), KioskError> {
        let tx = self.conn.transaction()?;
        for (key, value) in pairs {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    pub fn integrity_check(&self) -> Result<String, KioskError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed(id: &str) -> Sealed {
        Sealed {
            response_id: id.into(),
            survey_id: "s".into(),
            survey_version: 1,
            completed_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            sealed: format!("sealed-{id}").into_bytes(),
        }
    }

    fn counts(pending: u64, synced: u64, refused: u64) -> OutboxCounts {
        OutboxCounts {
            pending,
            synced,
            refused,
        }
    }

    #[test]
    fn migrations_run_once_and_the_store_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.sqlite");
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
        store.add_sealed(&sealed("a")).unwrap();
        drop(store);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.counts().unwrap(), counts(1, 0, 0));
        let mode: String = store
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let sync: i64 = store
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 2, "synchronous=FULL");
    }

    #[test]
    fn a_database_from_a_newer_build_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.sqlite");
        drop(Store::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.execute("UPDATE schema_version SET version = 99", [])
            .unwrap();
        drop(conn);
        assert!(matches!(
            Store::open(&path),
            Err(KioskError::NewerSchema { found: 99, .. })
        ));
    }

    #[test]
    fn only_acknowledged_ids_change_state_and_only_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("k.sqlite")).unwrap();
        for id in ["a", "b", "c", "d"] {
            store.add_sealed(&sealed(id)).unwrap();
        }
        assert!(
            store.add_sealed(&sealed("a")).is_err(),
            "an id is stored once"
        );
        let pending: Vec<String> = store
            .pending(2)
            .unwrap()
            .into_iter()
            .map(|p| p.response_id)
            .collect();
        assert_eq!(pending, ["a", "b"]);
        assert_eq!(store.pending(1).unwrap()[0], sealed("a"));
        assert_eq!(store.mark_synced(&["b".into(), "zzz".into()]).unwrap(), 1);
        assert_eq!(
            store.mark_refused(&["c".into(), "b".into()]).unwrap(),
            1,
            "b is held already"
        );
        assert_eq!(store.counts().unwrap(), counts(2, 1, 1));
    }
}
