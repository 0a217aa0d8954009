//! Collector ingest over HTTP against SQLite alone, measured in the same run.
//!
//! 20 clients send batches of 100 sealed responses at once to a real collector on 127.0.0.1;
//! then the same rows go straight into a fresh collector database, 100 per transaction, with the
//! same pragmas. The ratio of the two rates is the HTTP path's efficiency (target: at least 0.5).
//!
//! One round is noisy on a shared machine (0.54, 0.52 and 0.21 were seen on one machine), so
//! `cargo bench -p end-to-end --bench ingest` runs several rounds, each with a fresh collector
//! and a fresh database, alternating which path goes first, and reports the median ratio and
//! its spread. Under `cargo test` (no `--bench`) it runs one small round, to keep it working.

use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use collector::db::{Db, NewResponse};
use end_to_end::{open_day, Collector};
use sync::batch::DeviceKey;
use sync::client::Client;
use sync::wire::{BatchBody, EnrolRequest, SealedResponse};

const CLIENTS: usize = 20;
const BATCH: usize = 100;

const ROUNDS: usize = 7;

fn main() {
    let measuring = std::env::args().any(|a| a == "--bench");
    let (rounds, batches_per_client) = if measuring { (ROUNDS, 10) } else { (1, 1) };
    let mut ratios = Vec::new();
    for round in 0..rounds {
        let (http_rate, raw_rate) = round_of(batches_per_client, round % 2 == 1);
        let ratio = http_rate / raw_rate;
        println!(
            "round {}: over HTTP {http_rate:.0} responses/s, straight into SQLite {raw_rate:.0} \
             responses/s, ratio {ratio:.2}",
            round + 1
        );
        ratios.push(ratio);
    }
    ratios.sort_by(f64::total_cmp);
    let median = ratios[ratios.len() / 2];
    let (low, high) = (ratios[0], ratios[ratios.len() - 1]);
    let quartiles = (ratios[ratios.len() / 4], ratios[ratios.len() * 3 / 4]);
    println!(
        "ingest ratio over {} rounds ({CLIENTS} clients, batches of {BATCH}): median {median:.2}, \
         quartiles {:.2}-{:.2}, range {low:.2}-{high:.2} (target: median >= 0.5: {})",
        ratios.len(),
        quartiles.0,
        quartiles.1,
        if median >= 0.5 { "met" } else { "NOT met" }
    );
}

/// One round: (HTTP rate, SQLite rate) in responses per second.
fn round_of(batches_per_client: usize, sqlite_first: bool) -> (f64, f64) {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let recipient: sync::Recipient =
        std::fs::read_to_string(end_to_end::demo_keys().join("collector-recipient.txt"))
            .unwrap()
            .parse()
            .unwrap();
    // Every real response is padded to one size before sealing.
    let padded = collector.state.pack.definition.padded_response_bytes();
    let sealed = BASE64.encode(sync::seal(&recipient, &vec![b' '; padded]).unwrap());

    // Each client: an enrolled device key and its batches, signed before the clock starts.
    let clients: Vec<(Client, Vec<sync::wire::SignedBatch>)> = (0..CLIENTS)
        .map(|c| {
            let client = Client::new(&collector.url, Duration::from_secs(60)).unwrap();
            let (key, _) = DeviceKey::generate();
            let enrolment = client
                .enrol(&EnrolRequest {
                    protocol: sync::PROTOCOL_VERSION,
                    access_code: code.clone(),
                    device_public_key: key.public_key_base64(),
                    kiosk_name: None,
                })
                .unwrap();
            let batches = (0..batches_per_client)
                .map(|b| {
                    let responses = (0..BATCH)
                        .map(|r| SealedResponse {
                            response_id: format!("{c:02}-{b:04}-{r:04}-bench"),
                            survey_id: collector.state.pack.survey_id.clone(),
                            survey_version: collector.state.pack.survey_version,
                            completed_on: open_day(),
                            sealed: sealed.clone(),
                        })
                        .collect();
                    key.sign_batch(
                        &enrolment.kiosk_id,
                        &enrolment.collector_id,
                        &BatchBody { responses },
                    )
                })
                .collect();
            (client, batches)
        })
        .collect();
    let total = CLIENTS * batches_per_client * BATCH;

    let over_http = || {
        let start = Instant::now();
        std::thread::scope(|scope| {
            for (client, batches) in &clients {
                scope.spawn(move || {
                    for batch in batches {
                        assert_eq!(client.send_batch(batch).unwrap().held.len(), BATCH);
                    }
                });
            }
        });
        let rate = total as f64 / start.elapsed().as_secs_f64();
        assert_eq!(collector.response_count() as usize, total);
        rate
    };
    let into_sqlite = || {
        let raw_dir = tempfile::tempdir().unwrap();
        let db = Db::open(raw_dir.path()).unwrap();
        db.add_municipality("0301", "Oslo").unwrap();
        let bytes = BASE64.decode(&sealed).unwrap();
        let ids: Vec<String> = (0..total).map(|n| format!("raw-{n:08}")).collect();
        let start = Instant::now();
        for chunk in ids.chunks(BATCH) {
            let rows: Vec<NewResponse<'_>> = chunk
                .iter()
                .map(|id| NewResponse {
                    response_id: id,
                    survey_id: &collector.state.pack.survey_id,
                    survey_version: collector.state.pack.survey_version,
                    completed_on: open_day(),
                    sealed: &bytes,
                })
                .collect();
            db.insert_responses("0301", &rows, None).unwrap();
        }
        total as f64 / start.elapsed().as_secs_f64()
    };
    if sqlite_first {
        let raw = into_sqlite();
        (over_http(), raw)
    } else {
        let http = over_http();
        (http, into_sqlite())
    }
}
