//! The demo and the spoken invitation in headless Chromium. The demo (`/survey/demo/`) is
//! answered to the end in Norwegian and Arabic without a code: its banner is on every screen
//! in the language chosen and is heard, and the collector, behind a proxy that logs every
//! request, sees only fetches of files and content — no code check, no delivery, no response,
//! nothing kept on the phone. An invitation's link ("#ar/<code>") opens on the invitation,
//! which is read to the end in three languages, each text by its own clip, and then starts the
//! survey with the code it carried. Screenshots of both at 360 x 640 and 1280 x 800 in nb, ar
//! and ti pass axe-core (`target/demo-screenshots/`).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use end_to_end::browser::{Browser, Device, LAPTOP, PHONE, PHONE_360};
use end_to_end::proxy::Proxy;
use end_to_end::*;
use serde_json::Value;

/// Notes every clip the page starts and every clip that plays to its end, by its address.
/// Installed after the page loaded: the page's player calls `play` through the prototype.
const LISTEN: &str = r#"
    if (!window.heard) {
      window.heard = { started: [], ended: [] };
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function () {
        window.heard.started.push(this.src);
        if (!this.watched) {
          this.watched = true;
          this.addEventListener("ended", () => window.heard.ended.push(this.src));
        }
        return play.call(this);
      };
    }
"#;

/// A language's clips, clip id to content name, from its bundle as the page gets it.
const CLIPS_OF: &str = r#"
    const [language, done] = arguments;
    (async () => {
      const info = await (await fetch("/survey/api/survey")).json();
      const tile = info.languages.find((l) => l.code === language);
      const bundle = await (await fetch(`/survey/api/content/${tile.bundle}`)).json();
      done({ clips: bundle.clips, ui: bundle.ui });
    })().catch((e) => done({ error: String(e) }));
"#;

/// Answers the question on screen: "no" to the screening question, the group given, the first
/// answer elsewhere, a word of free text.
const ANSWER: &str = r#"
    const [group, done] = arguments;
    const section = document.querySelector("section.question");
    if (!section) { done(""); return; }
    const id = section.dataset.question, kind = section.dataset.kind;
    if (id === "on-leave") section.querySelector(".choice[data-value='no']").click();
    else if (id === "group") section.querySelector(`.choice[data-value='${group}']`).click();
    else if (kind === "multiple") { section.querySelector(".choice").click(); section.querySelector(".next").click(); }
    else if (kind === "free_text") { section.querySelector("textarea").value = "Bra"; section.querySelector(".next").click(); }
    else section.querySelector(".choice").click();
    done(id);
"#;

struct Bundle {
    clips: BTreeMap<String, String>,
    ui: BTreeMap<String, String>,
}

async fn bundle(browser: &Browser, language: &str) -> Bundle {
    let reply = browser
        .client
        .execute_async(CLIPS_OF, vec![Value::from(language)])
        .await
        .unwrap();
    assert!(reply.get("error").is_none(), "{reply}");
    let map = |v: &Value| -> BTreeMap<String, String> {
        v.as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
            .collect()
    };
    Bundle {
        clips: map(&reply["clips"]),
        ui: map(&reply["ui"]),
    }
}

