//! The kiosk installed like real software: its package (made by the code `cargo xtask bundle`
//! uses, around this run's debug build) installed with dpkg, the app started from its desktop
//! entry's command, a response left waiting, a newer package installed with apt from the signed
//! repository the collector serves, the response still waiting after the update and then synced
//! to that collector, and the package removed cleanly. Needs root, as installing does.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use packaging::apt_repository::{self, Signer};
use packaging::deb::Compression;
use packaging::kiosk::{kiosk_package, KioskPrograms, APP_PATH, DESKTOP_ENTRY_PATH};

use crate::harness::{App, Launch};
use crate::{answer_everything, begin, enrol_in_window, wait_for_text};

#[tokio::test(flavor = "multi_thread")]
async fn installed_from_its_package_updated_through_apt_keeping_the_waiting_response() {
    assert_eq!(
        user_id(),
        0,
        "installing packages needs root: run `cargo xtask test` as root (as CI does)"
    );
    let work = tempfile::tempdir().unwrap();
    let programs = KioskPrograms {
        app: PathBuf::from(env!("CARGO_BIN_EXE_survey-kiosk")),
        cli: end_to_end::workspace_binary("kiosk-cli"),
    };
    let build = |version: &str| {
        kiosk_package(&programs, &end_to_end::repo(), version)
            .build(&work.path().join("debs"), Compression::Fastest)
            .unwrap()
    };
    let first = build("0.1.0");
    let newer = build("0.1.1");
    // The owner's repository holds the newer version; the collector serves it.
    let signer =
        Signer::generate(&work.path().join("gnupg"), "Test owner <owner@example.org>").unwrap();
    let repository = work.path().join("apt");
    apt_repository::write(&repository, std::slice::from_ref(&newer), &signer).unwrap();
    let collector = end_to_end::Collector::start_with(collector::ServeConfig {
        today: Some(end_to_end::open_day()),
        apt_repository: Some(repository.clone()),
        ..collector::ServeConfig::default()
    });
    let code = collector.add_municipality("0301", "Oslo");

    let _removed_at_the_end = Purge;
    dpkg(&["-i", first.to_str().unwrap()]);
    assert_eq!(installed_version().as_deref(), Some("0.1.0"));
    let installed_app = desktop_entry_program();
    assert_eq!(installed_app, Path::new(APP_PATH));

    let app = App::launch(Launch {
        application: Some(installed_app.clone()),
        ..Launch::default()
    })
    .await;
    assert_eq!(app.screen().await, "welcome");
    begin(&app, "nb").await;
    answer_everything(&app, "ltr").await;
    app.wait_for_screen("welcome", Duration::from_secs(30))
        .await;
    let waiting = app.engine().store().response_ids().unwrap();
    assert_eq!(waiting.len(), 1, "one response waits in the outbox");

    // The update, as a classroom machine gets it: apt from the collector, signed by the owner.
    let app = app
        .restart(
            Launch {
                application: Some(installed_app),
                // The PIN set before the first start is in the data folder.
                pin: None,
                ..Launch::default()
            },
            |_| apt_upgrade(&format!("{}/apt", collector.url), &repository, work.path()),
        )
        .await;
    assert_eq!(installed_version().as_deref(), Some("0.1.1"));
    assert_eq!(app.screen().await, "welcome");
    assert_eq!(app.engine().store().response_ids().unwrap(), waiting);

    enrol_in_window(&app, &collector.url, &code).await;
    app.wait_for("#coord-sync").await.click().await.unwrap();
    wait_for_text(&app, "#connection-message", "Alle svar er sendt.").await;
    assert_eq!(collector.response_ids(), waiting);
    // The package's version, not the build's (0.1.0 in both packages), is the one running: the
    // collector offers nothing newer, so the coordinator is told of no update.
    assert_eq!(app.text("#coord-update").await, "");
    // The owner publishes a newer release: the next sync tells the coordinator.
    let newest = build("0.1.2");
    apt_repository::write(&repository, &[newer, newest], &signer).unwrap();
    app.wait_for("#coord-sync").await.click().await.unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        // Without the marks that keep the number's own direction.
        let notice = app
            .text("#coord-update")
            .await
            .replace(['\u{2068}', '\u{2069}'], "");
        if notice.starts_with("Versjon 0.1.2 av kiosken er klar. Be IT-ansvarlig") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no update notice: {notice:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.screenshot("coordinator-update-offered").await;
    app.quit().await;

    dpkg(&["--purge", "survey-kiosk"]);
    assert_eq!(installed_version(), None);
    for gone in [APP_PATH, DESKTOP_ENTRY_PATH] {
        assert!(!Path::new(gone).exists(), "{gone} is left after removal");
    }
}

/// The program the desktop entry's `Exec=` starts, found on PATH as a desktop would.
fn desktop_entry_program() -> PathBuf {
    let entry = std::fs::read_to_string(DESKTOP_ENTRY_PATH).unwrap();
    let exec = entry
        .lines()
        .find_map(|l| l.strip_prefix("Exec="))
        .expect("the desktop entry has a command");
    let program = exec.split_whitespace().next().unwrap();
    std::env::split_paths(&std::env::var_os("PATH").unwrap())
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{program} is not on PATH"))
}

/// `apt-get update` and an upgrade of survey-kiosk from `url` alone, trusting only the key the
/// repository publishes; apt's lists and downloads are kept in `work`, so the machine's own
/// package lists are left alone.
fn apt_upgrade(url: &str, repository: &Path, work: &Path) {
    let parts = work.join("sources.list.d");
    std::fs::create_dir_all(&parts).unwrap();
    let keyring = repository.join(apt_repository::KEYRING_FILE);
    std::fs::write(
        parts.join("survey-kiosk.sources"),
        apt_repository::apt_source(url, &keyring),
    )
    .unwrap();
    let lists = work.join("lists");
    let archives = work.join("archives");
    std::fs::create_dir_all(lists.join("partial")).unwrap();
    std::fs::create_dir_all(archives.join("partial")).unwrap();
    let apt = |args: &[&str]| {
        let output = Command::new("apt-get")
            .args(["-o", "Dir::Etc::SourceList=/dev/null"])
            .arg("-o")
            .arg(format!("Dir::Etc::SourceParts={}", parts.display()))
            .arg("-o")
            .arg(format!("Dir::State::Lists={}", lists.display()))
            .arg("-o")
            .arg(format!("Dir::Cache::Archives={}", archives.display()))
            .args([
                "-o",
                "APT::Sandbox::User=root",
                "-o",
                "DPkg::Lock::Timeout=300",
            ])
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "apt-get {args:?}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    };
    apt(&["update"]);
    apt(&["install", "-y", "--only-upgrade", "survey-kiosk"]);
}

fn installed_version() -> Option<String> {
    let output = Command::new("dpkg-query")
        .args(["-W", "-f=${Status} ${Version}", "survey-kiosk"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    text.strip_prefix("install ok installed ")
        .map(str::to_owned)
}

/// dpkg, waiting while another dpkg or apt on the machine holds its lock.
fn dpkg(args: &[&str]) {
    let deadline = std::time::Instant::now() + Duration::from_secs(300);
    loop {
        let output = Command::new("dpkg").args(args).output().unwrap();
        if output.status.success() {
            return;
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("lock") && std::time::Instant::now() < deadline,
            "dpkg {args:?}: {stderr}"
        );
        std::thread::sleep(Duration::from_secs(2));
    }
}

fn user_id() -> u32 {
    let output = Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .unwrap()
}

/// Leaves the machine without the package even when the test fails half-way.
struct Purge;

impl Drop for Purge {
    fn drop(&mut self) {
        let _ = Command::new("dpkg")
            .args(["--purge", "survey-kiosk"])
            .output();
    }
}
