//! The web survey in headless Chromium with a phone's screen: a participant opens the link with
//! the code after "#", answers in Norwegian and in Arabic, and the collector holds exactly those
//! responses, sealed in the browser so that the Debian `age` command opens them; after one first
//! visit the network is cut at a proxy (for the service worker too), the page reloaded and a
//! response finished offline, and it arrives once when the network returns; a logging proxy's
//! record of whole responses names no language and depends on no answer; every screen is
//! screenshotted at three phone sizes, two tablets and a PC in four scripts and checked by
//! axe-core, for width and for answers out of sight; a ticket the collector refuses (its code
//! replaced) is forgotten, the next participant is asked for the code, and the response it was
//! refused for goes, once, with the new code's ticket.

use std::time::{Duration, Instant};

use end_to_end::browser::{
    Browser, Device, LAPTOP, OUTBOX, PHONE, PHONE_320, PHONE_360, PHONE_390, TABLET, TABLET_TALL,
};
use end_to_end::proxy::Proxy;
use end_to_end::*;
use serde_json::Value;

/// Answers whatever question is on screen and moves on: "no" to the screening question, the
/// group given, the first option elsewhere (the last with "last" as a second argument; a few
/// words for free text), tapping its speaker first with "listen" as a third.
const ANSWER_ONE: &str = r#"
    const done = arguments[arguments.length - 1];
    const group = arguments[0];
    const pick = arguments[1] === "last" ? (list) => list[list.length - 1] : (list) => list[0];
    const listen = arguments[2] === "listen";
    // A tap right after a screen is drawn counts as part of the last one: wait as a person would.
    const settled = () => document.getElementById("screen").dataset.settled !== "false";
    const answer = () => {
    const section = document.querySelector("section.question");
    if (!section) { done("no question"); return; }
    const id = section.dataset.question, kind = section.dataset.kind;
    const click = (el) => el.click();
    const choice = () => pick([...section.querySelectorAll(".choice")]);
    if (listen) section.querySelector("button.sound")?.click();
    if (id === "on-leave") click(section.querySelector(".choice[data-value='no']"));
    else if (id === "group") click(section.querySelector(`.choice[data-value='${group}']`));
    else if (kind === "multiple") { click(choice()); click(section.querySelector(".next")); }
    else if (kind === "free_text") { section.querySelector("textarea").value = "Bra"; click(section.querySelector(".next")); }
    else click(choice());
    done(id);
    };
    const wait = () => (settled() ? answer() : setTimeout(wait, 30));
    wait();
"#;

/// Answers the question on screen and waits until the next screen is drawn.
async fn answer_one(browser: &Browser, group: &str) {
    answer_one_as(browser, group, "first", "").await
}

