//! End-to-end tests in the real kiosk window: the app as built, in WebKitGTK under Xvfb, driven
//! through tauri-driver and WebKitWebDriver by fantoccini. Each test starts its own display,
//! driver and app on a data folder of its own, and checks the outbox through the engine
//! afterwards. `cargo xtask test` installs what they need (Xvfb, WebKitWebDriver,
//! tauri-driver, PulseAudio, axe-core).

mod coordinator_safety;
mod harness;
mod installed;
mod layout;
mod participant_flow;
mod sound_sink;

use std::time::Duration;

use harness::{App, Launch, PIN};
use serde_json::Value;

/// Answers every question the way a participant might, until the thank-you screen (or the
/// screening's ending): "no" to being on leave, "both" as group, the first option elsewhere,
/// two choices where several may be chosen, and a sentence where text is asked for. Checks
/// the page's direction on every screen. Returns how many questions were answered.
pub(crate) async fn answer_everything(app: &App, direction: &str) -> usize {
    let mut answered = 0;
    loop {
        let screen = app.screen().await;
        if screen != "question" {
            assert_eq!(screen, "finish-thanks", "after {answered} questions");
            return answered;
        }
        assert_eq!(app.js("return document.dir").await, direction);
        let section = app.wait_for("section.question").await;
        let id = section.attr("data-question").await.unwrap().unwrap();
        let kind = section.attr("data-kind").await.unwrap().unwrap();
        match kind.as_str() {
            "multiple" => {
                app.wait_for(".choice").await.click().await.unwrap();
                app.wait_for(".option:nth-child(3) .choice")
                    .await
                    .click()
                    .await
                    .unwrap();
                app.click_through(".next").await;
            }
            "free_text" => {
                let text = app.wait_for("#free-text").await;
                text.send_keys("Kurset er bra.").await.unwrap();
                app.click_through(".next").await;
            }
            _ => {
                let choice = match id.as_str() {
                    "on-leave" => ".choice[data-value='no']",
                    "group" => ".choice[data-value='group-both']",
                    _ => ".option:first-child .choice",
                };
                app.click_through(choice).await;
            }
        }
        answered += 1;
    }
}

/// From the welcome screen to the first question in `language`.
pub(crate) async fn begin(app: &App, language: &str) {
    app.click_through(&format!(".tile[lang='{language}'] .tile-choose"))
        .await;
    assert_eq!(app.screen().await, "privacy");
    app.click_through(".privacy .primary").await;
    assert_eq!(app.screen().await, "question");
}

async fn complete_a_response(language: &str, direction: &str) {
    let app = App::launch(Launch::default()).await;
    begin(&app, language).await;
    let answered = answer_everything(&app, direction).await;
    assert!(answered > 20, "only {answered} questions");
    // The next participant finds the welcome screen, with nothing of this one left.
    app.wait_for_screen("welcome", Duration::from_secs(30))
        .await;
    assert_eq!(app.js("return document.dir").await, "ltr");
    assert!(!app.exists("section.question, #free-text").await);

    let mut engine = app.engine();
    let counts = engine.store().counts().unwrap();
    assert_eq!(counts.pending, 1, "one sealed response waits in the outbox");
    let ids = engine.store().response_ids().unwrap();
    assert_eq!(ids.len(), 1);
    app.quit().await;
}

#[tokio::test]
async fn a_response_in_norwegian_is_sealed_into_the_outbox() {
    complete_a_response("nb", "ltr").await;
}

#[tokio::test]
async fn a_response_in_arabic_runs_right_to_left() {
    complete_a_response("ar", "rtl").await;
}

#[tokio::test]
async fn an_idle_session_warns_counts_down_and_is_discarded() {
    let app = App::launch(Launch {
        idle_seconds: Some(3),
        ..Launch::default()
    })
    .await;
    begin(&app, "nb").await;
    app.click_through(".choice[data-value='no']").await;
    let question = app.text("section.question h1").await;

    // The warning comes, and "continue" keeps the participant where they were.
    app.wait_for("#idle:not([hidden])").await;
    let countdown = app.text("#idle-countdown").await;
    assert!(countdown.chars().any(|c| c.is_ascii_digit()), "{countdown}");
    app.wait_for("#idle-continue").await.click().await.unwrap();
    assert!(app.exists("#idle[hidden]").await);
    assert_eq!(app.text("section.question h1").await, question);

    // Left alone, the countdown runs out and the welcome screen returns.
    app.wait_for("#idle:not([hidden])").await;
    app.wait_for_screen("welcome", Duration::from_secs(15))
        .await;
    assert!(app.exists("#idle[hidden]").await);
    // The engine's session is gone too: a new participant can start at once.
    begin(&app, "en").await;

    let mut engine = app.engine();
    assert_eq!(engine.store().counts().unwrap().pending, 0);
    app.quit().await;
}

