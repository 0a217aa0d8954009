//! Every refusal of the collector, each its own test, against a real collector on 127.0.0.1 and
//! real kiosk engines. A refusal loses nothing: refused responses stay pending on the kiosk.

use base64::Engine;
use collector::ServeConfig;
use end_to_end::*;
use kiosk::KioskError;
use sync::batch::DeviceKey;
use sync::client::Client;
use sync::wire::{BatchBody, SealedResponse};
use sync::SyncError;

fn client(url: &str) -> Client {
    Client::new(url, std::time::Duration::from_secs(10)).unwrap()
}

fn refusal_reason(error: SyncError) -> (u16, String) {
    match error {
        SyncError::Refused { status, reply } => (status, reply.error),
        other => panic!("expected a refusal, got {other}"),
    }
}

/// An enrolled kiosk with `count` responses.
fn enrolled(collector: &Collector, count: usize) -> (tempfile::TempDir, kiosk::Kiosk) {
    let code = collector.add_municipality("0301", "Oslo");
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    fill(&mut kiosk, count, 3);
    kiosk.enrol(Some(&collector.url), &code).unwrap();
    (dir, kiosk)
}

fn one_response(kiosk: &mut kiosk::Kiosk) -> BatchBody {
    let pending = kiosk.store().pending(1).unwrap();
    let p = &pending[0];
    BatchBody {
        responses: vec![SealedResponse {
            response_id: p.response_id.clone(),
            survey_id: p.survey_id.clone(),
            survey_version: p.survey_version,
            completed_on: p.completed_on,
            sealed: base64::engine::general_purpose::STANDARD.encode(&p.sealed),
        }],
    }
}

#[test]
fn a_wrong_access_code_is_refused() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let mut wrong = code.clone();
    wrong.replace_range(
        5..9,
        if &code[5..9] == "AAAA" {
            "BBBB"
        } else {
            "AAAA"
        },
    );
    let err = kiosk.enrol(Some(&collector.url), &wrong).unwrap_err();
    assert!(matches!(err, KioskError::WrongCode), "{err}");
    assert_eq!(err.code(), "error-wrong-code");
    assert!(kiosk.enrolment().unwrap().is_none());
    let unknown = kiosk
        .enrol(Some(&collector.url), "9999-AAAA-BBBB-CCCC-DDDD")
        .unwrap_err();
    assert!(matches!(unknown, KioskError::WrongCode));
}

#[test]
fn repeated_wrong_codes_slow_the_wrong_ones_and_never_the_right_one() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    for _ in 0..collector::secret_check::TARPIT_FREE_FAILURES {
        assert!(matches!(
            kiosk.enrol(Some(&collector.url), "0301-WRNG-WRNG-WRNG-WRNG"),
            Err(KioskError::WrongCode)
        ));
    }
    let started = std::time::Instant::now();
    assert!(matches!(
        kiosk.enrol(Some(&collector.url), "0301-WRNG-WRNG-WRNG-WRNG"),
        Err(KioskError::WrongCode)
    ));
    assert!(started.elapsed() >= std::time::Duration::from_secs(1));
    // A school's network: the coordinator shares the guesser's address and still gets in.
    kiosk.enrol(Some(&collector.url), &code).unwrap();
    assert_eq!(KioskError::LockedOut(1).code(), "error-locked-out");
}

#[test]
fn a_revoked_kiosk_is_refused_and_keeps_its_responses() {
    let collector = Collector::start();
    let (_dir, mut kiosk) = enrolled(&collector, 5);
    let id = kiosk.enrolment().unwrap().unwrap().kiosk_id;
    collector
        .state
        .db
        .lock()
        .unwrap()
        .revoke_kiosk(&id)
        .unwrap();
    let err = kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap_err();
    assert!(matches!(err, KioskError::Revoked), "{err}");
    assert_eq!(err.code(), "error-kiosk-revoked");
    assert_eq!(kiosk.status().unwrap().responses.pending, 5);
    assert_eq!(collector.response_count(), 0);
}

