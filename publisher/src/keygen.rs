//! `survey-publish keygen`: the survey's age identity made offline, on the owner's machine, so
//! its secret never passes through the server (`survey-collector init` then takes only the
//! recipient).

use std::io::Write;
use std::path::Path;

use age::secrecy::ExposeSecret;

use crate::PublishError;

/// Makes a new identity in `out`, readable by its owner only, and returns its recipient
/// (age1...). An existing file is never overwritten: it may be the only copy of a survey's
/// identity.
pub fn generate(out: &Path) -> Result<String, PublishError> {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Set at creation, so the secret is never readable by others, not even for a moment.
        options.mode(0o600);
    }
    let io = |source: std::io::Error| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            PublishError::IdentityExists(out.to_owned())
        } else {
            PublishError::Io {
                path: out.to_owned(),
                source,
            }
        }
    };
    let mut file = options.open(out).map_err(io)?;
    let secret = identity.to_string();
    let text = format!(
        "# created: {}\n# public key: {recipient}\n{}\n",
        chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ"),
        secret.expose_secret()
    );
    file.write_all(text.as_bytes()).map_err(io)?;
    file.sync_all().map_err(io)?;
    Ok(recipient)
}
