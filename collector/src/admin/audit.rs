//! The audit log: which administrator did what to which municipality or contact, and when.
//! It names objects by their number or id and never holds a code, a key or a password, so it
//! can be shown and kept as long as the owner needs.

use rusqlite::{params, Connection};

use crate::CollectorError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// UTC, to the second.
    pub at: String,
    pub admin: String,
    pub action: String,
    pub object: String,
}

pub fn record(
    conn: &Connection,
    admin: &str,
    action: &str,
    object: &str,
) -> Result<(), CollectorError> {
    let at = chrono::Utc::now()
        .format("%Y-%m-%d %H:%M:%S UTC")
        .to_string();
    conn.execute(
        "INSERT INTO audit_log (at, admin, action, object) VALUES (?1, ?2, ?3, ?4)",
        params![at, admin, action, object],
    )?;
    Ok(())
}

/// The newest `limit` entries, newest first.
pub fn recent(conn: &Connection, limit: usize) -> Result<Vec<Entry>, CollectorError> {
    let mut statement =
        conn.prepare("SELECT at, admin, action, object FROM audit_log ORDER BY id DESC LIMIT ?1")?;
    let rows = statement.query_map([limit as i64], |r| {
        Ok(Entry {
            at: r.get(0)?,
            admin: r.get(1)?,
            action: r.get(2)?,
            object: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