async fn answer_one_as(browser: &Browser, group: &str, pick: &str, listen: &str) {
    let shown = "return document.getElementById('screen').dataset.shown";
    let before = browser.js(shown).await;
    browser
        .client
        .execute_async(
            ANSWER_ONE,
            vec![Value::from(group), Value::from(pick), Value::from(listen)],
        )
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while browser.js(shown).await == before {
        assert!(Instant::now() < deadline, "the survey did not move on");
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

async fn answer_everything(browser: &Browser, group: &str) -> usize {
    let mut answered = 0;
    while browser.screen().await == "question" {
        answer_one(browser, group).await;
        answered += 1;
    }
    answered
}

async fn open_survey(browser: &Browser, url: &str) {
    browser.goto(url).await;
    browser.wait_for("html[data-ready='true']").await;
    browser.wait_for_screen("welcome").await;
}

fn sealed_of(collector: &Collector) -> Vec<(String, Vec<u8>)> {
    let db = collector.state.db.lock().unwrap();
    db.stored_responses()
        .unwrap()
        .into_iter()
        .map(|r| (r.response_id, r.sealed))
        .collect()
}

/// Opens a sealed response with the Debian `age` command and the demo identity.
fn open_with_age_cli(sealed: &[u8]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("response.age");
    std::fs::write(&file, sealed).unwrap();
    let output = std::process::Command::new("age")
        .arg("--decrypt")
        .arg("--identity")
        .arg(demo_identity_file())
        .arg(&file)
        .output()
        .expect("the age command is installed by `cargo xtask test`");
    assert!(
        output.status.success(),
        "age: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_answers_in_norwegian_and_arabic_and_age_opens_what_the_browser_sealed() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let browser = Browser::start(PHONE).await;
    let link = format!("{}/survey/#{code}", collector.url);

    open_survey(&browser, &link).await;
    // The code left the address bar as soon as it was read.
    let address = browser.js("return location.href").await;
    assert!(!address.as_str().unwrap().contains(&code[5..]), "{address}");
    for (language, group) in [("nb", "group-both"), ("ar", "group-training")] {
        browser
            .click_through(&format!(".tile-choose[data-lang='{language}']"))
            .await;
        assert_eq!(
            browser.screen().await,
            "privacy",
            "the code in the link was taken"
        );
        let dir = browser.js("return document.documentElement.dir").await;
        assert_eq!(dir, if language == "ar" { "rtl" } else { "ltr" });
        browser.click_through(".privacy .primary").await;
        // A double tap answers once: the second tap, while the first is on its way, is ignored
        // (it neither answers the next question nor ends the session).
        let before = browser
            .js("return document.getElementById('screen').dataset.shown")
            .await;
        browser
            .js("const b = document.querySelector(\".choice[data-value='no']\"); b.click(); b.click();")
            .await;
        while browser
            .js("return document.getElementById('screen').dataset.shown")
            .await
            == before
        {
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(
            browser
                .js("return document.querySelector('section.question').dataset.question")
                .await,
            "group",
            "one tap's worth of answer"
        );
        // The progress line counts from the start what the participant will be asked: its
        // total never grows, and the last question is "n of n".
        let mut progress = Vec::new();
        while browser.screen().await == "question" {
            let shown = browser
                .js("const p = document.querySelector('progress'); return [p.value, p.max]")
                .await;
            progress.push((shown[0].as_f64().unwrap(), shown[1].as_f64().unwrap()));
            answer_one(&browser, group).await;
        }
        let answered = progress.len();
        assert!(answered > 10, "{answered} questions");
        for (at, pair) in progress.windows(2).enumerate() {
            let ((position, total), (next_position, next_total)) = (pair[0], pair[1]);
            assert_eq!(
                next_position,
                position + 1.0,
                "{language} at {at}: {progress:?}"
            );
            assert!(
                next_total <= total,
                "{language}: the total grew: {progress:?}"
            );
        }
        // The screening question was answered before: the first shown here is the second.
        assert_eq!(
            progress.last().unwrap().0,
            progress.last().unwrap().1,
            "{progress:?}"
        );
        assert!(progress[0].1 > 10.0, "{language}: {progress:?}");
        browser.wait_for("#delivery[data-delivery='sent']").await;
        // The next participant on the same device starts from the languages.
        browser.click_through(".ending .secondary").await;
        assert_eq!(browser.screen().await, "welcome");
    }

    let stored = sealed_of(&collector);
    assert_eq!(stored.len(), 2, "exactly the two responses");
    let mut languages = Vec::new();
    for (id, sealed) in &stored {
        let opened = open_with_age_cli(sealed);
        assert_eq!(opened.len(), 8192, "padded as the kiosk pads");
        let response: Value = serde_json::from_slice(&opened).unwrap();
        assert_eq!(&response["response_id"], id.as_str());
        assert_eq!(response["answers"]["on-leave"], "no");
        languages.push(response["language"].as_str().unwrap().to_owned());
    }
    languages.sort();
    assert_eq!(languages, ["ar", "nb"]);
    browser.quit().await;
}

/// Everything the page keeps: IndexedDB's databases and records, web storage, cached requests.
const STORAGE: &str = r#"
    const done = arguments[arguments.length - 1];
    (async () => {
      const databases = (await indexedDB.databases()).map((d) => d.name);
      const records = [];
      for (const name of databases) {
        const db = await new Promise((ok, fail) => {
          const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error);
        });
        for (const store of db.objectStoreNames) {
          const all = await new Promise((ok) => {
            const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => ok(r.result);
          });
          for (const value of all) records.push({ store, value });
        }
        db.close();
      }
      const cached = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) cached.push(request.method + " " + request.url);
      }
      done({ databases, records, local: localStorage.length, session: sessionStorage.length, cached,
             cookies: document.cookie });
    })().catch((e) => done({ error: String(e) }));
"#;

/// The survey as every device loads it.
fn survey_info(collector: &Collector) -> Value {
    json_of(&http_get(&collector.url, "/survey/api/survey"))
}

fn json_of(reply: &str) -> Value {
    let (_, body) = reply.split_once("\r\n\r\n").expect("an HTTP reply");
    serde_json::from_str(body).unwrap()
}

/// A language's tile in the survey every device loads.
fn tile(collector: &Collector, language: &str) -> Value {
    survey_info(collector)["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == language)
        .unwrap()
        .clone()
}

async fn wait_until(browser: &Browser, script: &str, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while browser.js(script).await != true {
        assert!(Instant::now() < deadline, "{what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[test]
fn a_response_finished_offline_waits_sealed_and_arrives_once_when_the_network_returns() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    // The phone reaches the collector through a network the test can cut for the page and its
    // service worker alike, as losing a phone's network does. The proxy runs outside the
    // browser's runtime.
    let proxy = Proxy::start(collector.url.trim_start_matches("http://").parse().unwrap());
    tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(offline_after_one_first_visit(&collector, &proxy, &code));
}

/// Run before the page's scripts: every clip that starts playing is noted by its address.
const PLAYED: &str = r#"
    const play = HTMLMediaElement.prototype.play;
    window.played = [];
    HTMLMediaElement.prototype.play = function () {
      const started = play.call(this);
      started.then(() => window.played.push(this.currentSrc), () => {});
      return started;
    };
"#;

async fn offline_after_one_first_visit(collector: &Collector, proxy: &Proxy, code: &str) {
    let browser = Browser::start(PHONE).await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": PLAYED }),
        )
        .await;
    // One first visit: the page opens, its service worker finishes installing, the participant
    // chooses Norwegian, accepts the privacy notice and answers no question; meanwhile the page
    // keeps Norwegian's sound and then every language's "not on this device" clip.
    open_survey(&browser, &format!("{}/survey/#{code}", proxy.url)).await;
    wait_until(
        &browser,
        "return navigator.serviceWorker.controller?.state === 'activated'",
        "the service worker never took the page",
    )
    .await;
    browser.click_through(".tile-choose[data-lang='nb']").await;
    assert_eq!(browser.screen().await, "privacy");
    browser.wait_for("html[data-sealing-kept='true']").await;
    browser.click_through(".privacy .primary").await;
    browser.wait_for("html[data-not-kept-kept='true']").await;

    proxy.cut();
    let connections = proxy.connections.load(std::sync::atomic::Ordering::SeqCst);
    browser.client.refresh().await.unwrap();
    browser.wait_for("html[data-ready='true']").await;
    browser.wait_for_screen("welcome").await;
    // A language never loaded on this device says so in that language, offering the kept one.
    browser.click_through(".tile-choose[data-lang='ar']").await;
    assert_eq!(browser.screen().await, "not-kept");
    let said = browser
        .js("return document.getElementById('not-kept-title').textContent")
        .await;
    assert_eq!(said, tile(collector, "ar")["not_kept"], "said in Arabic");
    // And heard in Arabic, offline: read as it shows, with its speaker.
    let clip = tile(collector, "ar")["clips"]["web-language-not-kept"]
        .as_str()
        .unwrap()
        .to_owned();
    wait_until(
        &browser,
        &format!("return window.played.some((src) => src.endsWith('{clip}'))"),
        "the not-kept screen was not read aloud in Arabic",
    )
    .await;
    assert_eq!(
        browser
            .js("return document.querySelector('.not-kept button.sound').dataset.clip")
            .await,
        "web-language-not-kept"
    );
    let offered = browser
        .js("return [...document.querySelectorAll('.tile-choose')].map((b) => b.dataset.lang)")
        .await;
    assert_eq!(offered, serde_json::json!(["nb"]));
    browser.click_through(".tile-choose[data-lang='nb']").await;
    assert_eq!(browser.screen().await, "privacy", "the ticket was kept");
    browser.click_through(".privacy .primary").await;
    let answered = answer_everything(&browser, "group-introduction").await;
    assert!(answered > 10, "{answered} questions offline");
    browser.wait_for("#delivery[data-delivery='waiting']").await;
    assert_eq!(collector.response_count(), 0);
    assert!(
        proxy.refused.load(std::sync::atomic::Ordering::SeqCst) > 0,
        "the page tried"
    );
    assert_eq!(
        proxy.connections.load(std::sync::atomic::Ordering::SeqCst),
        connections,
        "nothing reached the collector while the network was cut"
    );

    let kept = browser.js_async(STORAGE).await;
    assert!(kept.get("error").is_none(), "{kept}");
    assert_eq!(kept["local"], 0);
    assert_eq!(kept["session"], 0);
    assert_eq!(kept["cookies"], "");
    assert_eq!(kept["databases"], serde_json::json!(["survey-outbox"]));
    let waiting: Vec<&Value> = kept["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["store"] == "deliveries")
        .collect();
    assert_eq!(waiting.len(), 1, "{kept}");
    let delivery = &waiting[0]["value"];
    let mut fields: Vec<&str> = delivery
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    fields.sort();
    assert_eq!(
        fields,
        [
            "completed_on",
            "response_id",
            "sealed",
            "survey_id",
            "survey_version",
            "ticket"
        ],
        "nothing but the sealed response and what travels beside it"
    );
    let sealed = base64_decode(delivery["sealed"].as_str().unwrap());
    assert!(sealed.starts_with(b"age-encryption.org/v1\n-> X25519 "));
    assert_eq!(sealed.len(), 8392);
    // No answer in plain text in what the page stored (the cached survey lists every option,
    // so it is the records that must not): the free-text answer and the group are sealed.
    let everything = kept["records"].to_string();
    assert!(
        !everything.contains("group-introduction"),
        "an answer is stored unsealed"
    );
    assert!(
        !everything.contains("\"Bra\""),
        "a free-text answer is stored unsealed"
    );
    for request in kept["cached"].as_array().unwrap() {
        let request = request.as_str().unwrap();
        assert!(
            request.starts_with("GET ") && !request.contains("api/responses"),
            "{request}"
        );
    }

    // The network returns: the page delivers by itself, once.
    proxy.restore();
    let deadline = Instant::now() + Duration::from_secs(60);
    while collector.response_count() == 0 {
        assert!(
            Instant::now() < deadline,
            "the waiting response was never delivered"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    browser.client.refresh().await.unwrap();
    browser.wait_for("html[data-ready='true']").await;
    let after = browser.js_async(STORAGE).await;
    assert!(
        after["records"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["store"] != "deliveries"),
        "a delivered response is forgotten: {after}"
    );
    assert_eq!(collector.response_ids().len(), 1, "exactly once");
    let (_, stored) = &sealed_of(collector)[0];
    assert_eq!(
        stored, &sealed,
        "the collector holds what the browser sealed"
    );
    browser.quit().await;
}

/// One participant's whole response in Arabic on a new phone, answering `pick` ("first" or
/// "last") everywhere and tapping each question's speaker: what the proxy logged.
async fn logged_response(proxy: &Proxy, code: &str, group: &str, pick: &str) -> Vec<String> {
    let browser = Browser::start(PHONE).await;
    open_survey(&browser, &format!("{}/survey/#{code}", proxy.url)).await;
    browser.click_through(".tile-choose[data-lang='ar']").await;
    browser.click_through(".privacy .primary").await;
    let mut answered = 0;
    while browser.screen().await == "question" {
        answer_one_as(&browser, group, pick, "listen").await;
        answered += 1;
    }
    assert!(answered > 10, "{answered} questions");
    browser.wait_for("#delivery[data-delivery='sent']").await;
    browser.wait_for("html[data-sound-kept='ar']").await;
    // Then every language's "not on this device" clip, in the tiles' order.
    browser.wait_for("html[data-not-kept-kept='true']").await;
    browser.quit().await;
    proxy.requests()
}

#[test]
fn a_proxy_log_of_whole_responses_names_no_language_and_depends_on_no_answer() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut logs = Vec::new();
    for (group, pick) in [("group-both", "first"), ("group-training", "last")] {
        let proxy = Proxy::start(collector.url.trim_start_matches("http://").parse().unwrap());
        logs.push(runtime.block_on(logged_response(&proxy, &code, group, pick)));
    }
    assert_eq!(collector.response_count(), 2);
    let languages: Vec<String> = survey_info(&collector)["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["code"].as_str().unwrap().to_owned())
        .collect();
    for line in logs.iter().flatten() {
        let path = line.split(' ').nth(1).unwrap_or_default();
        // The page's own files are the same for every language ("sw.js" is not Swahili); what
        // the API serves may not name one even before a dot ("ar.json").
        let separators: &[char] = if path.starts_with("/survey/api/") {
            &['/', '?', '&', '=', '#', '.']
        } else {
            &['/', '?', '&', '=', '#']
        };
        for part in path.split(separators) {
            assert!(!languages.iter().any(|l| l == part), "a language in {line}");
        }
    }
    // Different answers, the same requests: each device fetched the same set.
    let set = |log: &Vec<String>| {
        log.iter()
            .cloned()
            .collect::<std::collections::BTreeSet<_>>()
    };
    let (first, second) = (set(&logs[0]), set(&logs[1]));
    assert_eq!(
        first.symmetric_difference(&second).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "requests that depend on an answer"
    );
    assert!(first
        .iter()
        .any(|l| l.starts_with("POST /survey/api/responses")));
    // And in the same order: a speaker tapped before its clip's turn waits for it.
    let content = |log: &Vec<String>| -> Vec<String> {
        log.iter()
            .filter(|l| l.contains("/api/content/"))
            .cloned()
            .collect()
    };
    assert!(content(&logs[0]).len() > 100, "{:?}", content(&logs[0]));
    // The fixed order is the order of need: the code screen's, then the privacy notice's, then
    // the first question's (alphabetical order would put the code screen's near the end).
    let clips = texts(&collector, "ar")["clips"].clone();
    let fetched_at = |id: &str| {
        let name = clips[id].as_str().unwrap();
        content(&logs[0])
            .iter()
            .position(|line| line.contains(name))
            .unwrap_or_else(|| panic!("{id}'s clip was not fetched"))
    };
    assert!(
        fetched_at("web-code-title") < fetched_at("privacy-notice")
            && fetched_at("privacy-notice") < fetched_at("q-on-leave"),
        "clips fetched out of the order of need"
    );
    assert_eq!(
        content(&logs[0]),
        content(&logs[1]),
        "the order depends on an answer"
    );
}

/// The first screen on a phone's first visit: 24 names in five scripts from the small "tiles"
/// faces (whole fonts are fetched only once a language is chosen), and no sealing code yet.
/// A tile character missing from its face (a greeting changed without `cargo xtask fonts`)
/// makes the browser fetch the whole font, and this test fail.
#[test]
fn the_first_screen_fetches_the_tiles_small_faces_and_no_whole_script_font() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let proxy = Proxy::start(collector.url.trim_start_matches("http://").parse().unwrap());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let browser = Browser::start(PHONE).await;
        open_survey(&browser, &format!("{}/survey/#{code}", proxy.url)).await;
        // Every tile drawn in its face: the faces a page uses are loaded by then.
        let loaded = browser
            .js_async(
                "const done = arguments[arguments.length - 1];
                 document.fonts.ready.then(() => done([...document.fonts]
                   .filter((f) => f.status === 'loaded').map((f) => f.family.replaceAll('\"', ''))));",
            )
            .await;
        let loaded: Vec<&str> = loaded.as_array().unwrap().iter().filter_map(Value::as_str).collect();
        for face in ["Tiles Sans", "Tiles Arabic", "Tiles Ethiopic", "Tiles Myanmar", "Tiles Thai"] {
            assert!(loaded.contains(&face), "{face} not used: {loaded:?}");
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        let fetched = proxy.requests();
        let fonts: Vec<&str> = fetched
            .iter()
            .filter_map(|l| l.split(' ').nth(1))
            .filter(|p| p.contains("/fonts/"))
            .collect();
        for font in &fonts {
            let name = font.rsplit('/').next().unwrap();
            assert!(
                name.ends_with("-Tiles.woff2") || name.starts_with("NotoSans-"),
                "the first screen fetched a whole script's font: {font} (all: {fonts:?})"
            );
        }
        assert!(
            !fetched.iter().any(|l| l.contains("/vendor/") || l.contains("age.js")),
            "sealing code on the first screen: {fetched:?}"
        );
        // A language chosen: its screens fetch its whole font.
        browser.click_through(".tile-choose[data-lang='ti']").await;
        browser.wait_for(".privacy").await;
        wait_until(
            &browser,
            "return document.fonts.check('16px \"Kiosk Ethiopic\"', 'ሀ') && [...document.fonts].some((f) => f.family.includes('Kiosk Ethiopic') && f.status === 'loaded')",
            "the whole Ethiopic font",
        )
        .await;
        browser.quit().await;
    });
    assert!(proxy
        .requests()
        .iter()
        .any(|l| l.contains("/fonts/NotoSansEthiopic-Regular.woff2")));
}

/// The page's own age writer (js/web/age.js) beyond one response: an empty file, exactly one
/// full 64 KiB chunk, and three chunks, each opened by Debian's `age` to the bytes sealed; and
/// a recipient that is not a whole, well-checked age key is refused, never sealed to.
#[test]
fn the_page_s_age_writer_is_opened_by_age_at_every_chunk_boundary_and_refuses_a_bad_recipient() {
    let collector = Collector::start();
    let recipient = survey_info(&collector)["recipient"]
        .as_str()
        .unwrap()
        .to_owned();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (sealed, refusals) = runtime.block_on(async {
        let browser = Browser::start(PHONE).await;
        open_survey(&browser, &format!("{}/survey/", collector.url)).await;
        let script = format!(
            "const done = arguments[arguments.length - 1];
             import(new URL('js/web/age.js', location.href).href).then((age) => {{
               const b64 = (bytes) => {{ let s = ''; for (const b of bytes) s += String.fromCharCode(b); return btoa(s); }};
               const text = (n) => Uint8Array.from({{ length: n }}, (_, i) => 97 + (i % 26));
               const sealed = [0, 65536, 150000].map((n) => b64(age.seal('{recipient}', text(n))));
               const refused = (r) => {{ try {{ age.seal(r, text(10)); return 'sealed'; }} catch (e) {{ return e.message; }} }};
               const last = '{recipient}'.slice(-1) === 'q' ? 'p' : 'q';
               done([sealed, [
                 refused('{recipient}'.slice(0, -1) + last),
                 refused('{recipient}'.replace('age1', 'agf1')),
                 refused('{recipient}'.slice(0, 20) + '{recipient}'.slice(22)),
                 refused('{recipient}'.slice(0, 10).toUpperCase() + '{recipient}'.slice(10)),
               ]]);
             }}, (e) => done(String(e)));"
        );
        let reply = browser.js_async(&script).await;
        browser.quit().await;
        (reply[0].clone(), reply[1].clone())
    });
    let sealed = sealed.as_array().expect("the page sealed");
    for (file, length) in sealed.iter().zip([0usize, 65536, 150000]) {
        let opened = open_with_age_cli(&base64_decode(file.as_str().unwrap()));
        let expected: Vec<u8> = (0..length).map(|i| 97 + (i % 26) as u8).collect();
        assert_eq!(opened, expected, "{length} bytes");
    }
    let refusals: Vec<&str> = refusals
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        refusals,
        [
            "recipient checksum wrong",
            "not an age recipient",
            "recipient checksum wrong",
            "mixed-case recipient"
        ]
    );
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .unwrap()
}

/// What a small screen gets wrong: the page wider than the screen (a word that does not fit
/// pushes it out), or a control smaller than 48 x 48 px.
const LAYOUT_PROBLEMS: &str = r#"
    const problems = [];
    // Against the screen itself: a page too wide makes a phone's browser zoom out, and then
    // innerWidth (and the layout) grow with the page.
    // (A phone zoomed out shows more CSS pixels at a smaller scale: their product is the screen.)
    const screenWidth = Math.min(visualViewport.width * visualViewport.scale, document.documentElement.clientWidth);
    const widest = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    if (widest > screenWidth + 1) {
      problems.push(`the page is ${widest}px wide on a ${screenWidth}px screen`);
    }
    for (const el of document.querySelectorAll("main button, main input, main textarea")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 47.5 || r.height < 47.5) {
        problems.push(`${el.className || el.tagName} is ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    // A word split over two lines (Intl.Segmenter finds the words of scripts without spaces).
    const walker = document.createTreeWalker(document.getElementById("screen"), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const lang = node.parentElement.closest("[lang]")?.lang || document.documentElement.lang;
      const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
      for (const { segment, index, isWordLike } of segmenter.segment(node.data)) {
        if (!isWordLike || segment.length < 2) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + segment.length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
        if (tops.size > 1) problems.push(`"${segment}" is broken over two lines`);
      }
    }
    return problems;
"#;

/// On a question's screen: answers below what the screen shows (above "next") while no cue
/// says that more follow.
const ANSWERS_OUT_OF_SIGHT: &str = r#"
    const screen = document.getElementById("screen");
    const answers = [...document.querySelectorAll(".question .choice, .question textarea")];
    const actions = document.querySelector(".question .actions");
    const limit = innerHeight - (actions ? actions.offsetHeight : 0);
    const hidden = answers.filter((a) => a.getBoundingClientRect().bottom > limit + 1).length;
    const cue = document.querySelector(".more-below");
    const cued = !!cue && getComputedStyle(cue).display !== "none" && cue.getBoundingClientRect().bottom <= innerHeight;
    if (hidden > 0 && !cued) return `${hidden} of ${answers.length} answers out of sight, with no cue`;
    if (hidden === 0 && cued) return "a cue that more answers follow, with all in sight";
    return "";
"#;

struct Shots {
    dir: std::path::PathBuf,
    device: Device,
    problems: Vec<String>,
}

impl Shots {
    async fn take(&mut self, browser: &Browser, language: &str, screen: &str) {
        let png = browser.screenshot().await;
        let path = self
            .dir
            .join(format!("{}-{language}-{screen}.png", self.device.name));
        std::fs::write(&path, png).unwrap();
        let at = format!("{} {language} {screen}", self.device.name);
        for problem in browser.axe_violations().await {
            self.problems.push(format!("{at}: axe: {problem}"));
        }
        if screen.starts_with("question") {
            let unseen = browser.js(ANSWERS_OUT_OF_SIGHT).await;
            if unseen != "" {
                self.problems
                    .push(format!("{at}: {}", unseen.as_str().unwrap()));
            }
        }
        for problem in browser.js(LAYOUT_PROBLEMS).await.as_array().unwrap() {
            self.problems
                .push(format!("{at}: {}", problem.as_str().unwrap()));
        }
    }
}

impl Shots {
    /// Every question passed on the way, not only those screenshotted, shows all its answers
    /// or the cue that more follow.
    async fn answer_until(&mut self, browser: &Browser, language: &str, kind: &str, group: &str) {
        loop {
            let on_screen = browser
                .js("const s = document.querySelector('section.question'); return s ? s.dataset.kind + ' ' + s.dataset.question : ''")
                .await;
            let on_screen = on_screen.as_str().unwrap_or_default().to_owned();
            if on_screen.is_empty() || on_screen.split(' ').next() == Some(kind) {
                return;
            }
            let unseen = browser.js(ANSWERS_OUT_OF_SIGHT).await;
            if unseen != "" {
                let at = format!("{} {language} {on_screen}", self.device.name);
                self.problems
                    .push(format!("{at}: {}", unseen.as_str().unwrap()));
            }
            answer_one(browser, group).await;
        }
    }
}

// One test per device, so that two devices are checked at a time.
#[tokio::test(flavor = "multi_thread")]
async fn every_screen_on_a_320_wide_phone_in_four_scripts_passes_axe_and_fits() {
    every_screen_passes_axe_and_fits(PHONE_320).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_on_a_360_wide_phone_in_four_scripts_passes_axe_and_fits() {
    every_screen_passes_axe_and_fits(PHONE_360).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_on_a_390_wide_phone_in_four_scripts_passes_axe_and_fits() {
    every_screen_passes_axe_and_fits(PHONE_390).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_on_a_768_wide_tablet_in_four_scripts_passes_axe_and_fits() {
    every_screen_passes_axe_and_fits(TABLET).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_on_an_810_wide_tablet_in_four_scripts_passes_axe_and_fits() {
    every_screen_passes_axe_and_fits(TABLET_TALL).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_on_a_pc_in_four_scripts_passes_axe_and_fits() {
    every_screen_passes_axe_and_fits(LAPTOP).await;
}

/// Every screen of a whole response in nb, ar, ti and my on `device`: no axe-core violation,
/// nothing wider than the screen, and a screenshot of each for a person to look at.
async fn every_screen_passes_axe_and_fits(device: Device) {
    let dir = repo().join("target/web-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let browser = Browser::start(device).await;
    let mut shots = Shots {
        dir: dir.clone(),
        device,
        problems: Vec::new(),
    };
    for language in ["nb", "ar", "ti", "my"] {
        // A new participant's device: nothing kept from before, no code in the link.
        browser.goto(&format!("{}/survey/", collector.url)).await;
        browser.wait_for("html[data-ready='true']").await;
        browser
            .js_async("const done = arguments[arguments.length - 1]; const r = indexedDB.deleteDatabase('survey-outbox'); r.onsuccess = r.onerror = r.onblocked = () => done(true);")
            .await;
        browser.client.refresh().await.unwrap();
        browser.wait_for("html[data-ready='true']").await;
        browser.wait_for_screen("welcome").await;
        if language == "nb" {
            shots.take(&browser, language, "welcome").await;
        }
        browser
            .click_through(&format!(".tile-choose[data-lang='{language}']"))
            .await;
        assert_eq!(browser.screen().await, "code");
        // The example code reads left to right inside right-to-left text too.
        let example = browser
            .js("const b = document.querySelector('#code-help bdi'); return b ? b.dir + ' ' + b.textContent : ''")
            .await;
        assert_eq!(example, "ltr 0301-ABCD-EFGH-JKLM-NPQR", "{language}");
        shots.take(&browser, language, "code").await;

        let wrong = browser.wait_for("#code").await;
        wrong.send_keys("0301-WRNG-CODE-TRY-AGIN").await.unwrap();
        browser
            .wait_for("form.code-entry button[type='submit']")
            .await
            .click()
            .await
            .unwrap();
        let expected = texts(&collector, language)["ui"]["web-code-wrong"]
            .as_str()
            .unwrap()
            .to_owned();
        let deadline = Instant::now() + Duration::from_secs(20);
        while browser
            .js("return document.getElementById('code-problem').textContent")
            .await
            != expected.as_str()
        {
            assert!(
                Instant::now() < deadline,
                "no message in {language} for a wrong code"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        shots.take(&browser, language, "code-wrong").await;

        let input = browser.wait_for("#code").await;
        input.clear().await.unwrap();
        input.send_keys(&code.to_lowercase()).await.unwrap();
        browser
            .click_through("form.code-entry button[type='submit']")
            .await;
        assert_eq!(browser.screen().await, "privacy");
        shots.take(&browser, language, "privacy").await;
        browser.click_through(".privacy .primary").await;
        shots.take(&browser, language, "question-yes-no").await;
        shots
            .answer_until(&browser, language, "agreement", "group-both")
            .await;
        shots.take(&browser, language, "question-agreement").await;
        shots
            .answer_until(&browser, language, "multiple", "group-both")
            .await;
        shots.take(&browser, language, "question-multiple").await;
        shots
            .answer_until(&browser, language, "free_text", "group-both")
            .await;
        shots.take(&browser, language, "question-free-text").await;
        shots
            .answer_until(&browser, language, "none", "group-both")
            .await;
        browser.wait_for("#delivery[data-delivery='sent']").await;
        shots.take(&browser, language, "thanks").await;
    }
    assert_eq!(collector.response_count(), 4, "{}", device.name);
    browser.quit().await;
    assert!(shots.problems.is_empty(), "{}", shots.problems.join("\n"));
}

/// A language's texts, from its bundle.
fn texts(collector: &Collector, language: &str) -> Value {
    let bundle = tile(collector, language)["bundle"]
        .as_str()
        .unwrap()
        .to_owned();
    json_of(&http_get(
        &collector.url,
        &format!("/survey/api/content/{bundle}"),
    ))
}

#[tokio::test(flavor = "multi_thread")]
async fn over_plain_http_to_another_machine_the_page_sends_neither_code_nor_answers() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    // survey.test resolves to this machine, but to the browser it is another host: over http
    // it is not a secure context, as a real server reached without TLS would not be.
    let browser =
        Browser::start_with(PHONE, &["--host-resolver-rules=MAP survey.test 127.0.0.1"]).await;
    let port = collector.url.rsplit(':').next().unwrap();
    open_survey(
        &browser,
        &format!("http://survey.test:{port}/survey/#{code}"),
    )
    .await;
    browser.click_through(".tile-choose[data-lang='nb']").await;
    assert_eq!(
        browser.screen().await,
        "code",
        "the code in the link was not sent"
    );
    browser
        .js(&format!("document.getElementById('code').value = '{code}'; document.querySelector('.screen form, form').requestSubmit();"))
        .await;
    let expected = texts(&collector, "nb")["ui"]["web-insecure"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut problem = String::new();
    for _ in 0..100 {
        problem = browser
            .js("return document.getElementById('code-problem').textContent")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if !problem.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(problem, expected);
    // Said as well as shown: the problem's speaker plays its clip.
    assert_eq!(
        browser
            .js("return document.querySelector('#code-problem + button.sound')?.dataset.clip ?? null")
            .await,
        "web-insecure"
    );
    assert_eq!(browser.screen().await, "code");
    assert_eq!(collector.response_count(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_ticket_is_forgotten_the_code_is_asked_again_and_the_kept_response_goes_with_the_new_one(
) {
    let collector = Collector::start();
    let old_code = collector.add_municipality("0301", "Oslo");
    let browser = Browser::start(PHONE).await;
    open_survey(&browser, &format!("{}/survey/#{old_code}", collector.url)).await;
    let held = browser.js_async(OUTBOX).await;
    let old_ticket = held["ticket"]["ticket"].as_str().unwrap().to_owned();

    // The owner replaced the code yesterday (as /admin's "new code" does): the old code's
    // ticket no longer takes a response completed today.
    let new_code = collector::secrets::new_access_code("0301");
    {
        let db = collector.state.db.lock().unwrap();
        let sealed = collector::code_vault::seal(db.data_dir(), "0301", &new_code).unwrap();
        let yesterday = collector.state.today().pred_opt().unwrap();
        db.set_access_code(
            "0301",
            &collector::secrets::hash(&new_code),
            &sealed,
            yesterday,
        )
        .unwrap();
    }

    // The page does not know yet: a participant answers, and the delivery is refused.
    browser.click_through(".tile-choose[data-lang='nb']").await;
    assert_eq!(browser.screen().await, "privacy");
    browser.click_through(".privacy .primary").await;
    answer_everything(&browser, "group-both").await;
    browser.wait_for("#delivery[data-delivery='waiting']").await;
    assert_eq!(collector.response_count(), 0);
    let deadline = Instant::now() + Duration::from_secs(10);
    let kept = loop {
        let kept = browser.js_async(OUTBOX).await;
        if kept["ticket"].is_null() {
            break kept;
        }
        assert!(
            Instant::now() < deadline,
            "the refused ticket is kept: {kept}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let waiting = kept["deliveries"].as_array().unwrap();
    assert_eq!(waiting.len(), 1, "the response is kept: {kept}");
    assert_eq!(waiting[0]["ticket"], old_ticket.as_str());

    // The next participant, on the same page, is asked for the code; the old one is wrong
    // now, the new one works.
    browser.click_through(".ending .another").await;
    browser.click_through(".tile-choose[data-lang='nb']").await;
    assert_eq!(browser.screen().await, "code");
    let submit = |code: &str| {
        format!("document.getElementById('code').value = '{code}'; document.querySelector('form.code-entry').requestSubmit();")
    };
    browser.js(&submit(&old_code)).await;
    let wrong = texts(&collector, "nb")["ui"]["web-code-wrong"].clone();
    wait_until(
        &browser,
        &format!("return document.getElementById('code-problem').textContent === {wrong}"),
        "the replaced code was taken",
    )
    .await;
    browser.js(&submit(&new_code)).await;
    browser.wait_for_screen("privacy").await;

    // The kept response goes with the new code's ticket, once, and is forgotten here.
    let deadline = Instant::now() + Duration::from_secs(30);
    while collector.response_count() == 0 {
        assert!(Instant::now() < deadline, "the kept response never arrived");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let kept = browser.js_async(OUTBOX).await;
        if kept["deliveries"].as_array().map(Vec::len) == Some(0) {
            assert_ne!(kept["ticket"]["ticket"], old_ticket.as_str());
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