#[tokio::test]
async fn practice_mode_runs_the_same_screens_and_stores_nothing() {
    let app = App::launch(Launch::default()).await;
    app.long_press_corner().await;
    app.wait_for_screen("coordinator-unlock", Duration::from_secs(5))
        .await;
    app.wait_for("#pin").await.send_keys(PIN).await.unwrap();
    app.click_through("#pin-submit").await;
    assert_eq!(app.screen().await, "coordinator");
    app.click_through("#coord-practice").await;
    let toggle = app.wait_for("#coord-practice").await;
    assert_eq!(
        toggle.attr("aria-pressed").await.unwrap().as_deref(),
        Some("true")
    );
    app.click_through("#coord-close").await;
    assert!(app.exists("#practice-banner:not([hidden])").await);

    begin(&app, "nb").await;
    assert!(answer_everything(&app, "ltr").await > 20);
    app.done_with_ending().await;

    let mut engine = app.engine();
    let counts = engine.store().counts().unwrap();
    assert_eq!(
        (counts.pending, counts.synced),
        (0, 0),
        "practice stores nothing"
    );
    // The practice run ended itself: no banner, and the next response is kept.
    assert!(app.exists("#practice-banner[hidden]").await);
    begin(&app, "nb").await;
    answer_everything(&app, "ltr").await;
    app.done_with_ending().await;
    assert_eq!(app.engine().store().counts().unwrap().pending, 1);
    app.quit().await;
}

#[tokio::test]
async fn the_coordinator_sets_a_pin_at_first_start_and_wrong_pins_are_refused() {
    let app = App::launch(Launch {
        pin: None,
        idle_seconds: None,
        ..Launch::default()
    })
    .await;
    // First start: the PIN comes before any participant, typed twice.
    assert_eq!(app.screen().await, "coordinator-set-pin");
    app.wait_for("#pin").await.send_keys("1357").await.unwrap();
    app.wait_for("#pin-again")
        .await
        .send_keys("1357")
        .await
        .unwrap();
    app.click_through("#pin-submit").await;
    assert_eq!(app.screen().await, "coordinator");
    app.click_through("#coord-close").await;

    // A participant answers, so the coordinator has something to see.
    begin(&app, "nb").await;
    answer_everything(&app, "ltr").await;
    app.done_with_ending().await;

    // Wrong, then right.
    app.long_press_corner().await;
    app.wait_for_screen("coordinator-unlock", Duration::from_secs(5))
        .await;
    app.wait_for("#pin").await.send_keys("9999").await.unwrap();
    app.wait_for("#pin-submit").await.click().await.unwrap();
    let refusal = app.text("#pin-message").await;
    assert_eq!(refusal, "Feil PIN-kode.");
    assert_eq!(app.screen().await, "coordinator-unlock");
    app.wait_for("#pin").await.send_keys("1357").await.unwrap();
    app.click_through("#pin-submit").await;
    assert_eq!(app.screen().await, "coordinator");
    assert_eq!(app.text("#coord-pending").await, "1");
    assert_eq!(app.text("#coord-synced").await, "0");
    assert!(app.text("#coord-pack").await.starts_with("imdi-demo"));

    let mut engine = app.engine();
    assert_eq!(engine.store().counts().unwrap().pending, 1);
    let stored = engine
        .store()
        .setting(kiosk::coordinator::PIN_SETTING)
        .unwrap()
        .unwrap();
    assert!(!stored.contains("1357"), "the PIN is stored only hashed");
    assert_eq!(
        engine
            .store()
            .setting(kiosk::coordinator::FAILURES_SETTING)
            .unwrap()
            .as_deref(),
        Some("0"),
        "the right PIN clears the count of wrong ones"
    );
    app.quit().await;
}

