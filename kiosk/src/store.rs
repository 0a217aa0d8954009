//! The kiosk's SQLite database: the outbox of sealed responses and a few settings.
//!
//! Opened in WAL mode with `synchronous=FULL`, so a response is on disk when its transaction
//! commits, even if the power goes a moment later. The schema is versioned and migrated forward
//! one step at a time; a database from a newer build is refused rather than misread.
//!
//! Nothing here is ever plaintext answers: the outbox holds the sealed bytes, the random
//! response id that makes delivery exactly once, and what the collector checks before opening
//! anything: survey id, version and completion date (a date, never a time).
//!
//! The outbox holds only what is still to be sent. Once the collector holds a response its row
//! is deleted and only a count goes up, in the same transaction: a stolen kiosk then shows
//! neither which responses it took nor when. A response refused for its date stays pending
//! (clocks get corrected), marked with the kiosk's and the collector's date of that refusal; one
//! refused for good moves, sealed as it is, to `set_aside`, so that no refusal ever deletes one. `secure_delete` overwrites
//! the deleted bytes in the database, and a checkpoint that truncates the write-ahead log drops
//! the copies of pages that still hold them.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::KioskError;

/// Each entry moves the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE outbox (
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
     CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // Forget what the collector holds or refused: keep how many, not which.
    "CREATE TABLE counts (
         one INTEGER PRIMARY KEY CHECK (one = 1),
         synced INTEGER NOT NULL,
         refused INTEGER NOT NULL
     );
     INSERT INTO counts (one, synced, refused)
         SELECT 1, COALESCE(SUM(synced = 1), 0), COALESCE(SUM(synced = 2), 0) FROM outbox;
     CREATE TABLE outbox_new (
         seq INTEGER PRIMARY KEY AUTOINCREMENT,
         response_id TEXT NOT NULL UNIQUE,
         survey_id TEXT NOT NULL,
         survey_version INTEGER NOT NULL,
         completed_on TEXT NOT NULL,
         sealed BLOB NOT NULL
     );
     INSERT INTO outbox_new
         SELECT seq, response_id, survey_id, survey_version, completed_on, sealed FROM outbox
         WHERE synced = 0;
     DROP TABLE outbox;
     ALTER TABLE outbox_new RENAME TO outbox;",
    // A response refused for its date stays pending, with both clocks of its last refusal; one
    // refused for good is kept aside rather than deleted.
    "ALTER TABLE outbox ADD COLUMN date_refusal TEXT;
     ALTER TABLE outbox ADD COLUMN collector_date TEXT;
     ALTER TABLE outbox ADD COLUMN kiosk_date TEXT;
     CREATE TABLE set_aside (
         response_id TEXT PRIMARY KEY,
         survey_id TEXT NOT NULL,
         survey_version INTEGER NOT NULL,
         completed_on TEXT NOT NULL,
         sealed BLOB NOT NULL,
         reason TEXT NOT NULL
     );",
];

