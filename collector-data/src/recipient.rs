//! The collector's age recipient: the public key that kiosks and web surveys seal responses to.
//!
//! The online collector keeps only this public half (`recipient.txt` in its data folder). The
//! identity that opens responses is made here once, written to a file the survey owner keeps
//! off the server, and never read again by anything in this crate: opening belongs to the
//! publisher, run after the survey has closed.

use std::io::Write;
use std::path::{Path, PathBuf};

use bech32::{Bech32, Hrp};

use crate::DataError;

pub const RECIPIENT_FILE: &str = "recipient.txt";
const SECRET_PREFIX: &str = "AGE-SECRET-KEY-";

/// Where `init` takes the identity from.
pub enum IdentitySource<'a> {
    /// Make a new identity and write it to this file (created, owner-only), which must not be
    /// inside the data folder.
    New { identity_out: &'a Path },
    /// Take the recipient of an existing identity file; the secret is read and forgotten.
    Existing { identity: &'a Path },
}

/// Initialises `data_dir` with the recipient and returns it ("age1...").
pub fn init(data_dir: &Path, source: IdentitySource<'_>) -> Result<String, DataError> {
    let recipient_path = data_dir.join(RECIPIENT_FILE);
    if recipient_path.exists() {
        return Err(DataError::AlreadyInitialised(recipient_path));
    }
    std::fs::create_dir_all(data_dir).map_err(DataError::io(data_dir))?;
    let secret = match source {
        IdentitySource::Existing { identity } => read_secret(identity)?,
        IdentitySource::New { identity_out } => {
            if crate::paths::is_inside(identity_out, data_dir) {
                return Err(DataError::IdentityInDataFolder(identity_out.into()));
            }
            let secret = new_secret();
            write_identity(identity_out, &secret)?;
            secret
        }
    };
    let recipient = recipient_of(&secret);
    std::fs::write(&recipient_path, format!("{recipient}\n"))
        .map_err(DataError::io(recipient_path))?;
    Ok(recipient)
}

/// The recipient this collector's data folder was initialised with.
pub fn load(data_dir: &Path) -> Result<String, DataError> {
    let path = data_dir.join(RECIPIENT_FILE);
    let text = std::fs::read_to_string(&path).map_err(DataError::io(&path))?;
    let recipient = text.trim();
    if !recipient.starts_with("age1") || recipient.parse::<sync::Recipient>().is_err() {
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

fn new_secret() -> [u8; 32] {
    let mut secret = [0u8; 32];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut secret)
        .expect("the system RNG works");
    secret
}

/// age's recipient for an X25519 secret: the Bech32 "age" encoding of its public key.
fn recipient_of(secret: &[u8; 32]) -> String {
    let public = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(*secret));
    bech32::encode::<Bech32>(Hrp::parse("age").expect("valid hrp"), public.as_bytes())
        .expect("32 bytes fit in Bech32")
}

/// age's identity text: the upper-case Bech32 "AGE-SECRET-KEY-" encoding of the secret.
fn identity_text(secret: &[u8; 32]) -> String {
    let hrp = Hrp::parse("age-secret-key-").expect("valid hrp");
    bech32::encode::<Bech32>(hrp, secret)
        .expect("32 bytes fit in Bech32")
        .to_uppercase()
}

fn read_secret(path: &Path) -> Result<[u8; 32], DataError> {
    let bad = || DataError::BadIdentity {
        path: PathBuf::from(path),
    };
    let text = std::fs::read_to_string(path).map_err(DataError::io(path))?;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with(SECRET_PREFIX))
        .ok_or_else(bad)?;
    let (hrp, data) = bech32::decode(line).map_err(|_| bad())?;
    if !hrp.as_str().eq_ignore_ascii_case("age-secret-key-") {
        return Err(bad());
    }
    data.try_into().map_err(|_| bad())
}

