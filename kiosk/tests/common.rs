//! Helpers shared by the kiosk's integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveDate;
use kiosk::{Kiosk, KioskConfig};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// A day inside the demo survey period.
pub fn open_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
}

pub fn kiosk_in(dir: &Path) -> Kiosk {
    let mut config = KioskConfig::new(dir.to_owned());
    config.today = Some(open_day());
    Kiosk::open(config).unwrap()
}

/// The demo collector's identity, which the built-in demo pack seals to.
pub fn demo_identity() -> age::x25519::Identity {
    let text =
        std::fs::read_to_string(repo().join("demo-keys-NOT-FOR-PRODUCTION/collector-identity.txt"))
            .unwrap();
    age::x25519::Identity::from_str(text.trim()).unwrap()
}

/// Every byte of every file under `dir`.
pub fn all_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    found
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
