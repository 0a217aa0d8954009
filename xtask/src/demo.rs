//! `cargo xtask demo`: builds the demo content pack with the demo keys, verifies it as a kiosk
//! would, prints what it holds, and opens the kiosk window on a demo data folder.

use std::path::Path;
use std::process::Command;

use crate::system;

pub const DEMO_KEYS: &str = "demo-keys-NOT-FOR-PRODUCTION";

pub fn run(root: &Path, _args: &[String]) -> anyhow::Result<()> {
    system::ensure_packages(system::BUILD_PACKAGES)?;
    let pack = root.join("target").join("demo-pack");
    let keys = root.join(DEMO_KEYS);
    survey_pack(
        root,
        &["build", "--source"],
        root,
        &[
            "--out".as_ref(),
            pack.as_os_str(),
            "--key".as_ref(),
            keys.join("pack-signing-key.txt").as_os_str(),
        ],
    )?;
    survey_pack(
        root,
        &["verify"],
        &pack,
        &[
            "--public-key".as_ref(),
            keys.join("pack-signing-key.pub").as_os_str(),
        ],
    )?;
    println!();
    println!("The demo pack is in {}.", pack.display());
    launch_kiosk(root)
}

/// A day inside the demo pack's survey period (content/pack.toml), so the demo kiosk takes
/// responses whatever the date; set SURVEY_KIOSK_TODAY to try another.
const DEMO_TODAY: &str = "2026-11-02";

/// Opens the kiosk window (fullscreen, locked down) with the demo pack built in.
fn launch_kiosk(root: &Path) -> anyhow::Result<()> {
    let data = root.join("target").join("demo-kiosk");
    let has_display =
        std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
    if !has_display {
        println!();
        println!("There is no display here, so the kiosk window cannot open. Either run");
        println!("  xvfb-run -s '-screen 0 1280x800x24' cargo xtask demo");
        println!("and look at it with a screenshot (`import -display :99 -window root shot.png`),");
        println!("or run `cargo xtask demo` on a machine with a desktop.");
        return Ok(());
    }
    println!();
    println!("Opening the kiosk window (data in {}).", data.display());
    println!("- On its first start it asks for a coordinator PIN (4 to 12 digits).");
    println!("- Coordinator mode: press and hold the top-left corner for 2 s, or Ctrl+Alt+K.");
    println!("- The window closes only through coordinator mode: \"Avslutt kiosken\".");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let today = std::env::var("SURVEY_KIOSK_TODAY").unwrap_or_else(|_| DEMO_TODAY.into());
    system::run(
        Command::new(cargo)
            .current_dir(root)
            .args([
                "run",
                "--quiet",
                "-p",
                "survey-kiosk-app",
                "--bin",
                "survey-kiosk",
            ])
            .env("SURVEY_KIOSK_DATA_DIR", &data)
            .env("SURVEY_KIOSK_TODAY", today),
    )
}

fn survey_pack(
    root: &Path,
    leading: &[&str],
    path: &Path,
    rest: &[&std::ffi::OsStr],
) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    system::run(
        Command::new(cargo)
            .current_dir(root)
            .args([
                "run",
                "--quiet",
                "--release",
                "-p",
                "survey",
                "--bin",
                "survey-pack",
                "--",
            ])
            .args(leading)
            .arg(path)
            .args(rest),
    )
}
