//! Results end to end: sealed responses in a real collector, opened with its identity, shown to
//! contact persons over real HTTP only when enough answered, with small subgroups suppressed so
//! that no subtraction of published figures reveals them.

use std::path::PathBuf;

use chrono::NaiveDate;
use collector::api::ServeConfig;
use collector::db::NewResponse;
use collector::results::{self, stats::Distribution, MunicipalityResults};
use end_to_end::*;
use survey::answers::{Answers, RESPONSE_FORMAT};
use survey::{routing, Answer, QuestionKind, Response};

const K: u64 = 10;

/// Seals and stores `count` valid responses of one group and language; `tone` picks the answers
/// so that groups can differ.
fn add_responses(
    collector: &Collector,
    municipality: &str,
    group: &str,
    language: &str,
    count: usize,
    tone: usize,
) {
    let definition = &collector.state.pack.definition;
    let recipient: sync::Recipient =
        std::fs::read_to_string(demo_keys().join("collector-recipient.txt"))
            .unwrap()
            .parse()
            .unwrap();
    let mut sealed = Vec::new();
    for n in 0..count {
        let mut answers = Answers::new();
        answers.insert("on-leave".into(), Answer::choice("no"));
        answers.insert("group".into(), Answer::choice(group));
        for question in routing::questions_to_ask(definition, &answers)
            .into_iter()
            .skip(2)
        {
            let values = question.answer_values();
            let answer = match question.kind {
                QuestionKind::FreeText => {
                    Answer::choice(format!("free text {n} must never be shown"))
                }
                QuestionKind::Multiple => {
                    Answer::Many(vec![values[(tone + n) % values.len()].to_owned()])
                }
                _ => Answer::choice(values[(tone + n) % values.len()]),
            };
            answers.insert(question.id.clone(), answer);
        }
        // Conditional questions may have appeared with the answers above: fill them in too.
        for question in routing::questions_to_ask(definition, &answers) {
            answers
                .entry(question.id.clone())
                .or_insert_with(|| Answer::choice(question.answer_values()[0]));
        }
        let response = Response {
            format: RESPONSE_FORMAT,
            response_id: format!("{municipality}-{group}-{language}-{tone}-{n}"),
            survey_id: definition.id.clone(),
            survey_version: definition.version,
            language: language.into(),
            group: group.into(),
            completed_on: open_day(),
            answers,
        };
        response.validate(definition).unwrap();
        let bytes = sync::seal(&recipient, &serde_json::to_vec(&response).unwrap()).unwrap();
        sealed.push((response, bytes));
    }
    let rows: Vec<NewResponse<'_>> = sealed
        .iter()
        .map(|(r, bytes)| NewResponse {
            response_id: &r.response_id,
            survey_id: &r.survey_id,
            survey_version: r.survey_version,
            completed_on: r.completed_on,
            sealed: bytes,
        })
        .collect();
    collector
        .state
        .db
        .lock()
        .unwrap()
        .insert_responses(municipality, &rows)
        .unwrap();
}

fn with_contact(collector: &Collector, number: &str, name: &str) -> String {
    collector.add_municipality(number, name);
    collector
        .state
        .db
        .lock()
        .unwrap()
        .add_contact(number, "Kari Nordmann", "kari@example.org")
        .unwrap()
}

fn post_key(url: &str, municipality: &str, key: &str) -> String {
    let body = format!("key={key}");
    http_raw(
        url,
        &format!(
            "POST /results/{municipality} HTTP/1.1\r\nHost: test\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
}

fn open_and_report(collector: &Collector, municipality: &str) -> MunicipalityResults {
    let mut db = collector.state.db.lock().unwrap();
    let identity = collector::identity::load(collector.data_dir.path()).unwrap();
    results::opening::open_pending(&mut db, &identity, &collector.state.pack.definition).unwrap();
    results::municipality_results(&db, &collector.state.pack, municipality, K).unwrap()
}

#[test]
fn nine_responses_show_nothing_and_ten_show_bar_charts() {
    let collector = Collector::start();
    let key = with_contact(&collector, "0301", "Oslo");
    add_responses(&collector, "0301", "group-both", "nb", 9, 0);
    let page = post_key(&collector.url, "0301", &key);
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("Det trengs 1 svar til"), "{page}");
    assert!(!page.contains("<svg"));
    assert!(!page.contains("free text"));

    add_responses(&collector, "0301", "group-both", "ar", 1, 3);
    let page = post_key(&collector.url, "0301", &key);
    assert!(page.contains("10 deltakere har svart"), "{page}");
    // Everyone answered every question but the conditional one (about half had work practice).
    let charts = page.matches("<svg").count();
    let questions = results::stats::reported_questions(&collector.state.pack).len();
    assert_eq!(
        charts,
        questions - 1,
        "one chart per question answered by ten or more"
    );
    assert_eq!(
        page.matches("For få har svart på dette spørsmålet").count(),
        1
    );
    assert!(
        !page.contains("free text"),
        "free text is never shown to municipalities"
    );
    assert!(!page.contains("<script"));
}

#[test]
fn the_report_command_refuses_below_the_threshold_and_writes_the_page_above_it() {
    let collector = Collector::start();
    collector.add_municipality("1103", "Stavanger");
    add_responses(&collector, "1103", "group-both", "so", 9, 1);
    let out = tempfile::tempdir().unwrap();
    let run = || {
        std::process::Command::new(collector_binary())
            .arg("--data-dir")
            .arg(collector.data_dir.path())
            .args([
                "report",
                "--municipality",
                "1103",
                "--today",
                "2026-11-02",
                "--out",
            ])
            .arg(out.path().join("report.html"))
            .arg("--pack")
            .arg(demo_pack())
            .arg("--pack-public-key")
            .arg(demo_keys().join("pack-signing-key.pub"))
            .output()
            .unwrap()
    };
    let refused = run();
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("1 more are needed"),
        "{refused:?}"
    );
    assert!(!out.path().join("report.html").exists());
    add_responses(&collector, "1103", "group-both", "so", 1, 2);
    let written = run();
    assert!(written.status.success(), "{written:?}");
    let html = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    assert!(html.contains("<svg") && html.contains("Stavanger"));
}

