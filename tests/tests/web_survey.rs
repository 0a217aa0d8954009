//! The web survey in headless Chromium with a phone's screen: a participant opens the link with
//! the code after "#", answers in Norwegian and in Arabic, and the collector holds exactly those
//! responses, sealed in the browser so that the Debian `age` command opens them; the network is
//! cut mid-survey and restored, and the response arrives once; every screen is screenshotted
//! at phone, tablet and PC sizes in four scripts and checked by axe-core.

use std::time::{Duration, Instant};

use end_to_end::browser::{Browser, Network, PHONE};
use end_to_end::*;
use serde_json::Value;

/// Answers whatever question is on screen and moves on: "no" to the screening question, the
/// group given, the first option elsewhere (a few words for free text).
const ANSWER_ONE: &str = r#"
    const done = arguments[arguments.length - 1];
    const group = arguments[0];
    const section = document.querySelector("section.question");
    if (!section) { done("no question"); return; }
    const id = section.dataset.question, kind = section.dataset.kind;
    const click = (el) => el.click();
    if (id === "on-leave") click(section.querySelector(".choice[data-value='no']"));
    else if (id === "group") click(section.querySelector(`.choice[data-value='${group}']`));
    else if (kind === "multiple") { click(section.querySelector(".choice")); click(section.querySelector(".next")); }
    else if (kind === "free_text") { section.querySelector("textarea").value = "Bra"; click(section.querySelector(".next")); }
    else click(section.querySelector(".choice"));
    done(id);
"#;

async fn answer_everything(browser: &Browser, group: &str) -> usize {
    let mut answered = 0;
    let deadline = Instant::now() + Duration::from_secs(120);
    while browser.screen().await == "question" {
        let before = browser
            .js("return document.getElementById('screen').dataset.shown")
            .await;
        browser
            .client
            .execute_async(ANSWER_ONE, vec![Value::from(group)])
            .await
            .unwrap();
        answered += 1;
        while browser
            .js("return document.getElementById('screen').dataset.shown")
            .await
            == before
        {
            assert!(Instant::now() < deadline, "the survey did not move on");
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
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
        let answered = answer_everything(&browser, group).await;
        assert!(answered > 10, "{answered} questions");
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

#[tokio::test(flavor = "multi_thread")]
async fn a_response_finished_offline_waits_sealed_and_arrives_once_when_the_network_returns() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let browser = Browser::start(PHONE).await;
    open_survey(&browser, &format!("{}/survey/#{code}", collector.url)).await;
    // Online: the service worker takes over, and choosing a language keeps its texts.
    let deadline = Instant::now() + Duration::from_secs(30);
    while browser
        .js("return !!navigator.serviceWorker.controller")
        .await
        != true
    {
        assert!(
            Instant::now() < deadline,
            "the service worker never took the page"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    browser.click_through(".tile-choose[data-lang='nb']").await;
    browser.click_through(".privacy .primary").await;
    browser.wait_for("html[data-sealing='ready']").await;

    // The network goes; the page is opened again from what the service worker kept.
    browser.network(Network::Offline).await;
    let reloaded = browser.js("return navigator.onLine").await;
    assert_eq!(reloaded, false);
    browser.client.refresh().await.unwrap();
    browser.wait_for("html[data-ready='true']").await;
    browser.click_through(".tile-choose[data-lang='nb']").await;
    assert_eq!(browser.screen().await, "privacy", "the ticket was kept");
    browser.click_through(".privacy .primary").await;
    answer_everything(&browser, "group-introduction").await;
    browser.wait_for("#delivery[data-delivery='waiting']").await;
    assert_eq!(collector.response_count(), 0);

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
    browser.network(Network::Online).await;
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
    let (_, stored) = &sealed_of(&collector)[0];
    assert_eq!(
        stored, &sealed,
        "the collector holds what the browser sealed"
    );
    browser.quit().await;
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .unwrap()
}
