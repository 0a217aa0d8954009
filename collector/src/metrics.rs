//! Counters for `/metrics`, in the Prometheus text format. Counts of stored responses come from
//! the database at scrape time, so they are right after a restart too.
//!
//! Only the operators' (admin) address serves them: a count or counter that moves tells a
//! watcher when, and per municipality where, a new response came from.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

#[derive(Default)]
pub struct Metrics {
    pub batches: AtomicU64,
    pub enrolments: AtomicU64,
    pub responses_received: AtomicU64,
    pub pack_files_served: AtomicU64,
    pub web_responses: AtomicU64,
    refused: Mutex<BTreeMap<String, u64>>,
}

impl Metrics {
    pub fn count_refusal(&self, reason: &str) {
        *self
            .refused
            .lock()
            .expect("metrics lock")
            .entry(reason.to_owned())
            .or_default() += 1;
    }

    /// For the admin address: stored responses per municipality.
    pub fn render_admin(&self, responses_per_municipality: &[(String, u64)]) -> String {
        let mut out = String::new();
        writeln!(
            out,
            "# HELP survey_responses_stored Sealed responses held, per municipality."
        )
        .unwrap();
        writeln!(out, "# TYPE survey_responses_stored gauge").unwrap();
        for (municipality, count) in responses_per_municipality {
            writeln!(
                out,
                "survey_responses_stored{{municipality=\"{municipality}\"}} {count}"
            )
            .unwrap();
        }
        self.render_counters(&mut out);
        out
    }

    fn render_counters(&self, out: &mut String) {
        counter(
            out,
            "survey_batches_total",
            "Batches accepted.",
            self.batches.load(Ordering::Relaxed),
        );
        counter(
            out,
            "survey_enrolments_total",
            "Kiosks enrolled.",
            self.enrolments.load(Ordering::Relaxed),
        );
        counter(
            out,
            "survey_responses_received_total",
            "Responses received in accepted batches, repeats included.",
            self.responses_received.load(Ordering::Relaxed),
        );
        counter(
            out,
            "survey_web_responses_stored_total",
            "Responses the web survey delivered and the collector stored (repeats not counted).",
            self.web_responses.load(Ordering::Relaxed),
        );
        counter(
            out,
            "survey_pack_files_served_total",
            "Content-pack files served.",
            self.pack_files_served.load(Ordering::Relaxed),
        );
        writeln!(
            out,
            "# HELP survey_refused_total Requests or responses refused, by reason."
        )
        .unwrap();
        writeln!(out, "# TYPE survey_refused_total counter").unwrap();
        for (reason, count) in self.refused.lock().expect("metrics lock").iter() {
            writeln!(out, "survey_refused_total{{reason=\"{reason}\"}} {count}").unwrap();
        }
    }
}

fn counter(out: &mut String, name: &str, help: &str, value: u64) {
    writeln!(
        out,
        "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}"
    )
    .unwrap();
}