/// The content names of the clips the page started, or played to their end.
async fn heard(browser: &Browser, which: &str) -> Vec<String> {
    let list = browser
        .js(&format!(
            "return (window.heard ? window.heard.{which} : []).map((s) => decodeURIComponent(s.split('/').pop()))"
        ))
        .await;
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

async fn answer(browser: &Browser, group: &str) {
    browser.wait_settled().await;
    let shown = "return document.getElementById('screen').dataset.shown";
    let before = browser.js(shown).await;
    browser
        .client
        .execute_async(ANSWER, vec![Value::from(group)])
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while browser.js(shown).await == before {
        assert!(Instant::now() < deadline, "the survey did not move on");
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

/// The demo banner as it shows now: its text, or "" when hidden.
async fn banner(browser: &Browser) -> String {
    browser
        .js("const b = document.getElementById('practice-banner'); return b.hidden ? '' : b.innerText.trim()")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn the_demo_is_answered_in_norwegian_and_arabic_and_nothing_of_it_reaches_the_collector() {
    let collector = Collector::start();
    let _code = collector.add_municipality("0301", "Oslo");
    // The proxy runs its own runtime, so the browser gets one beside it.
    let proxy = Proxy::start(collector.url.trim_start_matches("http://").parse().unwrap());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(answer_the_demo(&proxy.url));

    // Nothing reached the collector but fetches of files and content.
    let requests = proxy.requests();
    assert!(requests.len() > 20, "{requests:?}");
    for line in &requests {
        let mut parts = line.split(' ');
        let (method, path) = (parts.next().unwrap(), parts.next().unwrap_or_default());
        assert_eq!(method, "GET", "{line}");
        // The browser asks for a site's icon by itself.
        assert!(
            path.starts_with("/survey/") || path == "/favicon.ico",
            "{line}"
        );
        assert!(
            !path.starts_with("/survey/api/code") && !path.starts_with("/survey/api/responses"),
            "{line}"
        );
    }
    assert_eq!(collector.response_count(), 0, "no response");
    let db = collector.state.db.lock().unwrap();
    assert!(db.deliveries().unwrap().is_empty(), "no delivery");
}

/// The demo answered to the end in nb and ar on a phone, through the proxy at `url`.
async fn answer_the_demo(url: &str) {
    let browser = Browser::start(PHONE).await;
    browser.goto(&format!("{url}/survey/demo/")).await;
    browser.wait_for("html[data-ready='true']").await;
    browser.wait_for_screen("welcome").await;
    browser.js(LISTEN).await;
    let nb = bundle(&browser, "nb").await;
    assert_eq!(
        banner(&browser).await,
        nb.ui["demo-banner"],
        "on the languages' screen"
    );

    for (language, group) in [("nb", "group-both"), ("ar", "group-training")] {
        let words = bundle(&browser, language).await;
        browser
            .click_through(&format!(".tile-choose[data-lang='{language}']"))
            .await;
        // No code asked: the demo goes straight to the privacy notice.
        assert_eq!(browser.screen().await, "privacy", "{language}");
        let mut screens = 0;
        loop {
            let screen = browser.screen().await;
            assert_eq!(
                banner(&browser).await,
                words.ui["demo-banner"],
                "{language}: the banner on {screen}"
            );
            screens += 1;
            match screen.as_str() {
                "privacy" => browser.click_through(".privacy .primary").await,
                "question" => answer(&browser, group).await,
                _ => break,
            }
        }
        assert!(screens > 12, "{language}: {screens} screens");
        assert_eq!(browser.screen().await, "finish-thanks", "{language}");
        browser.wait_for("#delivery[data-delivery='demo']").await;
        // The banner is said as the demo begins, in the language chosen.
        let deadline = Instant::now() + Duration::from_secs(30);
        while !heard(&browser, "started")
            .await
            .contains(&words.clips["demo-banner"])
        {
            assert!(
                Instant::now() < deadline,
                "{language}: the banner's clip was never played"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        browser.click_through(".ending .secondary").await;
        assert_eq!(browser.screen().await, "welcome");
    }

    // Nothing kept on the phone: no database, nothing in web storage.
    let stored = browser
        .js_async(
            "const done = arguments[0]; indexedDB.databases().then((d) => done([d.length, localStorage.length, sessionStorage.length]))",
        )
        .await;
    assert_eq!(stored, serde_json::json!([0, 0, 0]));
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_invitation_s_link_reads_it_to_the_end_in_three_languages_then_starts_the_survey() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    for language in ["nb", "ar", "ti"] {
        // A new phone for each: the code a link carries is kept on the device it opened on.
        let browser = Browser::start(PHONE).await;
        browser
            .goto(&format!("{}/survey/#{language}/{code}", collector.url))
            .await;
        browser.wait_for("html[data-ready='true']").await;
        browser.wait_for_screen("invitation").await;
        let lang = browser.js("return document.documentElement.lang").await;
        assert_eq!(lang, language);
        // The code and the language left the address bar.
        let address = browser.js("return location.href").await;
        assert!(!address.as_str().unwrap().contains('#'), "{address}");
        // It reads itself as it shows (the test's browser lets a page play before a tap).
        let reading = "return !!document.querySelector('section.invitation .reading')";
        let deadline = Instant::now() + Duration::from_secs(20);
        while browser.js(reading).await != true {
            assert!(
                Instant::now() < deadline,
                "{language}: the invitation was not read as it showed"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        browser.js(LISTEN).await;
        let words = bundle(&browser, language).await;
        // Each text of the invitation, in order, and "listen to all" read to the end.
        let texts = browser
            .js("return [...document.querySelectorAll('section.invitation [data-said]')].map((e) => [e.dataset.said, e.innerText.trim()])")
            .await;
        let texts: Vec<(String, String)> = texts
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p[0].as_str().unwrap().to_owned(),
                    p[1].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let ids: Vec<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
        for id in [
            "invite-title",
            "invite-what",
            "invite-anonymous",
            "invite-time",
            "invite-ear",
            "invite-help",
            "invite-start",
        ] {
            assert!(ids.contains(&id), "{language}: {id} is not on the page");
        }
        for (id, shown) in &texts {
            if let Some(text) = words.ui.get(id) {
                assert_eq!(shown, text.trim(), "{language} {id}");
            }
        }
        // Clicked by the page itself: while the invitation reads itself, the "playing" button
        // appears before "listen to all" and moves it, so a pointer's click aimed a moment
        // before could land on "stop" instead.
        browser.wait_for("#listen-all").await;
        browser
            .js("document.getElementById('listen-all').click()")
            .await;
        let wanted: Vec<String> = ids
            .iter()
            .map(|id| {
                words
                    .clips
                    .get(*id)
                    .unwrap_or_else(|| panic!("{language}: {id} has no clip"))
                    .clone()
            })
            .collect();
        let deadline = Instant::now() + Duration::from_secs(180);
        loop {
            let ended = heard(&browser, "ended").await;
            let missing: Vec<&String> = wanted.iter().filter(|c| !ended.contains(c)).collect();
            let playing = browser
                .js("return document.documentElement.dataset.playing")
                .await;
            if missing.is_empty() && playing != "true" {
                break;
            }
            if Instant::now() >= deadline {
                let notice = browser
                    .js("return document.getElementById('notice').innerText")
                    .await;
                panic!(
                    "{language}: not played to the end: {missing:?}; started {:?}; ended {ended:?}; \
                     playing {playing}; notice {notice}",
                    heard(&browser, "started").await
                );
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        // In the order the page shows them.
        let ended = heard(&browser, "ended").await;
        let order: Vec<usize> = wanted
            .iter()
            .map(|c| ended.iter().rposition(|e| e == c).unwrap())
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "{language}: {order:?}"
        );
        // "Start" begins the survey in that language, with the code the link carried.
        browser.click_through(".invitation .start").await;
        assert_eq!(browser.screen().await, "privacy", "{language}");
        browser.quit().await;
    }
    // A link naming no language of the survey opens on all of them, its code still taken.
    let browser = Browser::start(PHONE).await;
    browser
        .goto(&format!("{}/survey/#xx/{code}", collector.url))
        .await;
    browser.wait_for("html[data-ready='true']").await;
    browser.wait_for_screen("welcome").await;
    browser.click_through(".tile-choose[data-lang='nb']").await;
    assert_eq!(browser.screen().await, "privacy");
    browser.quit().await;
}

/// The demo's banner (on the privacy notice and a question) and the spoken invitation, in nb,
/// ar and ti on `device`: axe-core finds nothing, and the screenshots are kept to look at.
async fn shots_pass_axe(device: Device) {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let dir = repo().join("target/demo-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let browser = Browser::start(device).await;
    let mut problems = Vec::new();
    let mut take = async |browser: &Browser, language: &str, screen: &str| {
        let png = browser.screenshot().await;
        std::fs::write(
            dir.join(format!("{}-{language}-{screen}.png", device.name)),
            png,
        )
        .unwrap();
        for problem in browser.axe_violations().await {
            problems.push(format!("{} {language} {screen}: {problem}", device.name));
        }
    };
    for language in ["nb", "ar", "ti"] {
        browser.goto("about:blank").await;
        browser
            .goto(&format!("{}/survey/#{language}/{code}", collector.url))
            .await;
        browser.wait_for("html[data-ready='true']").await;
        browser.wait_for_screen("invitation").await;
        take(&browser, language, "invitation").await;

        browser.goto("about:blank").await;
        browser
            .goto(&format!("{}/survey/demo/", collector.url))
            .await;
        browser.wait_for("html[data-ready='true']").await;
        browser.wait_for_screen("welcome").await;
        browser
            .click_through(&format!(".tile-choose[data-lang='{language}']"))
            .await;
        take(&browser, language, "demo-privacy").await;
        browser.click_through(".privacy .primary").await;
        answer(&browser, "group-both").await;
        take(&browser, language, "demo-question").await;
    }
    browser.quit().await;
    assert!(problems.is_empty(), "{problems:#?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_banner_and_the_invitation_pass_axe_on_a_360_by_640_phone() {
    shots_pass_axe(PHONE_360).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_banner_and_the_invitation_pass_axe_on_a_1280_by_800_pc() {
    shots_pass_axe(LAPTOP).await;
}
