//! Sync end to end: real kiosks in temporary folders, a real collector on 127.0.0.1, and
//! connections broken on purpose. Whatever breaks, every response ends up held exactly once and
//! every kiosk ends with nothing pending.

use std::collections::BTreeSet;
use std::time::Duration;

use end_to_end::proxy::{Fault, Proxy};
use end_to_end::*;

fn assert_held_once(ids: &[String], expected: &BTreeSet<String>) {
    let distinct: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(ids.len(), distinct.len(), "a response is stored twice");
    assert_eq!(&distinct, expected);
}

#[test]
fn twenty_kiosks_with_a_hundred_responses_each_sync_at_once() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let folders: Vec<tempfile::TempDir> = (0..20).map(|_| tempfile::tempdir().unwrap()).collect();
    let completed: Vec<Vec<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = folders
            .iter()
            .enumerate()
            .map(|(n, dir)| {
                let (url, code) = (collector.url.clone(), code.clone());
                scope.spawn(move || {
                    let mut kiosk = kiosk_in(dir.path());
                    let ids = fill(&mut kiosk, 100, n as u64);
                    kiosk.enrol(Some(&url), &code).unwrap();
                    let report = kiosk.sync(&quick_retries(100), &mut |_| {}).unwrap();
                    assert_eq!((report.held, report.remaining), (100, 0));
                    assert_eq!(kiosk.status().unwrap().responses.pending, 0);
                    ids
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let expected: BTreeSet<String> = completed.into_iter().flatten().collect();
    assert_eq!(expected.len(), 2000);
    assert_eq!(collector.response_count(), 2000);
    assert_held_once(&collector.response_ids(), &expected);
}

/// One kiosk with `count` responses, enrolled with the collector through `url`.
fn enrolled_kiosk(
    collector: &Collector,
    url: &str,
    count: usize,
) -> (tempfile::TempDir, kiosk::Kiosk, BTreeSet<String>) {
    let code = collector.add_municipality("4601", "Bergen");
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let ids = fill(&mut kiosk, count, 11).into_iter().collect();
    kiosk.enrol(Some(url), &code).unwrap();
    (dir, kiosk, ids)
}

#[test]
fn connections_cut_in_the_middle_of_a_request_lose_and_duplicate_nothing() {
    let collector = Collector::start();
    let proxy = Proxy::start(collector.url.trim_start_matches("http://").parse().unwrap());
    let (_dir, mut kiosk, ids) = enrolled_kiosk(&collector, &proxy.url, 120);
    proxy.inject(&[
        Fault::CutRequestAfter(150),
        Fault::CutRequestAfter(900),
        Fault::CutRequestAfter(5000),
    ]);
    let report = kiosk.sync(&quick_retries(25), &mut |_| {}).unwrap();
    assert_eq!(proxy.faults_left(), 0, "every fault was hit");
    assert_eq!((report.held, report.remaining), (120, 0));
    assert_held_once(&collector.response_ids(), &ids);
}

#[test]
fn replies_dropped_after_the_collector_committed_are_not_counted_twice() {
    let collector = Collector::start();
    let proxy = Proxy::start(collector.url.trim_start_matches("http://").parse().unwrap());
    let (_dir, mut kiosk, ids) = enrolled_kiosk(&collector, &proxy.url, 90);
    proxy.inject(&[Fault::DropReply, Fault::DropReply, Fault::DropReply]);
    let report = kiosk.sync(&quick_retries(30), &mut |_| {}).unwrap();
    assert_eq!(proxy.faults_left(), 0);
    assert_eq!(report.remaining, 0);
    assert_eq!(collector.response_count(), 90);
    assert_held_once(&collector.response_ids(), &ids);
    assert_eq!(kiosk.status().unwrap().responses.synced, 90);
}

#[test]
fn a_collector_killed_and_restarted_mid_sync_loses_and_duplicates_nothing() {
    // The collector's data lives on across the kill, as on a real server.
    let collector_data = initialised_data_dir();
    let code = collector::db::Db::open(collector_data.path())
        .unwrap()
        .add_municipality("5001", "Trondheim")
        .unwrap();
    let first = CollectorProcess::start(collector_data.path(), 0);
    let proxy = Proxy::start(first.url.trim_start_matches("http://").parse().unwrap());

    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let ids: BTreeSet<String> = fill(&mut kiosk, 400, 5).into_iter().collect();
    kiosk.enrol(Some(&proxy.url), &code).unwrap();

    let (progress_tx, progress_rx) = std::sync::mpsc::channel();
    let syncing = std::thread::spawn(move || {
        let mut options = quick_retries(10);
        options.max_attempts = 12;
        let result = kiosk.sync(&options, &mut |p| {
            let _ = progress_tx.send(p.done);
        });
        (kiosk, result)
    });
    // Kill the collector once some batches are through, then bring it back on another port.
    while progress_rx.recv_timeout(Duration::from_secs(30)).unwrap() < 50 {}
    first.kill();
    let second = CollectorProcess::start(collector_data.path(), 0);
    proxy.set_upstream(second.url.trim_start_matches("http://").parse().unwrap());

    let (mut kiosk, first_run) = syncing.join().unwrap();
    if first_run.is_err() {
        // Retries may run out while the collector is down; a later sync finishes the job.
        kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap();
    }
    assert_eq!(kiosk.status().unwrap().responses.pending, 0);
    second.kill();
    assert_held_once(&response_ids(collector_data.path()), &ids);
}

#[test]
fn the_chain_shows_in_metrics() {
    let collector = Collector::start();
    let (_dir, mut kiosk, _) = enrolled_kiosk(&collector, &collector.url.clone(), 12);
    kiosk.sync(&quick_retries(5), &mut |_| {}).unwrap();
    // Operators see counts and counters on the admin address; the public address has no
    // counter at all (a counter that moves tells a watcher when a response arrived).
    let admin = http_get(&collector.admin_url, "/metrics");
    assert!(
        admin.contains("survey_responses_stored{municipality=\"4601\"} 12"),
        "{admin}"
    );
    assert!(admin.contains("survey_batches_total 3"), "{admin}");
    assert!(admin.contains("survey_enrolments_total 1"), "{admin}");
    let public = http_get(&collector.url, "/metrics");
    assert!(public.starts_with("HTTP/1.1 404"), "{public}");
}

#[test]
fn a_newer_pack_is_fetched_file_by_missing_file_and_switched_to() {
    let v2 = tempfile::tempdir().unwrap().keep().join("pack-v2");
    let changed = build_pack_v2(&v2);
    assert_eq!(changed, ["locales/nb/ui.ftl"]);
    let collector = Collector::start_serving(&v2);
    let (_dir, mut kiosk, _) = enrolled_kiosk(&collector, &collector.url.clone(), 3);
    let report = kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap();
    assert_eq!(report.pack_updated, Some(2));
    assert_eq!(kiosk.status().unwrap().pack_version, 2);
    let served = collector
        .state
        .metrics
        .pack_files_served
        .load(std::sync::atomic::Ordering::SeqCst);
    assert_eq!(served, 1, "only the changed file is downloaded");
    assert_eq!(
        kiosk
            .catalog()
            .format("nb", "welcome-start", None)
            .as_deref(),
        Some("Start")
    );
    // Nothing newer the second time.
    assert_eq!(
        kiosk
            .sync(&quick_retries(10), &mut |_| {})
            .unwrap()
            .pack_updated,
        None
    );
}

/// The coordinator hears at sync that the collector's repository holds a newer app, and only
/// then: not for the version running, not for an older one, not from a collector without one.
#[test]
fn a_sync_tells_the_coordinator_when_a_newer_app_is_offered() {
    let repository = tempfile::tempdir().unwrap();
    let offer = |version: &str| {
        let index = repository.path().join("dists/stable/main/binary-amd64");
        std::fs::create_dir_all(&index).unwrap();
        let packages = format!(
            "Package: survey-collector\nVersion: 99.0.0\n\n\
             Package: survey-kiosk\nVersion: {version}\nArchitecture: amd64\n"
        );
        std::fs::write(index.join("Packages"), packages).unwrap();
    };
    let collector = Collector::start_with(collector::ServeConfig {
        today: Some(open_day()),
        apt_repository: Some(repository.path().to_owned()),
        ..collector::ServeConfig::default()
    });
    let (_dir, mut kiosk, _) = enrolled_kiosk(&collector, &collector.url, 1);
    let running = kiosk::release::running_version();
    let sync = |kiosk: &mut kiosk::Kiosk| kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap();

    sync(&mut kiosk);
    assert_eq!(
        kiosk.update_offered().unwrap(),
        None,
        "the repository is empty"
    );
    offer(&running);
    sync(&mut kiosk);
    assert_eq!(
        kiosk.update_offered().unwrap(),
        None,
        "the version running is offered"
    );
    offer("99.1.0");
    sync(&mut kiosk);
    assert_eq!(kiosk.update_offered().unwrap().as_deref(), Some("99.1.0"));
    offer("0.0.1");
    sync(&mut kiosk);
    assert_eq!(
        kiosk.update_offered().unwrap(),
        None,
        "an older version is no update"
    );

    // A collector that offers nothing: the last offer is withdrawn, nothing fails.
    offer("99.1.0");
    sync(&mut kiosk);
    let without = Collector::start_with(collector::ServeConfig {
        today: Some(open_day()),
        ..collector::ServeConfig::default()
    });
    let (_dir2, mut other, _) = enrolled_kiosk(&without, &without.url, 1);
    let report = sync(&mut other);
    assert_eq!(report.remaining, 0);
    assert_eq!(other.update_offered().unwrap(), None);
}
