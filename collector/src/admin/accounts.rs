//! The owner's administrators: names and argon2id password hashes, added, listed and removed
//! with `survey-collector admin`. A password is typed by a person and may be weak, so it gets
//! a memory-hard hash here rather than the PBKDF2 used for the random codes and keys.

use std::sync::OnceLock;

use argon2::password_hash::{Output, PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use rusqlite::{params, Connection, OptionalExtension};

use crate::CollectorError;

/// Fewest characters a password may have.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// An administrator as `admin list` shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admin {
    pub name: String,
    pub created_on: String,
}

/// Hashes `password` with argon2id (the crate's recommended parameters) and a random salt, as
/// a PHC string that carries its own parameters.
pub fn hash_password(password: &str) -> Result<String, CollectorError> {
    let salt = SaltString::encode_b64(&crate::secrets::random_bytes::<16>())
        .map_err(|e| CollectorError::PasswordHash(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| CollectorError::PasswordHash(e.to_string()))
}

/// Whether `password` is the one `stored` was made from. With no stored hash (no such
/// administrator) a decoy is checked instead, so a name that does not exist costs what a
/// wrong password costs and the answer's timing does not tell which names exist.
///
/// The check's 19 MiB of argon2 memory is taken from a pool ([`MEMORY_POOL`]) rather than
/// allocated per check: freed blocks of that size stay with glibc's arenas (4.2 GB stayed after
/// a flood of wrong logins), while reused ones never grow. How many checks run at once is
/// [`crate::secret_check::ARGON2_CHECKS`]'s to bound, so the pool holds at most that many.
pub fn verify_password(password: &str, stored: Option<&str>) -> bool {
    let decoy = decoy();
    let (stored, real) = match stored {
        Some(stored) => (stored, true),
        None => (decoy.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    let matches = with_pooled_memory(|memory| verify_into(password, &parsed, memory));
    matches && real
}

/// Argon2 memory kept for reuse, one buffer per check that ever ran at once (at most
/// [`crate::secret_check::ARGON2_CHECKS`]'s two): 38 MiB held for good after the first checks.
/// Giving it back when idle was tried: each check then allocates again on whichever blocking
/// thread runs it, glibc keeps each thread's freed block in that thread's arena, and a flood of
/// 300 wrong logins left the collector at 1008 MiB instead of 58.
static MEMORY_POOL: std::sync::Mutex<Vec<Vec<Block>>> = std::sync::Mutex::new(Vec::new());

fn with_pooled_memory<T>(work: impl FnOnce(&mut Vec<Block>) -> T) -> T {
    let pool = || {
        MEMORY_POOL
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    };
    let mut memory = pool().pop().unwrap_or_default();
    let result = work(&mut memory);
    pool().push(memory);
    result
}

/// What `PasswordVerifier` does, with memory that is given instead of allocated.
fn verify_into(password: &str, parsed: &PasswordHash<'_>, memory: &mut Vec<Block>) -> bool {
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(params) = Params::try_from(parsed) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from).transpose() {
        Ok(version) => version.unwrap_or_default(),
        Err(_) => return false,
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    if memory.len() < params.block_count() {
        memory.resize(params.block_count(), Block::new());
    }
    let mut computed = vec![0u8; expected.len()];
    let hashed = Argon2::new(algorithm, version, params).hash_password_into_with_memory(
        password.as_bytes(),
        salt,
        &mut computed,
        &mut memory[..],
    );
    // `Output`'s equality is constant-time.
    hashed.is_ok() && Output::new(&computed).is_ok_and(|computed| computed == expected)
}

fn decoy() -> &'static String {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password, never anyone's").expect("hashing works"))
}

/// Names are shown in the audit log and typed at login: plain characters only.
fn check_name(name: &str) -> Result<(), CollectorError> {
    let fine = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@'));
    if fine {
        Ok(())
    } else {
        Err(CollectorError::BadAdminName(name.to_owned()))
    }
}

pub fn add(
    conn: &Connection,
    name: &str,
    password: &str,
    today: chrono::NaiveDate,
) -> Result<(), CollectorError> {
    check_name(name)?;
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(CollectorError::PasswordTooShort(MIN_PASSWORD_CHARS));
    }
    let hash = hash_password(password)?;
    let inserted = conn.execute(
        "INSERT INTO admins (name, password_hash, created_on) VALUES (?1, ?2, ?3)
         ON CONFLICT (name) DO NOTHING",
        params![name, hash, today.to_string()],
    )?;
    if inserted == 0 {
        return Err(CollectorError::AdminExists(name.to_owned()));
    }
    Ok(())
}

pub fn list(conn: &Connection) -> Result<Vec<Admin>, CollectorError> {
    let mut statement = conn.prepare("SELECT name, created_on FROM admins ORDER BY name")?;
    let rows = statement.query_map([], |r| {
        Ok(Admin {
            name: r.get(0)?,
            created_on: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Removes an administrator; their sessions end with them (the sessions table cascades).
pub fn remove(conn: &Connection, name: &str) -> Result<(), CollectorError> {
    conn.execute("DELETE FROM admin_sessions WHERE admin = ?1", [name])?;
    if conn.execute("DELETE FROM admins WHERE name = ?1", [name])? == 0 {
        return Err(CollectorError::UnknownAdmin(name.to_owned()));
    }
    Ok(())
}

/// The stored hash of `name`'s password, if there is such an administrator.
pub fn password_hash_of(conn: &Connection, name: &str) -> Result<Option<String>, CollectorError> {
    Ok(conn
        .query_row(
            "SELECT password_hash FROM admins WHERE name = ?1",
            [name],
            |r| r.get(0),
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
    }

    #[test]
    fn an_administrator_is_added_listed_and_removed_and_only_a_hash_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        let conn = db.connection();
        let password = "correct horse battery";
        add(conn, "ingrid", password, today()).unwrap();
        assert_eq!(
            list(conn).unwrap(),
            [Admin {
                name: "ingrid".into(),
                created_on: "2026-11-02".into()
            }]
        );
        let stored = password_hash_of(conn, "ingrid").unwrap().unwrap();
        assert!(stored.starts_with("$argon2id$"), "{stored}");
        assert!(!stored.contains(password));
        assert!(verify_password(password, Some(&stored)));
        assert!(!verify_password("correct horse battery!", Some(&stored)));
        assert!(!verify_password("decoy password, never anyone's", None));
        assert!(matches!(
            add(conn, "ingrid", "another long password", today()),
            Err(CollectorError::AdminExists(_))
        ));
        remove(conn, "ingrid").unwrap();
        assert!(list(conn).unwrap().is_empty());
        assert!(matches!(
            remove(conn, "ingrid"),
            Err(CollectorError::UnknownAdmin(_))
        ));
    }

    #[test]
    fn a_short_password_and_an_odd_name_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        let conn = db.connection();
        assert!(matches!(
            add(conn, "ingrid", "elevenchars", today()),
            Err(CollectorError::PasswordTooShort(MIN_PASSWORD_CHARS))
        ));
        assert!(matches!(
            add(conn, "in grid", "a long enough password", today()),
            Err(CollectorError::BadAdminName(_))
        ));
        assert!(matches!(
            add(conn, "", "a long enough password", today()),
            Err(CollectorError::BadAdminName(_))
        ));
        assert!(list(conn).unwrap().is_empty(), "nothing was added");
    }
}
