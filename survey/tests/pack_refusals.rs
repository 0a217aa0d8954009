//! Every reason a kiosk refuses a content pack, each its own test, on small packs built from the
//! repository's real survey and two languages' real messages (clips are stand-in bytes: the
//! verification looks at hashes, not at sound).

use std::path::{Path, PathBuf};

use base64::Engine;
use chrono::NaiveDate;
use survey::manifest::{MANIFEST_FILE, SIGNATURE_FILE};
use survey::pack::{self, VerifyOptions};
use survey::signing::MANIFEST_CONTEXT;
use survey::{Manifest, PackSigningKey, SurveyError};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

struct Fixture {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    pack: PathBuf,
    key: PackSigningKey,
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn in_period() -> VerifyOptions {
    VerifyOptions {
        today: day(2026, 11, 1),
        installed_version: None,
    }
}

/// A source tree with nb and en and a clip file for every clip id, built into a signed pack.
fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("src");
    let content = root.join("content");
    std::fs::create_dir_all(&content).unwrap();
    for file in ["survey.toml", "pack.toml"] {
        std::fs::copy(repo().join("content").join(file), content.join(file)).unwrap();
    }
    let tsv = std::fs::read_to_string(repo().join("content/languages.tsv")).unwrap();
    let two: Vec<&str> = tsv
        .lines()
        .filter(|l| l.starts_with("code\t") || l.starts_with("nb\t") || l.starts_with("en\t"))
        .collect();
    std::fs::write(content.join("languages.tsv"), two.join("\n")).unwrap();
    let key_dir = root.join("demo-keys-NOT-FOR-PRODUCTION");
    std::fs::create_dir_all(&key_dir).unwrap();
    std::fs::write(key_dir.join("collector-recipient.txt"), "age1example\n").unwrap();
    for lang in ["nb", "en"] {
        let locales = root.join("locales").join(lang);
        std::fs::create_dir_all(&locales).unwrap();
        for file in ["ui.ftl", "survey.ftl"] {
            std::fs::copy(
                repo().join("locales").join(lang).join(file),
                locales.join(file),
            )
            .unwrap();
        }
    }
    let source = pack::Source::load(&root).unwrap();
    for lang in ["nb", "en"] {
        let audio = root.join("audio").join(lang);
        std::fs::create_dir_all(&audio).unwrap();
        for clip in pack::clip_ids(&source.definition, &source.catalog, lang) {
            std::fs::write(
                audio.join(format!("{clip}.ogg")),
                format!("OggS {lang} {clip}"),
            )
            .unwrap();
        }
    }
    let (key, _) = PackSigningKey::generate();
    let pack = tmp.path().join("pack");
    pack::build(&root, &key, &pack).unwrap();
    Fixture {
        _tmp: tmp,
        root,
        pack,
        key,
    }
}

fn verify(f: &Fixture, options: VerifyOptions) -> Result<survey::VerifiedPack, SurveyError> {
    pack::verify(&f.pack, &f.key.verifying_key(), options)
}

fn manifest(f: &Fixture) -> Manifest {
    serde_json::from_slice(&std::fs::read(f.pack.join(MANIFEST_FILE)).unwrap()).unwrap()
}

/// Rewrites and properly re-signs the manifest, as a survey owner's mistake would produce:
/// the signature is good, so only the later checks can catch what is wrong.
fn resign(f: &Fixture, manifest: &Manifest) {
    let bytes = serde_json::to_vec_pretty(manifest).unwrap();
    std::fs::write(f.pack.join(MANIFEST_FILE), &bytes).unwrap();
    let signature = f.key.sign(MANIFEST_CONTEXT, &bytes);
    let text = base64::engine::general_purpose::STANDARD.encode(signature);
    std::fs::write(f.pack.join(SIGNATURE_FILE), text).unwrap();
}

#[test]
fn a_built_pack_verifies_with_every_message_and_clip() {
    let f = fixture();
    let verified = verify(&f, in_period()).unwrap();
    assert_eq!(verified.manifest.languages.len(), 2);
    // Each language's own progress words (nb: "Spørsmål", "av"; en: "Question", "of") and
    // the numbers 1 to 30 besides the messages.
    assert_eq!(
        verified.clip_count,
        2 * (verified.definition.clip_ids().len() + 2 + 30)
    );
    for clip in [
        "progress-part-1",
        "progress-part-2",
        "number-1",
        "number-30",
    ] {
        assert!(
            verified
                .manifest
                .file(&format!("audio/en/{clip}.ogg"))
                .is_some(),
            "{clip}"
        );
    }
    assert!(verified.messages_per_language() > 100);
    assert_eq!(verified.manifest.collector.public_key, "age1example");
    assert!(f.root.exists());
}

#[test]
fn a_missing_signature_is_refused() {
    let f = fixture();
    std::fs::remove_file(f.pack.join(SIGNATURE_FILE)).unwrap();
    assert!(matches!(
        verify(&f, in_period()),
        Err(SurveyError::MissingSignature)
    ));
}

