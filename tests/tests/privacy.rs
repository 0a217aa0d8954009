//! The promise made to every participant, checked as an attacker would try to break it: the
//! online collector can open nothing it holds, and during the survey nobody who saves every
//! page it can reach, before and after a response arrives, learns more than that a response
//! arrived.

use std::path::Path;
use std::process::Command;

use end_to_end::*;
use kiosk::Kiosk;
use survey::Answer;

/// Every page an anonymous client can reach, and the contact's own page.
fn snapshot(collector: &Collector, key: &str) -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = [
        "/",
        "/national",
        "/metrics",
        "/healthz",
        "/results/0301",
        "/results/4601",
        "/v1/pack/manifest.json",
    ]
    .into_iter()
    .map(|path| {
        let page = body(&http_get(&collector.url, path));
        (path.to_owned(), without_form_token(&page))
    })
    .collect();
    let contact = post_results_key(&collector.url, "0301", key);
    // The page carries the form's token and the contact's own key for its download: both are
    // the visitor's, not figures.
    let contact = without_form_token(&body(&contact)).replace(key, "KEY");
    pages.push(("contact's page".into(), contact));
    pages
}

/// The body of a reply, without headers (their date changes by the second).
fn body(reply: &str) -> String {
    reply
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default()
}

/// The page with every number replaced by '#': what is left is what a page says besides
/// counts.
fn shape(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut in_number = false;
    for c in page.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                out.push('#');
            }
            in_number = true;
        } else {
            in_number = false;
            out.push(c);
        }
    }
    out
}

fn numbers(page: &str) -> Vec<u64> {
    page.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect()
}

#[test]
fn pages_saved_before_and_after_a_response_arrives_tell_only_that_one_arrived() {
    let collector = Collector::start();
    let oslo_code = collector.add_municipality("0301", "Oslo");
    let bergen_code = collector.add_municipality("4601", "Bergen");
    let key = collector
        .state
        .db
        .lock()
        .unwrap()
        .add_contact("0301", "Kari", "kari@example.org")
        .unwrap();
    // Oslo has 12 responses; then one more arrives, for Oslo or for Bergen.
    let oslo_dir = tempfile::tempdir().unwrap();
    let mut oslo = kiosk_in(oslo_dir.path());
    oslo.enrol(Some(&collector.url), &oslo_code).unwrap();
    fill(&mut oslo, 12, 1);
    oslo.sync(&quick_retries(50), &mut |_| {}).unwrap();
    let bergen_dir = tempfile::tempdir().unwrap();
    let mut bergen = kiosk_in(bergen_dir.path());
    bergen.enrol(Some(&collector.url), &bergen_code).unwrap();

    let labels = option_labels(&collector.state.pack);
    for (kiosk, arrives_in) in [(&mut bergen, "Bergen"), (&mut oslo, "Oslo")] {
        let before = snapshot(&collector, &key);
        fill(kiosk, 1, 99);
        kiosk.sync(&quick_retries(50), &mut |_| {}).unwrap();
        let after = snapshot(&collector, &key);
        for ((path, before), (_, after)) in before.iter().zip(&after) {
            assert_eq!(
                shape(before),
                shape(after),
                "{path} says something new besides counts when a response arrives in {arrives_in}"
            );
            // Whatever moved is a count that grew by one response (or a rounded count).
            for (b, a) in numbers(before).iter().zip(numbers(after)) {
                assert!(
                    a == *b || a == b + 1 || (a % 10 == 0 && a.abs_diff(*b) <= 10),
                    "{path}: {b} became {a}"
                );
            }
            assert!(!after.contains("<svg"), "{path} shows a chart");
            for label in &labels {
                assert!(
                    !after.contains(&format!(">{label}<")),
                    "{path} shows the answer option {label:?}"
                );
            }
            assert!(
                !after.contains("municipality=\""),
                "{path} counts per municipality"
            );
        }
        // The contact's own page counts up to the end of yesterday, so it does not move within
        // the day whoever's response arrives: it cannot tell when one did.
        let contact = |pages: &[(String, String)]| pages.last().unwrap().1.clone();
        assert_eq!(
            contact(&before),
            contact(&after),
            "the contact page moved the day a response arrived in {arrives_in}"
        );
    }
}

