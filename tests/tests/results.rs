//! Results end to end: sealed responses in a real collector that cannot open them; progress
//! only during collection; one audited publication by the survey owner's publisher after the
//! survey, shown to contact persons over real HTTP.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use collector::db::NewResponse;
use collector::ServeConfig;
use end_to_end::responses::{self, Choose};
use end_to_end::*;
use publisher::publish::{self, Options, Report};
use publisher::PublishError;
use survey::answers::pad_response;
use survey::Response;

/// A valid response of one group and language; `tone` picks the answers.
fn response(
    collector: &Collector,
    id: String,
    group: &str,
    language: &str,
    tone: usize,
) -> Response {
    let definition = &collector.state.pack.definition;
    let mut rng = responses::Rng::new(tone as u64);
    responses::response(
        definition,
        id,
        group,
        language,
        Choose::Fixed(tone, &[]),
        &mut rng,
    )
}

/// Seals (padded, as a kiosk does) and stores responses, as if a kiosk had delivered them.
fn store(collector: &Collector, municipality: &str, responses: &[Response], kiosk: Option<&str>) {
    let definition = &collector.state.pack.definition;
    let recipient: sync::Recipient = collector.state.pack.recipient.parse().unwrap();
    let sealed: Vec<Vec<u8>> = responses
        .iter()
        .map(|r| {
            let plaintext = pad_response(serde_json::to_vec(r).unwrap(), definition).unwrap();
            sync::seal(&recipient, &plaintext).unwrap()
        })
        .collect();
    let rows: Vec<NewResponse<'_>> = responses
        .iter()
        .zip(&sealed)
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
        // Delivered the day before the pages are read: a contact's page counts up to the end
        // of yesterday.
        .insert_responses(
            municipality,
            &rows,
            kiosk.map(|k| (k, open_day() - chrono::Days::new(1))),
        )
        .unwrap();
}

fn add_responses(
    collector: &Collector,
    municipality: &str,
    group: &str,
    language: &str,
    count: usize,
    tone: usize,
) {
    let responses: Vec<Response> = (0..count)
        .map(|n| {
            let id = format!("{municipality}-{group}-{language}-{tone}-{n}");
            response(collector, id, group, language, tone + n)
        })
        .collect();
    store(collector, municipality, &responses, None);
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
    post_results_key(url, municipality, key)
}

/// What the owner would give `survey-publish` for this collector, writing into `out`.
fn options<'a>(collector: &'a Collector, identity: &'a Path, out: &'a Path) -> Options<'a> {
    Options {
        collector_data: collector.data_dir.path(),
        identity,
        out,
        pack: &collector.state.pack,
        today: publishing_day(),
        grace_days: 30,
        threshold: 10,
        replace: false,
        exclude_revoked: false,
        exclude_web_days: &[],
    }
}

/// Runs the publisher on the collector's data folder on `today`.
fn publish_on(
    collector: &Collector,
    today: NaiveDate,
    replace: bool,
    exclude_revoked: bool,
) -> Result<Report, PublishError> {
    let out = tempfile::tempdir().unwrap();
    let identity = demo_identity_file();
    publish::publish(&Options {
        today,
        replace,
        exclude_revoked,
        exclude_web_days: &[],
        ..options(collector, &identity, out.path())
    })
}

fn nothing_published(collector: &Collector) -> bool {
    let db = collector.state.db.lock().unwrap();
    db.latest_publication().unwrap().is_none()
}

fn publish_binary() -> PathBuf {
    workspace_binary("survey-publish")
}

#[test]
fn during_collection_contacts_see_progress_and_the_public_a_rounded_count_never_an_answer() {
    let collector = Collector::start();
    let key = with_contact(&collector, "0301", "Oslo");
    // Through a kiosk, delivered yesterday: the page counts deliveries up to the end of
    // yesterday.
    let kiosk = collector
        .state
        .db
        .lock()
        .unwrap()
        .add_kiosk("0301", &[9; 32], open_day())
        .unwrap();
    let responses: Vec<Response> = (0..12)
        .map(|n| response(&collector, format!("oslo-{n}"), "group-both", "nb", n))
        .collect();
    store(&collector, "0301", &responses, Some(&kiosk));
    let page = post_key(&collector.url, "0301", &key);
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("<strong>12</strong> svar så langt"), "{page}");
    assert!(page.contains("åpen i 59 dager til"), "{page}");
    assert!(page.to_lowercase().contains("cache-control: no-store"));
    assert!(!page.contains("<svg"));
    let national = http_get(&collector.url, "/national");
    assert!(national.contains("Om lag 10 svar"), "{national}");
    assert!(!national.contains("<svg"));
    for label in option_labels(&collector.state.pack) {
        assert!(!page.contains(&format!(">{label}<")), "{label} on {page}");
        assert!(!national.contains(&format!(">{label}<")), "{label}");
    }
}

