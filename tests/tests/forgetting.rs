//! A kiosk against the real collector: every sealed response has the same size, and the kiosk
//! forgets a response (its id and sealed bytes) once the collector has acknowledged it, and
//! not before, keeping only counts.

use std::path::{Path, PathBuf};

use end_to_end::proxy::{Fault, Proxy};
use end_to_end::*;

fn every_file(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            // The content pack was written before any response existed and is checked against
            // its signed manifest at every start; it is large, so it is left out of the search.
            if path.file_name().is_some_and(|n| n == "packs") {
                continue;
            }
            files.extend(every_file(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn responses_are_one_size_and_an_acknowledged_response_leaves_no_trace_on_the_kiosk() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    kiosk.enrol(Some(&collector.url), &code).unwrap();
    let ids = fill(&mut kiosk, 30, 11);
    let report = kiosk.sync(&quick_retries(6), &mut |_| {}).unwrap();
    assert_eq!((report.held, report.remaining), (30, 0));
    let counts = kiosk.status().unwrap().responses;
    assert_eq!((counts.pending, counts.synced), (0, 30));

    let stored = collector
        .state
        .db
        .lock()
        .unwrap()
        .stored_responses()
        .unwrap();
    assert_eq!(stored.len(), 30);
    let sizes: std::collections::BTreeSet<usize> = stored.iter().map(|r| r.sealed.len()).collect();
    assert_eq!(
        sizes.len(),
        1,
        "every response seals to one size: {sizes:?}"
    );
    drop(kiosk);
    for file in every_file(dir.path()) {
        let bytes = std::fs::read(&file).unwrap();
        for id in &ids {
            assert!(
                !contains(&bytes, id.as_bytes()),
                "{} holds {id}",
                file.display()
            );
        }
        for response in &stored {
            let tail = &response.sealed[response.sealed.len() - 64..];
            assert!(
                !contains(&bytes, tail),
                "{} holds sealed bytes",
                file.display()
            );
        }
    }
    let kiosk = kiosk_in(dir.path());
    let counts = kiosk.status().unwrap().responses;
    assert_eq!(
        (counts.pending, counts.synced),
        (0, 30),
        "the counts survive a restart"
    );
}

#[test]
fn a_response_whose_acknowledgement_is_lost_is_kept_until_it_is_acknowledged() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let proxy = Proxy::start(collector.url.trim_start_matches("http://").parse().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    kiosk.enrol(Some(&proxy.url), &code).unwrap();
    fill(&mut kiosk, 10, 12);
    proxy.inject(&[Fault::DropReply]);
    let mut once = quick_retries(10);
    once.max_attempts = 1;
    assert!(kiosk.sync(&once, &mut |_| {}).is_err());
    assert_eq!(collector.response_count(), 10, "the collector stored them");
    assert_eq!(
        kiosk.status().unwrap().responses.pending,
        10,
        "the kiosk did not hear so, and keeps them"
    );
    let report = kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap();
    assert_eq!((report.held, report.remaining), (10, 0));
    assert!(kiosk.store().response_ids().unwrap().is_empty());
    assert_eq!(kiosk.status().unwrap().responses.synced, 10);
    assert_eq!(collector.response_count(), 10, "and none twice");
}
