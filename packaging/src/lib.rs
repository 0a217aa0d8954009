//! Debian packages of Survey Kiosk's programs and the signed apt repository that carries them.
//!
//! `cargo xtask bundle` calls this with release binaries; the install tests call it with the
//! debug binaries a test run has already built, so the packages they install are made by the
//! same code as the ones municipalities install. The packages are written with `dpkg-deb`
//! rather than Tauri's bundler (ARCHITECTURE.md, "Packages with dpkg-deb").

pub mod apt_repository;
pub mod collector;
pub mod deb;
pub mod kiosk;
mod tools;

use std::path::PathBuf;

/// Everything that can go wrong while packaging.
#[derive(Debug, thiserror::Error)]
pub enum PackagingError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not start {program} (is it installed?): {source}")]
    ToolMissing {
        program: String,
        source: std::io::Error,
    },
    #[error("{command} failed ({status}): {stderr}")]
    ToolFailed {
        command: String,
        status: std::process::ExitStatus,
        stderr: String,
    },
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T> = std::result::Result<T, PackagingError>;

/// Wraps an I/O error with the path it concerns.
pub(crate) fn io_at(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> PackagingError {
    let path = path.into();
    move |source| PackagingError::Io { path, source }
}