#[test]
fn publishing_before_the_grace_days_have_passed_is_refused_with_the_day_it_may_run() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    add_responses(&collector, "0301", "group-both", "nb", 12, 0);
    let last_grace_day = NaiveDate::from_ymd_opt(2027, 1, 30).unwrap();
    let refused = publish_on(&collector, last_grace_day, false, false);
    assert!(
        matches!(refused, Err(PublishError::TooEarly { may_run_from, .. })
            if may_run_from == NaiveDate::from_ymd_opt(2027, 1, 31).unwrap()),
        "{:?}",
        refused.err()
    );
    // The same through the command an owner types.
    let out = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(publish_binary())
        .arg("--collector-data")
        .arg(collector.data_dir.path())
        .arg("--identity")
        .arg(demo_identity_file())
        .arg("--out")
        .arg(out.path().join("published"))
        .arg("--pack")
        .arg(demo_pack())
        .arg("--pack-public-key")
        .arg(demo_keys().join("pack-signing-key.pub"))
        .args(["--today", "2027-01-30"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("publishing may run from 2027-01-31"),
        "{stderr}"
    );
    assert!(!out.path().join("published").exists());
    assert!(nothing_published(&collector));
}

#[test]
fn after_publication_ten_responses_show_charts_and_nine_show_nothing() {
    let collector = Collector::start();
    let oslo = with_contact(&collector, "0301", "Oslo");
    let bergen = with_contact(&collector, "4601", "Bergen");
    add_responses(&collector, "0301", "group-both", "nb", 10, 0);
    add_responses(&collector, "4601", "group-both", "ar", 9, 0);
    let report = publish_on(&collector, publishing_day(), false, false).unwrap();
    assert_eq!(report.version, 1);
    assert_eq!(report.too_few, [("4601".into(), "Bergen".into(), 9)]);

    let page = post_key(&collector.url, "0301", &oslo);
    assert!(page.contains("10 deltakere har svart"), "{page}");
    let tables = &report.publication.municipalities["0301"].tables;
    assert!(!tables.is_empty());
    assert_eq!(
        page.matches("<svg").count(),
        tables.iter().map(|t| t.parts.len()).sum::<usize>()
    );
    assert!(
        !page.contains("free text"),
        "free text never reaches a municipality"
    );

    let page = post_key(&collector.url, "4601", &bergen);
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("færre enn 10 svar"), "{page}");
    assert!(!page.contains("<svg"));
    let body = &page[page.find("<body>").unwrap()..];
    assert!(!body.contains('9'), "not even the count below ten: {body}");

    let national = http_get(&collector.url, "/national");
    assert!(national.contains("10 svar fra 1 kommuner"), "{national}");
    // A second publication needs --replace.
    assert!(matches!(
        publish_on(&collector, publishing_day(), false, false),
        Err(PublishError::Data(
            collector_data::DataError::AlreadyPublished
        ))
    ));
}

#[test]
fn made_up_languages_are_listed_left_out_and_never_slow() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    add_responses(&collector, "0301", "group-both", "nb", 10, 0);
    let fakes: Vec<Response> = (0..25)
        .map(|n| {
            response(
                &collector,
                format!("fake-{n}"),
                "group-both",
                &format!("zz-{n}"),
                n,
            )
        })
        .collect();
    store(&collector, "0301", &fakes, None);
    let report = publish_on(&collector, publishing_day(), false, false).unwrap();
    assert_eq!(report.invalid.len(), 25);
    assert!(report
        .invalid
        .iter()
        .all(|i| i.reason.contains("is not one of the pack's languages")));
    assert_eq!(report.publication.municipalities["0301"].responses, 10);
    assert_eq!(report.microdata_rows, 10);
}

