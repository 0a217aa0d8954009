//! `cargo xtask floor`: the kiosk's start and memory against an empty Tauri window (`floor/`,
//! the same Tauri version and features) in the same run on the same display, five rounds each,
//! with the ratios. Start is the time from the process's start (the kernel's record) to the
//! first frame that takes input, as each page reports it; memory is the PSS of the app and its
//! WebKit processes two seconds later, as a kiosk waiting for its first participant.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};

use crate::system;

const ROUNDS: usize = 5;
/// The goals the issue set: at most this many times the empty window.
const START_GOAL: f64 = 1.5;
const PSS_GOAL: f64 = 1.1;

struct Sample {
    start_ms: u64,
    pss_kib: u64,
    /// PSS by process name (the app, WebKitWebProcess, WebKitNetworkProcess), to tell the Rust
    /// side's share from the page's.
    by_process: Vec<(String, u64)>,
    /// The kiosk's own parts of its start ("startup: NAME N ms" in its log), in ms.
    start_parts: Vec<(String, u64)>,
}

pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    let debug = args.iter().any(|a| a == "--debug");
    system::ensure_packages(system::BUILD_PACKAGES)?;
    system::ensure_packages(&["xvfb"])?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut build = Command::new(&cargo);
    build.current_dir(root).args([
        "build",
        "--bins",
        "-p",
        "survey-kiosk-app",
        "-p",
        "survey-floor",
        "--features",
        "survey-floor/bench",
    ]);
    if !debug {
        build.arg("--release");
    }
    system::run(&mut build)?;
    let programs = crate::target_dir(root).join(if debug { "debug" } else { "release" });
    let (mut xvfb, display) = start_xvfb()?;
    let data = tempfile_dir()?;
    let kiosk = || {
        let mut command = Command::new(programs.join("survey-kiosk"));
        command.env("SURVEY_KIOSK_DATA_DIR", &data);
        command
    };
    let floor = || Command::new(programs.join("floor-window"));
    let result = (|| -> anyhow::Result<()> {
        // A first start installs the kiosk's pack; the rounds measure the starts after it.
        measure(kiosk(), &display).context("the kiosk's first start")?;
        measure(floor(), &display).context("the empty window's first start")?;
        let mut kiosk_samples = Vec::new();
        let mut floor_samples = Vec::new();
        for round in 1..=ROUNDS {
            let k = measure(kiosk(), &display)?;
            let f = measure(floor(), &display)?;
            println!(
                "round {round}: kiosk {} ms {:.0} MB, empty window {} ms {:.0} MB",
                k.start_ms,
                mb(k.pss_kib),
                f.start_ms,
                mb(f.pss_kib)
            );
            println!("  kiosk by process: {}", parts(&k));
            let start_parts: Vec<String> = k
                .start_parts
                .iter()
                .map(|(name, ms)| format!("{name} {ms} ms"))
                .collect();
            println!("  kiosk's start, its own parts: {}", start_parts.join(", "));
            println!("  empty window by process: {}", parts(&f));
            kiosk_samples.push(k);
            floor_samples.push(f);
        }
        let median = |samples: &[Sample], value: fn(&Sample) -> u64| {
            let mut values: Vec<u64> = samples.iter().map(value).collect();
            values.sort_unstable();
            values[values.len() / 2]
        };
        let (k_start, f_start) = (
            median(&kiosk_samples, |s| s.start_ms),
            median(&floor_samples, |s| s.start_ms),
        );
        let (k_pss, f_pss) = (
            median(&kiosk_samples, |s| s.pss_kib),
            median(&floor_samples, |s| s.pss_kib),
        );
        let start_ratio = k_start as f64 / f_start as f64;
        let pss_ratio = k_pss as f64 / f_pss as f64;
        println!(
            "{} build, medians of {ROUNDS}: start {k_start} ms against {f_start} ms = {start_ratio:.2}x \
             (goal {START_GOAL}x); PSS {:.0} MB against {:.0} MB = {pss_ratio:.2}x (goal {PSS_GOAL}x)",
            if debug { "debug" } else { "release" },
            mb(k_pss),
            mb(f_pss)
        );
        Ok(())
    })();
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    let _ = std::fs::remove_dir_all(&data);
    result
}

