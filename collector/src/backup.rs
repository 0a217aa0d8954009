//! Backing up the collector's database while it serves (`survey-collector backup --out FILE`)
//! and putting a backup back (`survey-collector restore --from FILE`).
//!
//! **Why `VACUUM INTO`.** The serving collector keeps writing (WAL mode) while a backup runs.
//! SQLite's online backup API copied step by step restarts whenever another connection writes
//! the source, so under steady ingest it may never finish. `VACUUM INTO` reads the whole
//! database inside one read transaction: in WAL mode that is a snapshot as of its start, it
//! never restarts and never blocks the writer (which goes on appending to the WAL). Copying all
//! pages in one backup step would be a snapshot too; `VACUUM INTO` also needs no extra SQLite
//! feature and writes a compacted file that carries no freed pages. Every response whose
//! acknowledgement left the collector before the backup began was committed before it, so it is
//! in the backup.
//!
//! SQLite does not fsync what `VACUUM INTO` writes, so the copy is written beside `--out` under
//! a temporary name, checked, fsynced, and only then renamed: a half-written backup never has
//! the final name. A backup holds what the database holds — sealed responses, salted hashes,
//! kiosks' public keys — and never an identity, which the collector does not have.
//!
//! A restore checks the file first (SQLite's integrity check, a collector schema this collector
//! knows), refuses to overwrite a database unless told to replace it, and refuses while a
//! collector serves the folder ([`crate::serving`]). A replaced database is renamed aside with
//! its WAL, never deleted.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::db::{self, Db, DATABASE_FILE};
use crate::serving::ServingLock;
use crate::CollectorError;

/// What a backup or restore wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub responses: u64,
    pub bytes: u64,
}

/// What a restore did with the database that was there before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub summary: Summary,
    /// Where the replaced database now is, if one was replaced.
    pub set_aside: Option<PathBuf>,
}

/// Writes a consistent copy of `data_dir`'s database to `out`, which must not exist yet.
pub fn backup(data_dir: &Path, out: &Path) -> Result<Summary, CollectorError> {
    let database = data_dir.join(DATABASE_FILE);
    if !database.is_file() {
        return Err(CollectorError::NoDatabase(data_dir.to_owned()));
    }
    if out.exists() {
        return Err(CollectorError::BackupExists(out.to_owned()));
    }
    let partial = partial_path(out, "partial")?;
    let written = write_snapshot(&database, &partial).and_then(|()| {
        let summary = check_collector_database(&partial)?;
        sync_file(&partial)?;
        Ok(summary)
    });
    let summary = match written {
        Ok(summary) => summary,
        Err(error) => {
            let _ = std::fs::remove_file(&partial);
            return Err(error);
        }
    };
    // Checked again just before the rename: a backup someone wrote meanwhile is not replaced.
    if out.exists() {
        let _ = std::fs::remove_file(&partial);
        return Err(CollectorError::BackupExists(out.to_owned()));
    }
    std::fs::rename(&partial, out).map_err(CollectorError::io(out))?;
    sync_parent(out)?;
    Ok(summary)
}

/// Puts the backup `from` in place as `data_dir`'s database. An existing database is set aside
/// only with `replace`; nothing is changed while a collector serves `data_dir`.
pub fn restore(data_dir: &Path, from: &Path, replace: bool) -> Result<Restored, CollectorError> {
    if !from.is_file() {
        return Err(CollectorError::Io {
            path: from.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such backup file"),
        });
    }
    // The backup is checked as the copy that will be used, so what was checked is what is put
    // in place; the copy sits in the data folder so that the final rename is atomic.
    std::fs::create_dir_all(data_dir).map_err(CollectorError::io(data_dir))?;
    let incoming = data_dir.join(format!("{DATABASE_FILE}.restoring"));
    let _ = std::fs::remove_file(&incoming);
    let prepared = std::fs::copy(from, &incoming)
        .map_err(CollectorError::io(&incoming))
        .and_then(|_| check_collector_database(&incoming).map_err(|e| about_backup(e, from)))
        .and_then(|_| sync_file(&incoming));
    let outcome = prepared.and_then(|()| put_in_place(data_dir, &incoming, replace));
    if outcome.is_err() {
        let _ = std::fs::remove_file(&incoming);
    }
    let set_aside = outcome?;
    // Opening migrates a backup made by an older collector and turns WAL on again.
    let db = Db::open(data_dir)?;
    let responses = db.response_count()?;
    drop(db);
    let bytes = std::fs::metadata(data_dir.join(DATABASE_FILE))
        .map_err(CollectorError::io(data_dir.join(DATABASE_FILE)))?
        .len();
    Ok(Restored {
        summary: Summary { responses, bytes },
        set_aside,
    })
}