/// Everything a reader can compute by adding and subtracting published distributions of one
/// question: returns a combination that covers between 1 and K-1 respondents, if any.
fn disclosure(published: &[&Distribution]) -> Option<(i64, Vec<i64>)> {
    let n = published.len();
    for code in 1..3usize.pow(n as u32) {
        let mut c = code;
        let mut respondents = 0i64;
        let mut options = vec![0i64; published[0].options.len()];
        for distribution in published {
            let coefficient = (c % 3) as i64 - 1;
            c /= 3;
            respondents += coefficient * distribution.respondents as i64;
            for (slot, (_, count)) in options.iter_mut().zip(&distribution.options) {
                *slot += coefficient * *count as i64;
            }
        }
        if (1..K as i64).contains(&respondents) && options.iter().all(|o| *o >= 0) {
            return Some((respondents, options));
        }
    }
    None
}

#[test]
fn small_subgroups_are_hidden_and_cannot_be_worked_out_by_subtraction() {
    let collector = Collector::start();
    collector.add_municipality("4601", "Bergen");
    // Group "both" has 3 respondents; group "introduction" answered only in English, so a naive
    // language table would hand "both" to anyone subtracting.
    add_responses(&collector, "4601", "group-training", "nb", 15, 0);
    add_responses(&collector, "4601", "group-introduction", "en", 12, 1);
    add_responses(&collector, "4601", "group-both", "nb", 3, 2);
    let MunicipalityResults::Ready {
        questions,
        responses,
        ..
    } = open_and_report(&collector, "4601")
    else {
        panic!("30 responses are enough")
    };
    assert_eq!(responses, 30);
    let pack = &collector.state.pack;
    let both_label = results::stats::label(pack, "opt-group-both");
    for question in &questions {
        let Some(overall) = question.overall.as_ref() else {
            continue; // fewer than K answered it (a conditional question): nothing shown
        };
        let mut published: Vec<&Distribution> = vec![overall];
        published.extend(question.by_group.iter().map(|(_, d)| d));
        published.extend(question.by_language.iter().map(|(_, d)| d));
        assert!(
            published.iter().all(|d| d.respondents >= K),
            "{}: a small part is shown",
            question.id
        );
        assert!(
            !question
                .by_group
                .iter()
                .any(|(label, _)| *label == both_label),
            "{}",
            question.id
        );
        assert_eq!(
            disclosure(&published),
            None,
            "{}: a hidden subgroup can be worked out",
            question.id
        );
    }

    // The same attack on naive tables (every group and language shown) does find the 3.
    let rows =
        results::stats::load_rows(&collector.state.db.lock().unwrap(), Some("4601")).unwrap();
    let question = pack.definition.question("motivated").unwrap();
    let part = |keep: &dyn Fn(&results::stats::Row) -> bool| {
        let members: Vec<&results::stats::Row> = rows
            .iter()
            .filter(|r| keep(r) && r.answers.contains_key("motivated"))
            .collect();
        results::stats::distribution(pack, question, &members)
    };
    let naive = [
        part(&|_| true),
        part(&|r| r.group == "group-training"),
        part(&|r| r.language == "nb"),
    ];
    let found = disclosure(&naive.iter().collect::<Vec<_>>());
    assert_eq!(
        found.map(|f| f.0),
        Some(3),
        "the attack works on unsuppressed tables"
    );
}

#[test]
fn a_contact_person_of_another_municipality_is_refused() {
    let collector = Collector::start();
    let _oslo = with_contact(&collector, "0301", "Oslo");
    let bergen = with_contact(&collector, "4601", "Bergen");
    add_responses(&collector, "0301", "group-training", "nb", 12, 0);
    let page = post_key(&collector.url, "0301", &bergen);
    assert!(page.starts_with("HTTP/1.1 403"), "{page}");
    assert!(page.contains("annen kommune"));
    assert!(!page.contains("<svg"));
}

