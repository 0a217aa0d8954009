//! Benchmarks of completing a response: the final answer's validate + seal + durable commit
//! (median and p99, target p99 under 5 ms), and sealing alone (responses per second).
//!
//! `cargo bench -p kiosk --bench completion` measures; under `cargo test` (no `--bench`
//! argument) it runs a few iterations only, to keep the benchmark itself working.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use kiosk::{Kiosk, KioskConfig};
use survey::Answer;

fn main() {
    let measuring = std::env::args().any(|a| a == "--bench");
    let (completions, seals) = if measuring { (1000, 5000) } else { (5, 5) };

    let dir = tempfile::tempdir().unwrap();
    let mut config = KioskConfig::new(dir.path().to_owned());
    config.today = Some(NaiveDate::from_ymd_opt(2026, 11, 2).unwrap());
    let mut kiosk = Kiosk::open(config).unwrap();

    let mut times: Vec<Duration> = (0..completions)
        .map(|_| time_completion(&mut kiosk))
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    let p99 = times[(times.len() * 99 / 100).min(times.len() - 1)];
    println!(
        "completion (validate, seal, durable commit): median {:.3} ms, p99 {:.3} ms over {} \
         responses; target p99 < 5 ms: {}",
        ms(median),
        ms(p99),
        times.len(),
        if p99 < Duration::from_millis(5) {
            "met"
        } else {
            "NOT met"
        }
    );
    assert_eq!(
        kiosk.status().unwrap().responses.pending as usize,
        completions
    );

    let recipient: sync::Recipient = kiosk.manifest().collector.public_key.parse().unwrap();
    let sealed_len = kiosk.store().pending(1).unwrap()[0].sealed.len();
    let typical = vec![b'x'; sealed_len.saturating_sub(200)];
    let start = Instant::now();
    for _ in 0..seals {
        std::hint::black_box(sync::seal(&recipient, &typical).unwrap());
    }
    let per_second = seals as f64 / start.elapsed().as_secs_f64();
    println!(
        "sealing alone: {per_second:.0} responses per second ({} bytes each)",
        typical.len()
    );
}

/// Drives one session to its last question untimed, then times the answer that completes it.
fn time_completion(kiosk: &mut Kiosk) -> Duration {
    kiosk.start_session("nb", false).unwrap();
    let mut view = kiosk.accept_privacy().unwrap();
    loop {
        let question = view.question.clone().unwrap();
        let answer = match question.id.as_str() {
            "on-leave" => Answer::choice("no"),
            "group" => Answer::choice("group-both"),
            "helps-learning" => Answer::Many(vec!["help-teacher".into()]),
            "anything-else" => Answer::choice("a comment of a typical length for a benchmark"),
            _ => Answer::choice(question.options[0].value.clone()),
        };
        if question.id == "anything-else" {
            let start = Instant::now();
            let done = kiosk.answer(&question.id, answer).unwrap();
            let elapsed = start.elapsed();
            assert_eq!(done.stage, "finished");
            kiosk.end_session();
            return elapsed;
        }
        view = kiosk.answer(&question.id, answer).unwrap();
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