fn parts(sample: &Sample) -> String {
    sample
        .by_process
        .iter()
        .map(|(name, kib)| format!("{name} {:.0} MB", mb(*kib)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn process_name(pid: u32) -> Option<String> {
    let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).ok()?;
    Some(name.trim().to_owned())
}

fn mb(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("survey-floor-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// Starts `command` on `display`, waits for its page's "interactive N ms" line, lets it settle
/// and sums the PSS of it and its descendants (the WebKit processes), then stops them all.
fn measure(mut command: Command, display: &str) -> anyhow::Result<Sample> {
    let program = command.get_program().to_string_lossy().into_owned();
    let mut child = command
        // Both programs say "interactive N ms" at the info level.
        .env("RUST_LOG", "info")
        .env("DISPLAY", display)
        // WebKitGTK draws nothing under Xvfb with GPU compositing (as in the window tests).
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {program}"))?;
    let stderr = child.stderr.take().expect("piped");
    let (found, reported) = std::sync::mpsc::channel();
    let start_parts = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let parts_seen = std::sync::Arc::clone(&start_parts);
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(part) = start_part(&line) {
                parts_seen.lock().expect("not poisoned").push(part);
            }
            if let Some(ms) = interactive_ms(&line) {
                let _ = found.send(ms);
            }
        }
    });
    let outcome = match reported.recv_timeout(Duration::from_secs(60)) {
        Ok(start_ms) => {
            std::thread::sleep(Duration::from_secs(2));
            let mut processes = vec![child.id()];
            processes.extend(descendants(child.id()));
            let by_process: Vec<(String, u64)> = processes
                .iter()
                .filter_map(|pid| Some((process_name(*pid)?, pss_kib(*pid)?)))
                .collect();
            let pss_kib = by_process.iter().map(|(_, kib)| kib).sum();
            let start_parts = start_parts.lock().expect("not poisoned").clone();
            Ok(Sample {
                start_ms,
                pss_kib,
                by_process,
                start_parts,
            })
        }
        Err(_) => Err(anyhow::anyhow!(
            "{command:?} never reported a frame taking input"
        )),
    };
    stop(&mut child);
    outcome
}

/// "INFO survey_kiosk::startup: startup: kiosk and pack 41 ms" -> ("kiosk and pack", 41).
fn start_part(line: &str) -> Option<(String, u64)> {
    let rest = &line[line.rfind("startup: ")? + "startup: ".len()..];
    let (name, ms) = rest.strip_suffix(" ms")?.rsplit_once(' ')?;
    Some((name.to_owned(), ms.parse().ok()?))
}

/// "... interactive 812 ms after the process started" -> 812.
fn interactive_ms(line: &str) -> Option<u64> {
    let rest = &line[line.find("interactive ")? + "interactive ".len()..];
    rest.split(' ').next()?.parse().ok()
}

fn stop(child: &mut Child) {
    let family = descendants(child.id());
    let _ = child.kill();
    for pid in family {
        let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
    }
    let _ = child.wait();
}

/// Every process whose chain of parents reaches `root`.
fn descendants(root: u32) -> Vec<u32> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        let Some(after_name) = stat.rfind(')').map(|i| &stat[i + 2..]) else {
            continue;
        };
        if let Some(parent) = after_name.split(' ').nth(1).and_then(|p| p.parse().ok()) {
            parents.push((pid, parent));
        }
    }
    let mut family = vec![root];
    let mut i = 0;
    while i < family.len() {
        let parent = family[i];
        family.extend(
            parents
                .iter()
                .filter(|(_, p)| *p == parent)
                .map(|(c, _)| *c),
        );
        i += 1;
    }
    family.remove(0);
    family
}

fn pss_kib(pid: u32) -> Option<u64> {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    rollup
        .lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// An Xvfb display of a classroom laptop's size on the first free number from 150.
fn start_xvfb() -> anyhow::Result<(Child, String)> {
    for number in 150..250 {
        if Path::new(&format!("/tmp/.X{number}-lock")).exists() {
            continue;
        }
        let display = format!(":{number}");
        let mut xvfb = Command::new("Xvfb")
            .args([&display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting Xvfb")?;
        let socket = format!("/tmp/.X11-unix/X{number}");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = xvfb.try_wait() {
                break;
            }
            if Path::new(&socket).exists() {
                return Ok((xvfb, display));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = xvfb.kill();
        let _ = xvfb.wait();
    }
    bail!("no free X display number")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_programs_interactive_lines_are_read() {
        assert_eq!(
            interactive_ms("INFO survey_kiosk: interactive 812 ms after the process started"),
            Some(812)
        );
        assert_eq!(
            interactive_ms("INFO floor: interactive 40 ms after"),
            Some(40)
        );
        assert_eq!(interactive_ms("INFO nothing here"), None);
    }

    #[test]
    fn the_kiosks_start_parts_are_read() {
        assert_eq!(
            start_part("INFO survey_kiosk::startup: startup: kiosk and pack 41 ms"),
            Some(("kiosk and pack".to_owned(), 41))
        );
        assert_eq!(
            start_part("INFO survey_kiosk: interactive 812 ms after"),
            None
        );
    }
}
