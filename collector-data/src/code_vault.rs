//! Access codes kept sealed so that a contact approved later can be mailed the code the
//! municipality already uses. The database holds the code only as a salted hash (what checks
//! use) and sealed with AES-256-GCM under a key in its own file in the data folder, never in
//! the database: a copy of the database or a backup alone opens no code.
//!
//! The code is bound to its municipality (the number is the associated data), so a sealed code
//! moved to another row does not open.

use std::io::Write;
use std::path::{Path, PathBuf};

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};

use crate::DataError;

/// The key file's name in the data folder (32 random bytes, readable by its owner only).
pub const KEY_FILE: &str = "code-mail.key";

fn key_path(data_dir: &Path) -> PathBuf {
    data_dir.join(KEY_FILE)
}

/// The key, made on first use.
fn key(data_dir: &Path) -> Result<LessSafeKey, DataError> {
    let path = key_path(data_dir);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => make_key(&path)?,
        Err(e) => return Err(DataError::io(&path)(e)),
    };
    let unbound = UnboundKey::new(&AES_256_GCM, &bytes)
        .map_err(|_| DataError::Corrupt(format!("{} is not a 32-byte key", path.display())))?;
    Ok(LessSafeKey::new(unbound))
}

/// Writes 32 random bytes to a new key file readable by its owner only (or reads the one
/// another process made first).
pub(crate) fn make_key(path: &Path) -> Result<Vec<u8>, DataError> {
    let bytes = crate::secrets::random_bytes::<32>().to_vec();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(mut file) => {
            file.write_all(&bytes)
                .and_then(|_| file.sync_all())
                .map_err(DataError::io(path))?;
            Ok(bytes)
        }
        // Another process made it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::read(path).map_err(DataError::io(path))
        }
        Err(e) => Err(DataError::io(path)(e)),
    }
}

/// Seals `code` for `municipality`: a random nonce, then the ciphertext with its tag.
pub fn seal(data_dir: &Path, municipality: &str, code: &str) -> Result<Vec<u8>, DataError> {
    let key = key(data_dir)?;
    let nonce_bytes = crate::secrets::random_bytes::<NONCE_LEN>();
    let mut sealed = code.as_bytes().to_vec();
    key.seal_in_place_append_tag(
        Nonce::assume_unique_for_key(nonce_bytes),
        Aad::from(municipality.as_bytes()),
        &mut sealed,
    )
    .map_err(|_| DataError::Corrupt("sealing an access code failed".into()))?;
    let mut out = nonce_bytes.to_vec();
    out.extend(sealed);
    Ok(out)
}

/// Opens what [`seal`] made for the same municipality with the same key file.
pub fn open(data_dir: &Path, municipality: &str, sealed: &[u8]) -> Result<String, DataError> {
    let unusable = || DataError::SealedCodeUnusable(municipality.into());
    if !key_path(data_dir).exists() || sealed.len() < NONCE_LEN {
        return Err(unusable());
    }
    let key = key(data_dir)?;
    let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| unusable())?;
    let mut buffer = ciphertext.to_vec();
    let plain = key
        .open_in_place(nonce, Aad::from(municipality.as_bytes()), &mut buffer)
        .map_err(|_| unusable())?;
    String::from_utf8(plain.to_vec()).map_err(|_| unusable())
}

/// Seals a mail's body until the relay takes it: a mail may carry a code or a key, and the
/// database (and its write-ahead log, and a backup) must not hold either in the clear. The
/// body is bound to the mail's dedupe key.
pub fn seal_mail_body(data_dir: &Path, dedupe_key: &str, body: &str) -> Result<Vec<u8>, DataError> {
    seal(data_dir, &mail_label(dedupe_key), body)
}

/// Opens what [`seal_mail_body`] sealed for the same mail.
pub fn open_mail_body(
    data_dir: &Path,
    dedupe_key: &str,
    sealed: &[u8],
) -> Result<String, DataError> {
    open(data_dir, &mail_label(dedupe_key), sealed).map_err(|_| {
        DataError::Corrupt(format!(
            "the body of mail {dedupe_key:?} cannot be opened with this data folder's key file"
        ))
    })
}

fn mail_label(dedupe_key: &str) -> String {
    format!("mail:{dedupe_key}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_sealed_mail_body_opens_only_as_its_own_mail() {
        let dir = tempfile::tempdir().unwrap();
        let sealed = seal_mail_body(dir.path(), "code:a:1", "Koden er 0301-SECRET").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"SECRET"));
        assert_eq!(
            open_mail_body(dir.path(), "code:a:1", &sealed).unwrap(),
            "Koden er 0301-SECRET"
        );
        assert!(open_mail_body(dir.path(), "code:b:1", &sealed).is_err());
    }

    use super::*;

    #[test]
    fn a_sealed_code_opens_only_for_its_municipality_with_its_key_file() {
        let dir = tempfile::tempdir().unwrap();
        let sealed = seal(dir.path(), "0301", "0301-AAAA-BBBB").unwrap();
        assert!(!sealed.windows(4).any(|w| w == b"AAAA"));
        assert_eq!(open(dir.path(), "0301", &sealed).unwrap(), "0301-AAAA-BBBB");
        assert!(open(dir.path(), "4601", &sealed).is_err());
        let other = tempfile::tempdir().unwrap();
        assert!(matches!(
            open(other.path(), "0301", &sealed),
            Err(DataError::SealedCodeUnusable(_))
        ));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
