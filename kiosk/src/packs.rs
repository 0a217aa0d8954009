//! The kiosk's content packs on disk: installing the built-in pack or a downloaded one, and
//! loading the current pack, each verified against the survey owner's pinned key before use.
//!
//! A new pack is written to a staging folder, verified there, renamed into `packs/`, and only
//! then made current by one settings transaction. Until that moment the previous pack stays
//! current, so a failed or interrupted install changes nothing. A pack older than the newest
//! ever installed is refused (no rollback).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use survey::pack::{self, VerifyOptions};
use survey::{PackVerifyingKey, VerifiedPack};

use crate::paths::PACKS_DIR;
use crate::store::Store;
use crate::KioskError;

pub mod embedded {
    //! The pack this build ships with, and the survey owner's public key it pins (see build.rs).
    include!(concat!(env!("OUT_DIR"), "/embedded_pack.rs"));
}

const CURRENT_PACK: &str = "pack.current";
const HIGHEST_VERSION: &str = "pack.highest_version";

pub fn pinned_key() -> PackVerifyingKey {
    PackVerifyingKey::from_base64(embedded::PINNED_KEY).expect("build.rs pins a valid key")
}

pub struct Packs {
    root: PathBuf,
    key: PackVerifyingKey,
}

impl Packs {
    pub fn new(data_dir: &Path, key: PackVerifyingKey) -> Self {
        Packs {
            root: data_dir.join(PACKS_DIR),
            key,
        }
    }

    /// Verifies and loads the current pack, if there is one.
    pub fn load_current(
        &self,
        store: &Store,
        today: NaiveDate,
    ) -> Result<Option<(PathBuf, VerifiedPack)>, KioskError> {
        let Some(name) = store.setting(CURRENT_PACK)? else {
            return Ok(None);
        };
        let dir = self.root.join(name);
        let options = VerifyOptions {
            today,
            installed_version: None,
        };
        let verified = pack::verify(&dir, &self.key, options)?;
        Ok(Some((dir, verified)))
    }

    /// Installs the pack built into this kiosk.
    pub fn install_embedded(
        &self,
        store: &mut Store,
        today: NaiveDate,
    ) -> Result<(PathBuf, VerifiedPack), KioskError> {
        self.install_with(store, today, |staging| {
            for (rel, bytes) in embedded::FILES {
                write_file(&staging.join(rel), bytes)?;
            }
            Ok(())
        })
    }

    /// Installs a pack from a folder (a download finished by the sync, or a USB stick).
    pub fn install_from_dir(
        &self,
        store: &mut Store,
        today: NaiveDate,
        source: &Path,
    ) -> Result<(PathBuf, VerifiedPack), KioskError> {
        self.install_with(store, today, |staging| copy_tree(source, staging))
    }

    fn install_with(
        &self,
        store: &mut Store,
        today: NaiveDate,
        fill: impl FnOnce(&Path) -> Result<(), KioskError>,
    ) -> Result<(PathBuf, VerifiedPack), KioskError> {
        std::fs::create_dir_all(&self.root).map_err(KioskError::io(&self.root))?;
        let staging = self.root.join(format!(".staging-{}", std::process::id()));
        remove_if_present(&staging)?;
        fill(&staging)?;
        let highest = store
            .setting(HIGHEST_VERSION)?
            .and_then(|v| v.parse::<u64>().ok());
        let options = VerifyOptions {
            today,
            installed_version: highest,
        };
        let verified = match pack::verify(&staging, &self.key, options) {
            Ok(verified) => verified,
            Err(refusal) => {
                remove_if_present(&staging)?;
                return Err(refusal.into());
            }
        };
        let manifest = &verified.manifest;
        let name = format!("{}-v{}", manifest.pack_id, manifest.version);
        let dir = self.root.join(&name);
        remove_if_present(&dir)?;
        std::fs::rename(&staging, &dir).map_err(KioskError::io(&dir))?;
        let highest = highest.unwrap_or(0).max(manifest.version).to_string();
        store.set_settings(&[(CURRENT_PACK, &name), (HIGHEST_VERSION, &highest)])?;
        log::info!("installed content pack {name}");
        Ok((dir, verified))
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), KioskError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(KioskError::io(parent))?;
    }
    std::fs::write(path, bytes).map_err(KioskError::io(path))
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), KioskError> {
    for entry in std::fs::read_dir(from).map_err(KioskError::io(from))? {
        let path = entry.map_err(KioskError::io(from))?.path();
        let target = to.join(path.file_name().expect("a directory entry has a name"));
        if path.is_dir() {
            copy_tree(&path, &target)?;
        } else {
            let bytes = std::fs::read(&path).map_err(KioskError::io(&path))?;
            write_file(&target, &bytes)?;
        }
    }
    Ok(())
}

fn remove_if_present(dir: &Path) -> Result<(), KioskError> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(KioskError::io(dir)(e)),
        _ => Ok(()),
    }
}
