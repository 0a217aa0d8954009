//! The web survey on a phone's connection: bytes and time until the first screen (the
//! languages) and until the first question, in headless Chromium on its "slow 3G" emulation
//! (400 ms latency, 50 kB/s each way), from a first visit with nothing cached.
//!
//! Bytes are counted by a proxy between browser and collector, so the service worker's own
//! fetches count too: what the participant's data plan pays. The first screen's budget is
//! 300 KB; the bench prints its bytes and their share of the budget, measured in this run.
//! `cargo bench -p end-to-end --bench web_first_question` measures three visits; under
//! `cargo test` it runs one visit without throttling, to keep it working.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use end_to_end::browser::{Browser, Network, PHONE};
use end_to_end::proxy::Proxy;
use end_to_end::Collector;

const FIRST_SCREEN_BUDGET: u64 = 300 * 1000;
const VISITS: usize = 3;

struct Visit {
    first_screen: (u64, Duration),
    first_question: (u64, Duration),
}

/// One first visit; the collector and the proxy run outside the browser's runtime.
fn visit(throttle: bool) -> Visit {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let proxy = Proxy::start(collector.url.trim_start_matches("http://").parse().unwrap());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(drive(&proxy, &code, throttle))
}

async fn drive(proxy: &Proxy, code: &str, throttle: bool) -> Visit {
    let browser = Browser::start(PHONE).await;
    if throttle {
        browser.network(Network::Slow3g).await;
    }
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
    browser.quit().await;
    Visit {
        first_screen,
        first_question,
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
            "visit {} on {network}: first screen {} bytes in {:.1} s; first question {} bytes in {:.1} s",
            n + 1,
            v.first_screen.0,
            v.first_screen.1.as_secs_f64(),
            v.first_question.0,
            v.first_question.1.as_secs_f64()
        );
    }
    let mut screens: Vec<u64> = visits.iter().map(|v| v.first_screen.0).collect();
    screens.sort();
    let median = screens[screens.len() / 2];
    println!(
        "first screen: median {median} bytes = {:.2} of the {FIRST_SCREEN_BUDGET}-byte budget",
        median as f64 / FIRST_SCREEN_BUDGET as f64
    );
}
