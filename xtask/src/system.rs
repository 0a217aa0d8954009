//! Installing the Debian/Ubuntu packages a command needs, so that a fresh machine with only a
//! Rust toolchain can run the demo and the tests. Packages already present are skipped, and
//! apt-get goes through sudo when we are not root.

use std::process::Command;

use anyhow::{bail, Context};

/// What building the workspace needs: a C toolchain, ALSA headers for rodio's output (cpal),
/// and WebKitGTK 4.1 with its GTK stack for the Tauri window.
pub const BUILD_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libasound2-dev",
    "libwebkit2gtk-4.1-dev",
];

/// What `survey-pack` needs to build a pack for the web (each clip as MP3) and to import
/// recordings: Debian's ffmpeg (with LAME and Vorbis).
pub const AUDIO_PACKAGES: &[&str] = &["ffmpeg"];

/// Installs whichever of `packages` are missing.
pub fn ensure_packages(packages: &[&str]) -> anyhow::Result<()> {
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| !is_installed(p))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if which("apt-get").is_none() {
        bail!(
            "these system packages are missing and there is no apt-get to install them: {}",
            missing.join(" ")
        );
    }
    println!("installing system packages: {}", missing.join(" "));
    let as_root = is_root();
    let run = |args: &[&str]| -> anyhow::Result<()> {
        let mut command = if as_root {
            Command::new("apt-get")
        } else {
            let mut sudo = Command::new("sudo");
            sudo.arg("apt-get");
            sudo
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        let status = command.status().context("running apt-get")?;
        if !status.success() {
            bail!("apt-get {} failed with {status}", args.join(" "));
        }
        Ok(())
    };
    run(&["update", "-qq"])?;
    let mut install = vec!["install", "-y", "-qq", "--no-install-recommends"];
    install.extend(&missing);
    run(&install)
}

fn is_installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

pub fn which(program: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// Where `cargo install` puts `program`: $CARGO_HOME/bin, by default ~/.cargo/bin.
pub fn cargo_bin(program: &str) -> std::path::PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    home.join("bin").join(program)
}

/// Runs a command, failing with its name when it does not succeed.
pub fn run(command: &mut Command) -> anyhow::Result<()> {
    let status = command
        .status()
        .with_context(|| format!("starting {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed with {status}");
    }
    Ok(())
}
