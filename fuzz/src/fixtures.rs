//! The real things the targets start from: the repository's demo pack, built once per process
//! with the demo signing key, and the day the demo survey is open.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use survey::{PackSigningKey, PackVerifyingKey};

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

/// The demo pack, built once per process into a temporary folder that lives as long as it.
pub fn pack_dir() -> Result<&'static Path, FuzzError> {
    static PACK: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let built = PACK.get_or_init(|| {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?.keep();
        let out = dir.join("pack");
        let key = pack_signing_key().map_err(|e| e.to_string())?;
        survey::pack::build(&repo(), &key, &out).map_err(|e| e.to_string())?;
        Ok(out)
    });
    built.as_deref().map_err(|e| FuzzError::Setup(e.clone()))
}

/// A file of the repository, as bytes.
pub fn repo_file(relative: &str) -> Result<Vec<u8>, FuzzError> {
    std::fs::read(repo().join(relative)).map_err(setup)
}

pub fn setup(error: impl std::fmt::Display) -> FuzzError {
    FuzzError::Setup(error.to_string())
}