#[test]
fn a_tampered_manifest_is_refused() {
    let f = fixture();
    let text = std::fs::read_to_string(f.pack.join(MANIFEST_FILE)).unwrap();
    let tampered = text.replace("\"expires\": \"2027-10-01\"", "\"expires\": \"2099-10-01\"");
    assert_ne!(text, tampered);
    std::fs::write(f.pack.join(MANIFEST_FILE), tampered).unwrap();
    assert!(matches!(
        verify(&f, in_period()),
        Err(SurveyError::BadSignature)
    ));
}

#[test]
fn a_pack_signed_by_another_key_is_refused() {
    let f = fixture();
    let (other, _) = PackSigningKey::generate();
    let result = pack::verify(&f.pack, &other.verifying_key(), in_period());
    assert!(matches!(result, Err(SurveyError::BadSignature)));
}

#[test]
fn a_file_whose_bytes_differ_is_refused() {
    let f = fixture();
    let path = f.pack.join("locales/en/survey.ftl");
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 2;
    bytes[last] ^= 0x20;
    std::fs::write(&path, bytes).unwrap();
    let err = verify(&f, in_period()).err().unwrap();
    assert!(
        matches!(&err, SurveyError::HashMismatch { path } if path == "locales/en/survey.ftl"),
        "{err}"
    );
}

#[test]
fn a_file_whose_length_differs_is_refused() {
    let f = fixture();
    let path = f.pack.join("audio/nb/q-age.ogg");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.push(0);
    std::fs::write(&path, bytes).unwrap();
    let err = verify(&f, in_period()).err().unwrap();
    assert!(
        matches!(&err, SurveyError::LengthMismatch { path, .. } if path == "audio/nb/q-age.ogg"),
        "{err}"
    );
}

#[test]
fn an_unlisted_file_is_refused() {
    let f = fixture();
    std::fs::write(f.pack.join("audio/nb/extra.ogg"), b"OggS").unwrap();
    let err = verify(&f, in_period()).err().unwrap();
    assert!(
        matches!(&err, SurveyError::UnlistedFile { path } if path == "audio/nb/extra.ogg"),
        "{err}"
    );
}

#[test]
fn a_listed_file_that_is_missing_is_refused() {
    let f = fixture();
    std::fs::remove_file(f.pack.join("audio/en/welcome-greeting.ogg")).unwrap();
    let err = verify(&f, in_period()).err().unwrap();
    assert!(
        matches!(&err, SurveyError::MissingFile { path } if path == "audio/en/welcome-greeting.ogg"),
        "{err}"
    );
}

#[test]
fn an_expired_pack_is_refused_but_valid_on_its_last_day() {
    let f = fixture();
    let last_day = VerifyOptions {
        today: day(2027, 10, 1),
        installed_version: None,
    };
    verify(&f, last_day).unwrap();
    let after = VerifyOptions {
        today: day(2027, 10, 2),
        ..last_day
    };
    assert!(matches!(
        verify(&f, after),
        Err(SurveyError::Expired { .. })
    ));
}

#[test]
fn an_older_version_than_the_installed_one_is_refused() {
    let f = fixture();
    let same = VerifyOptions {
        installed_version: Some(1),
        ..in_period()
    };
    verify(&f, same).unwrap();
    let newer_installed = VerifyOptions {
        installed_version: Some(2),
        ..in_period()
    };
    assert!(matches!(
        verify(&f, newer_installed),
        Err(SurveyError::Rollback {
            offered: 1,
            installed: 2
        })
    ));
}

