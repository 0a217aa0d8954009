//! The collector serving HTTPS with a certificate this test makes, a kiosk client that trusts it
//! enrolling and delivering over it, and the collector's JSON log of all that: one line per
//! request and refusal, security events as warnings, never a code, key or id.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;

use end_to_end::*;
use sync::batch::DeviceKey;
use sync::client::Client;
use sync::wire::{BatchBody, EnrolRequest};

#[test]
fn the_collector_serves_https_and_logs_every_request_as_json_without_secrets() {
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    let files = tempfile::tempdir().unwrap();
    let (cert, key) = (files.path().join("cert.pem"), files.path().join("key.pem"));
    std::fs::write(&cert, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.signing_key.serialize_pem()).unwrap();
    let data = initialised_data_dir();
    let code = collector::db::Db::open(data.path())
        .unwrap()
        .add_municipality("0301", "Oslo")
        .unwrap();
    let log = files.path().join("collector.log");
    let mut child = Command::new(collector_binary())
        .arg("--data-dir")
        .arg(data.path())
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--admin-listen",
            "127.0.0.1:0",
        ])
        .args(["--today", &open_day().to_string(), "--log-format", "json"])
        .arg("--pack")
        .arg(demo_pack())
        .arg("--pack-public-key")
        .arg(demo_keys().join("pack-signing-key.pub"))
        .arg("--tls-cert")
        .arg(&cert)
        .arg("--tls-key")
        .arg(&key)
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut first_line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.as_mut().unwrap()),
        &mut first_line,
    )
    .unwrap();
    let address = first_line
        .trim()
        .strip_prefix("collector listening on https://")
        .unwrap_or_else(|| panic!("{first_line:?}"))
        .to_owned();
    let port = address.rsplit(':').next().unwrap();
    let url = format!("https://localhost:{port}");

    let client = Client::with_roots(
        &url,
        Duration::from_secs(20),
        &[certified.cert.pem().as_bytes()],
    )
    .unwrap();
    let (device, _) = DeviceKey::generate();
    let enrol = |access_code: &str| {
        client.enrol(&EnrolRequest {
            protocol: sync::PROTOCOL_VERSION,
            access_code: access_code.to_owned(),
            device_public_key: device.public_key_base64(),
            kiosk_name: None,
        })
    };
    let enrolment = enrol(&code).unwrap();
    assert_eq!(enrolment.municipality_number, "0301");
    let batch = device.sign_batch(
        &enrolment.kiosk_id,
        &enrolment.collector_id,
        &BatchBody { responses: vec![] },
    );
    assert!(client.send_batch(&batch).unwrap().held.is_empty());

    for _ in 0..collector::throttle::FREE_FAILURES {
        assert_eq!(
            enrol("0301-WRNG-WRNG-WRNG-WRNG").unwrap_err().reason(),
            Some("wrong_code")
        );
    }
    // Wrong guesses from this address now wait; the right code does not (with a fresh key).
    let (fresh, _) = DeviceKey::generate();
    client
        .enrol(&EnrolRequest {
            protocol: sync::PROTOCOL_VERSION,
            access_code: code.clone(),
            device_public_key: fresh.public_key_base64(),
            kiosk_name: None,
        })
        .unwrap();

    // The certificate names localhost, not 127.0.0.1: the client refuses to talk.
    let by_address = Client::with_roots(
        &format!("https://127.0.0.1:{port}"),
        Duration::from_secs(20),
        &[certified.cert.pem().as_bytes()],
    )
    .unwrap();
    let refused = by_address.send_batch(&batch).unwrap_err();
    assert!(
        matches!(
            refused,
            sync::SyncError::Certificate(sync::CertificateProblem::WrongName)
        ),
        "{refused}"
    );
    // Plain HTTP to the TLS port gets no HTTP answer.
    let plain = http_get(&format!("http://{address}"), "/healthz");
    assert!(!plain.starts_with("HTTP/1.1 200"), "{plain}");

    child.kill().unwrap();
    child.wait().unwrap();
    let mut text = String::new();
    std::fs::File::open(&log)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    assert!(!text.is_empty());
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    let messages: Vec<(&str, &str)> = lines
        .iter()
        .map(|l| (l["level"].as_str().unwrap(), l["message"].as_str().unwrap()))
        .collect();
    let count = |level: &str, part: &str| {
        messages
            .iter()
            .filter(|(l, m)| *l == level && m.contains(part))
            .count()
    };
    assert_eq!(
        count("INFO", "request POST /v1/enrol 200"),
        2,
        "{messages:#?}"
    );
    assert_eq!(count("INFO", "request POST /v1/batches 200"), 1);
    assert_eq!(count("INFO", "request POST /v1/enrol 401"), 5);
    assert_eq!(count("INFO", "refused (wrong_code, 401)"), 5);
    assert_eq!(count("WARN", "slowed after 5 wrong guesses"), 1);
    let secret_part = code.split_once('-').unwrap().1;
    for (_, message) in &messages {
        assert!(
            !message.contains(secret_part),
            "the code is in the log: {message}"
        );
        assert!(
            !message.contains("WRNG"),
            "a guess is in the log: {message}"
        );
        assert!(!message.contains(&device.public_key_base64()), "{message}");
        assert!(!message.contains(&enrolment.kiosk_id), "{message}");
    }
}