/// axe-core's violations of WCAG 2.x A and AA on the screen shown now.
pub(crate) async fn axe_violations(app: &App, axe_source: &str) -> Vec<String> {
    // The screens are one page: axe-core stays loaded once injected (half a megabyte of
    // script, parsed again on every screen otherwise).
    let loaded = app
        .client
        .execute("return !!window.axe", vec![])
        .await
        .unwrap();
    if loaded != Value::Bool(true) {
        app.client.execute(axe_source, vec![]).await.unwrap();
    }
    let result = app
        .client
        .execute_async(end_to_end::browser::AXE_RUN, vec![])
        .await
        .unwrap();
    // A run that checked nothing would report nothing wrong, too.
    assert!(
        result["passes"].as_u64().unwrap_or(0) > 5,
        "axe ran no checks: {result}"
    );
    result["violations"]
        .as_array()
        .expect("axe's violations")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn every_screen_has_no_wcag_a_or_aa_violations() {
    let axe = end_to_end::browser::axe_core();
    let app = App::launch(Launch {
        pin: None,
        idle_seconds: Some(4),
        ..Launch::default()
    })
    .await;
    let mut report = Vec::new();
    let mut check = |screen: String, violations: Vec<String>| {
        for v in violations {
            report.push(format!("{screen}: {v}"));
        }
    };
    // Each screen checked is also kept as a picture, for people to look at.

    check("set PIN".into(), axe_violations(&app, &axe).await);
    app.wait_for("#pin").await.send_keys("1357").await.unwrap();
    app.wait_for("#pin-again")
        .await
        .send_keys("1357")
        .await
        .unwrap();
    app.click_through("#pin-submit").await;
    app.screenshot("coordinator").await;
    check("coordinator".into(), axe_violations(&app, &axe).await);
    app.click_through("#coord-close").await;
    check("welcome".into(), axe_violations(&app, &axe).await);

    for (language, direction) in [("nb", "ltr"), ("ar", "rtl")] {
        app.click_through(&format!(".tile[lang='{language}'] .tile-choose"))
            .await;
        app.screenshot(&format!("{language}-privacy")).await;
        check(
            format!("{language} privacy"),
            axe_violations(&app, &axe).await,
        );
        app.click_through(".privacy .primary").await;
        let mut seen = std::collections::BTreeSet::new();
        while app.screen().await == "question" {
            assert_eq!(app.js("return document.dir").await, direction);
            let kind = app
                .wait_for("section.question")
                .await
                .attr("data-kind")
                .await
                .unwrap()
                .unwrap();
            if seen.insert(kind.clone()) {
                app.screenshot(&format!("{language}-{kind}")).await;
                check(
                    format!("{language} {kind} question"),
                    axe_violations(&app, &axe).await,
                );
            }
            let choice = match kind.as_str() {
                "multiple" | "free_text" => ".next",
                _ => ".option:last-child .choice",
            };
            if app
                .exists("section.question[data-question='on-leave']")
                .await
            {
                app.click_through(".choice[data-value='no']").await;
            } else if kind == "multiple" {
                app.wait_for(".choice").await.click().await.unwrap();
                app.click_through(choice).await;
            } else {
                app.click_through(choice).await;
            }
            if language == "nb" && seen.len() == 2 && !seen.contains("idle") {
                // The idle warning, over a question screen.
                app.wait_for("#idle:not([hidden])").await;
                app.screenshot("idle-warning").await;
                check("idle warning".into(), axe_violations(&app, &axe).await);
                seen.insert("idle".into());
                app.wait_for("#idle-continue").await.click().await.unwrap();
            }
        }
        assert_eq!(app.screen().await, "finish-thanks");
        app.screenshot(&format!("{language}-thank-you")).await;
        check(
            format!("{language} thank you"),
            axe_violations(&app, &axe).await,
        );
        app.done_with_ending().await;
    }
    let mut engine = app.engine();
    assert_eq!(engine.store().counts().unwrap().pending, 2);
    app.quit().await;
    assert!(report.is_empty(), "axe found:\n{}", report.join("\n"));
}

/// The bundled font each script is set in.
fn font_family(script: &str) -> &'static str {
    match script {
        "Arab" => "Kiosk Arabic",
        "Ethi" => "Kiosk Ethiopic",
        "Mymr" => "Kiosk Myanmar",
        "Thai" => "Kiosk Thai",
        _ => "Kiosk Sans",
    }
}

