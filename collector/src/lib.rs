//! The central collector: the server kiosks sync to, and its admin commands. It holds only the
//! survey's recipient (public key), so it can open nothing it stores; results come from the one
//! publication the survey owner's publisher stores in its database after the survey.
//!
//! It reads bottom-up (ARCHITECTURE.md states the rule, `cargo xtask test` checks it):
//! - the data folder ([`collector_data`]: [`db::Db`], the publication, the recipient, the code
//!   vault), [`state`] (shared state and configuration), [`refusal`] (the handlers' one error
//!   type) and [`forms`] (cookies and form tokens);
//! - shared helpers: [`guards`], [`client_addr`], [`secret_check`], [`page`], [`mail`],
//!   [`contacts`], [`metrics`], [`server`] and the rest;
//! - one module per use case, each with its routes, importing no other: `enrol`, `ingest`,
//!   `pack_files`, `pages`, [`web_survey`], [`registration`], [`admin`], [`reminders`];
//! - [`app`] on top, assembling the routers.

pub mod admin;
mod admission;
pub mod app;
mod apt_repository;
pub mod backup;
pub mod client_addr;
pub mod contacts;
pub mod delivery_limit;
mod enrol;
pub mod forms;
mod guards;
mod guessing;
mod ingest;
pub mod invitation;
pub mod logging;
pub mod mail;
pub mod metrics;
mod pack_files;
pub mod page;
mod pages;
pub mod refusal;
pub mod registration;
pub mod reminders;
pub mod secret_check;
pub mod server;
pub mod serving;
pub mod state;
mod storage;
pub mod throttle;
pub mod ticket;
mod web_content;
mod web_files;
pub mod web_survey;
pub mod zip;

use std::path::PathBuf;

pub use app::{admin_app, app, serve};
pub use refusal::{Refusal, SMALL_BODY_BYTES};
pub use state::{AppState, ServeConfig};

// The data folder, shared with the publisher, under the paths the collector's modules use.
pub use collector_data::DataError;
pub use collector_data::{
    clock, code_vault, db, paths, publication, recipient, secrets, served_pack, web_ticket,
};

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
    #[error("the pack seals responses to {pack}, but this collector's recipient is {collector}")]
    RecipientMismatch { pack: String, collector: String },
    #[error("contact person {0} has not confirmed their e-mail address yet")]
    ContactNotConfirmed(String),
    #[error("line {line}: {why}")]
    BadImport { line: usize, why: String },
    #[error("the mail settings are not usable: {0}")]
    BadMailSetting(String),
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
    #[error(
        "the invitation would link to {0}: participants' codes and answers must travel over \
         https (plain http only to this machine, for tests); give --base-url https://..."
    )]
    InsecureInvitationLink(String),
    #[error(
        "the invitation would say the survey closes on {closes}, but the survey takes responses \
         from {opens} to {last}; give a --closes within that period"
    )]
    ClosesOutsidePeriod {
        closes: chrono::NaiveDate,
        opens: chrono::NaiveDate,
        last: chrono::NaiveDate,
    },
    #[error("there is an administrator {0} already")]
    AdminExists(String),
    #[error("there is no administrator {0}")]
    UnknownAdmin(String),
    #[error("password hashing failed: {0}")]
    PasswordHash(String),
    #[error(transparent)]
    Data(#[from] collector_data::DataError),
    #[error("storage failed: {0}")]
    Storage(#[from] rusqlite::Error),
}

impl CollectorError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> CollectorError {
        let path = path.into();
        move |source| CollectorError::Io { path, source }
    }
}
