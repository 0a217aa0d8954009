//! The central collector: the server kiosks sync to, and its admin commands.

pub mod identity;

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum CollectorError {
    #[error("could not read or write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0} exists already; the collector is initialised")]
    AlreadyInitialised(PathBuf),
    #[error("{path} does not hold an age X25519 identity")]
    BadIdentity { path: PathBuf },
}

impl CollectorError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> CollectorError {
        let path = path.into();
        move |source| CollectorError::Io { path, source }
    }
}