fn write_identity(path: &Path, secret: &[u8; 32]) -> Result<(), DataError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(DataError::io(path))?;
    writeln!(
        file,
        "# The survey's identity: it alone opens the responses. Keep it off the server.\n\
         # public key: {}\n{}",
        recipient_of(secret),
        identity_text(secret)
    )
    .map_err(DataError::io(path))
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use age::secrecy::ExposeSecret;

    use super::*;

    #[test]
    fn a_new_identity_goes_to_its_own_file_and_only_the_recipient_stays() {
        let data = tempfile::tempdir().unwrap();
        let owner = tempfile::tempdir().unwrap();
        let identity_path = owner.path().join("identity.txt");
        let recipient = init(
            data.path(),
            IdentitySource::New {
                identity_out: &identity_path,
            },
        )
        .unwrap();
        assert_eq!(load(data.path()).unwrap(), recipient);
        // The identity file is real age: the age crate reads it and derives the same recipient.
        let text = std::fs::read_to_string(&identity_path).unwrap();
        let line = text.lines().find(|l| l.starts_with(SECRET_PREFIX)).unwrap();
        let identity = age::x25519::Identity::from_str(line).unwrap();
        assert_eq!(identity.to_public().to_string(), recipient);
        for entry in std::fs::read_dir(data.path()).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            assert!(!String::from_utf8_lossy(&bytes).contains(SECRET_PREFIX));
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&identity_path)
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "readable by its owner only");
        }
        assert!(matches!(
            init(
                data.path(),
                IdentitySource::Existing {
                    identity: &identity_path
                }
            ),
            Err(DataError::AlreadyInitialised(_))
        ));
    }

    #[test]
    fn an_existing_identity_gives_its_recipient_and_leaves_no_secret() {
        let identity = age::x25519::Identity::generate();
        let owner = tempfile::tempdir().unwrap();
        let path = owner.path().join("key.txt");
        std::fs::write(
            &path,
            format!(
                "# created by age\n{}\n",
                identity.to_string().expose_secret()
            ),
        )
        .unwrap();
        let data = tempfile::tempdir().unwrap();
        let recipient = init(data.path(), IdentitySource::Existing { identity: &path }).unwrap();
        assert_eq!(recipient, identity.to_public().to_string());
        let stored = std::fs::read_to_string(data.path().join(RECIPIENT_FILE)).unwrap();
        assert!(!stored.contains(SECRET_PREFIX));
    }

    #[test]
    fn the_identity_may_not_be_written_into_the_data_folder() {
        let data = tempfile::tempdir().unwrap();
        let inside = data.path().join("identity.txt");
        assert!(matches!(
            init(
                data.path(),
                IdentitySource::New {
                    identity_out: &inside
                }
            ),
            Err(DataError::IdentityInDataFolder(_))
        ));
        assert!(!inside.exists());
        assert!(!data.path().join(RECIPIENT_FILE).exists());
    }

    #[test]
    fn a_data_folder_holding_an_identity_is_refused() {
        let data = tempfile::tempdir().unwrap();
        assert!(refuse_identity_in(data.path()).is_ok());
        // A collector's own folder passes: its recipient, its database, a folder of its own.
        let owner = tempfile::tempdir().unwrap();
        init(
            data.path(),
            IdentitySource::New {
                identity_out: &owner.path().join("identity.txt"),
            },
        )
        .unwrap();
        crate::db::Db::open(data.path()).unwrap();
        std::fs::create_dir(data.path().join("backups")).unwrap();
        std::fs::write(data.path().join("big.log"), vec![b'x'; 200 * 1024]).unwrap();
        assert!(refuse_identity_in(data.path()).is_ok());
        let identity = age::x25519::Identity::generate();
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
    fn every_new_identity_is_another() {
        let owner = tempfile::tempdir().unwrap();
        let make = |name: &str| {
            init(
                &owner.path().join(name),
                IdentitySource::New {
                    identity_out: &owner.path().join(format!("{name}.txt")),
                },
            )
            .unwrap()
        };
        assert_ne!(make("a"), make("b"));
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

    #[test]
    fn a_file_without_an_identity_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("bogus"), "hello").unwrap();
        let err = init(
            &dir.path().join("data"),
            IdentitySource::Existing {
                identity: &dir.path().join("bogus"),
            },
        );
        assert!(matches!(err, Err(DataError::BadIdentity { .. })));
    }
}
