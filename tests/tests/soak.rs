//! The soak in short: 200 kiosks for about half a minute against a real collector process,
//! with cut requests, dropped replies and one collector restart. Every response ends up held
//! exactly once, and the report's numbers add up. `cargo xtask soak --minutes N` runs it long.

use std::time::Duration;

use end_to_end::soak::{self, SoakOptions};
use end_to_end::*;

#[test]
fn two_hundred_kiosks_through_faults_and_a_restart_leave_every_response_held_once() {
    let mut options = SoakOptions::new(200, Duration::from_secs(25), collector_binary());
    options.responses_per_kiosk = 3;
    options.sync_interval = Duration::from_secs(4);
    options.cut_rate = 0.05;
    options.drop_rate = 0.05;
    options.restarts = 1;
    let report = soak::run(&options);
    println!("{report}");

    assert_eq!(report.made, 600);
    assert!(report.every_response_held_once(), "{report}");
    assert_eq!(
        (report.missing, report.held_twice, report.unknown),
        (0, 0, 0)
    );
    assert_eq!(report.held, 600);
    assert_eq!(report.restarts, 1);
    // The faults happened, and the kiosks got through them.
    assert!(report.cuts > 0 && report.dropped_replies > 0, "{report}");
    assert!(report.connections > 200, "{report}");
    // Each kiosk syncs several times in 25 s, and the batches add up to the responses at least.
    assert!(report.sync_runs >= 200 * 3, "{report}");
    assert!(
        report.batch_latency.count >= 600 / options.batch_size,
        "{report}"
    );
    let latency = report.batch_latency;
    assert!(
        latency.p50 > Duration::ZERO && latency.p50 <= latency.p99,
        "{report}"
    );
    assert!(
        latency.p99 <= latency.max && latency.max < Duration::from_secs(60),
        "{report}"
    );
    assert!(
        report.sync_latency.p50 <= report.sync_latency.p99,
        "{report}"
    );
    // A collector holding its pack and a few hundred kiosks' batches is tens of MiB, not GiB.
    let peak_mib = report.collector_peak_kib / 1024;
    assert!((5..2048).contains(&peak_mib), "{report}");
}
