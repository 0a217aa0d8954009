//! `cargo xtask test`: installs what the tests need and runs every test the project has.
//!
//! Besides the build packages, the window tests (src-tauri/tests/window) need Xvfb,
//! WebKitWebDriver, tauri-driver, PulseAudio and axe-core, and the kiosk's tests the `age` command. Each is
//! installed only when missing: system packages with apt-get, tauri-driver with `cargo install`,
//! axe-core with npm into target/axe (never committed). The package tests need Debian's
//! packaging tools, lintian and systemd-analyze, and root, since they install packages.

use std::path::Path;
use std::process::Command;

use crate::system;

/// What the window tests run on besides the build packages. PulseAudio is their sound card:
/// a null sink of a server of each test's own that takes sound at its rate, as a real card
/// does, and keeps nothing (`parec`, from pulseaudio-utils, listens to it).
pub const WINDOW_TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "webkit2gtk-driver",
    "imagemagick",
    "pulseaudio",
    "pulseaudio-utils",
];
/// The axe-core release the accessibility test injects into each screen.
const AXE_CORE: &str = "axe-core@4.14.1";
pub const AXE_DIR: &str = "target/axe";

pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    system::ensure_packages(system::BUILD_PACKAGES)?;
    system::ensure_packages(WINDOW_TEST_PACKAGES)?;
    // The results pages are screenshotted in headless Chromium, and the web survey is driven
    // there through chromedriver.
    system::ensure_packages(&["chromium", "chromium-driver"])?;
    // kiosk/tests/age_cli.rs opens a sealed response with the age command-line tool.
    system::ensure_packages(&["age"])?;
    // tests/tests/registration.rs sends the collector's mails to a real SMTP server process.
    system::ensure_packages(&["python3-aiosmtpd"])?;
    // packaging/tests build, check and install the .debs `cargo xtask bundle` makes.
    system::ensure_packages(crate::bundle::PACKAGING_PACKAGES)?;
    // lintian checks the kiosk's package; systemd brings `systemd-analyze verify` for the
    // collector's unit (installed, not run: no service starts).
    system::ensure_packages(&["lintian", "systemd"])?;
    // Test packs carry every clip as MP3 too, and import-audio's tests make and measure sound.
    system::ensure_packages(system::AUDIO_PACKAGES)?;
    ensure_tauri_driver()?;
    ensure_axe(root)?;
    check_dependency_invariants(root)?;
    check_collector_layers(root)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // A whole run builds each crate once, so incremental caches (gigabytes across forty test
    // binaries) would only fill the disk. Every test binary runs even after one fails, so a
    // run shows all that is wrong.
    let cargo_in_root = |subcommand: &str| {
        let mut command = Command::new(&cargo);
        command
            .current_dir(root)
            .env("CARGO_INCREMENTAL", "0")
            .args([subcommand, "--workspace"]);
        command
    };
    // `cargo test` builds a package's executables only for that package's own integration
    // tests; the end-to-end tests run every command (survey-publish among them), so all are
    // built first, with the same targets (and so the same features) the tests build. The
    // window tests are `test = false` (left out of --all-targets) and built by name.
    system::run(cargo_in_root("build").arg("--all-targets"))?;
    system::run(cargo_in_root("test").args(["--test", "window", "--no-run"]))?;
    // The window tests run beside the others: a window test mostly waits (for taps to settle,
    // timers, sound), and one after the other the two sets took twice as long. Their output
    // is kept apart and shown after the others', so that neither interleaves.
    let window_log_path = root.join("target/window-tests.log");
    let window_log = std::fs::File::create(&window_log_path)?;
    let mut window = cargo_in_root("test")
        .args(["--test", "window", "--no-fail-fast"])
        .args(args)
        .stdout(window_log.try_clone()?)
        .stderr(window_log)
        .spawn()?;
    let others = system::run(
        cargo_in_root("test")
            .args(["--all-targets", "--no-fail-fast"])
            .args(args),
    );
    let window_status = window.wait()?;
    println!("\n==== the window tests (src-tauri/tests/window) ====");
    print!("{}", std::fs::read_to_string(&window_log_path)?);
    others?;
    anyhow::ensure!(window_status.success(), "the window tests failed");
    Ok(())
}

/// The layout's promises, checked on the dependency graph: only `src-tauri` depends on Tauri,
/// and the online collector cannot open a response because it does not depend on age at all.
fn check_dependency_invariants(root: &Path) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let tree = |package: &str| -> anyhow::Result<String> {
        let output = Command::new(&cargo)
            .current_dir(root)
            .args([
                "tree", "-q", "-e", "normal", "--prefix", "none", "-p", package,
            ])
            .output()?;
        anyhow::ensure!(output.status.success(), "cargo tree -p {package} failed");
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let depends_on =
        |tree: &str, name: &str| tree.lines().any(|l| l.starts_with(&format!("{name} v")));
    for package in ["survey", "sync", "kiosk", "collector", "publisher"] {
        anyhow::ensure!(
            !depends_on(&tree(package)?, "tauri"),
            "{package} depends on tauri; only src-tauri may"
        );
    }
    anyhow::ensure!(
        !depends_on(&tree("collector")?, "age"),
        "collector depends on age: the online server must not be able to open responses"
    );
    let publisher = tree("publisher")?;
    anyhow::ensure!(
        depends_on(&publisher, "age"),
        "the dependency check no longer sees age where it is used (publisher)"
    );
    // The owner's offline tool reaches the data folder through collector-data, never by
    // linking the server.
    for server_part in ["axum", "hyper", "lettre", "tokio", "collector"] {
        anyhow::ensure!(
            !depends_on(&publisher, server_part),
            "publisher depends on {server_part}: it must reach the data folder through collector-data"
        );
    }
    anyhow::ensure!(
        depends_on(&publisher, "collector-data"),
        "the dependency check no longer sees collector-data where it is used (publisher)"
    );
    Ok(())
}

/// The collector reads bottom-up: no use case imports another, and no circle of imports but a
/// parent module and its own children (see ARCHITECTURE.md).
fn check_collector_layers(root: &Path) -> anyhow::Result<()> {
    let graph = crate::layers::import_graph(&root.join("collector/src"))?;
    anyhow::ensure!(
        graph.contains_key("app") && graph.contains_key("state"),
        "the layering check no longer finds the collector's modules"
    );
    let problems = crate::layers::problems(&graph);
    anyhow::ensure!(problems.is_empty(), "{}", problems.join("\n"));
    Ok(())
}

/// tauri-driver, the WebDriver server between the tests and WebKitWebDriver, version 2 to
/// match Tauri 2.
fn ensure_tauri_driver() -> anyhow::Result<()> {
    if system::which("tauri-driver").is_some() || system::cargo_bin("tauri-driver").is_file() {
        return Ok(());
    }
    println!("installing tauri-driver");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    system::run(Command::new(cargo).args([
        "install",
        "tauri-driver",
        "--locked",
        "--version",
        "^2",
    ]))
}

fn ensure_axe(root: &Path) -> anyhow::Result<()> {
    let dir = root.join(AXE_DIR);
    if dir.join("node_modules/axe-core/axe.min.js").is_file() {
        return Ok(());
    }
    if system::which("npm").is_none() {
        system::ensure_packages(&["npm"])?;
    }
    std::fs::create_dir_all(&dir)?;
    system::run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&dir)
            .arg(AXE_CORE),
    )
}
