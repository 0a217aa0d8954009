//! The collector's data folder: what `survey-collector` (online) and `survey-publish` (offline,
//! with the identity) both open, and so the one contract between them. It holds the SQLite
//! schema and its migrations ([`db`]), the publication format the publisher writes and the
//! server renders ([`publication`]), the recipient responses are sealed to ([`recipient`]), the
//! sealed access codes ([`code_vault`]), the hashes of codes and keys ([`secrets`]) and the
//! verified content pack ([`served_pack`]).
//!
//! Nothing here serves, mails or opens a response: the publisher links this crate and not the
//! server (checked by `cargo xtask test`).

pub mod clock;
pub mod code_vault;
pub mod db;
pub mod delivery_days;
pub mod paths;
pub mod publication;
pub mod recipient;
pub mod secrets;
pub mod served_pack;
pub mod web_ticket;

use std::path::PathBuf;

pub use clock::Clock;
pub use db::Db;

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("could not read or write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("storage failed: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("the database was made by a newer collector (schema {0})")]
    NewerSchema(i64),
    #[error("{0} exists already; the collector is initialised")]
    AlreadyInitialised(PathBuf),
    #[error("that is an identity (AGE-SECRET-KEY-...), which must never reach the server; give its recipient (age1...), which `survey-publish keygen` printed")]
    IdentityGiven,
    #[error("{0:?} is not an age recipient (age1...); `survey-publish keygen` prints one")]
    NotARecipient(String),
    #[error("{path} does not hold an age recipient (run `survey-collector init` first)")]
    BadRecipient { path: PathBuf },
    #[error("{0} is, or holds an identity, inside the collector's data folder; keep the identity off the server (only `survey-publish` needs it)")]
    IdentityInDataFolder(PathBuf),
    #[error("results are published already; publishing again needs --replace")]
    AlreadyPublished,
    #[error("municipality {0} is registered already")]
    MunicipalityExists(String),
    #[error("{0:?} is not a municipality number (four digits, e.g. 0301)")]
    BadMunicipalityNumber(String),
    #[error("there is no municipality {0}")]
    UnknownMunicipality(String),
    #[error("municipality {0} has the most contact persons allowed (4)")]
    TooManyContacts(String),
    #[error("this device key has enrolled before; a kiosk makes a fresh one for each enrolment")]
    DeviceKeyInUse,
    #[error("there is no contact person {0}")]
    UnknownContact(String),
    #[error("this confirmation link is not known, or was used already")]
    UnknownConfirmation,
    #[error("this confirmation link has expired")]
    ConfirmationExpired,
    #[error("the access code of municipality {0} cannot be opened here (its key file is missing or another); rotate the code to mail a new one")]
    SealedCodeUnusable(String),
    #[error("there is no kiosk {0}")]
    UnknownKiosk(String),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("the content pack was refused: {0}")]
    Pack(#[from] survey::SurveyError),
}

impl DataError {
    pub fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> DataError {
        let path = path.into();
        move |source| DataError::Io { path, source }
    }
}
