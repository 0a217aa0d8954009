//! The audit log: who did what to which municipality or contact, and when. The actor is an
//! administrator's name, or `system` for what the collector decides itself (an approval on a
//! confirmed address on the municipality's own domain, a code issued with it, a setting seeded
//! from the command line), or `login` for a failed login attempt. It names objects by their
//! number or id and never holds a code, a key or a password, so it can be shown and kept as
//! long as the owner needs.

use rusqlite::params;

use super::Db;
use crate::DataError;

/// The actor of what the collector does by itself.
pub const SYSTEM: &str = "system";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// UTC, to the second.
    pub at: String,
    pub admin: String,
    pub action: String,
    pub object: String,
}

impl Db {
    /// Records one audit row (in the caller's transaction, if one is open).
    pub fn audit(&self, admin: &str, action: &str, object: &str) -> Result<(), DataError> {
        let at = chrono::Utc::now()
            .format("%Y-%m-%d %H:%M:%S UTC")
            .to_string();
        self.conn.execute(
            "INSERT INTO audit_log (at, admin, action, object) VALUES (?1, ?2, ?3, ?4)",
            params![at, admin, action, object],
        )?;
        Ok(())
    }

    /// The newest `limit` entries, newest first.
    pub fn audit_recent(&self, limit: usize) -> Result<Vec<AuditEntry>, DataError> {
        let mut statement = self
            .conn
            .prepare("SELECT at, admin, action, object FROM audit_log ORDER BY id DESC LIMIT ?1")?;
        let rows = statement.query_map([limit as i64], |r| {
            Ok(AuditEntry {
                at: r.get(0)?,
                admin: r.get(1)?,
                action: r.get(2)?,
                object: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
