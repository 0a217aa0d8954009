//! The web survey on a phone's connection: bytes and time until the first screen (the
//! languages) and until the first question, in headless Chromium behind a "slow 3G" link
//! (400 ms latency, 50 kB/s towards the phone, as Chromium's emulation of that name), from a
//! first visit with nothing cached.
//!
//! The link is the proxy between browser and collector, not the browser's emulation, which
//! does not reach the service worker: its fetches are slowed and counted like the page's, as
//! the participant's data plan pays them. Budgets: 300 KB for the first screen, 400 KB for the
//! first question; the bench prints each visit's bytes, their share of the budgets and what
//! took them, measured in this run. `cargo bench -p end-to-end --bench web_first_question`
//! measures three visits; under `cargo test` it runs one visit on an unslowed link, to keep it
//! working.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use end_to_end::browser::{Browser, PHONE};
use end_to_end::proxy::Proxy;
use end_to_end::Collector;

const FIRST_SCREEN_BUDGET: u64 = 300 * 1000;
const FIRST_QUESTION_BUDGET: u64 = 400 * 1000;
const VISITS: usize = 3;

struct Visit {
    first_screen: (u64, Duration),
    first_question: (u64, Duration),
    /// The first question with the sealing code kept too, so that the response can be
    /// finished offline (it loads in the background as the question shows, beside the
    /// language's sound, which the privacy notice and the first question start to fetch).
    ready_offline: (u64, Duration),
    /// Each request until then, with its reply's bytes.
    requests: Vec<(String, u64)>,
}

/// One first visit; the collector and the proxy run outside the browser's runtime.
fn visit(throttle: bool) -> Visit {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let proxy = Proxy::start(collector.url.trim_start_matches("http://").parse().unwrap());
    if throttle {
        proxy.slow_link(Duration::from_millis(400), 50_000);
    }
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(drive(&proxy, &code))
}

async fn drive(proxy: &Proxy, code: &str) -> Visit {
    let browser = Browser::start(PHONE).await;
    let started = Instant::now();
    browser.goto(&format!("{}/survey/#{code}", proxy.url)).await;
    browser.wait_for("html[data-ready='true']").await;
    browser.wait_for_screen("welcome").await;
    // Whatever the page and its service worker fetch right after the first screen shows.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let first_screen = (
        proxy.bytes_to_client.load(Ordering::SeqCst),
        started.elapsed(),
    );
    let started = Instant::now();
    let before = proxy.bytes_to_client.load(Ordering::SeqCst);
    browser.click_through(".tile-choose[data-lang='nb']").await;
    browser.click_through(".privacy .primary").await;
    browser.wait_for("section.question").await;
    let first_question = (
        first_screen.0 + proxy.bytes_to_client.load(Ordering::SeqCst) - before,
        first_screen.1 + started.elapsed(),
    );
    browser
        .wait_for("html[data-sealing='ready'][data-sealing-kept='true']")
        .await;
    let ready_offline = (
        first_screen.0 + proxy.bytes_to_client.load(Ordering::SeqCst) - before,
        first_screen.1 + started.elapsed(),
    );
    let requests = proxy.requests_with_reply_bytes();
    browser.quit().await;
    Visit {
        first_screen,
        first_question,
        ready_offline,
        requests,
    }
}

fn main() {
    let measuring = std::env::args().any(|a| a == "--bench");
    let visits: Vec<Visit> = (0..if measuring { VISITS } else { 1 })
        .map(|_| visit(measuring))
        .collect();
    let network = if measuring {
        "slow 3G"
    } else {
        "unthrottled (cargo test)"
    };
    for (n, v) in visits.iter().enumerate() {
        println!(
            "visit {} on {network}: first screen {} bytes in {:.1} s; first question {} bytes in {:.1} s, \
             with the sealing kept {} bytes in {:.1} s",
            n + 1,
            v.first_screen.0,
            v.first_screen.1.as_secs_f64(),
            v.first_question.0,
            v.first_question.1.as_secs_f64(),
            v.ready_offline.0,
            v.ready_offline.1.as_secs_f64()
        );
    }
    println!("what the first visit fetched until its sealing was kept, largest first:");
    let mut requests = visits[0].requests.clone();
    requests.sort_by_key(|(_, bytes)| std::cmp::Reverse(*bytes));
    for (line, bytes) in &requests {
        println!("  {bytes:>8}  {line}");
    }
    let screens: Vec<u64> = visits.iter().map(|v| v.first_screen.0).collect();
    let questions: Vec<u64> = visits.iter().map(|v| v.first_question.0).collect();
    for (what, budget, bytes) in [
        ("first screen", FIRST_SCREEN_BUDGET, screens),
        ("first question", FIRST_QUESTION_BUDGET, questions),
    ] {
        let worst = bytes.iter().max().copied().unwrap_or_default();
        println!(
            "{what}: at most {worst} bytes in {} visits = {:.2} of the {budget}-byte budget",
            bytes.len(),
            worst as f64 / budget as f64
        );
    }
    for (n, v) in visits.iter().enumerate() {
        let of = |wanted: &dyn Fn(&str) -> bool| -> u64 {
            v.requests
                .iter()
                .filter(|(line, _)| wanted(line))
                .map(|(_, bytes)| bytes)
                .sum()
        };
        let sealing = of(&|l| l.contains("/vendor/") || l.contains("/js/web/age.js"));
        let content = of(&|l| l.contains("/api/content/"));
        println!(
            "visit {}: until the sealing code was kept, {} bytes: the sealing code {sealing}, \
             the language's texts and sound (fetched in the background, in the order of need) \
             {content}, the rest {}",
            n + 1,
            v.ready_offline.0,
            v.ready_offline.0.saturating_sub(sealing + content)
        );
    }
}