/// Pending responses the collector refused for their date, grouped by the refusal and the two
/// clocks, for the coordinator.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DateRefusals {
    /// `future_date` or `outside_period`.
    pub reason: String,
    /// The collector's date when it refused them, if its reply said.
    pub collector_date: Option<chrono::NaiveDate>,
    /// This kiosk's date when they were refused.
    pub kiosk_date: chrono::NaiveDate,
    pub count: u64,
}

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
        // Before migrating, so that the rows a migration deletes are overwritten too.
        conn.pragma_update(None, "secure_delete", "ON")?;
        // Sorts and temporary tables stay in memory rather than in files outside the data folder.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        let mut store = Store { conn };
        store.migrate()?;
        store.truncate_wal();
        Ok(store)
    }

    /// Copies the write-ahead log into the database and empties it. The log keeps whole copies
    /// of the pages a transaction wrote, including those that held a row since deleted, until it
    /// is overwritten; this is when they go. A failure costs no data, only the early removal, and
    /// the next forgetting or opening tries again.
    fn truncate_wal(&self) {
        let result = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            });
        match result {
            Ok(0) => {}
            Ok(_) => log::warn!("another connection is reading; the write-ahead log stays for now"),
            Err(error) => log::warn!("the write-ahead log could not be emptied: {error}"),
        }
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
            "SELECT (SELECT COUNT(*) FROM outbox), synced, refused FROM counts",
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

    /// At most `limit` pending responses, chosen and ordered at random, so that neither a batch
    /// nor the order of batches tells the collector in which order they were completed.
    pub fn pending(&self, limit: usize) -> Result<Vec<Sealed>, KioskError> {
        self.pending_except(limit, &std::collections::HashSet::new())
    }

    /// Like [`Store::pending`], leaving out `skip` (what a sync run already had refused for its
    /// date, so that the run ends instead of sending them again and again).
    pub fn pending_except(
        &self,
        limit: usize,
        skip: &std::collections::HashSet<String>,
    ) -> Result<Vec<Sealed>, KioskError> {
        // One snapshot for both queries, so no row can go between choosing and reading it.
        let tx = self.conn.unchecked_transaction()?;
        // Only the row numbers are shuffled: sorting whole rows would copy every sealed blob.
        let seqs: Vec<i64> = {
            let mut statement =
                tx.prepare_cached("SELECT seq, response_id FROM outbox ORDER BY random()")?;
            let rows = statement.query_map([], |r| Ok((r.get(0)?, r.get::<_, String>(1)?)))?;
            let mut seqs = Vec::new();
            for row in rows {
                let (seq, id) = row?;
                if seqs.len() == limit {
                    break;
                }
                if !skip.contains(&id) {
                    seqs.push(seq);
                }
            }
            seqs
        };
        let mut statement = tx.prepare_cached(
            "SELECT response_id, survey_id, survey_version, completed_on, sealed FROM outbox
             WHERE seq = ?1",
        )?;
        let pending = seqs
            .into_iter()
            .map(|seq| {
                Ok(statement.query_row([seq], |r| {
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
                })?)
            })
            .collect();
        drop(statement);
        tx.commit()?;
        pending
    }

    /// Forgets responses the collector holds; called only with ids its reply listed as held.
    /// Returns how many were pending here.
    pub fn forget_held(&mut self, response_ids: &[String]) -> Result<usize, KioskError> {
        self.forget(response_ids, "UPDATE counts SET synced = synced + ?1")
    }

    /// Moves responses the collector refused for good (`(id, reason)`) out of the outbox into
    /// `set_aside`, sealed as they were, and counts them, in one transaction: they are not sent
    /// again, and nothing is lost should the refusal prove wrong. Returns how many were pending.
    pub fn set_aside(&mut self, refused: &[(String, String)]) -> Result<usize, KioskError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut moved = 0;
        {
            let mut copy = tx.prepare_cached(
                "INSERT OR IGNORE INTO set_aside
                     (response_id, survey_id, survey_version, completed_on, sealed, reason)
                 SELECT response_id, survey_id, survey_version, completed_on, sealed, ?2
                 FROM outbox WHERE response_id = ?1",
            )?;
            let mut delete = tx.prepare_cached("DELETE FROM outbox WHERE response_id = ?1")?;
            for (id, reason) in refused {
                copy.execute(params![id, reason])?;
                moved += delete.execute([id])?;
            }
        }
        tx.execute("UPDATE counts SET refused = refused + ?1", [moved as i64])?;
        tx.commit()?;
        Ok(moved)
    }

    /// How many responses are kept aside after a refusal for good.
    pub fn set_aside_count(&self) -> Result<u64, KioskError> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM set_aside", [], |r| r.get::<_, i64>(0))?
            as u64)
    }

    /// Marks pending responses the collector refused for their date (`(id, reason)`), with
    /// both clocks; they stay pending. Returns how many were pending.
    pub fn mark_date_refused(
        &mut self,
        refused: &[(String, String)],
        collector_date: Option<chrono::NaiveDate>,
        kiosk_date: chrono::NaiveDate,
    ) -> Result<usize, KioskError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut marked = 0;
        {
            let mut mark = tx.prepare_cached(
                "UPDATE outbox SET date_refusal = ?2, collector_date = ?3, kiosk_date = ?4
                 WHERE response_id = ?1",
            )?;
            for (id, reason) in refused {
                marked += mark.execute(params![
                    id,
                    reason,
                    collector_date.map(|d| d.to_string()),
                    kiosk_date.to_string()
                ])?;
            }
        }
        tx.commit()?;
        Ok(marked)
    }

    /// The pending responses last refused for their date, grouped by reason and clocks.
    pub fn date_refusals(&self) -> Result<Vec<DateRefusals>, KioskError> {
        let mut statement = self.conn.prepare(
            "SELECT date_refusal, collector_date, kiosk_date, COUNT(*) FROM outbox
             WHERE date_refusal IS NOT NULL
             GROUP BY date_refusal, collector_date, kiosk_date
             ORDER BY kiosk_date, collector_date",
        )?;
        let date = |text: String, column: usize| {
            text.parse::<chrono::NaiveDate>().map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    column,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })
        };
        let rows = statement.query_map([], |r| {
            Ok(DateRefusals {
                reason: r.get(0)?,
                collector_date: r
                    .get::<_, Option<String>>(1)?
                    .map(|d| date(d, 1))
                    .transpose()?,
                kiosk_date: date(r.get(2)?, 2)?,
                count: r.get::<_, i64>(3)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes the rows and counts them in one transaction, so that a crash leaves each
    /// response either pending or counted, never both nor neither.
    fn forget(&mut self, response_ids: &[String], count_them: &str) -> Result<usize, KioskError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut forgotten = 0;
        {
            let mut statement = tx.prepare_cached("DELETE FROM outbox WHERE response_id = ?1")?;
            for id in response_ids {
                forgotten += statement.execute([id])?;
            }
        }
        tx.execute(count_them, [forgotten as i64])?;
        tx.commit()?;
        if forgotten > 0 {
            self.truncate_wal();
        }
        Ok(forgotten)
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

    /// Removes several settings in one transaction.
    pub fn remove_settings(&mut self, keys: &[&str]) -> Result<(), KioskError> {
        let tx = self.conn.transaction()?;
        for key in keys {
            tx.execute("DELETE FROM settings WHERE key = ?1", [key])?;
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

    fn ids(sealed: &[Sealed]) -> Vec<String> {
        sealed.iter().map(|p| p.response_id.clone()).collect()
    }

    /// Whether any file in `dir` (the database, its log, its index) holds `needle`.
    fn any_file_holds(dir: &Path, needle: &[u8]) -> Option<std::path::PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .find(|path| {
                let bytes = std::fs::read(path).unwrap();
                bytes.windows(needle.len()).any(|w| w == needle)
            })
    }

    #[test]
    fn only_acknowledged_ids_are_forgotten_and_each_is_counted_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("k.sqlite")).unwrap();
        for id in ["a", "b", "c", "d"] {
            store.add_sealed(&sealed(id)).unwrap();
        }
        assert!(
            store.add_sealed(&sealed("a")).is_err(),
            "an id is stored once"
        );
        assert_eq!(store.pending(2).unwrap().len(), 2);
        let mut all = ids(&store.pending(10).unwrap());
        all.sort();
        assert_eq!(all, ["a", "b", "c", "d"]);
        assert_eq!(store.forget_held(&["b".into(), "zzz".into()]).unwrap(), 1);
        assert_eq!(
            store
                .set_aside(&[("c".into(), "bad".into()), ("b".into(), "bad".into())])
                .unwrap(),
            1,
            "b is forgotten already"
        );
        assert_eq!(store.set_aside_count().unwrap(), 1);
        assert_eq!(store.forget_held(&["b".into()]).unwrap(), 0);
        assert_eq!(store.counts().unwrap(), counts(2, 1, 1));
        // What was not acknowledged is untouched, sealed bytes and all.
        let mut left = store.pending(10).unwrap();
        left.sort_by(|x, y| x.response_id.cmp(&y.response_id));
        assert_eq!(left, [sealed("a"), sealed("d")]);
        assert_eq!(store.response_ids().unwrap(), ["a", "d"]);
    }

    #[test]
    fn a_response_refused_for_its_date_stays_pending_and_one_refused_for_good_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.sqlite");
        let mut store = Store::open(&path).unwrap();
        for id in ["early", "late", "tampered", "fine"] {
            store.add_sealed(&sealed(id)).unwrap();
        }
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let future = [("late".to_owned(), "future_date".to_owned())];
        assert_eq!(
            store
                .mark_date_refused(&future, Some(day(2)), day(9))
                .unwrap(),
            1
        );
        let outside = [("early".to_owned(), "outside_period".to_owned())];
        assert_eq!(store.mark_date_refused(&outside, None, day(9)).unwrap(), 1);
        let tampered = [("tampered".to_owned(), "not_sealed".to_owned())];
        assert_eq!(store.set_aside(&tampered).unwrap(), 1);
        drop(store);

        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.counts().unwrap(), counts(3, 0, 1));
        assert_eq!(
            store.date_refusals().unwrap(),
            [
                DateRefusals {
                    reason: "outside_period".into(),
                    collector_date: None,
                    kiosk_date: day(9),
                    count: 1
                },
                DateRefusals {
                    reason: "future_date".into(),
                    collector_date: Some(day(2)),
                    kiosk_date: day(9),
                    count: 1
                },
            ]
        );
        let skip = ["late".to_owned()].into_iter().collect();
        let mut left = ids(&store.pending_except(10, &skip).unwrap());
        left.sort();
        assert_eq!(left, ["early", "fine"]);
        // The tampered one is out of the outbox but its sealed bytes are still on the machine.
        let kept: Vec<u8> = store
            .conn
            .query_row(
                "SELECT sealed FROM set_aside WHERE response_id = 'tampered'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(kept, sealed("tampered").sealed);
        // Once held, a date-refused response is forgotten like any other.
        store.forget_held(&["late".into()]).unwrap();
        assert_eq!(store.date_refusals().unwrap().len(), 1);
    }

    #[test]
    fn pending_responses_come_in_random_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("k.sqlite")).unwrap();
        let completed: Vec<String> = (0..40).map(|n| format!("r{n:02}")).collect();
        for id in &completed {
            store.add_sealed(&sealed(id)).unwrap();
        }
        let orders: Vec<Vec<String>> = (0..3).map(|_| ids(&store.pending(40).unwrap())).collect();
        for order in &orders {
            let mut sorted = order.clone();
            sorted.sort();
            assert_eq!(sorted, completed, "every pending response, once");
        }
        // Each of these holds with probability 1 - 1/40!.
        assert!(orders.iter().all(|order| *order != completed));
        assert_ne!(orders[0], orders[1]);
        // A smaller batch is a random choice too, not the oldest.
        let firsts: std::collections::BTreeSet<String> = (0..20)
            .flat_map(|_| ids(&store.pending(5).unwrap()))
            .collect();
        assert!(firsts.len() > 5, "{firsts:?}");
    }

    #[test]
    fn a_forgotten_response_leaves_no_trace_in_any_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("k.sqlite")).unwrap();
        let secure: i64 = store
            .conn
            .query_row("PRAGMA secure_delete", [], |r| r.get(0))
            .unwrap();
        assert_eq!(secure, 1);
        // Large enough rows, and enough of them, for overflow pages and page splits.
        let responses: Vec<Sealed> = (0..60)
            .map(|n| Sealed {
                sealed: format!("SEALED-{n:03}-").into_bytes().repeat(700),
                ..sealed(&format!("RESPONSE-ID-{n:03}"))
            })
            .collect();
        for response in &responses {
            store.add_sealed(response).unwrap();
        }
        let (gone, kept) = responses.split_at(45);
        for chunk in gone.chunks(10) {
            let chunk_ids = ids(chunk);
            store.forget_held(&chunk_ids).unwrap();
        }
        assert_eq!(store.counts().unwrap(), counts(15, 45, 0));
        for response in gone {
            for needle in [response.response_id.as_bytes(), &response.sealed[..12]] {
                if let Some(path) = any_file_holds(dir.path(), needle) {
                    panic!(
                        "{} still holds {}",
                        path.display(),
                        String::from_utf8_lossy(needle)
                    );
                }
            }
        }
        for response in kept {
            assert!(any_file_holds(dir.path(), response.response_id.as_bytes()).is_some());
        }
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn a_database_with_synced_rows_migrates_to_counts_and_forgets_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.sqlite");
        {
            // A database as the first schema left it.
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "journal_mode", "WAL").unwrap();
            conn.execute_batch(MIGRATIONS[0]).unwrap();
            conn.execute_batch(
                "CREATE TABLE schema_version (version INTEGER NOT NULL);
                 INSERT INTO schema_version (version) VALUES (1);",
            )
            .unwrap();
            for (id, state) in [
                ("OLD-P1", 0),
                ("OLD-S1", 1),
                ("OLD-S2", 1),
                ("OLD-R1", 2),
                ("OLD-P2", 0),
            ] {
                conn.execute(
                    "INSERT INTO outbox (response_id, survey_id, survey_version, completed_on,
                                         sealed, synced)
                     VALUES (?1, 's', 1, '2026-11-02', ?2, ?3)",
                    params![id, format!("SEALED-BYTES-OF-{id}").into_bytes(), state],
                )
                .unwrap();
            }
        }
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
        assert_eq!(store.counts().unwrap(), counts(2, 2, 1));
        let mut left = ids(&store.pending(10).unwrap());
        left.sort();
        assert_eq!(left, ["OLD-P1", "OLD-P2"]);
        for id in ["OLD-S1", "OLD-S2", "OLD-R1"] {
            for needle in [id.to_owned(), format!("SEALED-BYTES-OF-{id}")] {
                assert_eq!(
                    any_file_holds(dir.path(), needle.as_bytes()),
                    None,
                    "{needle}"
                );
            }
        }
        store.forget_held(&["OLD-P1".into()]).unwrap();
        assert_eq!(store.counts().unwrap(), counts(1, 3, 1));
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}
