//! The `survey-pack` binary end to end: build the real demo pack with the demo key, verify it,
//! and refuse it with a clear message under the wrong key.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn survey_pack(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_survey-pack"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_demo_pack_builds_and_verifies_with_24_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    let keys = repo().join("demo-keys-NOT-FOR-PRODUCTION");
    let built = survey_pack(&[
        "build".as_ref(),
        "--source".as_ref(),
        repo().as_os_str(),
        "--out".as_ref(),
        pack.as_os_str(),
        "--key".as_ref(),
        keys.join("pack-signing-key.txt").as_os_str(),
    ]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );

    let verified = survey_pack(&[
        "verify".as_ref(),
        pack.as_os_str(),
        "--public-key".as_ref(),
        keys.join("pack-signing-key.pub").as_os_str(),
        "--today".as_ref(),
        "2026-11-01".as_ref(),
    ]);
    let out = String::from_utf8_lossy(&verified.stdout);
    assert!(
        verified.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&verified.stderr)
    );
    assert!(out.contains("24 languages, 202 messages in each"), "{out}");
    // 114 texts in 24 languages, the numbers 1 to 30 in each, and 50 words around the numbers
    // of the progress lines (none before the number in Urdu, three parts in Burmese).
    assert!(
        out.contains("3506 clips in all (114 texts in each"),
        "{out}"
    );
    assert!(out.contains("every message and clip present"), "{out}");
    assert!(
        out.contains("voice for ti: am (stand-in: Amharic voice)"),
        "{out}"
    );

    // The same pack under a key that did not sign it: refused, with the reason.
    let other = tmp.path().join("other-key");
    let made = survey_pack(&["keygen".as_ref(), "--out".as_ref(), other.as_os_str()]);
    assert!(made.status.success());
    let refused = survey_pack(&[
        "verify".as_ref(),
        pack.as_os_str(),
        "--public-key".as_ref(),
        other.join("pack-signing-key.pub").as_os_str(),
    ]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("signature does not match"), "{err}");
}

#[test]
fn keygen_refuses_to_overwrite_a_key() {
    let tmp = tempfile::tempdir().unwrap();
    let first = survey_pack(&["keygen".as_ref(), "--out".as_ref(), tmp.path().as_os_str()]);
    assert!(first.status.success());
    let before = std::fs::read(tmp.path().join("pack-signing-key.txt")).unwrap();
    let second = survey_pack(&["keygen".as_ref(), "--out".as_ref(), tmp.path().as_os_str()]);
    assert!(!second.status.success());
    assert_eq!(
        std::fs::read(tmp.path().join("pack-signing-key.txt")).unwrap(),
        before
    );
}
