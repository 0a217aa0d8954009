//! `cargo xtask demo`: builds the demo content pack with the demo keys, verifies it as a kiosk
//! would, and prints what it holds.

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
    Ok(())
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
