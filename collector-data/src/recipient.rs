//! The collector's age recipient: the public key that kiosks and web surveys seal responses to.
//!
//! The online collector keeps only this public half (`recipient.txt` in its data folder). The
//! identity that opens responses is made by `survey-publish keygen` on the owner's machine and
//! never reaches the server: `init` takes the recipient only, and `serve` refuses a data folder
//! that holds an identity.

use std::path::Path;

use crate::DataError;

pub const RECIPIENT_FILE: &str = "recipient.txt";
const SECRET_PREFIX: &str = "AGE-SECRET-KEY-";

/// Initialises `data_dir` with `recipient` ("age1...", which `survey-publish keygen` printed
/// on the owner's machine) and returns it. The identity never comes here: text that is one is
/// refused without being written anywhere.
pub fn init(data_dir: &Path, recipient: &str) -> Result<String, DataError> {
    let recipient = recipient.trim();
    if recipient.to_ascii_uppercase().starts_with(SECRET_PREFIX) {
        return Err(DataError::IdentityGiven);
    }
    if !is_recipient(recipient) {
        return Err(DataError::NotARecipient(
            recipient.chars().take(80).collect(),
        ));
    }
    let recipient_path = data_dir.join(RECIPIENT_FILE);
    if recipient_path.exists() {
        return Err(DataError::AlreadyInitialised(recipient_path));
    }
    std::fs::create_dir_all(data_dir).map_err(DataError::io(data_dir))?;
    std::fs::write(&recipient_path, format!("{recipient}\n"))
        .map_err(DataError::io(recipient_path))?;
    Ok(recipient.to_owned())
}

fn is_recipient(text: &str) -> bool {
    text.starts_with("age1") && text.parse::<sync::Recipient>().is_ok()
}

/// The recipient this collector's data folder was initialised with.
pub fn load(data_dir: &Path) -> Result<String, DataError> {
    let path = data_dir.join(RECIPIENT_FILE);
    let text = std::fs::read_to_string(&path).map_err(DataError::io(&path))?;
    let recipient = text.trim();
    if !is_recipient(recipient) {
        return Err(DataError::BadRecipient { path });
    }
    Ok(recipient.to_owned())
}

/// Refuses a data folder that holds an identity (an older collector kept `identity.txt` there):
/// the server must not be able to open what it holds. Every file beside the database is read.
pub fn refuse_identity_in(data_dir: &Path) -> Result<(), DataError> {
    let entries = std::fs::read_dir(data_dir).map_err(DataError::io(data_dir))?;
    for entry in entries.flatten() {
        // The database holds sealed responses and salted hashes, never a key, and reading all
        // of it at every start would take long.
        if entry
            .file_name()
            .to_string_lossy()
            .starts_with(crate::db::DATABASE_FILE)
        {
            continue;
        }
        let path = entry.path();
        let holds_secret = |bytes: Vec<u8>| {
            bytes
                .windows(SECRET_PREFIX.len())
                .any(|w| w.eq_ignore_ascii_case(SECRET_PREFIX.as_bytes()))
        };
        if path.is_file() && std::fs::read(&path).is_ok_and(holds_secret) {
            return Err(DataError::IdentityInDataFolder(path));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use age::secrecy::ExposeSecret;

    use super::*;

    fn files_hold_a_secret(dir: &Path) -> bool {
        std::fs::read_dir(dir).unwrap().any(|entry| {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
            String::from_utf8_lossy(&bytes)
                .to_ascii_uppercase()
                .contains(SECRET_PREFIX)
        })
    }

    #[test]
    fn a_recipient_is_kept_once_and_loaded_again() {
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public().to_string();
        let data = tempfile::tempdir().unwrap();
        assert_eq!(
            init(data.path(), &format!(" {recipient}\n")).unwrap(),
            recipient
        );
        assert_eq!(load(data.path()).unwrap(), recipient);
        assert!(matches!(
            init(data.path(), &recipient),
            Err(DataError::AlreadyInitialised(_))
        ));
    }

    #[test]
    fn an_identity_given_as_the_recipient_is_refused_and_written_nowhere() {
        let identity = age::x25519::Identity::generate();
        let data = tempfile::tempdir().unwrap();
        for text in [
            identity.to_string().expose_secret().to_owned(),
            identity.to_string().expose_secret().to_lowercase(),
        ] {
            let refused = init(data.path(), &text).unwrap_err();
            assert!(matches!(refused, DataError::IdentityGiven), "{refused}");
            let secret_part = &text.to_ascii_uppercase()[SECRET_PREFIX.len()..];
            assert!(
                !refused
                    .to_string()
                    .to_ascii_uppercase()
                    .contains(secret_part),
                "the message quotes the secret"
            );
        }
        assert!(!data.path().join(RECIPIENT_FILE).exists());
        assert!(!files_hold_a_secret(data.path()));
    }

    #[test]
    fn text_that_is_not_a_recipient_is_refused() {
        let data = tempfile::tempdir().unwrap();
        for text in ["hello", "age1notbech32", "age1qqqq", ""] {
            assert!(
                matches!(init(data.path(), text), Err(DataError::NotARecipient(_))),
                "{text}"
            );
        }
        assert!(!data.path().join(RECIPIENT_FILE).exists());
    }

    #[test]
    fn a_data_folder_holding_an_identity_is_refused() {
        let data = tempfile::tempdir().unwrap();
        assert!(refuse_identity_in(data.path()).is_ok());
        // A collector's own folder passes: its recipient, its database, a folder of its own.
        let identity = age::x25519::Identity::generate();
        init(data.path(), &identity.to_public().to_string()).unwrap();
        crate::db::Db::open(data.path()).unwrap();
        std::fs::create_dir(data.path().join("backups")).unwrap();
        std::fs::write(data.path().join("big.log"), vec![b'x'; 200 * 1024]).unwrap();
        assert!(refuse_identity_in(data.path()).is_ok());
        std::fs::write(
            data.path().join("identity.txt"),
            identity.to_string().expose_secret(),
        )
        .unwrap();
        assert!(matches!(
            refuse_identity_in(data.path()),
            Err(DataError::IdentityInDataFolder(_))
        ));
    }

    #[test]
    fn an_identity_anywhere_in_a_large_file_is_found() {
        let data = tempfile::tempdir().unwrap();
        let identity = age::x25519::Identity::generate();
        let mut bytes = vec![b'x'; 200 * 1024];
        bytes.extend_from_slice(
            identity
                .to_string()
                .expose_secret()
                .to_lowercase()
                .as_bytes(),
        );
        std::fs::write(data.path().join("notes"), bytes).unwrap();
        assert!(matches!(
            refuse_identity_in(data.path()),
            Err(DataError::IdentityInDataFolder(_))
        ));
    }

    #[test]
    fn a_recipient_file_that_is_not_a_recipient_is_refused() {
        let data = tempfile::tempdir().unwrap();
        for text in ["hello", "age1notbech32", "age1qqqq"] {
            std::fs::write(data.path().join(RECIPIENT_FILE), text).unwrap();
            assert!(
                matches!(load(data.path()), Err(DataError::BadRecipient { .. })),
                "{text}"
            );
        }
    }
}
