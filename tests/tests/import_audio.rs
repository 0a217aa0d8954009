//! Recordings in place of synthetic clips (`survey-pack import-audio`): recordings with known
//! faults (two seconds of silence at each end, 12 dB too quiet, one too loud), made here with
//! ffmpeg, come out trimmed and at -16 LUFS, the pack lists them with their hashes and as
//! recorded, the coverage report names what is still synthetic, and a kiosk's engine installs
//! the pack and plays the recorded clip. Each refusal of a wrongly named recording has its test.

use std::path::Path;
use std::process::Command;

use end_to_end::*;
use survey::recordings::{self, TARGET_LUFS};

/// Pink noise stands in for a voice: steady loudness, so the level it was made at is known.
fn make_recording(out: &Path, gain_db: f64) {
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let status = Command::new("ffmpeg")
        .args(["-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i"])
        .arg(format!(
            "anoisesrc=color=pink:duration=1.5:amplitude=0.2:seed=7,volume={gain_db}dB,\
             adelay=2000,apad=pad_dur=2"
        ))
        .args(["-ar", "44100", "-ac", "1"])
        .arg(out)
        .status()
        .expect("ffmpeg is installed by `cargo xtask test`");
    assert!(status.success());
}

fn duration(file: &Path) -> f64 {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "csv=p=0",
        ])
        .arg(file)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

/// Integrated loudness by ffmpeg's EBU R128 meter.
fn loudness(file: &Path) -> f64 {
    let out = Command::new("ffmpeg")
        .args(["-nostdin", "-hide_banner", "-nostats", "-i"])
        .arg(file)
        .args(["-af", "ebur128", "-f", "null", "-"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    let summary = &text[text.rfind("Summary:").expect("a loudness summary")..];
    let line = summary
        .lines()
        .find(|l| l.trim_start().starts_with("I:"))
        .unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn recordings_come_out_trimmed_at_one_loudness_listed_in_the_pack_and_played_by_a_kiosk() {
    let root = tempfile::tempdir().unwrap();
    let root = root.path();
    for folder in ["content", "locales", "audio"] {
        copy_dir(&repo().join(folder), &root.join(folder));
    }
    copy_dir(&demo_keys(), &root.join("demo-keys-NOT-FOR-PRODUCTION"));
    let recordings = tempfile::tempdir().unwrap();
    let dir = recordings.path();
    // (recording, its clip, its level against a right one)
    let faults = [
        ("nb/q-age.wav", "audio/nb/q-age.ogg", 0.0),
        ("nb/answer-yes.mp3", "audio/nb/answer-yes.ogg", -12.0),
        ("ar/answer-no.m4a", "audio/ar/answer-no.ogg", 14.0),
        ("ar/q-age.ogg", "audio/ar/q-age.ogg", 0.0),
    ];
    for (recording, _, gain) in faults {
        make_recording(&dir.join(recording), gain);
    }
    let before = loudness(&dir.join("nb/answer-yes.mp3"));

    let recorded = recordings::import(root, dir).unwrap();
    assert_eq!(recorded["nb"].len(), 2);
    assert_eq!(recorded["ar"].len(), 2);
    for (recording, clip, _) in faults {
        let clip = root.join(clip);
        let length = duration(&clip);
        assert!(
            (1.35..=1.65).contains(&length),
            "{recording}: {length} s after trimming, not 1.5"
        );
        let lufs = loudness(&clip);
        assert!(
            (lufs - TARGET_LUFS).abs() <= 1.0,
            "{recording}: {lufs} LUFS, not within 1 LU of {TARGET_LUFS}"
        );
    }
    assert!(
        before < TARGET_LUFS - 8.0,
        "the quiet one was quiet: {before}"
    );

    let report = std::fs::read_to_string(root.join(recordings::COVERAGE_REPORT)).unwrap();
    let line = |lang: &str| {
        report
            .lines()
            .find(|l| l.starts_with(&format!("{lang}: ")))
            .unwrap()
            .to_owned()
    };
    let nb = line("nb");
    assert!(nb.starts_with("nb: 2 of "), "{nb}");
    assert!(nb.contains("synthetic (espeak-ng voice nb): "), "{nb}");
    assert!(
        nb.contains(" answer-no,") && !nb.contains("answer-yes") && !nb.contains("q-age"),
        "{nb}"
    );
    assert!(line("fa").contains("; all synthetic"), "{}", line("fa"));

    let pack = root.join("pack");
    let key = survey::PackSigningKey::from_file(&demo_keys().join("pack-signing-key.txt")).unwrap();
    let options = survey::pack::BuildOptions {
        web_audio_cache: Some(web_audio_cache()),
    };
    let manifest = survey::pack::build_with(root, &key, &pack, &options).unwrap();
    for (_, clip, _) in faults {
        let bytes = std::fs::read(root.join(clip)).unwrap();
        let entry = manifest.file(clip).unwrap();
        assert_eq!(entry.sha256, survey::pack::sha256_hex(&bytes), "{clip}");
        let mp3 = format!("web/{}", clip.replace(".ogg", ".mp3"));
        let web = manifest.web_file(&mp3).unwrap();
        let web_bytes = std::fs::read(pack.join(&mp3)).unwrap();
        assert_eq!(web.sha256, survey::pack::sha256_hex(&web_bytes), "{mp3}");
    }
    assert_eq!(manifest.recorded["nb"], ["answer-yes", "q-age"]);
    let options = survey::pack::VerifyOptions {
        today: open_day(),
        installed_version: None,
    };
    survey::pack::verify(&pack, &pack_public_key(), options).unwrap();

    let kiosk_dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(kiosk_dir.path());
    kiosk.install_pack(&pack).unwrap();
    let played = kiosk.clip_path("nb", "q-age").unwrap();
    assert_eq!(
        std::fs::read(played).unwrap(),
        std::fs::read(root.join("audio/nb/q-age.ogg")).unwrap()
    );
}

fn refusal(recording: &str) -> String {
    let recordings = tempfile::tempdir().unwrap();
    let path = recordings.path().join(recording);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, b"not looked at").unwrap();
    // Refused before anything is encoded or written: the repository itself is the source.
    recordings::import(&repo(), recordings.path())
        .unwrap_err()
        .to_string()
}

#[test]
fn a_recording_in_a_folder_of_no_language_is_refused() {
    let err = refusal("xx/q-age.wav");
    assert!(
        err.contains("is not a folder named by one of the pack's languages"),
        "{err}"
    );
}

#[test]
fn a_recording_named_by_no_message_is_refused() {
    let err = refusal("nb/q-shoe-size.wav");
    assert!(
        err.contains("is not named by a message id of the survey"),
        "{err}"
    );
}

#[test]
fn a_recording_of_another_format_is_refused() {
    let err = refusal("nb/q-age.flac");
    assert!(err.contains("is not a WAV, MP3, Ogg or M4A file"), "{err}");
}