/// Answers one response with the first option everywhere and `free_text` in the free-text
/// question.
fn answer_with(kiosk: &mut Kiosk, free_text: &str) {
    kiosk.start_session("nb", false).unwrap();
    let mut view = kiosk.accept_privacy().unwrap();
    while let Some(question) = view.question.take() {
        let answer = match question.id.as_str() {
            "on-leave" => Answer::choice("no"),
            "group" => Answer::choice("group-both"),
            _ if question.options.is_empty() => Answer::choice(free_text),
            _ => Answer::choice(question.options[0].value.clone()),
        };
        let answer = match question.kind {
            survey::QuestionKind::Multiple => Answer::Many(vec![question.options[0].value.clone()]),
            _ => answer,
        };
        view = kiosk.answer(&question.id, answer).unwrap();
        if view.stage != "question" {
            break;
        }
    }
    assert_eq!(view.stage, "finished");
    kiosk.end_session();
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn every_file(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(every_file(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_collector_data_folder_never_holds_a_secret_key_or_an_opened_answer() {
    let marker = "MARKER-c41e-free-text";
    let owner = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let identity = owner.path().join("survey-identity.txt");
    let run = |program: std::path::PathBuf, args: &[&str]| {
        let output = Command::new(&program).args(args).output().unwrap();
        assert!(
            output.status.success(),
            "{} {args:?}: {}",
            program.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let data_arg = data.path().to_str().unwrap();
    // The owner makes the identity on their own machine; the server gets the recipient only.
    let recipient = run(
        workspace_binary("survey-publish"),
        &["keygen", "--out", identity.to_str().unwrap()],
    );
    run(
        collector_binary(),
        &[
            "--data-dir",
            data_arg,
            "init",
            "--recipient",
            recipient.trim(),
        ],
    );
    assert!(recipient.trim().starts_with("age1"));
    // A pack that seals to this new recipient, as the owner would build for the year; the
    // kiosk fetches it at its first sync.
    let pack = tempfile::tempdir().unwrap().keep().join("pack");
    build_pack_v2_sealing_to(&pack, Some(recipient.trim()));
    let code = collector::db::Db::open(data.path())
        .unwrap()
        .add_municipality("0301", "Oslo")
        .unwrap();
    let server = CollectorProcess::start_serving(data.path(), &pack);
    let kiosk_dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(kiosk_dir.path());
    kiosk.enrol(Some(&server.url), &code).unwrap();
    let first = kiosk.sync(&quick_retries(50), &mut |_| {}).unwrap();
    assert_eq!(first.pack_updated, Some(2));
    for _ in 0..12 {
        answer_with(&mut kiosk, marker);
    }
    let report = kiosk.sync(&quick_retries(50), &mut |_| {}).unwrap();
    assert_eq!(report.remaining, 0);
    server.kill();

    let out = owner.path().join("published");
    let published = run(
        workspace_binary("survey-publish"),
        &[
            "--collector-data",
            data_arg,
            "--identity",
            identity.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--pack",
            pack.to_str().unwrap(),
            "--pack-public-key",
            demo_keys().join("pack-signing-key.pub").to_str().unwrap(),
            "--today",
            &publishing_day().to_string(),
        ],
    );
    assert!(published.contains("0301 Oslo: 12 responses"), "{published}");
    // The analysts' files have the free text, written beside the identity, not into the
    // collector's folder; since issue #18 in a file of its own, never beside a row's columns.
    let microdata = std::fs::read_to_string(out.join("responses.csv")).unwrap();
    assert!(!microdata.contains(marker));
    let free_text = std::fs::read_to_string(out.join("free-text-anything-else.csv")).unwrap();
    assert!(free_text.starts_with("text\n") && free_text.contains(marker));

    let needles: [&[u8]; 4] = [
        b"AGE-SECRET-KEY",
        marker.as_bytes(),
        b"\"answers\"",
        b"{\"on-leave\"",
    ];
    let files = every_file(data.path());
    assert!(files.iter().any(|f| f.ends_with("collector.sqlite")));
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        for needle in needles {
            assert!(
                !contains(&bytes, needle),
                "{} holds {:?}",
                file.display(),
                String::from_utf8_lossy(needle)
            );
        }
    }
}

/// Every reachable page with the one thing that differs between two collectors by chance (the
/// random kiosk ids a contact sees) blanked.
fn comparable(collector: &Collector, key: &str) -> Vec<(String, String)> {
    let ids: Vec<String> = collector
        .state
        .db
        .lock()
        .unwrap()
        .kiosks()
        .unwrap()
        .into_iter()
        .map(|k| k.id[..8].to_owned())
        .collect();
    snapshot(collector, key)
        .into_iter()
        .map(|(path, mut page)| {
            for id in &ids {
                page = page.replace(id, "KIOSK");
            }
            (path, page)
        })
        .collect()
}

#[test]
fn two_different_answers_arriving_leave_the_same_pages() {
    // Two collectors with the same municipality, contact and kiosk, each receiving 13 responses
    // with other answers, languages and groups (other seeds; the last of another group). Every
    // page must come out the same, byte for byte: what arrived changes nothing but counts.
    let world = |group: &str, seed: u64| {
        let collector = Collector::start();
        let code = collector.add_municipality("0301", "Oslo");
        let key = collector
            .state
            .db
            .lock()
            .unwrap()
            .add_contact("0301", "Kari", "kari@example.org")
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut kiosk = kiosk_in(dir.path());
        kiosk.enrol(Some(&collector.url), &code).unwrap();
        fill(&mut kiosk, 12, seed);
        let mut rng = kiosk::fill::Rng::new(seed);
        kiosk::fill::complete_one_as(&mut kiosk, &mut rng, Some(group)).unwrap();
        kiosk.sync(&quick_retries(50), &mut |_| {}).unwrap();
        let pages = comparable(&collector, &key);
        (collector, dir, pages)
    };
    let (_a, _dir_a, training) = world("group-training", 1);
    let (_b, _dir_b, both) = world("group-both", 2);
    for ((path, a), (_, b)) in training.iter().zip(&both) {
        assert_eq!(a, b, "{path} differs with what was answered");
    }
}