fn put_in_place(
    data_dir: &Path,
    incoming: &Path,
    replace: bool,
) -> Result<Option<PathBuf>, CollectorError> {
    let _restoring = ServingLock::exclusive(data_dir)?;
    let database = data_dir.join(DATABASE_FILE);
    let set_aside = if database.exists() {
        if !replace {
            return Err(CollectorError::DatabaseExists(database));
        }
        Some(set_aside(data_dir)?)
    } else {
        None
    };
    std::fs::rename(incoming, &database).map_err(CollectorError::io(&database))?;
    sync_parent(&database)?;
    Ok(set_aside)
}

/// Renames the database with its WAL and shared-memory files to a name beside it that says
/// when it was replaced. The WAL goes with it: it may hold committed transactions, and left
/// behind it would be replayed onto the restored database.
fn set_aside(data_dir: &Path) -> Result<PathBuf, CollectorError> {
    let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S");
    let mut aside_name = format!("{DATABASE_FILE}.replaced-{stamp}");
    let mut counter = 1;
    while data_dir.join(&aside_name).exists() {
        counter += 1;
        aside_name = format!("{DATABASE_FILE}.replaced-{stamp}-{counter}");
    }
    for suffix in ["-wal", "-shm", ""] {
        let current = data_dir.join(format!("{DATABASE_FILE}{suffix}"));
        if current.exists() {
            let aside = data_dir.join(format!("{aside_name}{suffix}"));
            std::fs::rename(&current, &aside).map_err(CollectorError::io(&current))?;
        }
    }
    Ok(data_dir.join(aside_name))
}

fn write_snapshot(database: &Path, target: &Path) -> Result<(), CollectorError> {
    let _ = std::fs::remove_file(target);
    // Read-write without create: a missing database is an error, not a new empty one, and a
    // WAL database needs its shared-memory file writable even to read.
    let source = Connection::open_with_flags(
        database,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    source.busy_timeout(std::time::Duration::from_secs(30))?;
    let target_name = target.to_str().ok_or_else(|| CollectorError::Io {
        path: target.to_owned(),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "SQLite needs a backup path that is valid UTF-8",
        ),
    })?;
    source.execute("VACUUM INTO ?1", [target_name])?;
    Ok(())
}

