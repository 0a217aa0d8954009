//! The kiosk's package `survey-kiosk`: the app (its content pack is built into the program),
//! `survey-kiosk-cli` for the coordinator's rescue commands, a desktop entry, the icon in
//! every size the desktop asks for, and an autostart entry that is off until a coordinator
//! copies it into their session's autostart folder.

use std::path::{Path, PathBuf};

use crate::deb::{Entry, Package};

pub const KIOSK_PACKAGE: &str = "survey-kiosk";
pub const APP_PATH: &str = "/usr/bin/survey-kiosk";
pub const DESKTOP_ENTRY_PATH: &str = "/usr/share/applications/no.imdi.survey-kiosk.desktop";
/// Where the autostart entry waits; `~/.config/autostart/` is where it takes effect.
pub const AUTOSTART_TEMPLATE_PATH: &str =
    "/usr/share/survey-kiosk/autostart/no.imdi.survey-kiosk.desktop";
pub const DESKTOP_ENTRY: &str = include_str!("../files/no.imdi.survey-kiosk.desktop");
const AUTOSTART_ENTRY: &str = include_str!("../files/autostart.desktop");
/// The package's version, for the app's update notice (`kiosk::release::PACKAGED_VERSION_FILE`
/// from `/usr/bin`).
pub const VERSION_PATH: &str = "/usr/share/survey-kiosk/version";
/// The icon sizes in src-tauri/icons (`icon.png` is the 128 one).
pub const ICON_SIZES: &[u32] = &[16, 24, 32, 48, 64, 128, 256];

/// The programs a kiosk package carries.
pub struct KioskPrograms {
    /// `survey-kiosk`, the Tauri app.
    pub app: PathBuf,
    /// `kiosk-cli`, installed as `survey-kiosk-cli`.
    pub cli: PathBuf,
}

/// The kiosk's package; `repo` is the checkout, whose src-tauri/icons it takes.
pub fn kiosk_package(programs: &KioskPrograms, repo: &Path, version: &str) -> Package {
    let mut entries = vec![
        Entry::program(APP_PATH, &programs.app),
        Entry::program("/usr/bin/survey-kiosk-cli", &programs.cli),
        Entry::text(DESKTOP_ENTRY_PATH, DESKTOP_ENTRY),
        Entry::text(AUTOSTART_TEMPLATE_PATH, AUTOSTART_ENTRY),
        // The app compares this with what the collector offers (`kiosk::release`).
        Entry::text(VERSION_PATH, format!("{version}\n")),
    ];
    for &size in ICON_SIZES {
        let source = match size {
            128 => repo.join("src-tauri/icons/icon.png"),
            _ => repo.join(format!("src-tauri/icons/{size}x{size}.png")),
        };
        entries.push(Entry::file(
            &format!("/usr/share/icons/hicolor/{size}x{size}/apps/survey-kiosk.png"),
            &source,
        ));
    }
    Package {
        name: KIOSK_PACKAGE.into(),
        version: version.into(),
        section: "education".into(),
        depends: vec![],
        recommends: vec![],
        summary: "Survey Kiosk: answer the survey for newly arrived adults".into(),
        description: "The kiosk of Norway's national survey of newly arrived adults in \
            language training and the introduction programme. Participants answer anonymously \
            in 24 languages, by text and by sound, also without a network; each response is \
            sealed to the survey's key as it is finished and sent when a coordinator syncs. \
            The survey's signed content pack is built in. Each user's data stays in their own \
            data folder (~/.local/share/surveykiosk), also when the package is removed."
            .into(),
        entries,
        conffiles: vec![],
        scripts: vec![],
    }
}
