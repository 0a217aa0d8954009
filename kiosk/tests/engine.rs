//! The kiosk engine end to end on real SQLite files in temporary folders.

mod common;

use std::time::{Duration, Instant};

use common::*;
use kiosk::{Kiosk, KioskConfig, KioskError};
use survey::{Answer, Response};

/// Answers every question of a training-group participant, with `comment` as free text.
fn complete_training(kiosk: &mut Kiosk, language: &str, comment: &str) {
    kiosk.start_session(language, false).unwrap();
    let mut view = kiosk.accept_privacy().unwrap();
    while let Some(question) = view.question.clone() {
        let answer = match question.id.as_str() {
            "on-leave" => Answer::choice("no"),
            "group" => Answer::choice("group-training"),
            "anything-else" => Answer::choice(comment),
            "helps-learning" => Answer::Many(vec!["help-teacher".into(), "help-apps".into()]),
            _ => Answer::choice(question.options[0].value.clone()),
        };
        view = kiosk.answer(&question.id, answer).unwrap();
        if view.stage != "question" {
            break;
        }
    }
    assert_eq!(view.stage, "finished");
    kiosk.end_session();
}

/// Answers every question asked of a participant of `group`: the first option of each, except
/// that `branch` decides the answer that opens the conditional question, multiple choices take
/// every option, and the free text is `comment`, or skipped when `None`.
fn complete_as(kiosk: &mut Kiosk, group: &str, branch: bool, comment: Option<&str>) {
    kiosk.start_session("nb", false).unwrap();
    let mut view = kiosk.accept_privacy().unwrap();
    while let Some(question) = view.question.clone() {
        let answer = match question.id.as_str() {
            "on-leave" => Answer::choice("no"),
            "group" => Answer::choice(group),
            "had-work-practice" => Answer::choice(if branch { "yes" } else { "no" }),
            "anything-else" => match comment {
                Some(text) => Answer::choice(text),
                None => {
                    view = kiosk.skip(&question.id).unwrap();
                    continue;
                }
            },
            "helps-learning" => {
                Answer::Many(question.options.iter().map(|o| o.value.clone()).collect())
            }
            _ => Answer::choice(question.options[0].value.clone()),
        };
        view = kiosk.answer(&question.id, answer).unwrap();
    }
    assert_eq!(view.stage, "finished");
    kiosk.end_session();
}

#[test]
fn every_response_of_the_survey_seals_to_the_same_length() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let max_chars = kiosk
        .definition()
        .question("anything-else")
        .unwrap()
        .max_chars();
    // The costliest text the question takes: each character escapes to 6 bytes of JSON.
    let costliest = "\u{1}".repeat(max_chars);
    let widest_script = "😀".repeat(max_chars);
    let groups = kiosk.definition().groups().to_vec();
    let mut made = 0;
    for group in &groups {
        for branch in [false, true] {
            for comment in [
                None,
                Some(""),
                Some("kort"),
                Some(&costliest[..]),
                Some(&widest_script[..]),
            ] {
                complete_as(&mut kiosk, group, branch, comment);
                made += 1;
            }
        }
    }
    let padded = kiosk.definition().padded_response_bytes();
    let stored = kiosk.store().pending(1000).unwrap();
    assert_eq!(stored.len(), made);
    let sealed_len = stored[0].sealed.len();
    let mut seen_groups = std::collections::BTreeSet::new();
    let mut branches = std::collections::BTreeSet::new();
    for response in &stored {
        assert_eq!(
            response.sealed.len(),
            sealed_len,
            "every sealed response has one length"
        );
        let plaintext = age::decrypt(&demo_identity(), &response.sealed).unwrap();
        assert_eq!(plaintext.len(), padded);
        let opened: Response = serde_json::from_slice(&plaintext).unwrap();
        opened.validate(kiosk.definition()).unwrap();
        assert_eq!(opened.response_id, response.response_id);
        seen_groups.insert(opened.group);
        branches.insert(opened.answers.contains_key("work-practice-useful"));
    }
    assert_eq!(seen_groups.len(), groups.len());
    assert_eq!(
        branches.len(),
        2,
        "with and without the conditional question"
    );
    assert!(
        sealed_len < 64 * 1024,
        "a collector takes sealed responses up to 64 KiB"
    );
}