#[test]
fn a_threshold_below_ten_is_refused() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    add_responses(&collector, "0301", "group-both", "nb", 12, 0);
    let out = tempfile::tempdir().unwrap();
    let identity = demo_identity_file();
    let refused = publish::publish(&Options {
        threshold: 3,
        ..options(&collector, &identity, out.path())
    });
    assert!(
        matches!(
            refused,
            Err(PublishError::ThresholdTooLow {
                threshold: 3,
                least: 10
            })
        ),
        "{:?}",
        refused.err()
    );
    assert!(nothing_published(&collector));
}

#[test]
fn publishing_with_no_valid_response_is_refused() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    let refused = publish_on(&collector, publishing_day(), false, false);
    assert!(
        matches!(refused, Err(PublishError::NothingToPublish { invalid: 0 })),
        "{:?}",
        refused.err()
    );
    assert!(nothing_published(&collector));
}

#[test]
fn the_identity_must_be_the_one_responses_are_sealed_to() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    add_responses(&collector, "0301", "group-both", "nb", 12, 0);
    let other = tempfile::tempdir().unwrap();
    let identity = other.path().join("other-identity.txt");
    publisher::keygen::generate(&identity).unwrap();
    let out = tempfile::tempdir().unwrap();
    let refused = publish::publish(&options(&collector, &identity, out.path()));
    assert!(
        matches!(refused, Err(PublishError::WrongIdentity { .. })),
        "{:?}",
        refused.err()
    );
}

#[test]
fn the_microdata_may_not_be_written_into_the_collector_folder() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    add_responses(&collector, "0301", "group-both", "nb", 12, 0);
    let identity = demo_identity_file();
    let inside = collector.data_dir.path().join("analysts");
    let refused = publish::publish(&options(&collector, &identity, &inside));
    assert!(
        matches!(refused, Err(PublishError::OutInsideCollector(_))),
        "{:?}",
        refused.err()
    );
    assert!(!collector.data_dir.path().join("analysts").exists());
}

#[test]
fn a_response_that_cannot_be_opened_is_listed_and_the_rest_are_published() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
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
        .insert_responses("0301", &[garbage], None)
        .unwrap();
    let report = publish_on(&collector, publishing_day(), false, false).unwrap();
    assert_eq!(report.invalid.len(), 1);
    assert_eq!(report.invalid[0].response_id, "broken-1");
    assert!(report.invalid[0].reason.contains("cannot be opened"));
    assert_eq!(report.publication.municipalities["0301"].responses, 10);
    assert_eq!(collector.response_count(), 11, "it stays stored, sealed");
}

#[test]
fn a_stuffing_kiosk_shows_in_the_deliveries_and_is_left_out_when_revoked() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    let (honest, stuffing) = {
        let db = collector.state.db.lock().unwrap();
        (
            db.add_kiosk("0301", &[1; 32], open_day()).unwrap(),
            db.add_kiosk("0301", &[2; 32], open_day()).unwrap(),
        )
    };
    let real: Vec<Response> = (0..12)
        .map(|n| response(&collector, format!("real-{n}"), "group-both", "nb", n))
        .collect();
    store(&collector, "0301", &real, Some(&honest));
    let made_up: Vec<Response> = (0..40)
        .map(|n| response(&collector, format!("made-up-{n}"), "group-both", "nb", 0))
        .collect();
    store(&collector, "0301", &made_up, Some(&stuffing));
    collector
        .state
        .db
        .lock()
        .unwrap()
        .revoke_kiosk(&stuffing)
        .unwrap();
    let report = publish_on(&collector, publishing_day(), false, true).unwrap();
    let burst: Vec<&str> = report
        .deliveries
        .lines()
        .filter(|l| l.contains("far above usual"))
        .collect();
    assert_eq!(burst.len(), 1, "{}", report.deliveries);
    assert!(burst[0].contains(&stuffing[..8]) && burst[0].contains("40"));
    assert_eq!(report.excluded_revoked, 40);
    assert_eq!(report.publication.municipalities["0301"].responses, 12);
}