#[test]
fn a_batch_whose_signature_does_not_match_is_refused() {
    let collector = Collector::start();
    let (_dir, mut kiosk) = enrolled(&collector, 1);
    let id = kiosk.enrolment().unwrap().unwrap().kiosk_id;
    let (impostor, _) = DeviceKey::generate();
    let batch = impostor.sign_batch(
        &id,
        collector.state.collector_id().unwrap(),
        &one_response(&mut kiosk),
    );
    let (status, reason) = refusal_reason(client(&collector.url).send_batch(&batch).unwrap_err());
    assert_eq!((status, reason.as_str()), (401, "bad_signature"));

    let genuine = kiosk::enrolment::device_key(kiosk.store()).unwrap();
    let mut altered = genuine.sign_batch(
        &id,
        collector.state.collector_id().unwrap(),
        &one_response(&mut kiosk),
    );
    altered.body = altered.body.replace("2026-11-02", "2026-11-03");
    let (status, reason) = refusal_reason(client(&collector.url).send_batch(&altered).unwrap_err());
    assert_eq!((status, reason.as_str()), (401, "bad_signature"));
    assert_eq!(collector.response_count(), 0);
}

#[test]
fn a_replayed_batch_is_accepted_idempotently() {
    let collector = Collector::start();
    let (_dir, mut kiosk) = enrolled(&collector, 1);
    let id = kiosk.enrolment().unwrap().unwrap().kiosk_id;
    let key = kiosk::enrolment::device_key(kiosk.store()).unwrap();
    let batch = key.sign_batch(
        &id,
        collector.state.collector_id().unwrap(),
        &one_response(&mut kiosk),
    );
    let first = client(&collector.url).send_batch(&batch).unwrap();
    let again = client(&collector.url).send_batch(&batch).unwrap();
    assert_eq!(first.held, again.held);
    assert_eq!(first.held.len(), 1);
    assert_eq!(collector.response_count(), 1);
}

#[test]
fn an_oversized_batch_is_refused_and_stays_pending() {
    let collector = Collector::start_with(ServeConfig {
        today: Some(open_day()),
        max_batch_responses: 10,
        ..ServeConfig::default()
    });
    let (_dir, mut kiosk) = enrolled(&collector, 11);
    let err = kiosk.sync(&quick_retries(11), &mut |_| {}).unwrap_err();
    assert!(
        matches!(&err, KioskError::CollectorRefused(detail) if detail.contains("too_large")),
        "{err}"
    );
    assert_eq!(kiosk.status().unwrap().responses.pending, 11);
    // Within the limit the same responses go through.
    kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap();
    assert_eq!(collector.response_count(), 11);
}

