//! `cargo xtask fuzz --seconds N [--target NAME] [--seed S]`: builds `survey-fuzz` in release
//! with coverage feedback and runs it, passing the arguments on. It fuzzes every parser of
//! outside input from the checked-in corpus (`fuzz/corpus/`, written back at the end), saves
//! findings under `<target dir>/fuzz-findings/<target>/`, and its exit code says whether it
//! found anything.
//!
//! The feedback is LLVM's SanitizerCoverage, which the stable compiler runs as a pass
//! (`-C passes=sancov-module`): the build goes to its own folder (`<target dir>/fuzz`) and names
//! the host as its target, so the flags reach the fuzzed code but not build scripts or
//! procedural macros, which have no one to hand their counters to.
//!
//! `cargo xtask fuzz --record` first runs end-to-end tests with `SURVEY_FUZZ_RECORD`, so that
//! the requests of real kiosks and browsers join the corpus (`tests/src/traffic.rs`); the fuzz
//! run after it keeps those that add coverage.
//!
//! `cargo xtask fuzz --coverage` measures instead what the corpus reaches: a build with
//! `-C instrument-coverage` runs each target's seeds, then seeds and corpus, and LLVM's tools
//! (Debian's `llvm-22`, the compiler's own LLVM version) report the lines of the workspace's
//! code each reached.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Context;

use crate::system;

const SANCOV_FLAGS: &str = "-C passes=sancov-module \
    -C llvm-args=-sanitizer-coverage-level=3 \
    -C llvm-args=-sanitizer-coverage-inline-8bit-counters";
/// Debian's LLVM of the compiler's own major version, whose profile format matches.
const LLVM_PACKAGE: &str = "llvm-22";
const LLVM_BIN: &str = "/usr/lib/llvm-22/bin";
/// The checked-in corpus, from the repository's root.
const CORPUS: &str = "fuzz/corpus";

pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    if args.iter().any(|a| a == "--coverage") {
        let rest: Vec<String> = args
            .iter()
            .filter(|a| *a != "--coverage")
            .cloned()
            .collect();
        return coverage(root, &rest);
    }
    if args.iter().any(|a| a == "--record") {
        record(root)?;
    }
    let args: Vec<String> = args.iter().filter(|a| *a != "--record").cloned().collect();
    let fuzz = build(root, "fuzz", SANCOV_FLAGS)?;
    let mut command = Command::new(fuzz);
    command.current_dir(root).args(&args);
    if !args
        .iter()
        .any(|a| a == "--findings" || a.starts_with("--findings="))
    {
        command
            .arg("--findings")
            .arg(target_dir(root).join("fuzz-findings"));
    }
    if !args
        .iter()
        .any(|a| a == "--corpus" || a.starts_with("--corpus="))
    {
        command.arg("--corpus").arg(root.join(CORPUS));
    }
    system::run(&mut command)
}

/// The end-to-end tests whose traffic seeds the corpus: kiosks enrolling and syncing, and
/// participants answering on the web (tests whose collector runs in process; a collector
/// process of its own records nothing).
const RECORDED_TESTS: &[&str] = &["sync", "web_survey", "refusals"];

/// Runs [`RECORDED_TESTS`] with their traffic saved into the corpus.
fn record(root: &Path) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // The commands some of these tests run beside them.
    system::run(Command::new(&cargo).current_dir(root).args([
        "build",
        "--bins",
        "-p",
        "collector",
        "-p",
        "kiosk",
        "-p",
        "publisher",
        "-p",
        "survey",
    ]))?;
    let mut command = Command::new(&cargo);
    command
        .current_dir(root)
        .env("SURVEY_FUZZ_RECORD", root.join(CORPUS))
        .args(["test", "-p", "end-to-end"]);
    for test in RECORDED_TESTS {
        command.args(["--test", test]);
    }
    // A test that fails has still sent what it sent: the recording is kept, and said.
    let status = command.status().context("running the recorded tests")?;
    if !status.success() {
        eprintln!("warning: some recorded tests failed ({status}); their traffic is kept");
    }
    Ok(())
}