#[test]
fn wrong_results_keys_are_throttled() {
    let collector = Collector::start();
    let key = with_contact(&collector, "0301", "Oslo");
    let contact = key.split('-').next().unwrap();
    for _ in 0..collector::throttle::FREE_FAILURES {
        let page = post_key(
            &collector.url,
            "0301",
            &format!("{contact}-WRNG-WRNG-WRNG-WRNG-WRNG"),
        );
        assert!(page.starts_with("HTTP/1.1 401"), "{page}");
    }
    let page = post_key(&collector.url, "0301", &key);
    assert!(
        page.starts_with("HTTP/1.1 429"),
        "even the right key waits: {page}"
    );
    assert!(page.to_lowercase().contains("retry-after"));
}

#[test]
fn results_close_on_the_first_of_october_after_the_survey() {
    let on = |day: NaiveDate| {
        Collector::start_with(ServeConfig {
            today: Some(day),
            ..ServeConfig::default()
        })
    };
    let last_day = on(NaiveDate::from_ymd_opt(2027, 10, 1).unwrap());
    let key = with_contact(&last_day, "0301", "Oslo");
    assert!(post_key(&last_day.url, "0301", &key).starts_with("HTTP/1.1 200"));
    let after = on(NaiveDate::from_ymd_opt(2027, 10, 2).unwrap());
    let key = with_contact(&after, "0301", "Oslo");
    let page = post_key(&after.url, "0301", &key);
    assert!(page.starts_with("HTTP/1.1 410"), "{page}");
    assert!(page.contains("2027-10-01"));
}

#[test]
fn a_response_that_cannot_be_opened_is_counted_listed_and_the_rest_still_show() {
    let collector = Collector::start();
    let key = with_contact(&collector, "0301", "Oslo");
    add_responses(&collector, "0301", "group-training", "nb", 10, 0);
    let garbage = NewResponse {
        response_id: "broken-1",
        survey_id: &collector.state.pack.survey_id,
        survey_version: collector.state.pack.survey_version,
        completed_on: open_day(),
        sealed: b"age-encryption.org/v1\nnot really",
    };
    collector
        .state
        .db
        .lock()
        .unwrap()
        .insert_responses("0301", &[garbage])
        .unwrap();
    let page = post_key(&collector.url, "0301", &key);
    assert!(page.contains("10 deltakere har svart"), "{page}");
    let db = collector.state.db.lock().unwrap();
    let unopened = results::opening::unopened(&db).unwrap();
    assert_eq!(unopened.len(), 1);
    assert_eq!(unopened[0].0, "broken-1");
    assert!(
        unopened[0].2.contains("cannot be opened"),
        "{:?}",
        unopened[0]
    );
    assert_eq!(
        db.response_count().unwrap(),
        11,
        "the broken response stays stored"
    );
}

#[test]
fn the_national_page_and_the_export() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    collector.add_municipality("4601", "Bergen");
    add_responses(&collector, "0301", "group-training", "nb", 12, 0);
    add_responses(&collector, "4601", "group-both", "ti", 4, 1);
    let page = http_raw(
        &collector.url,
        "GET /national HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n",
    );
    assert!(page.contains("16 svar i alt"), "{page}");
    assert!(page.contains("<td>0301 Oslo</td><td>12</td>"), "{page}");
    assert!(
        page.contains("<td>4601 Bergen</td><td>færre enn 10</td>"),
        "{page}"
    );
    assert!(page.contains("<svg"));

    let db = collector.state.db.lock().unwrap();
    let (csv, rows) = results::export::csv(&db, &collector.state.pack).unwrap();
    assert_eq!(rows, 16);
    assert_eq!(csv.lines().count(), 17);
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .starts_with("municipality,survey_version,language,group,completed_on,on-leave,group,"));
    assert!(
        csv.contains("free text 3 must never be shown"),
        "the analysts get the free text"
    );
}

#[test]
fn the_results_page_renders_in_headless_chromium() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    add_responses(&collector, "0301", "group-training", "nb", 14, 0);
    add_responses(&collector, "0301", "group-introduction", "ar", 11, 2);
    let report = open_and_report(&collector, "0301");
    let html = results::municipality_page("0301", &report);
    let folder = screenshots();
    let page = folder.join("municipality-results.html");
    std::fs::write(&page, html).unwrap();
    let png = folder.join("municipality-results.png");
    let _ = std::fs::remove_file(&png);
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok()
        })
        .expect("chromium is installed by `cargo xtask test`");
    let status = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=1100,2400",
        ])
        .arg(format!(
            "--user-data-dir={}",
            tempfile::tempdir().unwrap().keep().display()
        ))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", page.display()))
        .status()
        .unwrap();
    assert!(status.success());
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG"));
    assert!(
        bytes.len() > 20_000,
        "a page of charts is not a blank image ({} bytes)",
        bytes.len()
    );
}

/// target/screenshots, where the test run leaves what a person should look at.
fn screenshots() -> PathBuf {
    let dir = repo().join("target").join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