#[test]
fn a_body_over_the_size_limit_is_refused_with_413() {
    let collector = Collector::start_with(ServeConfig {
        today: Some(open_day()),
        max_body_bytes: 64 * 1024,
        ..ServeConfig::default()
    });
    let body = format!("{{\"padding\":\"{}\"}}", "x".repeat(100 * 1024));
    let request = format!(
        "POST /v1/batches HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let reply = http_raw(&collector.url, &request);
    assert!(reply.starts_with("HTTP/1.1 413"), "{reply}");
    assert!(reply.contains("\"too_large\""), "{reply}");
}

#[test]
fn malformed_json_is_refused_with_400() {
    let collector = Collector::start();
    for path in ["/v1/batches", "/v1/enrol"] {
        let body = "{not json";
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        let reply = http_raw(&collector.url, &request);
        assert!(reply.starts_with("HTTP/1.1 400"), "{reply}");
        assert!(reply.contains("\"malformed\""), "{reply}");
    }
}

#[test]
fn an_unknown_survey_version_is_refused_with_409() {
    let collector = Collector::start();
    let (_dir, mut kiosk) = enrolled(&collector, 1);
    let id = kiosk.enrolment().unwrap().unwrap().kiosk_id;
    let key = kiosk::enrolment::device_key(kiosk.store()).unwrap();
    let mut body = one_response(&mut kiosk);
    body.responses[0].survey_version = 99;
    let (status, reason) = refusal_reason(
        client(&collector.url)
            .send_batch(&key.sign_batch(&id, collector.state.collector_id().unwrap(), &body))
            .unwrap_err(),
    );
    assert_eq!((status, reason.as_str()), (409, "unknown_survey"));
}

#[test]
fn a_response_completed_outside_the_period_is_refused_with_its_reason() {
    let collector = Collector::start();
    let (_dir, mut kiosk) = enrolled(&collector, 1);
    let id = kiosk.enrolment().unwrap().unwrap().kiosk_id;
    let key = kiosk::enrolment::device_key(kiosk.store()).unwrap();
    let mut body = one_response(&mut kiosk);
    body.responses[0].completed_on = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let reply = client(&collector.url)
        .send_batch(&key.sign_batch(&id, collector.state.collector_id().unwrap(), &body))
        .unwrap();
    assert!(reply.held.is_empty());
    assert_eq!(reply.refused[0].reason, "outside_period");
    assert_eq!(collector.response_count(), 0);
}

#[test]
fn a_response_dated_after_tomorrow_is_refused_as_from_the_future() {
    let collector = Collector::start();
    let (_dir, mut kiosk) = enrolled(&collector, 1);
    let id = kiosk.enrolment().unwrap().unwrap().kiosk_id;
    let key = kiosk::enrolment::device_key(kiosk.store()).unwrap();
    let mut body = one_response(&mut kiosk);
    let tomorrow = open_day() + chrono::Duration::days(1);
    let mut later = body.responses[0].clone();
    later.response_id = format!("{}-later", later.response_id);
    later.completed_on = tomorrow + chrono::Duration::days(1);
    body.responses[0].completed_on = tomorrow;
    body.responses.push(later.clone());
    let reply = client(&collector.url)
        .send_batch(&key.sign_batch(&id, collector.state.collector_id().unwrap(), &body))
        .unwrap();
    assert_eq!(
        reply.held,
        [body.responses[0].response_id.clone()],
        "tomorrow is leeway"
    );
    assert_eq!(reply.refused.len(), 1);
    assert_eq!(reply.refused[0].response_id, later.response_id);
    assert_eq!(reply.refused[0].reason, "future_date");
    assert_eq!(collector.response_count(), 1);
}

#[test]
fn deliveries_after_the_grace_period_are_refused() {
    let collector = Collector::start_with(ServeConfig {
        today: Some(chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()),
        grace_days: 30,
        ..ServeConfig::default()
    });
    let (_dir, mut kiosk) = enrolled(&collector, 2);
    let err = kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap_err();
    assert!(
        matches!(&err, KioskError::CollectorRefused(detail) if detail.contains("survey_closed")),
        "{err}"
    );
    assert_eq!(kiosk.status().unwrap().responses.pending, 2);
}

#[test]
fn a_tampered_content_file_is_refused_on_download_and_the_old_pack_stays() {
    let v2 = tempfile::tempdir().unwrap().keep().join("pack-v2");
    build_pack_v2(&v2);
    let collector = Collector::start_serving(&v2);
    // The file changes on the server after the collector checked it.
    let path = v2.join("locales/nb/ui.ftl");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Start", "Stars");
    std::fs::write(&path, text).unwrap();
    let (_dir, mut kiosk) = enrolled(&collector, 1);
    let err = kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap_err();
    assert!(
        matches!(&err, KioskError::Pack(survey::SurveyError::HashMismatch { path }) if path == "locales/nb/ui.ftl"),
        "{err}"
    );
    assert_eq!(err.code(), "error-pack-invalid");
    assert_eq!(kiosk.status().unwrap().pack_version, 1);
    assert_eq!(
        kiosk.status().unwrap().responses.synced,
        1,
        "the responses went through first"
    );
}

#[test]
fn a_sync_without_a_network_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    // A port nothing listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let err = kiosk
        .enrol(Some(&url), "0301-AAAA-BBBB-CCCC-DDDD")
        .unwrap_err();
    assert!(matches!(err, KioskError::NoNetwork(_)), "{err}");
    assert_eq!(err.code(), "error-no-network");
    let not_enrolled = kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap_err();
    assert_eq!(not_enrolled.code(), "error-not-enrolled");
}

/// One enrolment request from the given loopback address, raw over TCP; returns the status.
fn enrol_from(source: std::net::Ipv4Addr, url: &str, code: &str) -> u16 {
    use std::io::{Read, Write};
    let server: std::net::SocketAddr = url.trim_start_matches("http://").parse().unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let stream = runtime.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind((source, 0).into()).unwrap();
        socket.connect(server).await.unwrap().into_std().unwrap()
    });
    stream.set_nonblocking(false).unwrap();
    let body = format!(
        r#"{{"protocol":{},"access_code":"{code}","device_public_key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}}"#,
        sync::PROTOCOL_VERSION
    );
    let mut stream = stream;
    write!(
        stream,
        "POST /v1/enrol HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    reply[9..12].parse().unwrap()
}

