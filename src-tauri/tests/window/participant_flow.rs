//! The participant's way through the kiosk as a new user takes it: double taps on every
//! control that moves on, the confirmation before the screening ends the survey, stopping
//! halfway, and sound: each question read aloud as it shows, and every participant-facing
//! message with a clip that the screens really play, each for as long as it lasts. Sound goes
//! to a sound card that plays in real time (`sound_sink`).

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};

use crate::harness::{workspace_root, App, Launch, PIN};
use crate::sound_sink::{clip_seconds, SoundSink};

async fn launch_with(sink: &SoundSink, more: Vec<(String, String)>, idle: Option<u64>) -> App {
    let mut env = sink.env();
    env.extend(more);
    App::launch(Launch {
        env,
        idle_seconds: idle,
        ..Launch::default()
    })
    .await
}

/// Two taps 120 ms apart on the same spot, as a hurried finger makes them.
async fn double_tap(app: &App, css: &str) {
    app.wait_for(css).await;
    let centre = app
        .js(&format!(
            "const r = document.querySelector(\"{css}\").getBoundingClientRect(); \
             return [r.left + r.width / 2, r.top + r.height / 2];"
        ))
        .await;
    let (cx, cy) = (centre[0].as_f64().unwrap(), centre[1].as_f64().unwrap());
    let taps = MouseActions::new("finger".into())
        .then(PointerAction::MoveTo {
            duration: None,
            x: cx,
            y: cy,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::Pause {
            duration: Duration::from_millis(120),
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    app.client.perform_actions(taps).await.unwrap();
    app.client.release_actions().await.unwrap();
    // Whatever the taps started has landed, and the screen takes taps again.
    tokio::time::sleep(Duration::from_millis(600)).await;
    app.wait_settled().await;
}

async fn question_id(app: &App) -> String {
    app.js(
        "const s = document.querySelector('section.question'); return s ? s.dataset.question : ''",
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

async fn position(app: &App) -> u64 {
    app.js("const p = document.querySelector('.progress progress'); return p ? p.value : 0")
        .await
        .as_f64()
        .unwrap_or(0.0) as u64
}

async fn progress(app: &App) -> (u64, u64) {
    let pair = app
        .js("const p = document.querySelector('.progress progress'); return [p.value, p.max]")
        .await;
    (
        pair[0].as_f64().unwrap() as u64,
        pair[1].as_f64().unwrap() as u64,
    )
}

async fn pressed(app: &App) -> Vec<String> {
    app.js("return [...document.querySelectorAll('.choice[aria-pressed=\"true\"]')].map(b => b.dataset.value)")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// From the welcome screen to the first question in Norwegian, tapping once.
async fn begin(app: &App) {
    app.click_through(".tile[lang='nb'] .tile-choose").await;
    app.click_through(".privacy .primary").await;
    assert_eq!(question_id(app).await, "on-leave");
}

#[tokio::test]
async fn a_double_tap_on_every_control_that_moves_on_loses_nothing_and_answers_nothing() {
    let app = App::launch(Launch::default()).await;

    double_tap(&app, ".tile[lang='nb'] .tile-choose").await;
    assert_eq!(app.screen().await, "privacy", "the tile's second tap");
    double_tap(&app, ".privacy .primary").await;
    assert_eq!(question_id(&app).await, "on-leave", "privacy's second tap");
    assert_eq!(pressed(&app).await, Vec::<String>::new());
    assert_eq!(position(&app).await, 1);

    // Yes/no: the second tap lands where "group"'s answers now are, and chooses nothing.
    double_tap(&app, ".choice[data-value='no']").await;
    assert_eq!(question_id(&app).await, "group");
    assert_eq!(position(&app).await, 2);
    assert!(pressed(&app).await.is_empty());
    let (_, total) = progress(&app).await;
    assert!(
        total > 20,
        "the bar is not full at question 2: 2 of {total}"
    );

    double_tap(&app, ".choice[data-value='group-both']").await;
    assert_eq!(position(&app).await, 3);
    let third = question_id(&app).await;
    assert!(
        pressed(&app).await.is_empty(),
        "{third} answered by accident"
    );

    // Back, twice at once: one step back, and the answer given there is still there.
    double_tap(&app, ".bar .back").await;
    assert_eq!(question_id(&app).await, "group");
    assert_eq!(pressed(&app).await, vec!["group-both".to_string()]);
    app.click_through(".choice[data-value='group-both']").await;
    assert_eq!(question_id(&app).await, third);

    // Every further question with a double tap on what moves on, of each kind.
    let mut kinds = BTreeSet::new();
    let mut skipped = false;
    let mut asked = 3;
    loop {
        if app.screen().await != "question" {
            break;
        }
        let before = question_id(&app).await;
        let kind = app
            .wait_for("section.question")
            .await
            .attr("data-kind")
            .await
            .unwrap()
            .unwrap();
        kinds.insert(kind.clone());
        match kind.as_str() {
            "multiple" => {
                app.wait_for(".choice").await.click().await.unwrap();
                double_tap(&app, ".next").await;
            }
            "free_text" if !skipped => {
                skipped = true;
                double_tap(&app, ".skip").await;
            }
            "free_text" => {
                app.wait_for("#free-text")
                    .await
                    .send_keys("Bra.")
                    .await
                    .unwrap();
                double_tap(&app, ".next").await;
            }
            _ => double_tap(&app, ".option:first-child .choice").await,
        }
        if app.screen().await != "question" {
            break;
        }
        asked += 1;
        assert_ne!(
            question_id(&app).await,
            before,
            "a {kind} question did not move on"
        );
        assert_eq!(
            position(&app).await,
            asked,
            "after {before} ({kind}) one question on, not two"
        );
        assert!(
            pressed(&app).await.is_empty(),
            "{} answered by the second tap on {before}",
            question_id(&app).await
        );
    }
    for kind in ["single", "yes_no", "agreement", "multiple", "free_text"] {
        assert!(
            kinds.contains(kind),
            "no {kind} question was double-tapped: {kinds:?}"
        );
    }
    assert!(skipped);
    assert_eq!(app.screen().await, "finish-thanks");
    double_tap(&app, ".done").await;
    assert_eq!(app.screen().await, "welcome");

    let mut engine = app.engine();
    assert_eq!(
        engine.store().counts().unwrap().pending,
        1,
        "exactly one response, sealed"
    );
    app.quit().await;
}

#[tokio::test]
async fn yes_to_the_screening_is_confirmed_first_and_its_ending_waits_to_be_heard() {
    let sink = SoundSink::new();
    let app = launch_with(&sink, Vec::new(), None).await;
    begin(&app).await;

    app.click_through(".choice[data-value='yes']").await;
    assert_eq!(app.screen().await, "screening-confirm");
    app.screenshot("screening-confirm").await;
    assert!(
        has_played(&sink, "screening-confirm").await,
        "the question is spoken"
    );
    // Going back keeps the session where it was, nothing answered.
    app.click_through(".confirm-no").await;
    assert_eq!(question_id(&app).await, "on-leave");
    assert!(pressed(&app).await.is_empty());
    assert_eq!(position(&app).await, 1);

    app.click_through(".choice[data-value='yes']").await;
    note_times(&app).await;
    app.click_through(".confirm-yes").await;
    assert_eq!(app.screen().await, "screening-ended");
    app.screenshot("screening-ended").await;
    assert!(
        has_played(&sink, "screening-ended").await,
        "the ending is spoken"
    );
    let clip = clip_seconds("nb", "screening-ended");
    app.wait_for_screen(
        "welcome",
        Duration::from_secs(30) + Duration::from_secs_f64(clip),
    )
    .await;
    // Its sound, heard in real time, and then time to read it.
    let times = noted(&app).await;
    let stayed = first_after(&times, "screen:welcome", 0.0)
        - first_after(&times, "screen:screening-ended", 0.0);
    eprintln!("the screening's ending stayed {stayed:.2} s with a clip of {clip:.2} s");
    assert!(
        stayed >= clip + READ_AFTER_SOUND - PACE_TOLERANCE,
        "the ending stayed {stayed:.2} s; its clip lasts {clip:.2} s and reading {READ_AFTER_SOUND} s"
    );
    let mut engine = app.engine();
    assert_eq!(engine.store().counts().unwrap().pending, 0);
    app.quit().await;
}

#[tokio::test]
async fn stop_asks_then_discards_the_session_and_back_shows_nothing() {
    let app = App::launch(Launch::default()).await;
    begin(&app).await;
    app.click_through(".choice[data-value='no']").await;
    app.click_through(".choice[data-value='group-both']").await;
    let third = question_id(&app).await;

    // "No, go on" keeps every answer.
    app.click_through(".bar .stop").await;
    assert_eq!(app.screen().await, "stop-confirm");
    app.screenshot("stop-confirm").await;
    app.click_through(".confirm-no").await;
    assert_eq!(question_id(&app).await, third);
    app.click_through(".bar .back").await;
    assert_eq!(pressed(&app).await, vec!["group-both".to_string()]);

    app.click_through(".bar .stop").await;
    app.click_through(".confirm-yes").await;
    assert_eq!(app.screen().await, "welcome");
    assert_eq!(app.js("return document.documentElement.lang").await, "nb");

    // The next person finds nothing of it, going forward or back.
    begin(&app).await;
    assert!(pressed(&app).await.is_empty());
    app.click_through(".choice[data-value='no']").await;
    assert!(
        pressed(&app).await.is_empty(),
        "group shows no earlier answer"
    );
    app.click_through(".bar .back").await;
    assert_eq!(pressed(&app).await, vec!["no".to_string()]);
    app.click_through(".bar .back").await;
    assert_eq!(app.screen().await, "privacy");

    let mut engine = app.engine();
    assert_eq!(
        engine.store().counts().unwrap().pending,
        0,
        "nothing stored"
    );
    app.quit().await;
}

async fn has_played(sink: &SoundSink, clip: &str) -> bool {
    has_played_within(sink, clip, Duration::from_secs(10)).await
}

async fn has_played_within(sink: &SoundSink, clip: &str, at_most: Duration) -> bool {
    let deadline = Instant::now() + at_most;
    while Instant::now() < deadline {
        if sink.played().iter().any(|(_, c)| c == clip) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test]
async fn the_welcome_and_the_privacy_notice_are_read_aloud_as_they_show() {
    let sink = SoundSink::new();
    let app = launch_with(&sink, Vec::new(), None).await;
    let welcome: Vec<(String, String)> = [
        "welcome-greeting",
        "welcome-choose-language",
        "welcome-instructions",
    ]
    .iter()
    .map(|clip| ("nb".to_string(), clip.to_string()))
    .collect();
    assert!(
        has_played(&sink, "welcome-instructions").await,
        "{:?}",
        sink.played()
    );
    assert_eq!(sink.played()[..3], welcome[..], "the welcome reads itself");
    app.screenshot("welcome-read-aloud").await;
    hush(&app).await;
    note_times(&app).await;
    // English's notice is 10 s shorter than Arabic's; any language but the page's shows that
    // the chosen language is read.
    app.click_through(".tile[lang='en'] .tile-choose").await;
    assert_eq!(app.screen().await, "privacy");
    assert!(
        has_played(&sink, "privacy-notice").await,
        "{:?}",
        sink.played()
    );
    assert_eq!(
        sink.played().last(),
        Some(&("en".to_string(), "privacy-notice".to_string()))
    );
    wait_quiet(&app).await;
    let heard = playing_span(&noted(&app).await);
    let clip = clip_seconds("en", "privacy-notice");
    eprintln!("the privacy notice played {heard:.2} s, its clip lasts {clip:.2} s");
    assert!(
        heard >= clip - PACE_TOLERANCE,
        "played {heard:.2} s of a {clip:.2} s clip"
    );
    app.quit().await;
}

#[tokio::test]
async fn a_practice_run_says_that_it_is_one_as_it_begins() {
    let sink = SoundSink::new();
    let app = launch_with(&sink, Vec::new(), None).await;
    app.long_press_corner().await;
    app.wait_for_screen("coordinator-unlock", Duration::from_secs(5))
        .await;
    app.wait_for("#pin").await.send_keys(PIN).await.unwrap();
    app.click_through("#pin-submit").await;
    app.click_through("#coord-practice").await;
    app.click_through("#coord-close").await;
    app.click_through(".tile[lang='ar'] .tile-choose").await;
    assert_eq!(app.screen().await, "privacy");
    assert!(
        has_played(&sink, "privacy-notice").await,
        "{:?}",
        sink.played()
    );
    // The banner first, then the notice, both in the language chosen.
    let played = sink.played();
    let said = |clip: &str| (String::from("ar"), clip.to_owned());
    let at = played
        .iter()
        .position(|p| *p == said("practice-banner"))
        .unwrap_or_else(|| panic!("the banner was not said: {played:?}"));
    assert_eq!(played.get(at + 1), Some(&said("privacy-notice")));
    app.quit().await;
}

#[tokio::test]
async fn each_question_is_read_aloud_as_it_shows_for_as_long_as_its_clip() {
    let sink = SoundSink::new();
    let app = launch_with(&sink, Vec::new(), None).await;
    assert_eq!(
        app.js("return document.querySelector('#listen-all').disabled")
            .await,
        false,
        "the null sink is a sound device"
    );
    app.click_through(".tile[lang='nb'] .tile-choose").await;
    hush(&app).await;
    note_times(&app).await;
    app.click_through(".privacy .primary").await;
    assert!(has_played(&sink, "q-on-leave").await, "{:?}", sink.played());
    let deadline = Instant::now() + Duration::from_secs(10);
    while sink.loud_samples() < 1000 {
        assert!(
            Instant::now() < deadline,
            "nothing audible reached the device"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    wait_quiet(&app).await;
    let heard = playing_span(&noted(&app).await);
    let clip = clip_seconds("nb", "q-on-leave");
    eprintln!("the question played {heard:.2} s, its clip lasts {clip:.2} s");
    assert!(
        heard >= clip - PACE_TOLERANCE,
        "played {heard:.2} s of a {clip:.2} s clip"
    );
    assert!(
        sink.loud_samples() as f64 >= 0.2 * clip * 44_100.0,
        "only {} loud samples came out of a {clip:.2} s clip",
        sink.loud_samples()
    );

    app.click_through(".choice[data-value='no']").await;
    assert!(has_played(&sink, "q-group").await, "{:?}", sink.played());
    assert_eq!(
        sink.played().last(),
        Some(&("nb".to_string(), "q-group".to_string()))
    );
    app.quit().await;
}

#[tokio::test]
async fn listening_to_all_reads_the_question_and_its_answers_first_and_takes_as_long_as_its_clips()
{
    let sink = SoundSink::new();
    let app = launch_with(&sink, Vec::new(), None).await;
    begin(&app).await;
    // Pressed while the question reads itself: the playing button is on screen, and is not read.
    assert!(has_played(&sink, "q-on-leave").await);
    app.wait_for("#playing:not([hidden])").await;
    note_times(&app).await;
    let before = sink.played().len();
    listen_to_all(&app, &sink).await;
    let heard: Vec<String> = sink.played()[before..]
        .iter()
        .map(|(_, clip)| clip.clone())
        .collect();
    let said = |css: &str| {
        let script = format!(
            "return [...document.querySelectorAll(\"{css}\")].flatMap(e => e.dataset.said.split(' '))"
        );
        let app = &app;
        async move {
            app.js(&script)
                .await
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_owned())
                .collect::<Vec<String>>()
        }
    };
    let question = said("section.question [data-said]:not(button:not(.choice) [data-said])").await;
    let controls = said(".bar [data-said], .sound-bar [data-said]:not(#playing [data-said])").await;
    assert_eq!(
        heard[..question.len()],
        question[..],
        "the question and its answers first: {heard:?}"
    );
    for control in &controls {
        assert!(
            heard[question.len()..].contains(control),
            "{control} is read after the question: {heard:?}"
        );
    }
    assert!(
        !heard.iter().any(|clip| clip == "sound-playing"),
        "listening to all read its own playing state: {heard:?}"
    );
    let clips: f64 = heard.iter().map(|clip| clip_seconds("nb", clip)).sum();
    let span = playing_span(&noted(&app).await);
    eprintln!(
        "listening to all played {} clips of {clips:.2} s in {span:.2} s",
        heard.len()
    );
    assert!(
        span >= clips - PACE_TOLERANCE,
        "listening to all took {span:.2} s over {clips:.2} s of clips"
    );
    app.quit().await;
}

/// After an ending's sound, the time it stays to be read (participant.js: READ_AFTER_SOUND_MS).
const READ_AFTER_SOUND: f64 = 8.0;
/// How much shorter than its clips a sound may seem to play: the page notes when playing began
/// and ended, and the card takes the first samples before its first period has passed. A card
/// without pace plays 41 s of sound in under a second, so this hides nothing.
const PACE_TOLERANCE: f64 = 0.5;

/// Starts noting, in the page and by its clock, when each screen is drawn and when sound
/// starts and stops playing, so that the test's own polling adds nothing to what it measures.
async fn note_times(app: &App) {
    app.js(
        "window.__times = []; \
         const note = (what) => window.__times.push([what, performance.now() / 1000]); \
         const screen = document.getElementById('screen'); \
         new MutationObserver(() => note('screen:' + screen.dataset.screen)) \
           .observe(screen, { attributes: true, attributeFilter: ['data-screen'] }); \
         new MutationObserver(() => note('playing:' + document.documentElement.dataset.playing)) \
           .observe(document.documentElement, { attributes: true, attributeFilter: ['data-playing'] }); \
         return true;",
    )
    .await;
}

/// What [`note_times`] noted: (what, seconds).
async fn noted(app: &App) -> Vec<(String, f64)> {
    app.js("return window.__times")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| {
            (
                pair[0].as_str().unwrap().to_owned(),
                pair[1].as_f64().unwrap(),
            )
        })
        .collect()
}

/// When `what` was first noted at or after `from`.
fn first_after(times: &[(String, f64)], what: &str, from: f64) -> f64 {
    times
        .iter()
        .find(|(w, t)| w == what && *t >= from)
        .unwrap_or_else(|| panic!("{what} was never noted after {from}: {times:?}"))
        .1
}

/// How long sound played, from the first time it started to when it stopped after that.
fn playing_span(times: &[(String, f64)]) -> f64 {
    let start = first_after(times, "playing:true", 0.0);
    first_after(times, "playing:false", start) - start
}

/// Stops what plays with the "playing" button, as a participant who has heard enough does,
/// and waits until it has stopped: real-time sound a test does not examine costs CI minutes.
async fn hush(app: &App) {
    if app.exists("#playing:not([hidden])").await {
        app.wait_for("#playing").await.click().await.unwrap();
    }
    wait_quiet(app).await;
}

/// Waits until nothing plays.
async fn wait_quiet(app: &App) {
    let deadline = Instant::now() + Duration::from_secs(120);
    tokio::time::sleep(Duration::from_millis(300)).await;
    while app
        .js("return document.documentElement.dataset.playing")
        .await
        == "true"
    {
        assert!(Instant::now() < deadline, "the sound never ended");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits until "listen to all" has read the whole screen.
async fn listen_to_all(app: &App, sink: &SoundSink) {
    let before = sink.played().len();
    app.wait_for("#listen-all").await.click().await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let playing = app
            .js("return document.documentElement.dataset.playing")
            .await;
        if sink.played().len() > before && playing != "true" {
            return;
        }
        assert!(Instant::now() < deadline, "listening to all never ended");
    }
}

/// The participant-facing messages: every survey text, and every screen text the
/// participant's screens show. Ids the screens show that are spoken otherwise, or cannot
/// be, with the reason.
fn participant_messages() -> (BTreeSet<String>, BTreeSet<String>) {
    let root = workspace_root();
    let source = survey::pack::Source::load(&root).unwrap();
    let mut messages: BTreeSet<String> = source.definition.clip_ids();
    let exempt_shown: BTreeSet<&str> = [
        // Dates that change; said in the survey-closed clip's words without the dates.
        "survey-closed-detail",
        // Spoken as idle-spoken, which says the title and the countdown without a number.
        "idle-title",
        "idle-countdown",
        // Said only where there is no sound to say it with.
        "sound-unavailable",
        // Not shown: the name screen readers give the speaker icon, which is its own sign.
        "nav-play",
        // Not shown either: the name of the web bar's "more" icon (sound, stop, text size,
        // contrast), a web-only control whose icon is its sign.
        "web-more",
        // The web survey's own screens and errors, which the kiosk never shows: Chromium
        // plays them (tests/tests/web_sound.rs).
        "web-code-title",
        "web-code-help",
        "web-code-label",
        "web-code-submit",
        "web-code-wrong",
        "web-code-throttled-spoken",
        "web-code-offline",
        "web-insecure",
        "web-language-not-kept",
        "web-sent",
        "web-waiting",
        "web-slowed",
        "web-another",
        // The web's demo banner and spoken invitation, which the kiosk never shows: Chromium
        // plays them (tests/tests/web_demo.rs).
        "demo-banner",
        "invite-title",
        "invite-what",
        "invite-anonymous",
        "invite-time",
        "invite-ear",
        "invite-help",
        "invite-start",
    ]
    .into_iter()
    .collect();
    // Every screen text the participant's modules use must be spoken, or exempt above.
    let mut shown = BTreeSet::new();
    for file in ["participant.js", "idle.js", "sound.js"] {
        let code = std::fs::read_to_string(root.join("ui/js").join(file)).unwrap();
        // Calls of t("id"), not of other functions whose names end in t.
        for (at, _) in code.match_indices("t(\"") {
            let before = code[..at].chars().last().unwrap_or(' ');
            if before.is_alphanumeric() || before == '_' || before == '.' {
                continue;
            }
            let id = code[at + 3..].split('"').next().unwrap();
            shown.insert(id.to_owned());
        }
    }
    // The progress line is said as a sequence: its words around the numbers (checked here,
    // in Norwegian as the flow runs) and the numbers (checked screen by screen).
    let progress_parts: BTreeSet<String> =
        survey::spoken_progress::clips(&source.definition, &source.catalog, "nb")
            .into_keys()
            .filter(|clip| clip.starts_with("progress-part-"))
            .collect();
    assert!(!progress_parts.is_empty(), "nb's progress line has words");
    messages.extend(progress_parts);
    for id in &shown {
        if exempt_shown.contains(id.as_str()) {
            continue;
        }
        if id == survey::spoken_progress::PROGRESS_MESSAGE {
            assert!(
                messages.contains("progress-part-1"),
                "the progress line is not said"
            );
            continue;
        }
        assert!(
            messages.contains(id),
            "{id} is shown to participants but has no clip (add it to spoken_ui)"
        );
    }
    messages.retain(|id| !exempt_shown.contains(id.as_str()));
    let unplayable = [
        // Errors the screens cannot cause: the engine refuses them (kiosk tests), and a
        // participant who meets them hears them through failed() like any other error.
        "error-answer-required",
        "error-invalid-answer",
        "error-internal",
        "error-storage",
        // Says that sound plays, while it plays: reading it would stop what plays.
        "sound-playing",
    ];
    let unplayable = unplayable.into_iter().map(str::to_owned).collect();
    (messages, unplayable)
}

#[tokio::test]
async fn every_participant_facing_message_has_a_clip_in_every_language_and_is_played() {
    let (messages, unplayable) = participant_messages();
    let root = workspace_root();
    let source = survey::pack::Source::load(&root).unwrap();
    for language in &source.languages {
        let own = survey::pack::clip_ids(&source.definition, &source.catalog, &language.code);
        let shared = messages
            .iter()
            .filter(|id| !id.starts_with("progress-part-"));
        for id in own.iter().chain(shared) {
            let clip = root.join(format!("audio/{}/{id}.ogg", language.code));
            assert!(clip.is_file(), "no clip {}", clip.display());
        }
    }
    // Dari and Persian greet alike; each tile also says its language's own name.
    let name = |code: &str| {
        std::fs::read(root.join(format!("audio/{code}/welcome-language.ogg"))).unwrap()
    };
    assert_ne!(
        name("prs"),
        name("fa"),
        "the Dari and Persian tiles sound the same"
    );

    // Which clips play, not for how long (the timing tests do that): a card without pace.
    let sink = SoundSink::unpaced();
    // A whole response, listening to every screen; the confirmations on the way.
    let app = launch_with(&sink, Vec::new(), None).await;
    listen_to_all(&app, &sink).await;
    app.wait_for("#volume-up").await.click().await.unwrap();
    app.wait_for("#volume-down").await.click().await.unwrap();
    app.wait_for(".tile[lang='nb'] .sound")
        .await
        .click()
        .await
        .unwrap();
    app.click_through(".tile[lang='nb'] .tile-choose").await;
    // The notice reads itself first; "listen to all" comes after it.
    assert!(has_played(&sink, "privacy-notice").await);
    let deadline = Instant::now() + Duration::from_secs(120);
    while app
        .js("return document.documentElement.dataset.playing")
        .await
        == "true"
    {
        assert!(Instant::now() < deadline, "the privacy notice never ended");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    listen_to_all(&app, &sink).await;
    // The display controls say their names when tapped; tapped round back to how they were.
    for (control, taps) in [("#display-text-size", 3), ("#display-contrast", 2)] {
        for _ in 0..taps {
            app.wait_for(control).await.click().await.unwrap();
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }
    app.click_through(".privacy .primary").await;
    let mut stopped_once = false;
    let mut nothing_chosen = false;
    loop {
        if app.screen().await != "question" {
            break;
        }
        let before = sink.played().len();
        listen_to_all(&app, &sink).await;
        let (current, total) = progress(&app).await;
        let heard: Vec<String> = sink.played()[before..]
            .iter()
            .map(|(_, c)| c.clone())
            .collect();
        let progress_said = [
            "progress-part-1".to_string(),
            format!("number-{current}"),
            "progress-part-2".to_string(),
            format!("number-{total}"),
        ];
        assert!(
            heard.windows(4).any(|w| w == progress_said),
            "question {current} of {total}: the progress line was not said as {progress_said:?} in {heard:?}"
        );
        let id = question_id(&app).await;
        let kind = app
            .wait_for("section.question")
            .await
            .attr("data-kind")
            .await
            .unwrap()
            .unwrap();
        if id == "on-leave" {
            app.click_through(".choice[data-value='yes']").await;
            listen_to_all(&app, &sink).await;
            app.click_through(".confirm-no").await;
            app.click_through(".choice[data-value='no']").await;
            continue;
        }
        if !stopped_once {
            stopped_once = true;
            app.click_through(".bar .stop").await;
            listen_to_all(&app, &sink).await;
            app.click_through(".confirm-no").await;
        }
        match kind.as_str() {
            "multiple" => {
                if !nothing_chosen {
                    nothing_chosen = true;
                    app.wait_for(".next").await.click().await.unwrap();
                    assert!(has_played(&sink, "error-nothing-chosen").await);
                }
                app.wait_for(".choice").await.click().await.unwrap();
                app.click_through(".next").await;
            }
            "free_text" => app.click_through(".skip").await,
            _ if id == "group" => app.click_through(".choice[data-value='group-both']").await,
            _ => app.click_through(".option:first-child .choice").await,
        }
    }
    assert_eq!(app.screen().await, "finish-thanks");
    listen_to_all(&app, &sink).await;
    app.click_through(".done").await;
    // The screening's ending.
    begin(&app).await;
    app.click_through(".choice[data-value='yes']").await;
    app.click_through(".confirm-yes").await;
    assert!(has_played(&sink, "screening-ended").await);
    app.click_through(".done").await;
    app.quit().await;

    // The practice banner, and the idle warning: long enough for its words (some 9 s in
    // Norwegian) before "continue" is said, as the countdown is the idle time at most.
    let app = launch_with(&sink, Vec::new(), Some(14)).await;
    app.long_press_corner().await;
    app.wait_for_screen("coordinator-unlock", Duration::from_secs(5))
        .await;
    app.wait_for("#pin").await.send_keys(PIN).await.unwrap();
    app.click_through("#pin-submit").await;
    app.click_through("#coord-practice").await;
    app.click_through("#coord-close").await;
    listen_to_all(&app, &sink).await;
    begin(&app).await;
    assert!(has_played_within(&sink, "idle-spoken", Duration::from_secs(40)).await);
    assert!(has_played_within(&sink, "idle-continue", Duration::from_secs(20)).await);
    app.wait_for_screen("welcome", Duration::from_secs(20))
        .await;
    app.quit().await;

    // Outside the survey period.
    let app = launch_with(
        &sink,
        vec![("SURVEY_KIOSK_TODAY".into(), "2027-06-01".into())],
        None,
    )
    .await;
    app.click_through(".tile[lang='nb'] .tile-choose").await;
    assert_eq!(app.screen().await, "survey-closed");
    assert!(has_played(&sink, "survey-closed").await);
    app.quit().await;

    let played: BTreeSet<String> = sink.played().into_iter().map(|(_, clip)| clip).collect();
    let missing: Vec<&String> = messages
        .iter()
        .filter(|id| !played.contains(*id) && !unplayable.contains(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "shown to participants but never played: {missing:?}"
    );
}

#[tokio::test]
async fn nothing_chosen_says_so_and_its_bar_leaves_next_free() {
    let app = App::launch(Launch::default()).await;
    begin(&app).await;
    app.click_through(".choice[data-value='no']").await;
    app.click_through(".choice[data-value='group-both']").await;
    while app
        .wait_for("section.question")
        .await
        .attr("data-kind")
        .await
        .unwrap()
        .as_deref()
        != Some("multiple")
    {
        app.click_through(".option:first-child .choice").await;
    }
    let question = question_id(&app).await;
    app.wait_for(".next").await.click().await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.text_or_empty("#notice").await.is_empty() {
        assert!(Instant::now() < deadline, "no notice");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        app.text_or_empty("#notice").await,
        "Du har ikke valgt noe. Trykk på et svar.",
        "its own words, not \"does not fit\""
    );
    assert_eq!(question_id(&app).await, question, "nothing was sent");
    app.screenshot("nothing-chosen").await;
    // What is at the middle of "next" is "next" itself, not the bar.
    let next_is_free = app
        .js(
            "const r = document.querySelector('.next').getBoundingClientRect(); \
             const n = document.getElementById('notice').getBoundingClientRect(); \
             const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); \
             return Boolean(at && at.closest('.next')) && r.bottom <= n.top;",
        )
        .await;
    assert_eq!(next_is_free, true);
    app.wait_for(".choice").await.click().await.unwrap();
    app.click_through(".next").await;
    assert_ne!(question_id(&app).await, question);
    assert_eq!(
        app.text_or_empty("#notice").await,
        "",
        "the notice went with its screen"
    );
    app.quit().await;
}

#[tokio::test]
async fn a_coordinator_can_turn_reading_questions_aloud_off_for_this_kiosk() {
    let sink = SoundSink::new();
    let app = launch_with(&sink, Vec::new(), None).await;
    app.long_press_corner().await;
    app.wait_for_screen("coordinator-unlock", Duration::from_secs(5))
        .await;
    app.wait_for("#pin").await.send_keys(PIN).await.unwrap();
    app.click_through("#pin-submit").await;
    let toggle = app.wait_for("#coord-auto-play").await;
    assert_eq!(
        toggle.attr("aria-pressed").await.unwrap().as_deref(),
        Some("true"),
        "on by default"
    );
    app.click_through("#coord-auto-play").await;
    let toggle = app.wait_for("#coord-auto-play").await;
    assert_eq!(
        toggle.attr("aria-pressed").await.unwrap().as_deref(),
        Some("false")
    );
    app.click_through("#coord-close").await;
    begin(&app).await;
    app.click_through(".choice[data-value='no']").await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let played = sink.played();
    assert!(
        !played
            .iter()
            .any(|(_, clip)| clip.starts_with("q-") || clip == "privacy-notice"),
        "no question nor the privacy notice read unasked: {played:?}"
    );
    // The speaker still reads it on request.
    app.wait_for("section.question .heading-row .sound")
        .await
        .click()
        .await
        .unwrap();
    assert!(has_played(&sink, "q-group").await);
    // The setting is the kiosk's, kept for its next start.
    let mut engine = app.engine();
    assert!(!kiosk::listening::auto_play(engine.store()).unwrap());
    app.quit().await;
}

#[tokio::test]
async fn the_playing_button_stops_listening_to_all_and_the_volume_steps_are_kept() {
    let sink = SoundSink::new();
    let app = launch_with(&sink, Vec::new(), None).await;
    // The welcome screen read whole is 50 clips and more: long enough to stop halfway.
    app.wait_for("#listen-all").await.click().await.unwrap();
    app.wait_for("#playing:not([hidden])").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.wait_for("#playing").await.click().await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let stopped_at = sink.played().len();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        sink.played().len(),
        stopped_at,
        "reading went on after stop"
    );
    assert!(stopped_at < 40, "stopped only after {stopped_at} clips");
    assert!(app.exists("#playing[hidden]").await);
    assert!(
        !app.exists(".reading").await,
        "nothing is lit up as being read"
    );

    let before = kiosk::listening::volume_step(app.engine().store()).unwrap();
    for _ in 0..2 {
        app.wait_for("#volume-down").await.click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let after = kiosk::listening::volume_step(app.engine().store()).unwrap();
    assert_eq!(
        after + 2,
        before,
        "two steps quieter, kept for the next start"
    );
    assert!(has_played(&sink, "volume-down").await, "each step is heard");
    app.quit().await;
}

#[tokio::test]
async fn a_step_that_arrives_stale_is_refused_as_such_and_the_session_goes_on() {
    let app = App::launch(Launch::default()).await;
    begin(&app).await;
    app.click_through(".choice[data-value='no']").await;
    // The same answer once more, as a tap that reached the engine after its screen was gone.
    let refused = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             window.__TAURI_INTERNALS__.invoke('answer', { question: 'on-leave', answer: 'yes' }) \
               .then(() => done('accepted'), (e) => done(e.code));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(refused, "error-wrong-step");
    let view = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             window.__TAURI_INTERNALS__.invoke('session_view').then((v) => done(v.question.id));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        view, "group",
        "the stale yes neither screened out nor went back"
    );
    app.click_through(".bar .back").await;
    assert_eq!(
        pressed(&app).await,
        vec!["no".to_string()],
        "the answer given stays"
    );
    app.quit().await;
}

#[tokio::test]
async fn a_double_tap_on_a_multiple_choice_answer_chooses_it_once() {
    let app = App::launch(Launch::default()).await;
    begin(&app).await;
    app.click_through(".choice[data-value='no']").await;
    app.click_through(".choice[data-value='group-both']").await;
    while app
        .wait_for("section.question")
        .await
        .attr("data-kind")
        .await
        .unwrap()
        .as_deref()
        != Some("multiple")
    {
        app.click_through(".option:first-child .choice").await;
    }
    // Past the time in which a tap still belongs to the one that drew the screen.
    tokio::time::sleep(Duration::from_millis(700)).await;
    let first = app
        .wait_for(".option:first-child .choice")
        .await
        .attr("data-value")
        .await
        .unwrap()
        .unwrap();
    double_tap(&app, ".option:first-child .choice").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(
        pressed(&app).await,
        vec![first.clone()],
        "chosen, not chosen and unchosen"
    );
    // A tap of its own, later, still unchooses it.
    app.wait_for(".option:first-child .choice")
        .await
        .click()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(pressed(&app).await.is_empty());
    app.quit().await;
}
