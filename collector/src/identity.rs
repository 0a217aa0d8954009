//! The collector's age X25519 identity: the only key that opens sealed responses.
//!
//! It lives in the data folder as `identity.txt` (owner-only permissions), beside
//! `recipient.txt`, the public half that content packs carry to the kiosks.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use age::x25519::Identity;

use crate::CollectorError;

pub const IDENTITY_FILE: &str = "identity.txt";
pub const RECIPIENT_FILE: &str = "recipient.txt";

/// Creates the identity in `data_dir`, or imports `existing` (an identity file) when given.
/// Returns the public recipient ("age1...").
pub fn create(data_dir: &Path, existing: Option<&Path>) -> Result<String, CollectorError> {
    let identity_path = data_dir.join(IDENTITY_FILE);
    if identity_path.exists() {
        return Err(CollectorError::AlreadyInitialised(identity_path));
    }
    let identity = match existing {
        Some(path) => read(path)?,
        None => Identity::generate(),
    };
    std::fs::create_dir_all(data_dir).map_err(CollectorError::io(data_dir))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(&identity_path)
        .map_err(CollectorError::io(&identity_path))?;
    writeln!(file, "{}", identity.to_string().expose_secret())
        .map_err(CollectorError::io(&identity_path))?;
    let recipient = identity.to_public().to_string();
    let recipient_path = data_dir.join(RECIPIENT_FILE);
    std::fs::write(&recipient_path, format!("{recipient}\n"))
        .map_err(CollectorError::io(recipient_path))?;
    Ok(recipient)
}

pub fn load(data_dir: &Path) -> Result<Identity, CollectorError> {
    read(&data_dir.join(IDENTITY_FILE))
}

fn read(path: &Path) -> Result<Identity, CollectorError> {
    let text = std::fs::read_to_string(path).map_err(CollectorError::io(path))?;
    let line = text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .unwrap_or_default();
    Identity::from_str(line.trim()).map_err(|_| CollectorError::BadIdentity {
        path: PathBuf::from(path),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_makes_an_identity_once_and_load_reads_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let recipient = create(dir.path(), None).unwrap();
        assert!(recipient.starts_with("age1"));
        assert_eq!(load(dir.path()).unwrap().to_public().to_string(), recipient);
        assert!(matches!(
            create(dir.path(), None),
            Err(CollectorError::AlreadyInitialised(_))
        ));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(IDENTITY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(
                mode & 0o077,
                0,
                "the identity is readable by its owner only"
            );
        }
    }

    #[test]
    fn a_file_without_an_identity_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("bogus"), "hello").unwrap();
        let err = create(&dir.path().join("data"), Some(&dir.path().join("bogus")));
        assert!(matches!(err, Err(CollectorError::BadIdentity { .. })));
    }
}
