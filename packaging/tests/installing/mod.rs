//! Installing packages on this machine from a test: one dpkg at a time, and whatever a test
//! installed is purged again (with the files it made around it) even when it fails.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

static DPKG: Mutex<()> = Mutex::new(());

/// Tests in one binary install one at a time.
pub fn lock() -> MutexGuard<'static, ()> {
    DPKG.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn must_be_root() {
    let uid = String::from_utf8(Command::new("id").arg("-u").output().unwrap().stdout).unwrap();
    assert_eq!(
        uid.trim(),
        "0",
        "installing packages needs root: run `cargo xtask test` as root (as CI does)"
    );
}

/// Runs dpkg, waiting while another dpkg or apt on the machine holds its lock.
pub fn dpkg(args: &[&str]) {
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let output = Command::new("dpkg").args(args).output().unwrap();
        if output.status.success() {
            return;
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        if stderr.contains("lock") && Instant::now() < deadline {
            std::thread::sleep(Duration::from_secs(2));
            continue;
        }
        panic!(
            "dpkg {args:?} failed: {stderr}{}",
            String::from_utf8_lossy(&output.stdout)
        );
    }
}

/// The paths a `.deb` holds, as `./usr/bin/...`.
pub fn dpkg_contents(deb: &Path) -> Vec<String> {
    let output = Command::new("dpkg-deb")
        .arg("-c")
        .arg(deb)
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().last().map(str::to_owned))
        .collect()
}

pub fn run(command: &mut Command) {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A package this test installs: purged on drop, with the folders named (the data a purge
/// keeps on purpose) and the system user of the same name, so the machine is left as it was.
pub struct Installed {
    package: String,
    leftovers: Vec<PathBuf>,
}

impl Installed {
    pub fn new(package: &str, leftovers: &[&str]) -> Installed {
        Installed {
            package: package.into(),
            leftovers: leftovers.iter().map(PathBuf::from).collect(),
        }
    }
}

impl Drop for Installed {
    fn drop(&mut self) {
        let _ = Command::new("dpkg")
            .args(["--purge", &self.package])
            .output();
        for path in &self.leftovers {
            let _ = std::fs::remove_dir_all(path);
        }
        let _ = Command::new("userdel").arg(&self.package).output();
    }
}
