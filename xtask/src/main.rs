//! The project's own commands, run as `cargo xtask <command>` from anywhere in the checkout.
//!
//! - `demo`: installs what the demo needs, builds, and runs the demo.
//! - `test`: installs what the tests need and runs every test the project has.
//! - `audio`: (re)makes the spoken clips from the Fluent texts with espeak-ng.
//! - `fonts`: (re)makes the subsetted web fonts the screens bundle.
//! - `vendor`: (re)makes ui/vendor/, the @noble modules the web survey's sealing imports.
//! - `soak`: 200 simulated kiosks against one collector with faults and a restart, in release.
//! - `fuzz`: fuzzes every parser of outside input for `--seconds N` and reports what it found.
//! - `bundle`: the release `.deb`s of kiosk, collector and publisher, in a signed apt repository.
//! - `floor`: the kiosk's start and memory against an empty Tauri window, with the ratios.

mod audio;
mod bundle;
mod demo;
mod floor;
mod fonts;
mod fuzz;
mod layers;
mod phonemes;
mod soak;
mod system;
mod test;
mod vendor;

use std::path::PathBuf;

use anyhow::bail;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = repo_root();
    match args.first().map(String::as_str) {
        Some("demo") => demo::run(&root, &args[1..]),
        Some("test") => test::run(&root, &args[1..]),
        Some("audio") => audio::run(&root, &args[1..]),
        Some("fonts") => fonts::run(&root, &args[1..]),
        Some("vendor") => vendor::run(&root, &args[1..]),
        Some("soak") => soak::run(&root, &args[1..]),
        Some("fuzz") => fuzz::run(&root, &args[1..]),
        Some("bundle") => bundle::run(&root, &args[1..]),
        Some("floor") => floor::run(&root, &args[1..]),
        _ => {
            eprintln!("usage: cargo xtask <demo|test|audio|fonts|vendor|soak|fuzz|bundle|floor>");
            eprintln!("  demo             build, verify and run the demo");
            eprintln!("  test             install what the tests need and run them all");
            eprintln!("  audio [--force] [--check]  make missing or outdated clips with espeak-ng (--check: only check that no voice names a letter)");
            eprintln!("  fonts            subset the bundled Noto fonts to the characters in use");
            eprintln!("  vendor           copy the @noble modules the web's sealing imports into ui/vendor/");
            eprintln!(
                "  soak --minutes N 200 kiosks syncing through faults and a collector restart"
            );
            eprintln!("  fuzz --seconds N [--target NAME] [--seed S]");
            eprintln!("                   fuzz every parser of outside input, report findings");
            eprintln!("  bundle [--version V] [--gpg-key ID]");
            eprintln!("                   release .debs and the signed apt repository");
            eprintln!("  floor [--debug]  the kiosk's start and memory against an empty window");
            bail!("unknown command {:?}", args.first());
        }
    }
}

/// The workspace root: xtask lives one folder below it.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask is inside the workspace")
        .to_owned()
}

/// The target folder this xtask was built in (`target/debug/xtask`), whatever put it there.
pub fn target_dir(root: &std::path::Path) -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.to_owned()))
        .unwrap_or_else(|| root.join("target"))
}
