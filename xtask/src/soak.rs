//! `cargo xtask soak --minutes N [soak options]`: builds the collector and the soak program in
//! release and runs the soak (200 simulated kiosks against one collector with cut connections,
//! lost replies and a restart; see `tests/src/soak.rs`). Fails when any response is missing or
//! held twice.

use std::path::Path;
use std::process::Command;

use crate::system;

pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    system::ensure_packages(system::BUILD_PACKAGES)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // One build for both, so the soak finds survey-collector beside itself.
    system::run(Command::new(&cargo).current_dir(root).args([
        "build",
        "--release",
        "-p",
        "collector",
        "--bin",
        "survey-collector",
        "-p",
        "end-to-end",
        "--bin",
        "soak",
    ]))?;
    system::run(
        Command::new(cargo)
            .current_dir(root)
            .args([
                "run",
                "--release",
                "-q",
                "-p",
                "end-to-end",
                "--bin",
                "soak",
                "--",
            ])
            .args(args),
    )
}