#[test]
fn a_completed_response_is_sealed_to_the_collector_and_opens_to_a_valid_response() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    complete_training(&mut kiosk, "ar", "شكرا");
    assert_eq!(kiosk.status().unwrap().responses.pending, 1);

    let pending = kiosk.store().pending(10).unwrap();
    let stored = &pending[0];
    let sealed = &stored.sealed;
    let plaintext = age::decrypt(&demo_identity(), sealed).unwrap();
    assert_eq!(plaintext.len(), kiosk.definition().padded_response_bytes());
    let response: Response = serde_json::from_slice(&plaintext).unwrap();
    assert_eq!(response.response_id, stored.response_id);
    assert_eq!(response.completed_on, stored.completed_on);
    assert_eq!(response.language, "ar");
    assert_eq!(response.group, "group-training");
    assert_eq!(response.completed_on, open_day());
    assert_eq!(response.answers["anything-else"], Answer::choice("شكرا"));
    response.validate(kiosk.definition()).unwrap();

    let mut tampered = sealed.clone();
    let last = tampered.len() - 1;
    tampered[last] ^= 1;
    assert!(age::decrypt(&demo_identity(), &tampered).is_err());
}

#[test]
fn no_answer_is_readable_anywhere_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let marker = "MARKER-7f3a9c-free-text";
    {
        let mut kiosk = kiosk_in(dir.path());
        for n in 0..5 {
            complete_training(&mut kiosk, "nb", &format!("{marker} {n}"));
        }
        // A session abandoned half way must leave nothing either.
        kiosk.start_session("nb", false).unwrap();
        kiosk.accept_privacy().unwrap();
        kiosk.answer("on-leave", Answer::choice("no")).unwrap();
        kiosk.end_session();
        // Look while the database is open too, WAL and all. The pack's own files name the
        // questions and options, so only the marker is looked for there.
        for (path, bytes) in all_files(dir.path()) {
            let in_pack = path.starts_with(dir.path().join("packs"));
            let needles: &[&[u8]] = if in_pack {
                &[marker.as_bytes()]
            } else {
                &[
                    marker.as_bytes(),
                    b"\"answers\"",
                    b"group-training",
                    b"\"completed_on\"",
                    b"age-18-25",
                ]
            };
            for needle in needles {
                assert!(
                    !contains(&bytes, needle),
                    "{} holds {:?}",
                    path.display(),
                    String::from_utf8_lossy(needle)
                );
            }
        }
    }
    for (path, bytes) in all_files(dir.path()) {
        assert!(!contains(&bytes, marker.as_bytes()), "{}", path.display());
    }
}

#[test]
fn practice_mode_runs_the_same_flow_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    kiosk.start_session("en", true).unwrap();
    let mut view = kiosk.accept_privacy().unwrap();
    assert!(view.practice);
    while let Some(question) = view.question.clone() {
        let answer = match question.id.as_str() {
            "on-leave" => Answer::choice("no"),
            "helps-learning" => Answer::Many(vec!["help-media".into()]),
            "anything-else" => Answer::choice("practice"),
            _ => Answer::choice(question.options[0].value.clone()),
        };
        view = kiosk.answer(&question.id, answer).unwrap();
        if view.stage != "question" {
            break;
        }
    }
    assert_eq!(view.stage, "finished");
    assert_eq!(kiosk.status().unwrap().responses.pending, 0);
    assert!(kiosk.store().response_ids().unwrap().is_empty());
}

#[test]
fn screened_out_participants_store_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    kiosk.start_session("so", false).unwrap();
    kiosk.accept_privacy().unwrap();
    let view = kiosk.answer("on-leave", Answer::choice("yes")).unwrap();
    assert_eq!(view.stage, "screened_out");
    assert_eq!(kiosk.status().unwrap().responses.pending, 0);
}

#[test]
fn outside_the_survey_period_no_session_starts_but_practice_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = KioskConfig::new(dir.path().to_owned());
    config.today = Some(chrono::NaiveDate::from_ymd_opt(2026, 10, 9).unwrap());
    let mut kiosk = Kiosk::open(config).unwrap();
    let err = kiosk.start_session("nb", false).unwrap_err();
    assert!(matches!(err, KioskError::SurveyClosed { .. }));
    assert_eq!(err.code(), "error-survey-closed");
    assert!(err.to_string().contains("2026-10-10"), "{err}");
    assert!(!kiosk.status().unwrap().survey_open_today);
    kiosk.start_session("nb", true).unwrap();
}

