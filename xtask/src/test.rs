//! `cargo xtask test`: installs what the tests need and runs every test the project has.

use std::path::Path;
use std::process::Command;

use crate::system;

pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    system::ensure_packages(system::BUILD_PACKAGES)?;
    // The results pages are screenshotted in headless Chromium.
    system::ensure_packages(&["chromium"])?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    system::run(
        Command::new(cargo)
            .current_dir(root)
            .args(["test", "--workspace", "--all-targets"])
            .args(args),
    )
}
