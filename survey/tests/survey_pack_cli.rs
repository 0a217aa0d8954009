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

/// Where test runs keep encoded MP3 clips between builds (the one `end_to_end` uses too):
/// `target/debug/deps/<test>` → `target/debug/web-audio-cache`.
fn web_audio_cache() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("web-audio-cache")
}

fn sha256_hex(bytes: &[u8]) -> String {
    survey::pack::sha256_hex(bytes)
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
        "--web-audio-cache".as_ref(),
        web_audio_cache().as_os_str(),
    ]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    both_forms_of_every_clip_are_listed_and_hashed(&pack);

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
    assert!(out.contains("24 languages, 212 messages in each"), "{out}");
    // 127 texts in 24 languages, the numbers 1 to 30 in each, and 50 words around the numbers
    // of the progress lines (none before the number in Urdu, three parts in Burmese).
    assert!(
        out.contains("3818 clips in all (127 texts in each"),
        "{out}"
    );
    assert!(out.contains("every message and clip present"), "{out}");
    // What is still synthetic, per language (here: everything), with the stand-in voices named.
    assert!(
        out.contains("\nnb: 0 of 159 clips recorded; all synthetic (espeak-ng voice nb)\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "clips recorded; all synthetic (espeak-ng voice am) (stand-in: Amharic voice)"
        ),
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

/// Every Ogg clip has its MP3 in the web-only part, each listed with the SHA-256 and length of
/// the file in the pack, and the MP3 is an MPEG audio stream.
fn both_forms_of_every_clip_are_listed_and_hashed(pack: &Path) {
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(pack.join("manifest.json")).unwrap()).unwrap();
    let listed = |list: &str| -> Vec<(String, String, u64)> {
        manifest[list]
            .as_array()
            .unwrap_or_else(|| panic!("the manifest has {list}"))
            .iter()
            .map(|f| {
                let path = f["path"].as_str().unwrap().to_owned();
                let bytes = std::fs::read(pack.join(&path)).unwrap();
                assert_eq!(f["sha256"], sha256_hex(&bytes), "{path}");
                assert_eq!(f["length"], bytes.len() as u64, "{path}");
                (path, sha256_hex(&bytes), bytes.len() as u64)
            })
            .collect()
    };
    let oggs: Vec<String> = listed("files")
        .into_iter()
        .filter_map(|(path, _, _)| path.strip_suffix(".ogg").map(str::to_owned))
        .collect();
    let mp3s = listed("web_files");
    assert_eq!(oggs.len(), 3818);
    assert_eq!(mp3s.len(), oggs.len());
    for ogg in &oggs {
        let mp3 = format!("web/{ogg}.mp3");
        assert!(mp3s.iter().any(|(path, _, _)| *path == mp3), "no {mp3}");
    }
    let (first, _, _) = &mp3s[0];
    let head = std::fs::read(pack.join(first)).unwrap();
    assert!(
        head[0] == 0xff && head[1] & 0xe0 == 0xe0,
        "{first} starts with an MPEG audio frame"
    );
}

fn build_with_web_audio(pack: &Path) {
    let keys = repo().join("demo-keys-NOT-FOR-PRODUCTION");
    let built = survey_pack(&[
        "build".as_ref(),
        "--source".as_ref(),
        repo().as_os_str(),
        "--out".as_ref(),
        pack.as_os_str(),
        "--key".as_ref(),
        keys.join("pack-signing-key.txt").as_os_str(),
        "--web-audio-cache".as_ref(),
        web_audio_cache().as_os_str(),
    ]);
    assert!(built.status.success());
}

fn verify_cli(pack: &Path) -> std::process::Output {
    let keys = repo().join("demo-keys-NOT-FOR-PRODUCTION");
    survey_pack(&[
        "verify".as_ref(),
        pack.as_os_str(),
        "--public-key".as_ref(),
        keys.join("pack-signing-key.pub").as_os_str(),
        "--today".as_ref(),
        "2026-11-01".as_ref(),
    ])
}

fn manifest_of(pack: &Path) -> survey::Manifest {
    survey::pack::parse_manifest(&std::fs::read(pack.join("manifest.json")).unwrap()).unwrap()
}

#[test]
fn a_kiosk_takes_a_pack_without_its_web_part_and_the_web_survey_does_not() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    build_with_web_audio(&pack);
    let gone = "web/audio/nb/q-age.mp3";
    std::fs::remove_file(pack.join(gone)).unwrap();
    let verified = verify_cli(&pack);
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stderr)
    );
    let err = survey::pack::verify_web_part(&pack, &manifest_of(&pack)).unwrap_err();
    assert!(
        matches!(&err, survey::SurveyError::MissingFile { path } if path == gone),
        "{err}"
    );
}

#[test]
fn a_changed_web_clip_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    build_with_web_audio(&pack);
    let clip = pack.join("web/audio/ar/q-age.mp3");
    let mut bytes = std::fs::read(&clip).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&clip, bytes).unwrap();
    let refused = verify_cli(&pack);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("web/audio/ar/q-age.mp3 does not have the SHA-256"),
        "{err}"
    );
}
