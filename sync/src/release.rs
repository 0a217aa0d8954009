//! The kiosk's app release the collector offers (from the signed apt repository it serves),
//! and the one order of versions both sides use to tell whether it is newer than the one
//! running. Only a notice for the coordinator: installing stays with apt and the owner's key.

use serde::{Deserialize, Serialize};

/// The answer to `GET /v1/kiosk-release`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KioskRelease {
    pub protocol: u32,
    /// The newest `survey-kiosk` package version in the collector's repository.
    pub version: String,
}

/// Whether `offered` is a later version than `running`, comparing the dot-separated numbers
/// of Debian-style versions as numbers (`0.10.0` after `0.9.2`); a part that is not a number
/// sorts before every number (`0.2.0-rc1` before `0.2.0`), so nothing unreadable, nor an empty
/// offer, ever reads as an update.
pub fn is_newer(offered: &str, running: &str) -> bool {
    compare(offered, running) == std::cmp::Ordering::Greater
}

/// The newest of `versions` in the order of [`is_newer`].
pub fn newest<'a>(versions: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    versions.into_iter().max_by(|a, b| compare(a, b))
}

fn compare(a: &str, b: &str) -> std::cmp::Ordering {
    let parts =
        |v: &str| -> Vec<Part> { v.trim().split(['.', '-', '+', '~']).map(Part::of).collect() };
    let (a, b) = (parts(a), parts(b));
    for i in 0..a.len().max(b.len()) {
        let order = a
            .get(i)
            .unwrap_or(&Part::Number(0))
            .cmp(b.get(i).unwrap_or(&Part::Number(0)));
        if order.is_ne() {
            return order;
        }
    }
    std::cmp::Ordering::Equal
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    // First, so that it sorts before every number.
    Text(String),
    Number(u64),
}

impl Part {
    fn of(text: &str) -> Part {
        text.parse()
            .map(Part::Number)
            .unwrap_or_else(|_| Part::Text(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_versions_are_newer_by_number_not_by_text() {
        assert!(is_newer("0.1.1", "0.1.0"));
        assert!(is_newer("0.10.0", "0.9.2"));
        assert!(is_newer("1.0", "0.99.99"));
        assert!(is_newer("0.2.0-1", "0.2.0"));
        assert!(is_newer("0.2.0", "0.2.0-rc1"));
    }

    #[test]
    fn the_same_or_an_older_version_is_not_newer() {
        assert!(!is_newer("0.1.0", "0.1.0"));
        assert!(!is_newer("0.1", "0.1.0"));
        assert!(!is_newer("0.1.0", "0.1.1"));
        assert!(!is_newer("0.9.2", "0.10.0"));
        assert!(!is_newer("0.2.0-rc1", "0.2.0"));
        assert!(!is_newer("", "0.1.0"));
        assert!(!is_newer("latest", "0.1.0"));
    }

    #[test]
    fn the_newest_of_several_is_found_in_any_order() {
        assert_eq!(newest(["0.1.2", "0.10.0", "0.9.9"]), Some("0.10.0"));
        assert_eq!(newest(Vec::<&str>::new()), None);
    }
}
