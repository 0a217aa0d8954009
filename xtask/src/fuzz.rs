//! `cargo xtask fuzz --seconds N [--target NAME] [--seed S]`: builds `survey-fuzz` in release
//! and runs it, passing the arguments on. It fuzzes every parser of outside input and saves
//! findings under `<target dir>/fuzz-findings/<target>/`; the exit code says whether it found
//! anything.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::system;

pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    system::run(Command::new(&cargo).current_dir(root).args([
        "build",
        "--release",
        "-p",
        "survey-fuzz",
    ]))?;
    let target_dir = target_dir(root);
    let mut fuzz = Command::new(target_dir.join("release").join("survey-fuzz"));
    fuzz.current_dir(root).args(args);
    if !args
        .iter()
        .any(|a| a == "--findings" || a.starts_with("--findings="))
    {
        fuzz.arg("--findings").arg(target_dir.join("fuzz-findings"));
    }
    system::run(&mut fuzz)
}

/// Where cargo builds: `CARGO_TARGET_DIR` when set, `target/` otherwise.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir),
        None => root.join("target"),
    }
}