/// Builds `survey-fuzz` in release with `rustflags` into `<target dir>/<folder>`; its path.
fn build(root: &Path, folder: &str, rustflags: &str) -> anyhow::Result<PathBuf> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let host = host_triple()?;
    let out = target_dir(root).join(folder);
    system::run(
        Command::new(&cargo)
            .current_dir(root)
            .env("RUSTFLAGS", rustflags)
            .env("CARGO_TARGET_DIR", &out)
            .args([
                "build",
                "--release",
                "-p",
                "survey-fuzz",
                "--bin",
                "survey-fuzz",
                "--target",
            ])
            .arg(&host),
    )?;
    Ok(out.join(host).join("release").join("survey-fuzz"))
}

/// Per target: the share of the workspace's lines its seeds reach, and its seeds with the
/// corpus.
fn coverage(root: &Path, args: &[String]) -> anyhow::Result<()> {
    system::ensure_packages(&[LLVM_PACKAGE])?;
    let fuzz = build(root, "fuzz-coverage", "-C instrument-coverage")?;
    let profiles = target_dir(root).join("fuzz-coverage").join("profiles");
    let names: Vec<String> = match args.iter().position(|a| a == "--target") {
        Some(i) => vec![args.get(i + 1).context("--target NAME")?.clone()],
        None => list_targets(&fuzz)?,
    };
    println!(
        "{:<24} {:>8} {:>14} {:>8} {:>14}",
        "target", "seeds", "lines (seeds)", "corpus", "lines (+corpus)"
    );
    for name in &names {
        let seeds_only = measure(root, &fuzz, &profiles, name, None)?;
        let corpus = root.join(CORPUS);
        let with_corpus = measure(root, &fuzz, &profiles, name, Some(&corpus))?;
        let kept = std::fs::read_dir(corpus.join(name))
            .map(|d| d.count())
            .unwrap_or(0);
        println!(
            "{name:<24} {:>8} {:>13.1}% {kept:>8} {:>13.1}%",
            seeds_only.0, seeds_only.1, with_corpus.1
        );
    }
    Ok(())
}

/// Runs one target's inputs in the coverage build; (inputs run, % of workspace lines reached).
fn measure(
    root: &Path,
    fuzz: &Path,
    profiles: &Path,
    name: &str,
    corpus: Option<&Path>,
) -> anyhow::Result<(usize, f64)> {
    let _ = std::fs::remove_dir_all(profiles);
    std::fs::create_dir_all(profiles)?;
    let mut command = Command::new(fuzz);
    command
        .current_dir(root)
        .env("LLVM_PROFILE_FILE", profiles.join("%p-%m.profraw"))
        .args(["--measure", "--target", name]);
    if let Some(corpus) = corpus {
        command.arg("--corpus").arg(corpus);
    }
    let output = command.output().context("running the coverage build")?;
    anyhow::ensure!(
        output.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let ran: usize = String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let merged = profiles.join("merged.profdata");
    let raws: Vec<PathBuf> = std::fs::read_dir(profiles)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "profraw"))
        .collect();
    system::run(
        Command::new(Path::new(LLVM_BIN).join("llvm-profdata"))
            .args(["merge", "-sparse", "-o"])
            .arg(&merged)
            .args(&raws),
    )?;
    let report = Command::new(Path::new(LLVM_BIN).join("llvm-cov"))
        .args(["export", "--summary-only", "--format=text"])
        .arg(format!("--instr-profile={}", merged.display()))
        // The workspace's own code: not the registry's, not the standard library's.
        .arg("--ignore-filename-regex=(\\.cargo|rustc|/target/)")
        .arg(fuzz)
        .output()
        .context("running llvm-cov")?;
    anyhow::ensure!(
        report.status.success(),
        "llvm-cov: {}",
        String::from_utf8_lossy(&report.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&report.stdout)?;
    let percent = summary["data"][0]["totals"]["lines"]["percent"]
        .as_f64()
        .unwrap_or(0.0);
    Ok((ran, percent))
}

/// The target names the fuzzer knows, from its `--help`.
fn list_targets(fuzz: &Path) -> anyhow::Result<Vec<String>> {
    let help = Command::new(fuzz).arg("--help").output()?;
    let text = String::from_utf8_lossy(&help.stdout);
    let values = text
        .split("[possible values: ")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .context("the fuzzer's --help lists its targets")?;
    Ok(values.split(", ").map(str::to_owned).collect())
}

fn host_triple() -> anyhow::Result<String> {
    let output = Command::new("rustc").arg("-vV").output()?;
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_owned)
        .context("rustc -vV names the host")
}

/// Where cargo builds: `CARGO_TARGET_DIR` when set, `target/` otherwise.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir),
        None => root.join("target"),
    }
}
