//! Which app version runs here, and whether the collector offers a newer one (heard at each
//! sync), so the coordinator screen can say that an update waits and how to get it.

use std::path::{Path, PathBuf};

/// Where the kiosk's package writes its version, relative to the folder of the program
/// (`/usr/bin` → `/usr/share/survey-kiosk/version`). The package's version, not the build's,
/// is what apt compares, so it is what the notice must compare too.
pub const PACKAGED_VERSION_FILE: &str = "../share/survey-kiosk/version";

/// The version of the package this program was installed from, or the build's own version
/// when it was not installed from one (a checkout, a test).
pub fn running_version() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|exe| packaged_version(exe.parent()?))
        .unwrap_or_else(|| env!("CARGO_PKG_VERSION").to_owned())
}

fn packaged_version(program_dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(version_file(program_dir)).ok()?;
    let version = text.trim();
    (!version.is_empty()).then(|| version.to_owned())
}

fn version_file(program_dir: &Path) -> PathBuf {
    program_dir.join(PACKAGED_VERSION_FILE)
}

/// The offered version, when it is newer than the running one.
pub fn update_offered(offered: Option<String>, running: &str) -> Option<String> {
    offered.filter(|offered| sync::release::is_newer(offered, running))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packages_version_file_beside_the_program_is_the_running_version() {
        let root = tempfile::tempdir().unwrap();
        let bin = root.path().join("usr/bin");
        std::fs::create_dir_all(&bin).unwrap();
        assert_eq!(packaged_version(&bin), None);
        let file = version_file(&bin);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "0.3.1\n").unwrap();
        assert_eq!(packaged_version(&bin).as_deref(), Some("0.3.1"));
        std::fs::write(&file, "\n").unwrap();
        assert_eq!(
            packaged_version(&bin),
            None,
            "an empty file names no version"
        );
    }

    #[test]
    fn only_a_newer_offer_is_an_update() {
        assert_eq!(
            update_offered(Some("0.2.0".into()), "0.1.9").as_deref(),
            Some("0.2.0")
        );
        assert_eq!(update_offered(Some("0.1.9".into()), "0.1.9"), None);
        assert_eq!(update_offered(Some("0.1.0".into()), "0.1.9"), None);
        assert_eq!(update_offered(None, "0.1.9"), None);
    }
}
