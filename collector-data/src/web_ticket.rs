//! The key web survey tickets are signed with, kept as the code vault's key is: in its own file
//! in the data folder (mode 0600), never in the database. A ticket lets a page deliver for its
//! municipality without the code, so whoever holds the key can deliver for every municipality;
//! a copy of the database or a backup alone must not be able to make one.

use std::path::{Path, PathBuf};

use crate::DataError;

/// The key file's name in the data folder (32 random bytes, readable by its owner only).
pub const KEY_FILE: &str = "web-ticket.key";

fn key_path(data_dir: &Path) -> PathBuf {
    data_dir.join(KEY_FILE)
}

/// The key, made on first use. A data folder restored without its key file gets a new one, and
/// tickets made before are refused: their pages ask for the code again.
pub fn key(data_dir: &Path) -> Result<Vec<u8>, DataError> {
    let path = key_path(data_dir);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => crate::code_vault::make_key(&path)?,
        Err(e) => return Err(DataError::io(&path)(e)),
    };
    if bytes.len() != 32 {
        return Err(DataError::Corrupt(format!(
            "{} is not a 32-byte key",
            path.display()
        )));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_made_once_in_its_own_file_and_never_in_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let db = crate::db::Db::open(dir.path()).unwrap();
        db.add_municipality("0301", "Oslo").unwrap();
        let key = key(dir.path()).unwrap();
        assert_eq!(key, super::key(dir.path()).unwrap(), "made once");
        drop(db);
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let path = entry.unwrap().path();
            if path.ends_with(KEY_FILE) {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !bytes.windows(key.len()).any(|w| w == key),
                "{} holds the ticket key",
                path.display()
            );
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(key_path(dir.path()))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