#[test]
fn guesses_slow_the_address_they_come_from_and_no_other() {
    let collector = Collector::start();
    let (one, other) = ("127.0.0.1".parse().unwrap(), "127.0.0.2".parse().unwrap());
    // Codes naming no municipality: only the address is counted.
    for _ in 0..=collector::secret_check::TARPIT_FREE_FAILURES {
        assert_eq!(enrol_from(one, &collector.url, "XXXX-AAAA"), 401);
    }
    // The seventh wrong guess from the guessing address waits 2 s...
    let started = std::time::Instant::now();
    assert_eq!(enrol_from(one, &collector.url, "XXXX-AAAA"), 401);
    let slowed = started.elapsed();
    assert!(slowed >= std::time::Duration::from_secs(2), "{slowed:?}");
    // ...another address's first does not.
    let started = std::time::Instant::now();
    assert_eq!(enrol_from(other, &collector.url, "XXXX-AAAA"), 401);
    assert!(started.elapsed() < slowed / 2, "{:?}", started.elapsed());
}

#[test]
fn each_enrolment_makes_a_fresh_device_key_and_the_old_one_stops_working() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let first = kiosk.enrol(Some(&collector.url), &code).unwrap();
    let first_key = kiosk::enrolment::device_key(kiosk.store()).unwrap();
    fill(&mut kiosk, 1, 3);
    let second = kiosk.enrol(Some(&collector.url), &code).unwrap();
    assert_ne!(first.kiosk_id, second.kiosk_id);
    assert_eq!(first.collector_id, second.collector_id);
    let second_key = kiosk::enrolment::device_key(kiosk.store()).unwrap();
    assert_ne!(
        first_key.public_key_base64(),
        second_key.public_key_base64()
    );
    let keys: Vec<Vec<u8>> = collector
        .state
        .db
        .lock()
        .unwrap()
        .kiosks()
        .unwrap()
        .into_iter()
        .map(|k| k.device_key)
        .collect();
    assert_eq!(keys.len(), 2);
    assert_ne!(keys[0], keys[1], "the collector holds two different keys");
    // The old key no longer speaks for this kiosk; the pending response goes under the new one.
    let old = first_key.sign_batch(
        &second.kiosk_id,
        &second.collector_id,
        &BatchBody { responses: vec![] },
    );
    let (status, reason) = refusal_reason(client(&collector.url).send_batch(&old).unwrap_err());
    assert_eq!((status, reason.as_str()), (401, "bad_signature"));
    kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap();
    assert_eq!(collector.response_count(), 1);
}

#[test]
fn unsent_responses_keep_a_kiosk_from_moving_to_another_municipality_until_they_are_sent() {
    let collector = Collector::start();
    let oslo = collector.add_municipality("0301", "Oslo");
    let bergen = collector.add_municipality("4601", "Bergen");
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    kiosk.enrol(Some(&collector.url), &oslo).unwrap();
    let key_before = kiosk::enrolment::device_key(kiosk.store())
        .unwrap()
        .public_key_base64();
    fill(&mut kiosk, 2, 5);
    let refused = kiosk.enrol(Some(&collector.url), &bergen).unwrap_err();
    match &refused {
        KioskError::UnsentForOtherMunicipality {
            pending,
            municipality,
        } => {
            assert_eq!((*pending, municipality.as_str()), (2, "Oslo"));
        }
        other => panic!("expected a refusal, got {other}"),
    }
    assert_eq!(refused.code(), "error-unsent-other-municipality");
    let enrolment = kiosk.enrolment().unwrap().unwrap();
    assert_eq!(
        enrolment.municipality_number, "0301",
        "still enrolled where it was"
    );
    assert_eq!(
        kiosk::enrolment::device_key(kiosk.store())
            .unwrap()
            .public_key_base64(),
        key_before
    );
    assert_eq!(
        collector.state.db.lock().unwrap().kiosks().unwrap().len(),
        1
    );
    // Sent, they count for Oslo; then the kiosk may move.
    kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap();
    let moved = kiosk.enrol(Some(&collector.url), &bergen).unwrap();
    assert_eq!(moved.municipality_number, "4601");
    let counts = collector
        .state
        .db
        .lock()
        .unwrap()
        .responses_per_municipality()
        .unwrap();
    assert_eq!(counts, [("0301".to_string(), 2), ("4601".to_string(), 0)]);
}