/// Checks that `path` is an intact collector database of a schema this collector knows, and
/// counts its responses.
fn check_collector_database(path: &Path) -> Result<Summary, CollectorError> {
    let not_collector = |reason: String| CollectorError::NotACollectorDatabase {
        path: path.to_owned(),
        reason,
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let integrity = match integrity_report(&conn) {
        Ok(report) => report,
        Err(rusqlite::Error::SqliteFailure(e, message))
            if e.code == rusqlite::ErrorCode::NotADatabase =>
        {
            return Err(not_collector(
                message.unwrap_or_else(|| "not an SQLite database".into()),
            ));
        }
        Err(rusqlite::Error::SqliteFailure(e, message))
            if e.code == rusqlite::ErrorCode::DatabaseCorrupt =>
        {
            return Err(CollectorError::CorruptBackup {
                path: path.to_owned(),
                report: message.unwrap_or_else(|| "malformed".into()),
            });
        }
        Err(other) => return Err(other.into()),
    };
    if integrity != ["ok"] {
        return Err(CollectorError::CorruptBackup {
            path: path.to_owned(),
            report: integrity.into_iter().take(5).collect::<Vec<_>>().join("; "),
        });
    }
    let has_table = |name: &str| -> Result<bool, CollectorError> {
        Ok(conn
            .query_row(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                [name],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    };
    if !has_table("schema_version")? || !has_table("responses")? {
        return Err(not_collector(
            "it has no collector schema (no schema_version or responses table)".into(),
        ));
    }
    let version: Option<i64> = conn
        .query_row("SELECT version FROM schema_version", [], |r| r.get(0))
        .optional()?;
    let Some(version) = version.filter(|v| *v >= 1) else {
        return Err(not_collector("its schema version is missing".into()));
    };
    if version > db::known_schema_version() {
        return Err(crate::DataError::NewerSchema(version).into());
    }
    let responses: i64 = conn.query_row("SELECT count(*) FROM responses", [], |r| r.get(0))?;
    drop(conn);
    let bytes = std::fs::metadata(path)
        .map_err(CollectorError::io(path))?
        .len();
    Ok(Summary {
        responses: responses as u64,
        bytes,
    })
}

/// SQLite's integrity check: `["ok"]`, or what it found wrong.
fn integrity_report(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut statement = conn.prepare("PRAGMA integrity_check")?;
    let rows = statement.query_map([], |r| r.get(0))?;
    rows.collect()
}

/// Errors about the copy in the data folder name the backup file the operator gave.
fn about_backup(error: CollectorError, from: &Path) -> CollectorError {
    match error {
        CollectorError::NotACollectorDatabase { reason, .. } => {
            CollectorError::NotACollectorDatabase {
                path: from.to_owned(),
                reason,
            }
        }
        CollectorError::CorruptBackup { report, .. } => CollectorError::CorruptBackup {
            path: from.to_owned(),
            report,
        },
        other => other,
    }
}

/// `out` with a hidden temporary name beside it, in the same folder so the rename is atomic.
fn partial_path(out: &Path, what: &str) -> Result<PathBuf, CollectorError> {
    let name = out.file_name().ok_or_else(|| CollectorError::Io {
        path: out.to_owned(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"),
    })?;
    Ok(out.with_file_name(format!(
        ".{}.{what}-{}",
        name.to_string_lossy(),
        std::process::id()
    )))
}

fn sync_file(path: &Path) -> Result<(), CollectorError> {
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(CollectorError::io(path))
}

/// Makes a rename inside the folder durable.
fn sync_parent(path: &Path) -> Result<(), CollectorError> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    sync_file(parent)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A data folder with one municipality and `responses` stored responses.
    fn data_dir_with(responses: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.add_municipality("0301", "Oslo").unwrap();
        let ids: Vec<String> = (0..responses).map(|n| format!("response-{n:04}")).collect();
        let sealed = vec![7u8; 512];
        let new: Vec<db::NewResponse<'_>> = ids
            .iter()
            .map(|id| db::NewResponse {
                response_id: id,
                survey_id: "demo",
                survey_version: 1,
                completed_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
                sealed: &sealed,
            })
            .collect();
        db.insert_responses("0301", &new, None).unwrap();
        dir
    }

    fn stored_ids(dir: &Path) -> Vec<String> {
        let db = Db::open(dir).unwrap();
        let mut statement = db
            .connection()
            .prepare("SELECT response_id FROM responses ORDER BY response_id")
            .unwrap();
        let ids = statement.query_map([], |r| r.get(0)).unwrap();
        ids.collect::<Result<_, _>>().unwrap()
    }

    #[test]
    fn a_backup_restores_into_an_empty_folder_with_every_response() {
        let source = data_dir_with(40);
        let out = tempfile::tempdir().unwrap();
        let file = out.path().join("collector-backup.sqlite");
        let written = backup(source.path(), &file).unwrap();
        assert_eq!(written.responses, 40);
        assert_eq!(written.bytes, std::fs::metadata(&file).unwrap().len());
        let leftovers: Vec<_> = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            leftovers,
            [std::ffi::OsString::from("collector-backup.sqlite")]
        );

        let target = tempfile::tempdir().unwrap();
        let restored = restore(target.path(), &file, false).unwrap();
        assert_eq!(restored.summary.responses, 40);
        assert_eq!(restored.set_aside, None);
        assert_eq!(stored_ids(target.path()), stored_ids(source.path()));
        assert!(!target
            .path()
            .join(format!("{DATABASE_FILE}.restoring"))
            .exists());
    }

    #[test]
    fn a_backup_of_a_folder_without_a_database_is_refused_and_creates_none() {
        let empty = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let error = backup(empty.path(), &out.path().join("b.sqlite")).unwrap_err();
        assert!(matches!(error, CollectorError::NoDatabase(_)), "{error}");
        assert!(
            error.to_string().contains("no collector database"),
            "{error}"
        );
        assert!(!empty.path().join(DATABASE_FILE).exists());
        assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_backup_over_an_existing_file_is_refused_and_leaves_it_alone() {
        let source = data_dir_with(3);
        let out = tempfile::tempdir().unwrap();
        let file = out.path().join("b.sqlite");
        std::fs::write(&file, "an older backup").unwrap();
        let error = backup(source.path(), &file).unwrap_err();
        assert!(matches!(error, CollectorError::BackupExists(_)), "{error}");
        assert!(error.to_string().contains("exists already"), "{error}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "an older backup");
        assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 1);
    }

    #[test]
    fn restoring_over_a_database_is_refused_without_replace() {
        let source = data_dir_with(5);
        let out = tempfile::tempdir().unwrap();
        let file = out.path().join("b.sqlite");
        backup(source.path(), &file).unwrap();
        let target = data_dir_with(2);
        let error = restore(target.path(), &file, false).unwrap_err();
        assert!(
            matches!(error, CollectorError::DatabaseExists(_)),
            "{error}"
        );
        assert!(error.to_string().contains("--replace"), "{error}");
        assert_eq!(
            stored_ids(target.path()).len(),
            2,
            "the database is untouched"
        );
        assert!(!target
            .path()
            .join(format!("{DATABASE_FILE}.restoring"))
            .exists());
    }

    #[test]
    fn restoring_with_replace_sets_the_old_database_aside_with_its_wal() {
        let source = data_dir_with(5);
        let out = tempfile::tempdir().unwrap();
        let file = out.path().join("b.sqlite");
        backup(source.path(), &file).unwrap();
        let target = data_dir_with(2);
        let restored = restore(target.path(), &file, true).unwrap();
        assert_eq!(restored.summary.responses, 5);
        assert_eq!(stored_ids(target.path()).len(), 5);
        let aside = restored.set_aside.expect("the old database is kept");
        let name = aside.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("collector.sqlite.replaced-"), "{name}");
        let old = Connection::open(&aside).unwrap();
        let old_count: i64 = old
            .query_row("SELECT count(*) FROM responses", [], |r| r.get(0))
            .unwrap();
        assert_eq!(old_count, 2);
    }

    #[test]
    fn restoring_a_file_that_is_not_a_database_is_refused() {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), vec![b'x'; 8192]).unwrap();
        let target = tempfile::tempdir().unwrap();
        let error = restore(target.path(), file.path(), false).unwrap_err();
        assert!(
            matches!(error, CollectorError::NotACollectorDatabase { .. }),
            "{error}"
        );
        assert!(
            error.to_string().contains("is not a collector database"),
            "{error}"
        );
        assert!(error
            .to_string()
            .contains(&file.path().display().to_string()));
        assert!(!target.path().join(DATABASE_FILE).exists());
    }

    #[test]
    fn restoring_an_sqlite_database_of_something_else_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("other.sqlite");
        Connection::open(&other)
            .unwrap()
            .execute_batch("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hi');")
            .unwrap();
        let target = tempfile::tempdir().unwrap();
        let error = restore(target.path(), &other, false).unwrap_err();
        assert!(
            matches!(error, CollectorError::NotACollectorDatabase { .. }),
            "{error}"
        );
        assert!(error.to_string().contains("no collector schema"), "{error}");
        assert!(!target.path().join(DATABASE_FILE).exists());
    }

    #[test]
    fn restoring_a_backup_from_a_newer_collector_is_refused() {
        let source = data_dir_with(1);
        let out = tempfile::tempdir().unwrap();
        let file = out.path().join("b.sqlite");
        backup(source.path(), &file).unwrap();
        Connection::open(&file)
            .unwrap()
            .execute("UPDATE schema_version SET version = 99", [])
            .unwrap();
        let target = tempfile::tempdir().unwrap();
        let error = restore(target.path(), &file, false).unwrap_err();
        assert!(
            matches!(
                error,
                CollectorError::Data(crate::DataError::NewerSchema(99))
            ),
            "{error}"
        );
        assert!(error.to_string().contains("newer collector"), "{error}");
        assert!(!target.path().join(DATABASE_FILE).exists());
    }

    #[test]
    fn restoring_a_damaged_backup_is_refused() {
        let source = data_dir_with(200);
        let out = tempfile::tempdir().unwrap();
        let file = out.path().join("b.sqlite");
        backup(source.path(), &file).unwrap();
        // Overwrite pages in the middle of the responses' b-tree with garbage.
        let mut bytes = std::fs::read(&file).unwrap();
        let page = 4096;
        let middle = (bytes.len() / page / 2) * page;
        for byte in &mut bytes[middle..middle + 2 * page] {
            *byte = 0xA5;
        }
        std::fs::write(&file, &bytes).unwrap();
        let target = tempfile::tempdir().unwrap();
        let error = restore(target.path(), &file, false).unwrap_err();
        assert!(
            matches!(error, CollectorError::CorruptBackup { .. }),
            "{error}"
        );
        assert!(
            error
                .to_string()
                .contains("failed SQLite's integrity check"),
            "{error}"
        );
        assert!(!target.path().join(DATABASE_FILE).exists());
    }

    #[test]
    fn restoring_while_a_collector_serves_the_folder_is_refused() {
        let source = data_dir_with(4);
        let out = tempfile::tempdir().unwrap();
        let file = out.path().join("b.sqlite");
        backup(source.path(), &file).unwrap();
        let target = data_dir_with(1);
        let serving = ServingLock::serving(target.path()).unwrap();
        let error = restore(target.path(), &file, true).unwrap_err();
        assert!(matches!(error, CollectorError::BeingServed(_)), "{error}");
        assert!(error.to_string().contains("stop it first"), "{error}");
        assert_eq!(
            stored_ids(target.path()).len(),
            1,
            "the database is untouched"
        );
        drop(serving);
        assert_eq!(
            restore(target.path(), &file, true)
                .unwrap()
                .summary
                .responses,
            4
        );
    }
}
