//! The central collector: the server kiosks sync to, and its admin commands. It holds only the
//! survey's recipient (public key), so it can open nothing it stores; results come from the one
//! publication the survey owner's publisher stores in its database after the survey.
//!
//! [`api::app`] is the HTTP API (axum), [`db::Db`] the SQLite storage, [`recipient`] the public
//! key, [`served_pack`] the signed content pack it hands out, [`publication`] the results it
//! shows.

pub mod admin;
pub mod api;
pub mod backup;
pub mod client_addr;
pub mod code_vault;
pub mod db;
mod enrol;
mod guards;
mod ingest;
pub mod invitation;
pub mod logging;
pub mod mail;
pub mod metrics;
pub mod page;
mod pages;
pub mod paths;
pub mod publication;
pub mod recipient;
pub mod registration;
pub mod reminders;
pub mod secret_check;
pub mod secrets;
pub mod served_pack;
pub mod server;
pub mod serving;
pub mod throttle;
mod web_files;
pub mod web_survey;

use std::path::PathBuf;

/// What build.rs embeds: the screens of `ui/` and the invitation texts.
pub(crate) mod embedded {
    include!(concat!(env!("OUT_DIR"), "/ui_files.rs"));
}

#[derive(Debug, thiserror::Error)]
pub enum CollectorError {
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
    #[error("{path} does not hold an age X25519 identity")]
    BadIdentity { path: PathBuf },
    #[error("{path} does not hold an age recipient (run `survey-collector init` first)")]
    BadRecipient { path: PathBuf },
    #[error("{0} is, or holds an identity, inside the collector's data folder; keep the identity off the server (only `survey-publish` needs it)")]
    IdentityInDataFolder(PathBuf),
    #[error("the pack seals responses to {pack}, but this collector's recipient is {collector}")]
    RecipientMismatch { pack: String, collector: String },
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
    #[error("contact person {0} has not confirmed their e-mail address yet")]
    ContactNotConfirmed(String),
    #[error("line {line}: {why}")]
    BadImport { line: usize, why: String },
    #[error("the mail settings are not usable: {0}")]
    BadMailSetting(String),
    #[error("there is no kiosk {0}")]
    UnknownKiosk(String),
    #[error("{path} is not a usable TLS certificate or key: {why}")]
    Tls { path: PathBuf, why: String },
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("{0} holds no collector database to back up")]
    NoDatabase(PathBuf),
    #[error("{0} exists already; choose another name for the backup")]
    BackupExists(PathBuf),
    #[error("{path} is not a collector database: {reason}")]
    NotACollectorDatabase { path: PathBuf, reason: String },
    #[error("{path} failed SQLite's integrity check: {report}")]
    CorruptBackup { path: PathBuf, report: String },
    #[error("{0} exists already; restoring over it needs --replace (it is then renamed aside, not deleted)")]
    DatabaseExists(PathBuf),
    #[error("a collector is serving {0}; stop it first")]
    BeingServed(PathBuf),
    #[error("an administrator's password needs at least {0} characters")]
    PasswordTooShort(usize),
    #[error(
        "{0:?} is not an administrator's name (1 to 64 letters, digits, '.', '-', '_' or '@')"
    )]
    BadAdminName(String),
    #[error("there is an administrator {0} already")]
    AdminExists(String),
    #[error("there is no administrator {0}")]
    UnknownAdmin(String),
    #[error("password hashing failed: {0}")]
    PasswordHash(String),
    #[error("the content pack was refused: {0}")]
    Pack(#[from] survey::SurveyError),
}

impl CollectorError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> CollectorError {
        let path = path.into();
        move |source| CollectorError::Io { path, source }
    }
}