#[test]
fn the_right_code_enrols_while_a_flood_of_wrong_guesses_for_its_municipality_goes_on() {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Arc;
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let stop = Arc::new(AtomicBool::new(false));
    let guesses = Arc::new(AtomicUsize::new(0));
    let flood: Vec<_> = (10..40u8)
        .map(|n| {
            let (stop, guesses, url) = (
                Arc::clone(&stop),
                Arc::clone(&guesses),
                collector.url.clone(),
            );
            std::thread::spawn(move || {
                let from = std::net::Ipv4Addr::new(127, 0, 0, n);
                while !stop.load(Ordering::Relaxed) {
                    let status = enrol_from(from, &url, "0301-WRNG-WRNG-WRNG-WRNG");
                    assert!(status == 401 || status == 429, "{status}");
                    guesses.fetch_add(1, Ordering::Relaxed);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
            })
        })
        .collect();
    // Until the municipality has had more wrong guesses than it lets through unslowed.
    while guesses.load(Ordering::Relaxed)
        < collector::secret_check::SUBJECT_FREE_FAILURES as usize + 20
    {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let enrolment = kiosk.enrol(Some(&collector.url), &code);
    stop.store(true, Ordering::Relaxed);
    for guesser in flood {
        guesser.join().unwrap();
    }
    assert_eq!(enrolment.unwrap().municipality_number, "0301");
}

#[test]
fn responses_refused_for_their_date_stay_with_both_clocks_and_go_once_the_collector_takes_them() {
    // The collector's clock is five days behind the kiosk's: "completed in the future".
    let collector_day = open_day();
    let kiosk_day = open_day() + chrono::Duration::days(5);
    let collector_data = initialised_data_dir();
    let code = collector::db::Db::open(collector_data.path())
        .unwrap()
        .add_municipality("0301", "Oslo")
        .unwrap();
    let behind = CollectorProcess::start_on(collector_data.path(), 0, collector_day);
    let port: u16 = behind.url.rsplit(':').next().unwrap().parse().unwrap();

    let dir = tempfile::tempdir().unwrap();
    let mut on_the_same_day = kiosk_in(dir.path());
    let mut ids = fill(&mut on_the_same_day, 2, 7);
    drop(on_the_same_day);
    let mut config = kiosk::KioskConfig::new(dir.path().to_owned());
    config.today = Some(kiosk_day);
    let mut kiosk = kiosk::Kiosk::open(config).unwrap();
    let ahead = fill(&mut kiosk, 3, 8);
    kiosk.enrol(Some(&behind.url), &code).unwrap();

    for run in 0..2 {
        let report = kiosk.sync(&quick_retries(2), &mut |_| {}).unwrap();
        assert_eq!(report.held, if run == 0 { 2 } else { 0 }, "run {run}");
        assert_eq!((report.kept_for_date, report.refused), (3, 0), "run {run}");
        assert_eq!(report.remaining, 3, "run {run}");
        assert_eq!(
            report.date_refusals,
            [kiosk::store::DateRefusals {
                reason: "future_date".into(),
                collector_date: Some(collector_day),
                kiosk_date: kiosk_day,
                count: 3,
            }],
            "run {run}: the coordinator is shown both clocks"
        );
    }
    let mut waiting = kiosk.store().response_ids().unwrap();
    waiting.sort();
    let mut expected = ahead.clone();
    expected.sort();
    assert_eq!(
        waiting, expected,
        "every refused response is still on the kiosk"
    );
    assert_eq!(kiosk.store().set_aside_count().unwrap(), 0);

    // The collector's clock is put right and it starts again at the same address.
    behind.kill();
    let right = CollectorProcess::start_on(collector_data.path(), port, kiosk_day);
    let report = kiosk.sync(&quick_retries(2), &mut |_| {}).unwrap();
    assert_eq!(
        (report.held, report.kept_for_date, report.remaining),
        (3, 0, 0)
    );
    assert!(report.date_refusals.is_empty());
    right.kill();
    ids.extend(ahead);
    ids.sort();
    let mut held = response_ids(collector_data.path());
    held.sort();
    assert_eq!(held, ids, "each held exactly once");
}
