//! Backups of a serving collector: `survey-collector backup` taken through the command line
//! while kiosks keep syncing to a real `survey-collector serve` process, restored into a new
//! folder and served again. Every response acknowledged before the backup began is in it exactly
//! once, and the restored collector takes new batches from the kiosks enrolled before.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use end_to_end::*;

fn collector_cli(data_dir: &Path, args: &[&str], file: &Path) -> Output {
    Command::new(collector_binary())
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .arg(file)
        .output()
        .unwrap()
}

fn port_of(url: &str) -> u16 {
    url.rsplit(':').next().unwrap().parse().unwrap()
}

fn assert_each_once(ids: &[String]) -> BTreeSet<String> {
    let distinct: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(ids.len(), distinct.len(), "a response is stored twice");
    distinct
}

#[test]
fn a_backup_taken_during_ingest_restores_every_acknowledged_response_exactly_once() {
    let data = initialised_data_dir();
    let code = collector::db::Db::open(data.path())
        .unwrap()
        .add_municipality("0301", "Oslo")
        .unwrap();
    let serving = CollectorProcess::start(data.path(), 0);
    let port = port_of(&serving.url);

    let made = Mutex::new(BTreeSet::new());
    let acknowledged = Mutex::new(BTreeSet::new());
    let sync_times: Mutex<Vec<(Instant, Instant)>> = Mutex::default();
    let stop = AtomicBool::new(false);
    // Every kiosk is enrolled before the backup: one enrolled after it is unknown to the
    // restored collector and would have to enrol again.
    let enrolled = std::sync::Barrier::new(7);
    let folders: Vec<tempfile::TempDir> = (0..6).map(|_| tempfile::tempdir().unwrap()).collect();
    let backups = tempfile::tempdir().unwrap();
    let backup_file = backups.path().join("collector-backup.sqlite");

    let (kiosks, snapshot, backup_window) = std::thread::scope(|scope| {
        let handles: Vec<_> = folders
            .iter()
            .enumerate()
            .map(|(n, dir)| {
                let (url, code) = (serving.url.clone(), code.clone());
                let (made, acknowledged, sync_times, stop, enrolled) =
                    (&made, &acknowledged, &sync_times, &stop, &enrolled);
                scope.spawn(move || {
                    let mut kiosk = kiosk_in(dir.path());
                    kiosk.enrol(Some(&url), &code).unwrap();
                    enrolled.wait();
                    let mut mine = BTreeSet::new();
                    let mut round = 0u64;
                    while !stop.load(Ordering::SeqCst) {
                        let ids = fill(&mut kiosk, 2, n as u64 * 1000 + round);
                        round += 1;
                        made.lock().unwrap().extend(ids.iter().cloned());
                        mine.extend(ids);
                        let started = Instant::now();
                        kiosk.sync(&quick_retries(5), &mut |_| {}).unwrap();
                        sync_times.lock().unwrap().push((started, Instant::now()));
                        // Whatever left the outbox was acknowledged by the collector.
                        let pending: BTreeSet<String> =
                            kiosk.store().response_ids().unwrap().into_iter().collect();
                        acknowledged
                            .lock()
                            .unwrap()
                            .extend(mine.difference(&pending).cloned());
                    }
                    kiosk
                })
            })
            .collect();

        let wait_for = |count: usize| {
            let deadline = Instant::now() + Duration::from_secs(120);
            while acknowledged.lock().unwrap().len() < count {
                assert!(Instant::now() < deadline, "the kiosks stopped syncing");
                std::thread::sleep(Duration::from_millis(20));
            }
        };
        enrolled.wait();
        wait_for(60);
        let snapshot = acknowledged.lock().unwrap().clone();
        let started = Instant::now();
        let output = collector_cli(data.path(), &["backup", "--out"], &backup_file);
        let ended = Instant::now();
        assert!(output.status.success(), "{output:?}");
        let said = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(said.starts_with("backed up "), "{said}");
        // The kiosks go on after the backup, so its snapshot is not simply the end state.
        wait_for(snapshot.len() + 30);
        stop.store(true, Ordering::SeqCst);
        let kiosks: Vec<kiosk::Kiosk> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        (kiosks, snapshot, (started, ended))
    });
    let syncs_during_backup = sync_times
        .lock()
        .unwrap()
        .iter()
        .filter(|(start, end)| *start < backup_window.1 && *end > backup_window.0)
        .count();
    assert!(
        syncs_during_backup > 0,
        "no kiosk synced while the backup ran"
    );
    let held_at_the_end = assert_each_once(&response_ids(data.path()));
    serving.kill();

    let restored = initialised_data_dir();
    let output = collector_cli(restored.path(), &["restore", "--from"], &backup_file);
    assert!(output.status.success(), "{output:?}");
    let in_backup = assert_each_once(&response_ids(restored.path()));
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        said.contains(&format!("restored {} responses", in_backup.len())),
        "{said}"
    );
    let made = made.into_inner().unwrap();
    println!(
        "{} acknowledged before the backup, {} in it, {} held at the end, {} syncs overlapped it",
        snapshot.len(),
        in_backup.len(),
        held_at_the_end.len(),
        syncs_during_backup
    );
    let missing: Vec<&String> = snapshot.difference(&in_backup).collect();
    assert!(
        missing.is_empty(),
        "{} responses acknowledged before the backup are not in it",
        missing.len()
    );
    assert!(
        in_backup.is_subset(&made),
        "the backup holds responses no kiosk made"
    );
    assert!(
        in_backup.len() < held_at_the_end.len(),
        "the backup is a snapshot of its moment, not of the end ({} of {})",
        in_backup.len(),
        held_at_the_end.len()
    );

    // Served again on the same address, it takes new batches from the kiosks enrolled before.
    let again = CollectorProcess::start(restored.path(), port);
    let mut new_ids = BTreeSet::new();
    for (n, mut kiosk) in kiosks.into_iter().enumerate() {
        new_ids.extend(fill(&mut kiosk, 3, 90_000 + n as u64));
        kiosk.sync(&quick_retries(5), &mut |_| {}).unwrap();
        assert_eq!(kiosk.status().unwrap().responses.pending, 0);
    }
    again.kill();
    let after = assert_each_once(&response_ids(restored.path()));
    assert!(new_ids.is_subset(&after));
    assert!(in_backup.is_subset(&after));
}

#[test]
fn a_restore_is_refused_while_the_collector_serves_the_folder() {
    let data = initialised_data_dir();
    collector::db::Db::open(data.path())
        .unwrap()
        .add_municipality("0301", "Oslo")
        .unwrap();
    let backups = tempfile::tempdir().unwrap();
    let backup_file = backups.path().join("b.sqlite");
    let serving = CollectorProcess::start(data.path(), 0);
    let output = collector_cli(data.path(), &["backup", "--out"], &backup_file);
    assert!(output.status.success(), "{output:?}");

    let output = collector_cli(
        data.path(),
        &["restore", "--replace", "--from"],
        &backup_file,
    );
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(error.contains("a collector is serving"), "{error}");
    assert!(error.contains("stop it first"), "{error}");
    let names = |dir: &Path| -> BTreeSet<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    assert!(
        !names(data.path()).iter().any(|n| n.contains("replaced")),
        "nothing was set aside"
    );

    // Once it has stopped (killed, even), the same restore goes through.
    serving.kill();
    let output = collector_cli(
        data.path(),
        &["restore", "--replace", "--from"],
        &backup_file,
    );
    assert!(output.status.success(), "{output:?}");
    assert!(names(data.path())
        .iter()
        .any(|n| n.starts_with("collector.sqlite.replaced-")));
}
