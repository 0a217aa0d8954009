//! Sound on a phone whose browser plays no Ogg (Safari on iPhone and iPad before 18.4): in
//! Chromium with `canPlayType` answering no for Ogg, and an audio element that plays by itself
//! only once a tap has started it (WebKit's rule), the page takes each language's MP3 bundle,
//! and after the first tap every question is read aloud by itself, from its MP3 clip, until
//! the participant turns that off; so are the code screen, its errors and the thank-you, whose
//! texts each have their speaker. A thank-you told to wait (`429`) says so, keeps the sealed
//! response and delivers it once when the collector takes it.

use std::time::{Duration, Instant};

use end_to_end::browser::{Browser, OUTBOX, PHONE};
use end_to_end::*;
use serde_json::{json, Value};

/// Run before any of the page's scripts: Ogg is not played; an audio element plays only after
/// a `play()` made while a tap was being handled, as on an iPhone (Chromium itself lets a page
/// play anything once it was tapped); and every clip that starts playing is noted by its
/// address.
const IPHONE: &str = r#"
    const canPlay = HTMLMediaElement.prototype.canPlayType;
    HTMLMediaElement.prototype.canPlayType = function (type) {
      return /ogg|vorbis/i.test(type) ? "" : canPlay.call(this, type);
    };
    // From the first listener of a tap (this one, added before the page's) to the last.
    let inTap = false;
    for (const type of ["touchend", "click"]) {
      window.addEventListener(type, (event) => {
        if (!event.isTrusted) return;
        inTap = true;
        setTimeout(() => (inTap = false), 0);
      }, true);
      window.addEventListener(type, () => (inTap = false));
    }
    const started = new WeakSet();
    const play = HTMLMediaElement.prototype.play;
    window.played = [];
    HTMLMediaElement.prototype.play = function () {
      if (inTap) started.add(this);
      if (!started.has(this)) {
        return Promise.reject(new DOMException("no tap has started this element", "NotAllowedError"));
      }
      const playing = play.call(this);
      playing.then(() => window.played.push(this.currentSrc), () => {});
      return playing;
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
            json!({ "source": IPHONE }),
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
    browser.click_through(".ending button.another").await;
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

/// A phone that plays no Ogg opens the survey without a code and chooses Norwegian: the code
/// screen. Returns the browser, Norwegian's MP3 clip names and its screen texts.
async fn code_screen_in_norwegian(
    collector: &Collector,
) -> (Browser, serde_json::Map<String, Value>, Value) {
    let nb = tile(collector, "nb");
    let mp3 = clips_of_bundle(collector, &nb["mp3"]["bundle"]);
    let ui = json_of(&http_get(
        &collector.url,
        &format!("/survey/api/content/{}", nb["bundle"].as_str().unwrap()),
    ))["ui"]
        .clone();
    let browser = Browser::start(PHONE).await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": IPHONE }),
        )
        .await;
    browser.goto(&format!("{}/survey/", collector.url)).await;
    browser.wait_for("html[data-ready='true']").await;
    browser.click_through(".tile-choose[data-lang='nb']").await;
    assert_eq!(browser.screen().await, "code");
    (browser, mp3, ui)
}