#[test]
fn an_idle_session_is_discarded_with_its_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = KioskConfig::new(dir.path().to_owned());
    config.today = Some(open_day());
    config.idle_timeout = Duration::from_secs(120);
    let mut kiosk = Kiosk::open(config).unwrap();
    kiosk.start_session("nb", false).unwrap();
    kiosk.accept_privacy().unwrap();
    kiosk.answer("on-leave", Answer::choice("no")).unwrap();
    assert!(!kiosk.discard_if_idle(Instant::now() + Duration::from_secs(60)));
    assert!(kiosk.discard_if_idle(Instant::now() + Duration::from_secs(121)));
    assert!(matches!(kiosk.view(), Err(KioskError::NoSession)));
    assert_eq!(kiosk.status().unwrap().responses.pending, 0);
    kiosk.start_session("nb", false).unwrap();
}

#[test]
fn back_returns_to_the_previous_question_with_its_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    kiosk.start_session("nb", false).unwrap();
    kiosk.accept_privacy().unwrap();
    let view = kiosk.answer("on-leave", Answer::choice("no")).unwrap();
    assert_eq!(view.question.as_ref().unwrap().id, "group");
    let view = kiosk.back().unwrap();
    let question = view.question.unwrap();
    assert_eq!(question.id, "on-leave");
    assert_eq!(question.answer, Some(Answer::choice("no")));
    assert_eq!(
        question.text,
        "Har du permisjon fra opplæringen eller programmet ditt nå?"
    );
    assert_eq!(kiosk.back().unwrap().stage, "privacy");
}

#[test]
fn the_built_in_pack_is_installed_once_and_reinstalled_when_tampered() {
    let dir = tempfile::tempdir().unwrap();
    drop(kiosk_in(dir.path()));
    let pack = dir.path().join("packs/imdi-demo-v1");
    let clip = pack.join("audio/nb/q-age.ogg");
    std::fs::write(&clip, b"tampered").unwrap();
    let kiosk = kiosk_in(dir.path());
    assert_eq!(kiosk.status().unwrap().pack_version, 1);
    assert_ne!(
        std::fs::read(&clip).unwrap(),
        b"tampered",
        "the verified pack is back"
    );
}

#[test]
fn a_refused_pack_leaves_the_current_one_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let bad = tempfile::tempdir().unwrap();
    let current = dir.path().join("packs/imdi-demo-v1");
    for (path, bytes) in all_files(&current) {
        let rel = path.strip_prefix(&current).unwrap();
        let target = bad.path().join(rel);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
    std::fs::write(bad.path().join("survey.toml"), b"id = \"evil\"").unwrap();
    let err = kiosk.install_pack(bad.path()).unwrap_err();
    assert_eq!(err.code(), "error-pack-invalid");
    assert_eq!(kiosk.status().unwrap().pack_id, "imdi-demo");
    kiosk.start_session("nb", false).unwrap();
    assert!(!dir.path().join("packs").read_dir().unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with(".staging")));
}

#[test]
fn fill_completes_varied_valid_responses() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let mut rng = kiosk::fill::Rng::new(7);
    let mut languages = std::collections::BTreeSet::new();
    let mut groups = std::collections::BTreeSet::new();
    for _ in 0..40 {
        kiosk::fill::complete_one(&mut kiosk, &mut rng).unwrap();
    }
    for stored in kiosk.store().pending(100).unwrap() {
        let response: Response =
            serde_json::from_slice(&age::decrypt(&demo_identity(), &stored.sealed).unwrap())
                .unwrap();
        response.validate(kiosk.definition()).unwrap();
        languages.insert(response.language);
        groups.insert(response.group);
    }
    assert_eq!(groups.len(), 3);
    assert!(languages.len() > 10);
}

#[test]
fn fill_with_a_group_answers_every_question_of_that_group() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    let mut rng = kiosk::fill::Rng::new(3);
    for _ in 0..5 {
        kiosk::fill::complete_one_as(&mut kiosk, &mut rng, Some("group-both")).unwrap();
    }
    for stored in kiosk.store().pending(10).unwrap() {
        let response: Response =
            serde_json::from_slice(&age::decrypt(&demo_identity(), &stored.sealed).unwrap())
                .unwrap();
        assert_eq!(response.group, "group-both");
        assert!(response.answers.contains_key("work-practice-useful"));
        assert!(
            response.answers.contains_key("motivated")
                && response.answers.contains_key("know-goal")
        );
    }
}
