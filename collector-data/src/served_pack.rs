//! The signed content pack the collector hands to kiosks, verified at start-up like a kiosk
//! would, and the survey facts the collector takes from it: which survey version it accepts
//! responses for and when the survey is open.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use survey::manifest::{SurveyPeriod, MANIFEST_FILE, SIGNATURE_FILE};
use survey::pack::{self, VerifyOptions};
use survey::{Catalog, Definition, PackVerifyingKey};

use crate::DataError;

pub struct ServedPack {
    pub manifest_bytes: Vec<u8>,
    pub signature: String,
    pub survey_id: String,
    pub survey_version: u32,
    pub period: SurveyPeriod,
    /// The age recipient the pack tells kiosks to seal responses to.
    pub recipient: String,
    /// The survey's definition and texts, for opening, validating and reporting responses.
    pub definition: Definition,
    pub catalog: Catalog,
    pub languages: Vec<survey::Language>,
    files_by_hash: HashMap<String, PathBuf>,
    files_by_path: HashMap<String, PathBuf>,
    sha256_by_path: HashMap<String, String>,
    /// The web-only part (each clip's MP3): served to browsers, never to kiosks.
    web_files_by_hash: HashMap<String, PathBuf>,
    web_sha256_by_path: HashMap<String, String>,
}

impl ServedPack {
    pub fn load(dir: &Path, key: &PackVerifyingKey, today: NaiveDate) -> Result<Self, DataError> {
        // The collector is where packs come from: it keeps serving results after a pack has
        // expired for kiosks, so expiry is the one check it does not apply to itself.
        let unverified = pack::parse_manifest(
            &std::fs::read(dir.join(MANIFEST_FILE))
                .map_err(DataError::io(dir.join(MANIFEST_FILE)))?,
        )?;
        let options = VerifyOptions {
            today: today.min(unverified.expires),
            installed_version: None,
        };
        let verified = pack::verify(dir, key, options)?;
        let read =
            |name: &str| std::fs::read(dir.join(name)).map_err(DataError::io(dir.join(name)));
        let manifest = verified.manifest;
        pack::verify_web_part(dir, &manifest)?;
        let (definition, catalog) = (verified.definition, verified.catalog);
        Ok(ServedPack {
            definition,
            catalog,
            languages: manifest.languages.clone(),
            manifest_bytes: read(MANIFEST_FILE)?,
            signature: String::from_utf8_lossy(&read(SIGNATURE_FILE)?)
                .trim()
                .to_owned(),
            survey_id: manifest.survey.id.clone(),
            survey_version: manifest.survey.version,
            period: manifest.survey_period,
            recipient: manifest.collector.public_key.clone(),
            files_by_hash: manifest
                .files
                .iter()
                .map(|f| (f.sha256.clone(), dir.join(&f.path)))
                .collect(),
            files_by_path: manifest
                .files
                .iter()
                .map(|f| (f.path.clone(), dir.join(&f.path)))
                .collect(),
            sha256_by_path: manifest
                .files
                .iter()
                .map(|f| (f.path.clone(), f.sha256.clone()))
                .collect(),
            web_files_by_hash: manifest
                .web_files
                .iter()
                .map(|f| (f.sha256.clone(), dir.join(&f.path)))
                .collect(),
            web_sha256_by_path: manifest
                .web_files
                .iter()
                .map(|f| (f.path.clone(), f.sha256.clone()))
                .collect(),
        })
    }

    /// The file at this path in the pack (as the manifest lists it), verified at start-up.
    pub fn file_path_named(&self, path: &str) -> Option<&Path> {
        self.files_by_path.get(path).map(PathBuf::as_path)
    }

    /// The SHA-256 the manifest gives the file at this path: the name the web survey fetches
    /// it by, which says nothing of the language or question it belongs to.
    pub fn sha256_named(&self, path: &str) -> Option<&str> {
        self.sha256_by_path.get(path).map(String::as_str)
    }

    /// The SHA-256 of a file of the web-only part, by its path in the pack.
    pub fn web_sha256_named(&self, path: &str) -> Option<&str> {
        self.web_sha256_by_path.get(path).map(String::as_str)
    }

    /// Whether the pack has the web-only part (every clip as MP3).
    pub fn has_web_audio(&self) -> bool {
        !self.web_sha256_by_path.is_empty()
    }

    /// A file of the web-only part by its SHA-256, verified at start-up.
    pub fn web_file_path(&self, sha256: &str) -> Option<&Path> {
        self.web_files_by_hash.get(sha256).map(PathBuf::as_path)
    }

    /// The file with this SHA-256, read when asked for: the pack may be large.
    pub fn file_path(&self, sha256: &str) -> Option<&Path> {
        self.files_by_hash.get(sha256).map(PathBuf::as_path)
    }
}