#[test]
fn a_language_with_a_missing_message_is_refused() {
    let f = fixture();
    let path = f.pack.join("locales/en/ui.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("nav-back ="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&path, &without).unwrap();
    let mut m = manifest(&f);
    let entry = m
        .files
        .iter_mut()
        .find(|e| e.path == "locales/en/ui.ftl")
        .unwrap();
    entry.length = without.len() as u64;
    entry.sha256 = pack::sha256_hex(without.as_bytes());
    resign(&f, &m);
    let err = verify(&f, in_period()).err().unwrap();
    assert!(
        matches!(&err, SurveyError::MissingMessages { lang, missing }
        if lang == "en" && missing == &["nav-back".to_string()]),
        "{err}"
    );
}

#[test]
fn a_language_with_a_missing_clip_is_refused() {
    let f = fixture();
    std::fs::remove_file(f.pack.join("audio/en/q-safe.ogg")).unwrap();
    let mut m = manifest(&f);
    m.files.retain(|e| e.path != "audio/en/q-safe.ogg");
    resign(&f, &m);
    let err = verify(&f, in_period()).err().unwrap();
    assert!(
        matches!(&err, SurveyError::MissingClips { lang, missing }
        if lang == "en" && missing == &["q-safe".to_string()]),
        "{err}"
    );
}

/// Drops a clip from the pack and re-signs it; the verification must name just that clip.
fn assert_missing_clip_refused(lang: &str, clip: &str) {
    let f = fixture();
    let path = format!("audio/{lang}/{clip}.ogg");
    std::fs::remove_file(f.pack.join(&path)).unwrap();
    let mut m = manifest(&f);
    m.files.retain(|e| e.path != path);
    resign(&f, &m);
    let err = verify(&f, in_period()).err().unwrap();
    assert!(
        matches!(&err, SurveyError::MissingClips { lang: l, missing }
        if l == lang && missing == &[clip.to_string()]),
        "{err}"
    );
}

#[test]
fn a_language_without_a_word_of_its_progress_line_is_refused() {
    assert_missing_clip_refused("en", "progress-part-2");
}

#[test]
fn a_language_without_a_number_the_progress_line_can_show_is_refused() {
    assert_missing_clip_refused("nb", "number-30");
}

#[test]
fn a_path_leaving_the_pack_is_refused() {
    let f = fixture();
    let mut m = manifest(&f);
    m.files[0].path = "../outside.toml".into();
    resign(&f, &m);
    assert!(matches!(
        verify(&f, in_period()),
        Err(SurveyError::UnsafePath { .. })
    ));
}

/// Signs a manifest whose first file is listed under `path` and checks that the path itself is
/// what the kiosk refuses, whatever the later file checks would have said.
fn assert_path_refused(path: &str) {
    let f = fixture();
    let mut m = manifest(&f);
    m.files[0].path = path.into();
    resign(&f, &m);
    let err = verify(&f, in_period()).err().unwrap();
    assert!(
        matches!(&err, SurveyError::UnsafePath { path: refused } if refused == path),
        "{path:?}: {err}"
    );
}

#[test]
fn an_absolute_path_is_refused() {
    assert_path_refused("/etc/survey.toml");
}

// On Windows a backslash separates folders, so this climbs out of the pack there even though
// it has no `/..` part.
#[test]
fn a_path_with_a_backslash_is_refused() {
    assert_path_refused("locales\\..\\..\\outside.toml");
}

// C file APIs end a path at a NUL byte, so a file opened through one need not be the file
// listed.
#[test]
fn a_path_with_a_nul_byte_is_refused() {
    assert_path_refused("survey.toml\0.ogg");
}

// `a//b` and `./a` open the same file as `a`, so without the rule one file could be listed
// under two spellings.
#[test]
fn a_path_with_an_empty_part_is_refused() {
    assert_path_refused("locales//nb/ui.ftl");
}

#[test]
fn a_path_with_a_trailing_slash_is_refused() {
    assert_path_refused("survey.toml/");
}

#[test]
fn a_path_with_a_dot_part_is_refused() {
    assert_path_refused("./survey.toml");
}

#[test]
fn an_empty_path_is_refused() {
    assert_path_refused("");
}

/// Lists the pack's survey under another id or version, properly signed, and checks that the
/// refusal names what the manifest claims.
fn assert_survey_ref_refused(change: impl FnOnce(&mut survey::manifest::SurveyRef)) {
    let f = fixture();
    let mut m = manifest(&f);
    change(&mut m.survey);
    resign(&f, &m);
    let err = verify(&f, in_period()).err().unwrap();
    let claimed = format!(
        "the manifest names survey {} v{},",
        m.survey.id, m.survey.version
    );
    assert!(
        matches!(&err, SurveyError::Manifest(detail) if detail.starts_with(&claimed)),
        "{err}"
    );
}

// The collector knows a pack's survey by the manifest's id and version; a pack carrying another
// definition would have its responses read against questions they never answered.
#[test]
fn a_manifest_naming_another_survey_id_is_refused() {
    assert_survey_ref_refused(|s| s.id = "another-survey".into());
}

#[test]
fn a_manifest_naming_another_survey_version_is_refused() {
    assert_survey_ref_refused(|s| s.version += 1);
}

// A signature file that is there but unreadable points at the kiosk's storage, not at an
// unsigned pack; calling it missing would send whoever investigates the wrong way.
#[test]
fn an_unreadable_signature_is_an_io_error_not_a_missing_one() {
    let f = fixture();
    std::fs::remove_file(f.pack.join(SIGNATURE_FILE)).unwrap();
    std::fs::create_dir(f.pack.join(SIGNATURE_FILE)).unwrap();
    let err = verify(&f, in_period()).err().unwrap();
    assert!(
        matches!(&err, SurveyError::Io { path, .. } if path.ends_with(SIGNATURE_FILE)),
        "{err}"
    );
}

#[test]
fn an_unreadable_listed_file_is_an_io_error_not_a_missing_one() {
    let f = fixture();
    let clip = f.pack.join("audio/nb/q-age.ogg");
    std::fs::remove_file(&clip).unwrap();
    std::fs::create_dir(&clip).unwrap();
    let err = verify(&f, in_period()).err().unwrap();
    assert!(
        matches!(&err, SurveyError::Io { path, .. } if path == &clip),
        "{err}"
    );
}

#[test]
fn building_refuses_sources_with_a_missing_clip() {
    let f = fixture();
    std::fs::remove_file(f.root.join("audio/nb/finish-thanks.ogg")).unwrap();
    let out = f.root.join("out");
    let err = pack::build(&f.root, &f.key, &out).err().unwrap();
    assert!(
        matches!(&err, SurveyError::MissingClips { lang, .. } if lang == "nb"),
        "{err}"
    );
    assert!(!out.exists(), "nothing is written when the build fails");
}