/// Posts deliveries from this machine's address, as the phone's own, until the collector asks
/// it to wait: the address's allowance (collector/src/delivery_limit.rs) is used up. Each is
/// counted before it is read, so an empty one does.
fn use_up_the_delivery_allowance(collector: &Collector) {
    for _ in 0..200 {
        let reply = http_raw(
            &collector.url,
            "POST /survey/api/responses HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
             Content-Length: 2\r\nConnection: close\r\n\r\n{}",
        );
        if reply.starts_with("HTTP/1.1 429") {
            return;
        }
    }
    panic!("the collector never asked to wait");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_code_screen_its_errors_and_a_slowed_thank_you_read_themselves_and_the_response_arrives_once(
) {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    // No code in the link: the code screen, read aloud as it shows after the language's tap.
    let (browser, mp3, ui) = code_screen_in_norwegian(&collector).await;
    let clip = |id: &str| mp3[id].as_str().unwrap().to_owned();
    wait_played(&browser, &clip("web-code-title"), "the code screen's title").await;
    wait_played(&browser, &clip("web-code-help"), "the code screen's help").await;
    assert_eq!(
        browser
            .js("return [...document.querySelectorAll('form.code-entry [data-said]')].map((e) => e.dataset.said)")
            .await,
        json!(["web-code-title", "web-code-help", "web-code-label", "web-code-submit"]),
        "every text of the code screen has its clip"
    );
    assert_eq!(
        browser
            .js("return [...document.querySelectorAll('form.code-entry button.sound')].map((b) => b.dataset.clip)")
            .await,
        json!(["web-code-title"])
    );

    // A wrong code: its problem is said as it appears, and has its speaker.
    browser
        .js("document.getElementById('code').value = '0301-WRNG-CODE-TRYA-GAIN'; document.querySelector('form.code-entry').requestSubmit();")
        .await;
    wait_played(&browser, &clip("web-code-wrong"), "a wrong code's problem").await;
    assert_eq!(
        browser
            .js("return document.getElementById('code-problem').textContent")
            .await,
        ui["web-code-wrong"]
    );
    assert_eq!(
        browser
            .js("return document.querySelector('#code-problem + button.sound')?.dataset.clip ?? null")
            .await,
        "web-code-wrong"
    );

    browser
        .js(&format!("document.getElementById('code').value = '{code}'; document.querySelector('form.code-entry').requestSubmit();"))
        .await;
    browser.wait_for_screen("privacy").await;
    browser.click_through(".privacy .primary").await;
    while browser.screen().await == "question" {
        // Just before the last answer, the collector stops taking deliveries from this address.
        let last = browser
            .js("const p = document.querySelector('progress'); return p.value === p.max")
            .await;
        if last == true {
            use_up_the_delivery_allowance(&collector);
        }
        answer(&browser).await;
    }

    // The thank-you says that the response waits because many arrive, and reads that aloud.
    browser.wait_for("#delivery[data-delivery='slowed']").await;
    assert_eq!(
        browser
            .js("return document.getElementById('delivery').textContent")
            .await,
        ui["web-slowed"]
    );
    wait_played(&browser, &clip("web-slowed"), "the thank-you's outcome").await;
    assert_eq!(
        browser
            .js("return document.querySelector('#delivery + button.sound')?.dataset.clip ?? null")
            .await,
        "web-slowed"
    );
    let kept = browser.js_async(OUTBOX).await;
    assert_eq!(
        kept["deliveries"].as_array().map(Vec::len),
        Some(1),
        "the sealed response is kept: {kept}"
    );
    assert_eq!(collector.response_count(), 0);

    // One more delivery is allowed each 10 s: the page opened again then sends it, once.
    tokio::time::sleep(Duration::from_secs(10)).await;
    browser.client.refresh().await.unwrap();
    browser.wait_for("html[data-ready='true']").await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while collector.response_count() == 0 {
        assert!(Instant::now() < deadline, "the kept response never arrived");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let kept = browser.js_async(OUTBOX).await;
        if kept["deliveries"].as_array().map(Vec::len) == Some(0) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "a delivered response is kept: {kept}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(collector.response_ids().len(), 1, "exactly once");
    browser.quit().await;
}

/// Posts a code check from this machine's address, as a phone would, and returns the reply.
fn check_code(url: &str, code: &str) -> String {
    let body = format!("{{\"code\":\"{code}\"}}");
    http_raw(
        url,
        &format!(
            "POST /survey/api/code HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
}

/// A code check told to wait (`429`: every place this address has in the collector's guessing
/// guard is held by a wrong guess waiting for its answer, as behind a school's address with
/// someone guessing) says so on the code screen, and says it aloud: without its number of
/// seconds, which a recorded clip cannot say.
#[tokio::test(flavor = "multi_thread")]
async fn a_code_check_told_to_wait_says_so_aloud() {
    let collector = Collector::start();
    collector.add_municipality("0301", "Oslo");
    let (browser, mp3, ui) = code_screen_in_norwegian(&collector).await;

    // Guessing from this address: the first wrong answers come at once, then each waits with its
    // place held, until the address has none left.
    const WRONG: &str = "0301-WRNG-CODE-TRYA-GAIN";
    for _ in 0..6 {
        check_code(&collector.url, WRONG);
    }
    // Guessers who give up after a few seconds: the collector drops a check whose asker has
    // gone, so that this test does not end waiting for answers delayed by half a minute.
    for _ in 0..40 {
        let url = collector.url.clone();
        std::thread::spawn(move || {
            use std::io::{Read, Write};
            let body = format!("{{\"code\":\"{WRONG}\"}}");
            let mut stream =
                std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(8)))
                .unwrap();
            let request = format!(
                "POST /survey/api/code HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            stream.write_all(request.as_bytes()).unwrap();
            let _ = stream.read_to_end(&mut Vec::new());
        });
    }
    // Each guess takes its place as it arrives; one more is refused at once when none is left
    // (and otherwise waits its turn: it is asked only once the others have had time to arrive).
    tokio::time::sleep(Duration::from_secs(1)).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    while !check_code(&collector.url, WRONG).starts_with("HTTP/1.1 429") {
        assert!(
            Instant::now() < deadline,
            "the address never ran out of places"
        );
    }

    browser
        .js("document.getElementById('code').value = '0301-ABCD-EFGH-JKLM-NPQR'; document.querySelector('form.code-entry').requestSubmit();")
        .await;
    wait_played(
        &browser,
        mp3["web-code-throttled-spoken"].as_str().unwrap(),
        "a code check told to wait",
    )
    .await;
    let problem = browser
        .js("return document.getElementById('code-problem').textContent")
        .await;
    let shown = ui["web-code-throttled"].as_str().unwrap();
    // The screen's text has the seconds the collector said (Fluent's plural cases aside).
    let before_number = shown.split('{').next().unwrap();
    assert!(
        problem.as_str().unwrap().starts_with(before_number),
        "{problem} is not {shown}"
    );
    assert_eq!(
        browser
            .js("return document.querySelector('#code-problem + button.sound')?.dataset.clip ?? null")
            .await,
        "web-code-throttled-spoken"
    );
    assert_eq!(browser.screen().await, "code");
    browser.quit().await;
}