#[test]
fn a_replacement_is_audited_with_the_publication_it_replaces() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    let kiosk = collector
        .state
        .db
        .lock()
        .unwrap()
        .add_kiosk("0301", &[3; 32], open_day())
        .unwrap();
    add_responses(&collector, "0301", "group-both", "nb", 12, 0);
    let three: Vec<Response> = (0..3)
        .map(|n| response(&collector, format!("late-{n}"), "group-both", "nb", n))
        .collect();
    store(&collector, "0301", &three, Some(&kiosk));
    let first = publish_on(&collector, publishing_day(), false, false).unwrap();
    assert_eq!(first.publication.municipalities["0301"].responses, 15);
    // Leaving the kiosk's 3 out now would let anyone who kept the first publication subtract
    // the second from it and read those 3 people's answers.
    collector
        .state
        .db
        .lock()
        .unwrap()
        .revoke_kiosk(&kiosk)
        .unwrap();
    let refused = publish_on(&collector, publishing_day(), true, true);
    let Err(PublishError::AuditFailed(findings)) = refused else {
        panic!("the replacement must be refused: {:?}", refused.err());
    };
    assert!(
        findings
            .iter()
            .any(|f| f.to_string().contains("3 respondents")),
        "{findings:?}"
    );
    assert_eq!(
        collector
            .state
            .db
            .lock()
            .unwrap()
            .publications()
            .unwrap()
            .len(),
        1,
        "the first publication stays the one shown"
    );
    // A replacement that changes nothing anyone could subtract passes.
    let same = publish_on(&collector, publishing_day(), true, false).unwrap();
    assert_eq!(same.version, 2);
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
    assert!(!page.contains("svar så langt"));
}

#[test]
fn wrong_results_keys_are_slowed_and_the_right_one_is_not() {
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
    let wrong = format!("{contact}-WRNG-WRNG-WRNG-WRNG-WRNG");
    let started = std::time::Instant::now();
    let page = post_key(&collector.url, "0301", &wrong);
    assert!(page.starts_with("HTTP/1.1 401"), "{page}");
    assert!(
        started.elapsed() >= std::time::Duration::from_secs(1),
        "the sixth wrong key waits"
    );
    let started = std::time::Instant::now();
    let page = post_key(&collector.url, "0301", &key);
    assert!(
        page.starts_with("HTTP/1.1 200"),
        "the right key opens: {page}"
    );
    // The next wrong one would wait 2 s; the right one waits for none of it.
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
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
fn the_published_page_and_the_progress_page_render_in_headless_chromium() {
    let collector = Collector::start();
    let key = with_contact(&collector, "0301", "Oslo");
    add_responses(&collector, "0301", "group-training", "nb", 14, 0);
    add_responses(&collector, "0301", "group-introduction", "ar", 11, 2);
    let folder = screenshots();
    let progress = post_key(&collector.url, "0301", &key);
    screenshot(&folder, "municipality-progress", body_of(&progress), 1200);
    publish_on(&collector, publishing_day(), false, false).unwrap();
    let published = post_key(&collector.url, "0301", &key);
    assert!(published.contains("<svg"));
    screenshot(&folder, "municipality-results", body_of(&published), 2400);
}

fn body_of(reply: &str) -> &str {
    &reply[reply.find("<!DOCTYPE").unwrap()..]
}

fn screenshot(folder: &Path, name: &str, html: &str, height: u32) {
    let page = folder.join(format!("{name}.html"));
    std::fs::write(&page, html).unwrap();
    let png = folder.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&png);
    let status = std::process::Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--window-size=1100,{height}"))
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
        bytes.len() > 10_000,
        "a page is not a blank image ({} bytes)",
        bytes.len()
    );
}

fn chromium() -> &'static str {
    ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok()
        })
        .expect("chromium is installed by `cargo xtask test`")
}

