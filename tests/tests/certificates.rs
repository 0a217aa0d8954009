//! A certificate error names itself and a machine's own authority can be trusted on purpose:
//! a collector serving HTTPS with a certificate from a test authority is refused by a kiosk
//! with the authority named (and with the wrong name, or expired, named as such), then accepted
//! for enrolment, sync and the pack once the authority's certificate is in the kiosk's data
//! folder (`trusted-ca.pem`) or in `SSL_CERT_FILE`.

use std::process::{Child, Command, Stdio};

use end_to_end::*;
use kiosk::KioskError;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use sync::CertificateProblem;

/// A collector process, stopped when the test ends, even by a failed assertion.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A collector serving HTTPS with `cert` and `key` (PEM); its port.
fn https_collector(
    files: &std::path::Path,
    data: &std::path::Path,
    cert: &str,
    key: &str,
) -> (Running, String) {
    let (cert_file, key_file) = (files.join("cert.pem"), files.join("key.pem"));
    std::fs::write(&cert_file, cert).unwrap();
    std::fs::write(&key_file, key).unwrap();
    let mut child = Command::new(collector_binary())
        .arg("--data-dir")
        .arg(data)
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--admin-listen",
            "127.0.0.1:0",
        ])
        .args(["--today", &open_day().to_string()])
        .arg("--pack")
        .arg(demo_pack())
        .arg("--pack-public-key")
        .arg(demo_keys().join("pack-signing-key.pub"))
        .arg("--tls-cert")
        .arg(&cert_file)
        .arg("--tls-key")
        .arg(&key_file)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first_line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.as_mut().unwrap()),
        &mut first_line,
    )
    .unwrap();
    let port = first_line.trim().rsplit(':').next().unwrap().to_owned();
    (Running(child), port)
}

fn refusal<T>(result: Result<T, KioskError>) -> KioskError {
    match result {
        Err(error) => error,
        Ok(_) => panic!("enrolled"),
    }
}

#[test]
fn a_certificate_error_names_itself_and_an_authority_configured_on_purpose_is_trusted() {
    let files = tempfile::tempdir().unwrap();
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "A municipality's own authority");
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let ca = Issuer::new(ca_params, ca_key);
    let ca_file = files.path().join("municipality-ca.pem");
    std::fs::write(&ca_file, ca_cert.pem()).unwrap();

    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["localhost".to_owned()])
        .unwrap()
        .signed_by(&leaf_key, &ca)
        .unwrap();
    let data = initialised_data_dir();
    let code = collector::db::Db::open(data.path())
        .unwrap()
        .add_municipality("0301", "Oslo")
        .unwrap();
    let (collector, port) = https_collector(
        files.path(),
        data.path(),
        &leaf.pem(),
        &leaf_key.serialize_pem(),
    );
    let url = format!("https://localhost:{port}");

    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let made = fill(&mut kiosk, 3, 5);
    let unknown = refusal(kiosk.enrol(Some(&url), &code));
    assert!(
        matches!(
            unknown,
            KioskError::Certificate(CertificateProblem::UnknownAuthority)
        ),
        "{unknown}"
    );
    assert_eq!(unknown.code(), "error-certificate-untrusted");
    assert!(unknown.to_string().contains("authority"), "{unknown}");

    // Trusted on purpose: the authority's certificate in the kiosk's data folder.
    std::fs::write(
        dir.path().join(kiosk::engine::TRUSTED_CA_FILE),
        ca_cert.pem(),
    )
    .unwrap();
    let by_address = refusal(kiosk.enrol(Some(&format!("https://127.0.0.1:{port}")), &code));
    assert!(
        matches!(
            by_address,
            KioskError::Certificate(CertificateProblem::WrongName)
        ),
        "{by_address}"
    );
    assert_eq!(by_address.code(), "error-certificate-wrong-name");
    kiosk.enrol(Some(&url), &code).unwrap();
    let report = kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap();
    assert_eq!(report.held as usize, made.len());

    // Or through SSL_CERT_FILE, for a kiosk with nothing in its folder.
    let other_dir = tempfile::tempdir().unwrap();
    let mut other = kiosk_in(other_dir.path());
    assert!(matches!(
        refusal(other.enrol(Some(&url), &code)),
        KioskError::Certificate(CertificateProblem::UnknownAuthority)
    ));
    // This test binary's only test: nothing else reads the environment meanwhile.
    std::env::set_var("SSL_CERT_FILE", &ca_file);
    let enrolled = other.enrol(Some(&url), &code);
    std::env::remove_var("SSL_CERT_FILE");
    enrolled.unwrap();
    drop(collector);

    // An expired certificate from the trusted authority.
    let mut expired = CertificateParams::new(vec!["localhost".to_owned()]).unwrap();
    expired.not_before = rcgen::date_time_ymd(2020, 1, 1);
    expired.not_after = rcgen::date_time_ymd(2021, 1, 1);
    let expired = expired.signed_by(&leaf_key, &ca).unwrap();
    let (_collector, port) = https_collector(
        files.path(),
        data.path(),
        &expired.pem(),
        &leaf_key.serialize_pem(),
    );
    let old = refusal(kiosk.enrol(Some(&format!("https://localhost:{port}")), &code));
    assert!(
        matches!(old, KioskError::Certificate(CertificateProblem::Expired)),
        "{old}"
    );
    assert_eq!(old.code(), "error-certificate-expired");
}
