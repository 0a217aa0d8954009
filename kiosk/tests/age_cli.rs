//! The sealed responses are real age files: the `age` command-line tool (the Debian package
//! `age`, which `cargo xtask test` installs) opens what a kiosk sealed, padding and all, with the
//! collector's identity, and what comes out is a response. Anyone auditing a collector can so
//! check a response without this project's code.

mod common;

use std::io::ErrorKind;
use std::process::Command;

use common::*;
use survey::Response;

#[test]
fn the_age_command_opens_a_sealed_response_to_the_same_padded_response() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let mut rng = kiosk::fill::Rng::new(11);
    kiosk::fill::complete_one_as(&mut kiosk, &mut rng, Some("group-both")).unwrap();
    let stored = kiosk.store().pending(1).unwrap().remove(0);
    let sealed_file = dir.path().join("response.age");
    std::fs::write(&sealed_file, &stored.sealed).unwrap();

    let output = match Command::new("age")
        .arg("--decrypt")
        .arg("--identity")
        .arg(repo().join("demo-keys-NOT-FOR-PRODUCTION/collector-identity.txt"))
        .arg(&sealed_file)
        .output()
    {
        Ok(output) => output,
        Err(error) if error.kind() == ErrorKind::NotFound => panic!(
            "the `age` command is missing: install the Debian package age \
             (`cargo xtask test` does)"
        ),
        Err(error) => panic!("running age: {error}"),
    };
    assert!(
        output.status.success(),
        "age failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let plaintext = output.stdout;
    assert_eq!(plaintext.len(), kiosk.definition().padded_response_bytes());
    assert_eq!(
        plaintext,
        age::decrypt(&demo_identity(), &stored.sealed).unwrap(),
        "the command and the crate agree byte for byte"
    );
    let response: Response = serde_json::from_slice(&plaintext).unwrap();
    response.validate(kiosk.definition()).unwrap();
    assert_eq!(response.response_id, stored.response_id);
    assert_eq!(response.group, "group-both");
    assert_eq!(response.completed_on, open_day());
}
