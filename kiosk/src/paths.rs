//! Where a kiosk keeps its data: `--data-dir` or `SURVEY_KIOSK_DATA_DIR` when given (tests and
//! several kiosks on one machine each get their own), else the platform's data folder.

use std::path::PathBuf;

use crate::KioskError;

pub const DATA_DIR_ENV: &str = "SURVEY_KIOSK_DATA_DIR";
pub const DATABASE_FILE: &str = "kiosk.sqlite";
pub const PACKS_DIR: &str = "packs";

pub fn resolve_data_dir(explicit: Option<PathBuf>) -> Result<PathBuf, KioskError> {
    if let Some(dir) = explicit {
        return Ok(dir);
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("no", "IMDi", "Survey Kiosk")
        .map(|dirs| dirs.data_dir().to_owned())
        .ok_or(KioskError::NoDataDir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_folder_wins() {
        let dir = PathBuf::from("some/where");
        assert_eq!(resolve_data_dir(Some(dir.clone())).unwrap(), dir);
    }
}