/// Whether the page's `document.fonts` holds `family` in `weight`, loaded; fonts load as
/// text needs them, so this waits a little.
async fn font_loaded_in(app: &App, family: &str, weight: &str) -> bool {
    let script = format!(
        "return [...document.fonts].some(f => f.family.replace(/\"/g, '') === '{family}' \
         && f.weight === '{weight}' && f.status === 'loaded')"
    );
    for _ in 0..50 {
        if app.js(&script).await == Value::Bool(true) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

async fn font_loaded(app: &App, family: &str) -> bool {
    font_loaded_in(app, family, "400").await
}

#[tokio::test]
async fn every_language_renders_in_its_bundled_font() {
    let app = App::launch(Launch::default()).await;
    assert!(
        font_loaded(&app, "Kiosk Myanmar").await,
        "the welcome screen uses every font"
    );
    // The language names are bold, in each script's own bold face rather than a smeared fake.
    for script in ["Latn", "Arab", "Ethi", "Mymr", "Thai"] {
        let family = font_family(script);
        assert!(font_loaded_in(&app, family, "700").await, "{family} bold");
    }
    let shot = app.screenshot("welcome").await;
    println!("welcome screen: {}", shot.display());
    let engine = app.engine();
    let languages: Vec<_> = engine.languages().to_vec();
    assert_eq!(languages.len(), 24);
    let mut missing = Vec::new();
    for language in &languages {
        begin(&app, &language.code).await;
        let expected_dir = if language.direction == survey::Direction::Rtl {
            "rtl"
        } else {
            "ltr"
        };
        assert_eq!(app.js("return document.dir").await, expected_dir);
        assert_eq!(
            app.js("return document.documentElement.lang").await,
            language.code.as_str()
        );
        let family = font_family(&language.script);
        if !font_loaded(&app, family).await {
            missing.push(format!("{} ({family})", language.code));
        }
        app.screenshot(&format!("question-{}", language.code)).await;
        // Back twice: to the privacy notice, then (ending the session) to the welcome screen.
        app.click_through(".back").await;
        app.click_through(".back").await;
        assert_eq!(app.screen().await, "welcome");
    }
    app.quit().await;
    assert!(missing.is_empty(), "fonts not loaded: {missing:?}");
}

#[tokio::test]
async fn startup_time_and_memory_are_measured() {
    let app = App::launch(Launch::default()).await;
    assert_eq!(app.screen().await, "welcome");
    let startup_ms = app
        .js("return document.documentElement.dataset.startupMs")
        .await;
    let startup_ms: u64 = startup_ms
        .as_str()
        .and_then(|ms| ms.parse().ok())
        .expect("the page records when it became interactive");
    // Let the page settle, as a kiosk waiting for its first participant would.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let processes = app.app_processes();
    let pss_kib: u64 = processes
        .iter()
        .filter_map(|pid| harness::pss_kib(*pid))
        .sum();
    println!(
        "kiosk window: interactive {startup_ms} ms after the process started; \
         PSS {:.0} MB over {} processes (targets: under 1000 ms and 260 MB)",
        pss_kib as f64 / 1024.0,
        processes.len()
    );
    assert!(processes.len() >= 2, "the app and its WebKit processes");
    assert!(pss_kib > 0);
    app.quit().await;
}

/// Polls `css` until its text is `expected` (a sync runs on its own thread).
pub(crate) async fn wait_for_text(app: &App, css: &str, expected: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let text = app.text(css).await;
        if text == expected {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{css} says {text:?}, not {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_coordinator_enrols_with_the_access_code_and_syncs_the_outbox() {
    let collector = end_to_end::Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let app = App::launch(Launch::default()).await;
    let ids = end_to_end::fill(&mut app.engine(), 5, 9);

    app.long_press_corner().await;
    app.wait_for_screen("coordinator-unlock", Duration::from_secs(5))
        .await;
    app.wait_for("#pin").await.send_keys(PIN).await.unwrap();
    app.click_through("#pin-submit").await;
    assert_eq!(app.text("#coord-pending").await, "5");

    // A wrong code is refused in plain words; the right one enrols.
    app.wait_for("#collector-url")
        .await
        .send_keys(&collector.url)
        .await
        .unwrap();
    app.wait_for("#access-code")
        .await
        .send_keys("0301-WRNG-WRNG-WRNG-WRNG")
        .await
        .unwrap();
    app.wait_for("#coord-enrol").await.click().await.unwrap();
    wait_for_text(&app, "#connection-message", "Tilgangskoden er feil.").await;
    app.wait_for("#access-code").await.clear().await.unwrap();
    app.wait_for("#access-code")
        .await
        .send_keys(&code)
        .await
        .unwrap();
    app.click_through("#coord-enrol").await;
    // Fluent isolates the placeable so that names keep their own direction.
    assert_eq!(
        app.text("#coord-enrolled").await,
        "Koblet til \u{2068}0301 Oslo\u{2069}"
    );

    app.wait_for("#coord-sync").await.click().await.unwrap();
    wait_for_text(&app, "#connection-message", "Alle svar er sendt.").await;
    assert_eq!(app.text("#coord-pending").await, "0");
    assert_eq!(app.text("#coord-synced").await, "5");
    app.screenshot("coordinator-synced").await;

    assert_eq!(app.engine().store().counts().unwrap().synced, 5);
    let held: std::collections::BTreeSet<String> = collector.response_ids().into_iter().collect();
    assert_eq!(held, ids.into_iter().collect());
    app.quit().await;
}

/// Unlocks coordinator mode and enrols with `code` at `collector_url`.
pub(crate) async fn enrol_in_window(app: &App, collector_url: &str, code: &str) {
    app.long_press_corner().await;
    app.wait_for_screen("coordinator-unlock", Duration::from_secs(5))
        .await;
    app.wait_for("#pin").await.send_keys(PIN).await.unwrap();
    app.click_through("#pin-submit").await;
    app.wait_for("#collector-url")
        .await
        .send_keys(collector_url)
        .await
        .unwrap();
    app.wait_for("#access-code")
        .await
        .send_keys(code)
        .await
        .unwrap();
    app.click_through("#coord-enrol").await;
    app.wait_for("#coord-sync").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_refused_for_a_date_keeps_the_answers_and_shows_both_clocks() {
    // The collector's calendar is three days behind the kiosk's: every answer looks as if it
    // came from the future. They stay on the kiosk, and the coordinator sees both dates.
    let collector = end_to_end::Collector::start_with(collector::ServeConfig {
        today: Some("2026-10-30".parse().unwrap()),
        ..collector::ServeConfig::default()
    });
    let code = collector.add_municipality("0301", "Oslo");
    let app = App::launch(Launch::default()).await;
    end_to_end::fill(&mut app.engine(), 4, 3);
    enrol_in_window(&app, &collector.url, &code).await;
    app.wait_for("#coord-sync").await.click().await.unwrap();
    app.wait_for("#sync-report li").await;
    // Without the marks that keep each number's own direction.
    let report = app
        .text("#sync-report")
        .await
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(report.contains("Sendt nå: 0 svar."), "{report}");
    assert!(
        report.contains("Svar som ikke ble tatt imot nå: 4. Innsamlingstjenesten mener datoen deres er fram i tid."),
        "{report}"
    );
    // The kiosk's day is the harness's TODAY, 2026-11-02.
    assert!(
        report.contains("Datoen på denne maskinen: 2. november 2026."),
        "{report}"
    );
    assert!(
        report.contains("Datoen hos innsamlingstjenesten: 30. oktober 2026."),
        "{report}"
    );
    assert!(report.contains("4 svar venter fortsatt"), "{report}");
    assert!(!app
        .text("#connection-message")
        .await
        .contains("Alle svar er sendt"));
    assert_eq!(app.text("#coord-pending").await, "4");
    // No sound card here: said in Norwegian, without the system's English detail.
    assert_eq!(app.text("#coord-audio").await, "Ingen lydenhet");
    app.screenshot("coordinator-sync-kept-for-date").await;
    assert_eq!(collector.response_count(), 0);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn close_during_a_slow_sync_answers_at_once() {
    let collector = end_to_end::Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let (arrived, requests) = std::sync::mpsc::channel();
    let slow = end_to_end::slow::slow_forwarder(&collector.url, Duration::from_secs(8), arrived);
    let app = App::launch(Launch::default()).await;
    end_to_end::fill(&mut app.engine(), 3, 4);
    enrol_in_window(&app, &slow, &code).await;
    requests.recv().unwrap(); // the enrolment's
    app.wait_for("#coord-sync").await.click().await.unwrap();
    tokio::task::spawn_blocking(move || requests.recv().unwrap())
        .await
        .unwrap(); // the batch, now held on its way for 8 s
    app.click_through("#coord-close").await;
    app.wait_for_screen("welcome", Duration::from_secs(3)).await;
    assert_eq!(
        collector.response_count(),
        0,
        "the window answered while the batch was still on its way"
    );
    // The sync goes on behind the welcome screen and delivers.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while collector.response_count() < 3 {
        assert!(std::time::Instant::now() < deadline, "the sync finished");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.quit().await;
}
