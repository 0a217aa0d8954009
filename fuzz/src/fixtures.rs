//! The real things the targets start from: the repository's demo pack, built once per process
//! with the demo signing key, and the day the demo survey is open.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::NaiveDate;
use survey::{PackSigningKey, PackVerifyingKey};
use tempfile::TempDir;

use crate::FuzzError;

/// A day inside the demo survey's period, so deliveries reach the deepest checks.
pub fn open_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).expect("a real date")
}

/// The workspace root: this crate lives one folder below it.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the fuzz crate is inside the workspace")
        .to_owned()
}

fn demo_keys() -> PathBuf {
    repo().join("demo-keys-NOT-FOR-PRODUCTION")
}

pub fn pack_signing_key() -> Result<PackSigningKey, FuzzError> {
    PackSigningKey::from_file(&demo_keys().join("pack-signing-key.txt")).map_err(setup)
}

pub fn pack_verifying_key() -> Result<PackVerifyingKey, FuzzError> {
    PackVerifyingKey::from_file(&demo_keys().join("pack-signing-key.pub")).map_err(setup)
}

static PACK: Mutex<Option<TempDir>> = Mutex::new(None);

/// The demo pack, built once per process into a temporary folder that [`remove_pack`] deletes.
pub fn pack_dir() -> Result<PathBuf, FuzzError> {
    let mut pack = PACK.lock().unwrap_or_else(|p| p.into_inner());
    if pack.is_none() {
        let dir = tempfile::tempdir().map_err(setup)?;
        survey::pack::build(&repo(), &pack_signing_key()?, &dir.path().join("pack"))
            .map_err(setup)?;
        *pack = Some(dir);
    }
    Ok(pack.as_ref().expect("just built").path().join("pack"))
}

/// Deletes the pack [`pack_dir`] built. Statics are never dropped, so a process that does not
/// call it leaves the pack in the temporary folder.
pub fn remove_pack() {
    PACK.lock().unwrap_or_else(|p| p.into_inner()).take();
}

/// A file of the repository, as bytes.
pub fn repo_file(relative: &str) -> Result<Vec<u8>, FuzzError> {
    std::fs::read(repo().join(relative)).map_err(setup)
}

pub fn setup(error: impl std::fmt::Display) -> FuzzError {
    FuzzError::Setup(error.to_string())
}
