//! A collector that cannot store says so plainly: with its database at the size limit it was
//! given (as on a full disk), batches are refused with 503, `Retry-After` and `out_of_space`,
//! the kiosk names that reason to the coordinator and keeps every response, `/healthz` says not
//! ready and the operators' metrics say why; once there is room again every response arrives
//! exactly once.

use base64::Engine;
use end_to_end::*;
use kiosk::KioskError;
use sync::wire::{BatchBody, SealedResponse};
use sync::SyncError;

#[test]
fn a_full_collector_says_so_and_every_response_arrives_once_when_space_returns() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let made = fill(&mut kiosk, 30, 3);
    kiosk.enrol(Some(&collector.url), &code).unwrap();
    // No room beyond what the database holds now: SQLite's limit never goes below its size.
    collector.state.db.lock().unwrap().limit_size(0).unwrap();

    let error = kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap_err();
    assert!(matches!(error, KioskError::CollectorFull), "{error}");
    assert_eq!(error.code(), "error-collector-full");
    assert_eq!(kiosk.status().unwrap().responses.pending, 30);
    assert_eq!(collector.response_count(), 0);

    // What the kiosk was told: 503, a reason and when to try again.
    let enrolment = kiosk.enrolment().unwrap().unwrap();
    let device = kiosk::enrolment::device_key(kiosk.store()).unwrap();
    let batch = device.sign_batch(
        &enrolment.kiosk_id,
        &enrolment.collector_id,
        &BatchBody {
            responses: kiosk
                .store()
                .pending(5)
                .unwrap()
                .into_iter()
                .map(|p| SealedResponse {
                    response_id: p.response_id,
                    survey_id: p.survey_id,
                    survey_version: p.survey_version,
                    completed_on: p.completed_on,
                    sealed: base64::engine::general_purpose::STANDARD.encode(&p.sealed),
                })
                .collect(),
        },
    );
    let client =
        sync::client::Client::new(&collector.url, std::time::Duration::from_secs(20)).unwrap();
    match client.send_batch(&batch).unwrap_err() {
        SyncError::Refused { status, reply } => {
            assert_eq!(status, 503);
            assert_eq!(reply.error, "out_of_space");
            assert_eq!(reply.retry_after_seconds, Some(300));
        }
        other => panic!("{other}"),
    }

    let health = http_get(&collector.url, "/healthz");
    assert!(health.starts_with("HTTP/1.1 503"), "{health}");
    assert!(
        health.to_lowercase().contains("retry-after: 300"),
        "{health}"
    );
    assert!(
        health.contains(r#""status":"not ready""#) && health.contains(r#""reason":"out_of_space""#),
        "{health}"
    );
    let metrics = http_get(&collector.admin_url, "/metrics");
    assert!(
        metrics.contains(r#"collector_storage_writable{reason="out_of_space"} 0"#),
        "{metrics}"
    );

    // The operator makes room.
    collector
        .state
        .db
        .lock()
        .unwrap()
        .limit_size(1 << 30)
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let health = http_get(&collector.url, "/healthz");
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(http_get(&collector.admin_url, "/metrics").contains("collector_storage_writable 1"));

    kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap();
    assert_eq!(kiosk.status().unwrap().responses.pending, 0);
    let mut held = collector.response_ids();
    held.sort();
    let mut made = made;
    made.sort();
    assert_eq!(held, made, "every response exactly once");
}
