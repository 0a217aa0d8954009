//! The central collector: the server kiosks sync to, and its admin commands.
//!
//! [`api::app`] is the HTTP API (axum), [`db::Db`] the SQLite storage, [`identity`] the age
//! identity that alone opens sealed responses, [`served_pack`] the signed content pack it hands
//! out.

pub mod api;
pub mod db;
pub mod identity;
pub mod metrics;
pub mod results;
mod results_api;
pub mod secrets;
pub mod served_pack;
pub mod throttle;

use std::path::PathBuf;

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
    #[error("municipality {0} is registered already")]
    MunicipalityExists(String),
    #[error("{0:?} is not a municipality number (four digits, e.g. 0301)")]
    BadMunicipalityNumber(String),
    #[error("there is no municipality {0}")]
    UnknownMunicipality(String),
    #[error("municipality {0} has the most contact persons allowed (4)")]
    TooManyContacts(String),
    #[error("there is no kiosk {0}")]
    UnknownKiosk(String),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("the content pack was refused: {0}")]
    Pack(#[from] survey::SurveyError),
}

impl CollectorError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> CollectorError {
        let path = path.into();
        move |source| CollectorError::Io { path, source }
    }
}