/// target/screenshots, where the test run leaves what a person should look at.
fn screenshots() -> PathBuf {
    let dir = repo().join("target").join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn sealed_responses_that_do_not_fit_the_definition_are_left_out_and_counted() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    add_responses(&collector, "0301", "group-both", "nb", 10, 0);
    let definition = &collector.state.pack.definition;
    let asked = |r: &Response, kind: survey::QuestionKind| {
        r.answers
            .keys()
            .find(|id| definition.question(id).is_some_and(|q| q.kind == kind))
            .cloned()
            .unwrap_or_else(|| panic!("a {kind:?} question answered"))
    };
    let base = |n: usize| response(&collector, format!("bad-{n}"), "group-both", "nb", n);
    let mut invalid = Vec::new();
    // An option the question does not have.
    let mut r = base(1);
    let single = asked(&r, survey::QuestionKind::Agreement);
    r.answers
        .insert(single.clone(), survey::Answer::One("scale-9".into()));
    invalid.push(r);
    // One answer where the question takes several, and several where it takes one.
    let mut r = base(2);
    let multiple = asked(&r, survey::QuestionKind::Multiple);
    r.answers
        .insert(multiple, survey::Answer::One("opt-anything".into()));
    invalid.push(r);
    let mut r = base(3);
    r.answers
        .insert(single, survey::Answer::Many(vec!["scale-1".into()]));
    invalid.push(r);
    // A question the survey does not have.
    let mut r = base(4);
    r.answers
        .insert("q-made-up".into(), survey::Answer::One("yes".into()));
    invalid.push(r);
    // Free text longer than its question allows.
    let mut r = base(5);
    let free = definition
        .all_questions()
        .find(|q| q.kind == survey::QuestionKind::FreeText && r.answers.contains_key(&q.id))
        .or_else(|| {
            definition
                .all_questions()
                .find(|q| q.kind == survey::QuestionKind::FreeText)
        })
        .unwrap();
    r.answers.insert(
        free.id.clone(),
        survey::Answer::One("x".repeat(free.max_chars() + 1)),
    );
    invalid.push(r);
    // An id far longer than a UUID (sealed with it inside, as a made-up delivery would be).
    let mut r = base(6);
    r.response_id = "i".repeat(300);
    invalid.push(r);
    store(&collector, "0301", &invalid, None);
    let report = publish_on(&collector, publishing_day(), false, false).unwrap();
    let reasons: Vec<&str> = report.invalid.iter().map(|i| i.reason.as_str()).collect();
    assert_eq!(report.invalid.len(), 6, "{reasons:#?}");
    assert!(
        reasons
            .iter()
            .filter(|r| r.contains("does not validate"))
            .count()
            == 5
            && reasons.iter().any(|r| r.contains("longer than a UUID")),
        "{reasons:#?}"
    );
    assert_eq!(report.publication.municipalities["0301"].responses, 10);
    assert_eq!(report.microdata_rows, 10);
}

#[test]
fn the_owner_leaves_out_a_municipality_s_web_deliveries_of_a_chosen_day_and_the_report_says_so() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    collector.add_municipality("4601", "Bergen");
    let kiosk = collector
        .state
        .db
        .lock()
        .unwrap()
        .add_kiosk("0301", &[1; 32], open_day())
        .unwrap();
    let honest: Vec<Response> = (0..12)
        .map(|n| response(&collector, format!("k-{n}"), "group-both", "nb", n))
        .collect();
    store(&collector, "0301", &honest, Some(&kiosk));
    let web: Vec<Response> = (0..30)
        .map(|n| response(&collector, format!("w-{n}"), "group-both", "nb", 0))
        .collect();
    store(&collector, "0301", &web, Some("web-0301"));
    // Bergen's web deliveries of the same day are not touched.
    let bergen: Vec<Response> = (0..11)
        .map(|n| response(&collector, format!("b-{n}"), "group-both", "nb", n))
        .collect();
    store(&collector, "4601", &bergen, Some("web-4601"));
    let day = open_day() - chrono::Days::new(1);
    let out = tempfile::tempdir().unwrap();
    let identity = demo_identity_file();
    let chosen = [("0301".to_owned(), day)];
    let report = publish::publish(&Options {
        exclude_web_days: &chosen,
        ..options(&collector, &identity, out.path())
    })
    .unwrap();
    assert_eq!(report.excluded_web_days, vec![("0301".to_owned(), day, 30)]);
    assert_eq!(report.excluded_revoked, 0);
    assert_eq!(report.publication.municipalities["0301"].responses, 12);
    assert_eq!(report.publication.municipalities["4601"].responses, 11);
    let web_rows: Vec<&str> = report
        .deliveries
        .lines()
        .filter(|l| l.contains(" web "))
        .collect();
    assert_eq!(web_rows.len(), 2, "{}", report.deliveries);
}
