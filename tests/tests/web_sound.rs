//! Sound on a phone whose browser plays no Ogg (Safari on iPhone and iPad before 18.4): in
//! Chromium with `canPlayType` answering no for Ogg, the page takes each language's MP3 bundle,
//! and after the first tap every question is read aloud by itself, from its MP3 clip, until
//! the participant turns that off.

use std::time::{Duration, Instant};

use end_to_end::browser::{Browser, PHONE};
use end_to_end::*;
use serde_json::{json, Value};

/// Run before any of the page's scripts: Ogg is not played, and every clip that starts playing
/// is noted by its address.
const NO_OGG: &str = r#"
    const canPlay = HTMLMediaElement.prototype.canPlayType;
    HTMLMediaElement.prototype.canPlayType = function (type) {
      return /ogg|vorbis/i.test(type) ? "" : canPlay.call(this, type);
    };
    const play = HTMLMediaElement.prototype.play;
    window.played = [];
    HTMLMediaElement.prototype.play = function () {
      const started = play.call(this);
      started.then(() => window.played.push(this.currentSrc), () => {});
      return started;
    };
"#;

/// Answers the question on screen (the first choice; "no" to the screening question; a few
/// words of free text).
const ANSWER: &str = r#"
    const section = document.querySelector("section.question");
    const id = section.dataset.question, kind = section.dataset.kind;
    if (id === "on-leave") section.querySelector(".choice[data-value='no']").click();
    else if (id === "group") section.querySelector(".choice[data-value='group-both']").click();
    else if (kind === "multiple") { section.querySelector(".choice").click(); section.querySelector(".next").click(); }
    else if (kind === "free_text") { section.querySelector("textarea").value = "Bra"; section.querySelector(".next").click(); }
    else section.querySelector(".choice").click();
"#;

fn json_of(reply: &str) -> Value {
    let (_, body) = reply.split_once("\r\n\r\n").expect("an HTTP reply");
    serde_json::from_str(body).unwrap()
}

/// A language's tile in the survey every device loads.
fn tile(collector: &Collector, language: &str) -> Value {
    json_of(&http_get(&collector.url, "/survey/api/survey"))["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == language)
        .unwrap()
        .clone()
}

/// Clip id to content name, from a bundle.
fn clips_of_bundle(collector: &Collector, bundle: &Value) -> serde_json::Map<String, Value> {
    let path = format!("/survey/api/content/{}", bundle.as_str().unwrap());
    json_of(&http_get(&collector.url, &path))["clips"]
        .as_object()
        .unwrap()
        .clone()
}

async fn played(browser: &Browser) -> Vec<String> {
    let list = browser.js("return window.played").await;
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

async fn wait_played(browser: &Browser, name: &str, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !played(browser).await.iter().any(|src| src.ends_with(name)) {
        assert!(
            Instant::now() < deadline,
            "{what} was not read aloud by itself; played: {:?}",
            played(browser).await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn wait_until_pressed(browser: &Browser, pressed: &str) {
    let script = "return document.getElementById('auto-play').getAttribute('aria-pressed')";
    let deadline = Instant::now() + Duration::from_secs(10);
    while browser.js(script).await != pressed {
        assert!(Instant::now() < deadline, "the switch did not turn");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn answer(browser: &Browser) {
    browser.wait_settled().await;
    let shown = "return document.getElementById('screen').dataset.shown";
    let before = browser.js(shown).await;
    browser.js(ANSWER).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while browser.js(shown).await == before {
        assert!(Instant::now() < deadline, "the survey did not move on");
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn without_ogg_every_question_reads_itself_aloud_from_its_mp3_clip_after_the_first_tap() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let nb = tile(&collector, "nb");
    let mp3 = clips_of_bundle(&collector, &nb["mp3"]["bundle"]);
    let ogg = clips_of_bundle(&collector, &nb["bundle"]);
    assert_eq!(
        mp3.keys().collect::<Vec<_>>(),
        ogg.keys().collect::<Vec<_>>(),
        "both forms of every clip"
    );

    let browser = Browser::start(PHONE).await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": NO_OGG }),
        )
        .await;
    browser
        .goto(&format!("{}/survey/#{code}", collector.url))
        .await;
    browser.wait_for("html[data-ready='true']").await;
    assert_eq!(
        browser
            .js("return document.documentElement.dataset.soundForm")
            .await,
        "mp3"
    );
    // Nothing reads itself before the participant's first tap.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(played(&browser).await.is_empty());

    browser.click_through(".tile-choose[data-lang='nb']").await;
    wait_played(
        &browser,
        mp3["privacy-notice"].as_str().unwrap(),
        "the privacy notice",
    )
    .await;
    browser.click_through(".privacy .primary").await;
    let mut questions = 0;
    while browser.screen().await == "question" {
        let id = browser
            .js("return document.getElementById('question-text').dataset.said")
            .await;
        let id = id.as_str().unwrap().to_owned();
        wait_played(&browser, mp3[&id].as_str().unwrap(), &id).await;
        questions += 1;
        answer(&browser).await;
    }
    assert!(questions > 10, "{questions} questions");

    // The switch in the bar's panel turns reading aloud off, on this device.
    browser.click_through("#delivery ~ button.secondary").await;
    browser.click_through(".tile-choose[data-lang='nb']").await;
    browser
        .js("document.querySelector('details.more').open = true")
        .await;
    browser
        .js("document.getElementById('auto-play').click()")
        .await;
    wait_until_pressed(&browser, "false").await;
    let before = played(&browser).await.len();
    browser.click_through(".privacy .primary").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        played(&browser).await.len(),
        before,
        "the first question was read aloud although reading aloud was turned off"
    );

    let ogg_names: Vec<&str> = ogg.values().map(|v| v.as_str().unwrap()).collect();
    for src in played(&browser).await {
        assert!(
            !ogg_names.iter().any(|name| src.ends_with(name)),
            "an Ogg clip was played: {src}"
        );
    }
    browser.quit().await;
}
