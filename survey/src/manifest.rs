//! The content-pack manifest: what a pack is, when it is valid, where its responses go, and the
//! SHA-256 and length of every file in it. Signed as its exact bytes (see [`crate::signing`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::languages::Language;

pub const MANIFEST_FILE: &str = "manifest.json";
pub const SIGNATURE_FILE: &str = "manifest.sig";
pub const MANIFEST_FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub pack_id: String,
    /// Only ever grows; a kiosk refuses a pack older than the one it has.
    pub version: u64,
    pub issued_at: NaiveDate,
    pub expires: NaiveDate,
    pub survey_period: SurveyPeriod,
    pub survey: SurveyRef,
    pub collector: CollectorInfo,
    /// Whether the translations are reviewed, e.g. "machine translation, awaiting review".
    pub translation_status: String,
    pub languages: Vec<Language>,
    pub files: Vec<FileEntry>,
    /// The web-only part: each clip's second form for browsers that play no Ogg (see
    /// [`crate::web_audio`]). Listed and hashed like `files`, but kiosks neither download nor
    /// need it, so a kiosk's copy of the pack may lack these files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub web_files: Vec<FileEntry>,
    /// Per language, the clips made from a person's recording rather than a synthetic voice
    /// (`survey-pack import-audio`); every other clip is synthetic.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub recorded: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyPeriod {
    pub opens: NaiveDate,
    /// The last day on which a response may be completed.
    pub closes: NaiveDate,
}

impl SurveyPeriod {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.opens <= day && day <= self.closes
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyRef {
    pub id: String,
    pub version: u32,
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectorInfo {
    pub url: String,
    /// The collector's age X25519 recipient ("age1..."), which responses are sealed to.
    pub public_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// Relative, with forward slashes, e.g. "audio/ar/q-age.ogg".
    pub path: String,
    /// Lowercase hex.
    pub sha256: String,
    pub length: u64,
}

impl Manifest {
    pub fn file(&self, path: &str) -> Option<&FileEntry> {
        self.files.iter().find(|f| f.path == path)
    }

    pub fn web_file(&self, path: &str) -> Option<&FileEntry> {
        self.web_files.iter().find(|f| f.path == path)
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_includes_both_ends() {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let period = SurveyPeriod {
            opens: day(10, 10),
            closes: day(12, 31),
        };
        assert!(period.contains(day(10, 10)) && period.contains(day(12, 31)));
        assert!(!period.contains(day(10, 9)));
    }
}
