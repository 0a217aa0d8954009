//! The kiosk's package as municipalities get it: lintian finds no error in it, and it carries
//! the app, its desktop entry, the icon in every size and the autostart entry. Installing,
//! updating and removing it is the window test `installed.rs`, which starts the installed app.

mod installing;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use installing::dpkg_contents;
use packaging::deb::Compression;
use packaging::kiosk::{
    kiosk_package, KioskPrograms, APP_PATH, AUTOSTART_TEMPLATE_PATH, DESKTOP_ENTRY_PATH, ICON_SIZES,
};

/// The package of the debug programs this test run built, made once for the tests here.
fn kiosk_deb() -> &'static Path {
    static DEB: OnceLock<PathBuf> = OnceLock::new();
    DEB.get_or_init(|| {
        let programs = KioskPrograms {
            app: end_to_end::workspace_binary("survey-kiosk"),
            cli: end_to_end::workspace_binary("kiosk-cli"),
        };
        let out = tempfile::tempdir().unwrap().keep();
        kiosk_package(&programs, &end_to_end::repo(), "0.1.0")
            .build(&out, Compression::Fastest)
            .unwrap()
    })
}

#[test]
fn lintian_finds_no_error_in_the_kiosk_package() {
    let deb = kiosk_deb();
    let started = std::time::Instant::now();
    let lintian = Command::new("lintian")
        .args(["--no-tag-display-limit", "--fail-on", "error"])
        .arg(deb)
        .output()
        .expect("lintian is installed by `cargo xtask test`");
    let report = String::from_utf8_lossy(&lintian.stdout);
    println!("lintian ({:?}):\n{report}", started.elapsed());
    assert!(
        lintian.status.success() && !report.lines().any(|l| l.starts_with("E:")),
        "lintian found errors:\n{report}{}",
        String::from_utf8_lossy(&lintian.stderr)
    );
}

#[test]
fn the_package_carries_the_app_its_desktop_entry_every_icon_and_an_autostart_entry() {
    let files = dpkg_contents(kiosk_deb());
    let mut expected = vec![
        APP_PATH.to_owned(),
        "/usr/bin/survey-kiosk-cli".into(),
        DESKTOP_ENTRY_PATH.into(),
        AUTOSTART_TEMPLATE_PATH.into(),
    ];
    expected.extend(
        ICON_SIZES
            .iter()
            .map(|s| format!("/usr/share/icons/hicolor/{s}x{s}/apps/survey-kiosk.png")),
    );
    for path in expected {
        assert!(
            files.contains(&format!(".{path}")),
            "{path} is not in {files:?}"
        );
    }
}
