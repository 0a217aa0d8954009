//! The kiosk's package as municipalities get it: lintian finds no error in it, and installed
//! with dpkg it puts the app where its desktop entry's command finds it, the icon in every
//! size and the autostart entry aside; removing it takes all of that away again.

mod installing;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use installing::{dpkg, dpkg_contents, must_be_root, Installed};
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

#[test]
fn installed_the_desktop_entry_starts_the_installed_app_and_removal_is_clean() {
    must_be_root();
    let _dpkg = installing::lock();
    let deb = kiosk_deb();
    let installed = Installed::new("survey-kiosk", &[]);
    dpkg(&["-i", deb.to_str().unwrap()]);
    let entry = std::fs::read_to_string(DESKTOP_ENTRY_PATH).unwrap();
    let exec = entry
        .lines()
        .find_map(|l| l.strip_prefix("Exec="))
        .expect("the desktop entry has a command");
    let resolved = Command::new("sh")
        .args(["-c", &format!("command -v {exec}")])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&resolved.stdout).trim(), APP_PATH);
    let validate = Command::new("desktop-file-validate")
        .arg(DESKTOP_ENTRY_PATH)
        .output();
    if let Ok(validate) = validate {
        assert!(
            validate.status.success(),
            "{}",
            String::from_utf8_lossy(&validate.stdout)
        );
    }
    dpkg(&["--remove", "survey-kiosk"]);
    for gone in [APP_PATH, DESKTOP_ENTRY_PATH, AUTOSTART_TEMPLATE_PATH] {
        assert!(!Path::new(gone).exists(), "{gone} is left after removal");
    }
    drop(installed);
}
