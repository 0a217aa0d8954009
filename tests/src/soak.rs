//! The soak: many kiosks syncing against one collector for minutes while things break, and
//! then an account of whether every response is held exactly once.
//!
//! The collector is the real `survey-collector serve` as a child process, so a restart is a real
//! one: it is SIGKILLed mid-run and started again on the same data folder and port. Between the
//! kiosks and the collector sits [`crate::proxy`], which cuts a share of connections in the
//! middle of a request and drops a share of replies after the collector has answered. Each
//! kiosk is a real [`kiosk::Kiosk`] with its own SQLite store in a temporary folder; it
//! completes responses spread over the run and syncs every few seconds, as a kiosk would when
//! it comes online. The kiosks share one installed copy of the pack (see `open_and_enrol`).
//!
//! At the end the faults stop and every kiosk syncs until its outbox is empty (or gives up).
//! Then: every response a kiosk made is either still pending in its outbox or was acknowledged
//! (it left the outbox); the collector's database must hold every acknowledged id exactly once
//! and nothing that no kiosk made.
//!
//! Latency is measured per batch: from the moment a kiosk picks a batch until the collector's
//! acknowledgement is recorded, retries included (what a kiosk waits for), and per sync run
//! (batches plus the signed manifest check). Peak memory is the collector's VmHWM from
//! /proc/<pid>/status, read just before each kill, the highest over its processes.
//!
//! Like the rest of this harness, a setup failure (a kiosk that cannot open, an enrolment
//! refused) panics; what happens during syncing is counted, not fatal.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use kiosk::fill::Rng;
use kiosk::Kiosk;

use crate::proxy::{Fault, Proxy};
use crate::{initialised_data_dir, kiosk_in, response_ids, CollectorProcess};

#[derive(Debug, Clone)]
pub struct SoakOptions {
    pub kiosks: usize,
    /// How long kiosks complete responses and sync under faults; the final drain comes after.
    pub duration: Duration,
    /// Responses each kiosk completes, spread over the run.
    pub responses_per_kiosk: usize,
    /// The mean time between a kiosk's syncs (each wait is 0.5 to 1.5 times this).
    pub sync_interval: Duration,
    /// Share of connections cut in the middle of the request.
    pub cut_rate: f64,
    /// Share of connections whose reply is dropped after the collector answered.
    pub drop_rate: f64,
    /// How often the collector is killed and started again, evenly spread over the run.
    pub restarts: usize,
    pub batch_size: usize,
    /// The `survey-collector` executable to run.
    pub collector_binary: PathBuf,
}

impl SoakOptions {
    pub fn new(kiosks: usize, duration: Duration, collector_binary: PathBuf) -> Self {
        SoakOptions {
            kiosks,
            duration,
            responses_per_kiosk: 20,
            sync_interval: Duration::from_secs(10),
            cut_rate: 0.03,
            drop_rate: 0.03,
            restarts: 1,
            batch_size: 10,
            collector_binary,
        }
    }
}

/// The median, 99th percentile and maximum of a set of durations.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Latencies {
    pub count: usize,
    pub p50: Duration,
    pub p99: Duration,
    pub max: Duration,
}

impl Latencies {
    pub fn of(mut samples: Vec<Duration>) -> Self {
        if samples.is_empty() {
            return Latencies::default();
        }
        samples.sort();
        // Nearest rank: the smallest sample with at least p of all samples at or below it.
        let rank = |p: f64| samples[((p * samples.len() as f64).ceil() as usize).max(1) - 1];
        Latencies {
            count: samples.len(),
            p50: rank(0.50),
            p99: rank(0.99),
            max: *samples.last().unwrap(),
        }
    }
}

impl fmt::Display for Latencies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        write!(
            f,
            "p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms over {}",
            ms(self.p50),
            ms(self.p99),
            ms(self.max),
            self.count
        )
    }
}

#[derive(Debug, Clone)]
pub struct SoakReport {
    pub kiosks: usize,
    pub elapsed: Duration,
    /// Responses the kiosks completed.
    pub made: usize,
    /// Distinct responses the collector holds.
    pub held: usize,
    /// Responses still in some kiosk's outbox at the end.
    pub pending: usize,
    /// Responses that left an outbox (acknowledged) but the collector does not hold.
    pub missing: usize,
    /// Rows beyond the first for an id the collector holds more than once.
    pub held_twice: usize,
    /// Responses the collector holds that no kiosk made.
    pub unknown: usize,
    pub sync_runs: usize,
    /// Sync runs that ended in an error, by the kiosk's error code.
    pub errors: BTreeMap<String, usize>,
    pub connections: usize,
    pub cuts: usize,
    pub dropped_replies: usize,
    pub restarts: usize,
    pub batch_latency: Latencies,
    pub sync_latency: Latencies,
    /// The highest VmHWM of the collector's processes, in KiB.
    pub collector_peak_kib: u64,
}

impl SoakReport {
    /// Every response made is held by the collector exactly once, and nothing else is.
    pub fn every_response_held_once(&self) -> bool {
        self.missing == 0
            && self.held_twice == 0
            && self.unknown == 0
            && self.pending == 0
            && self.held == self.made
    }

    pub fn failed_sync_runs(&self) -> usize {
        self.errors.values().sum()
    }
}

impl fmt::Display for SoakReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "soak: {} kiosks for {:.0} s, collector restarted {} times",
            self.kiosks,
            self.elapsed.as_secs_f64(),
            self.restarts
        )?;
        writeln!(
            f,
            "responses: {} made, {} held, {} still pending, {} missing, {} held twice, {} unknown",
            self.made, self.held, self.pending, self.missing, self.held_twice, self.unknown
        )?;
        writeln!(
            f,
            "exactly once: {}",
            if self.every_response_held_once() {
                "yes, every response is held exactly once"
            } else {
                "NO"
            }
        )?;
        writeln!(
            f,
            "faults: {} requests cut, {} replies dropped, over {} connections",
            self.cuts, self.dropped_replies, self.connections
        )?;
        let errors: Vec<String> = self
            .errors
            .iter()
            .map(|(code, n)| format!("{code} {n}"))
            .collect();
        writeln!(
            f,
            "sync runs: {}, {} ended in an error{}",
            self.sync_runs,
            self.failed_sync_runs(),
            if errors.is_empty() {
                String::new()
            } else {
                format!(" ({})", errors.join(", "))
            }
        )?;
        writeln!(
            f,
            "batch latency (pick to acknowledgement, retries included): {}",
            self.batch_latency
        )?;
        writeln!(f, "sync run latency: {}", self.sync_latency)?;
        write!(
            f,
            "collector peak memory (VmHWM, highest over its processes): {:.1} MiB",
            self.collector_peak_kib as f64 / 1024.0
        )
    }
}

/// What one kiosk did during the soak.
#[derive(Default)]
struct KioskOutcome {
    made: Vec<String>,
    pending: Vec<String>,
    sync_runs: usize,
    errors: BTreeMap<String, usize>,
    batch_times: Vec<Duration>,
    sync_times: Vec<Duration>,
}

/// Runs the soak and reports what is held. Takes `options.duration` plus setup and drain.
pub fn run(options: &SoakOptions) -> SoakReport {
    let began = Instant::now();
    let data = initialised_data_dir();
    let code = collector::db::Db::open(data.path())
        .expect("the collector's database opens")
        .add_municipality("0301", "Oslo")
        .expect("the municipality is added");
    let collector = CollectorProcess::start_binary(&options.collector_binary, data.path(), 0);
    let upstream: SocketAddr = collector
        .url
        .trim_start_matches("http://")
        .parse()
        .expect("the collector prints its address");
    let proxy = Proxy::start(upstream);

    let folders: Vec<tempfile::TempDir> = (0..options.kiosks)
        .map(|_| tempfile::tempdir().expect("a temporary folder"))
        .collect();
    let image = tempfile::tempdir().expect("a temporary folder");
    let kiosks = open_and_enrol(image.path(), &folders, &proxy.url, &code);

    let start = Instant::now();
    let deadline = start + options.duration;
    let faults_stop = AtomicBool::new(false);
    let mut collector = Some(collector);
    let mut peak_kib = 0;
    let restarted = AtomicUsize::new(0);
    let (outcomes, injected) = std::thread::scope(|scope| {
        let injector = scope.spawn(|| inject_faults(&proxy, options, &faults_stop));
        let handles: Vec<_> = kiosks
            .into_iter()
            .enumerate()
            .map(|(n, kiosk)| scope.spawn(move || soak_one(kiosk, n as u64, options, start)))
            .collect();
        for k in 1..=options.restarts {
            let at = start
                + options
                    .duration
                    .mul_f64(k as f64 / (options.restarts + 1) as f64);
            std::thread::sleep(at.saturating_duration_since(Instant::now()));
            let old = collector.take().expect("a collector is running");
            peak_kib = peak_kib.max(peak_memory_kib(old.child.id()));
            old.kill();
            collector = Some(CollectorProcess::start_binary(
                &options.collector_binary,
                data.path(),
                upstream.port(),
            ));
            restarted.fetch_add(1, Ordering::SeqCst);
        }
        std::thread::sleep(deadline.saturating_duration_since(Instant::now()));
        faults_stop.store(true, Ordering::SeqCst);
        // The drain runs without new faults; a fault still queued may hit one connection.
        let injected = injector.join().expect("the fault injector ran");
        let outcomes: Vec<KioskOutcome> = handles
            .into_iter()
            .map(|h| h.join().expect("a kiosk's thread panicked"))
            .collect();
        (outcomes, injected)
    });
    let collector = collector.expect("a collector is running");
    peak_kib = peak_kib.max(peak_memory_kib(collector.child.id()));
    collector.kill();

    let stored = response_ids(data.path());
    account(
        outcomes,
        stored,
        SoakReport {
            kiosks: options.kiosks,
            elapsed: began.elapsed(),
            made: 0,
            held: 0,
            pending: 0,
            missing: 0,
            held_twice: 0,
            unknown: 0,
            sync_runs: 0,
            errors: BTreeMap::new(),
            connections: proxy.connections.load(Ordering::SeqCst),
            cuts: injected.cuts,
            dropped_replies: injected.drops,
            restarts: restarted.load(Ordering::SeqCst),
            batch_latency: Latencies::default(),
            sync_latency: Latencies::default(),
            collector_peak_kib: peak_kib,
        },
    )
}

/// Fills in the account of responses and timings from what the kiosks and collector hold.
fn account(outcomes: Vec<KioskOutcome>, stored: Vec<String>, mut report: SoakReport) -> SoakReport {
    let mut made = BTreeSet::new();
    let mut acknowledged = BTreeSet::new();
    let (mut batch_times, mut sync_times) = (Vec::new(), Vec::new());
    for outcome in outcomes {
        let pending: BTreeSet<&String> = outcome.pending.iter().collect();
        report.pending += pending.len();
        for id in &outcome.made {
            if !pending.contains(id) {
                acknowledged.insert(id.clone());
            }
        }
        made.extend(outcome.made);
        report.sync_runs += outcome.sync_runs;
        for (code, n) in outcome.errors {
            *report.errors.entry(code).or_default() += n;
        }
        batch_times.extend(outcome.batch_times);
        sync_times.extend(outcome.sync_times);
    }
    let held: BTreeSet<String> = stored.iter().cloned().collect();
    report.made = made.len();
    report.held = held.len();
    report.held_twice = stored.len() - held.len();
    report.missing = acknowledged.difference(&held).count();
    report.unknown = held.difference(&made).count();
    report.batch_latency = Latencies::of(batch_times);
    report.sync_latency = Latencies::of(sync_times);
    report
}

/// Opens every kiosk in its folder and enrols it through `url`, a few at a time.
///
/// The kiosks are a fleet made from one image: the first kiosk of `image` installs the built-in
/// pack; each kiosk's folder then starts from a copy of that fresh, never enrolled store, and
/// reaches the installed pack through a symlinked `packs` folder, so that 200 kiosks do not
/// write (and delete again) 200 copies of the pack's 1,900 files. Each kiosk still opens its own
/// SQLite store, verifies the pack at opening, and makes its own device key when it enrols.
fn open_and_enrol(
    image: &Path,
    folders: &[tempfile::TempDir],
    url: &str,
    code: &str,
) -> Vec<Kiosk> {
    drop(kiosk_in(image));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let next = AtomicUsize::new(0);
    let opened: Mutex<Vec<Option<Kiosk>>> = Mutex::new((0..folders.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let n = next.fetch_add(1, Ordering::SeqCst);
                let Some(dir) = folders.get(n) else { break };
                copy_image(image, dir.path());
                let mut kiosk = kiosk_in(dir.path());
                kiosk
                    .enrol(Some(url), code)
                    .unwrap_or_else(|e| panic!("kiosk {n} could not enrol: {e}"));
                opened.lock().unwrap()[n] = Some(kiosk);
            });
        }
    });
    opened
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|k| k.expect("every kiosk opened"))
        .collect()
}

/// Copies the image's files into `dir` and links its folders (the packs).
fn copy_image(image: &Path, dir: &Path) {
    for entry in std::fs::read_dir(image).expect("the kiosk image is readable") {
        let path = entry.expect("the kiosk image is readable").path();
        let target = dir.join(path.file_name().expect("an entry has a name"));
        if path.is_dir() {
            std::os::unix::fs::symlink(&path, &target).expect("the packs folder is linked");
        } else {
            std::fs::copy(&path, &target).expect("the kiosk's store is copied");
        }
    }
}

/// What the fault injector handed the proxy.
#[derive(Debug, Default, Clone, Copy)]
struct Injected {
    cuts: usize,
    drops: usize,
}

/// Keeps the share of faulted connections near the rates: for every new connection the proxy
/// counts, a fault is owed with the given probabilities, and owed faults are queued one at a
/// time (the proxy hands a queued fault to the next connection). One at a time, so that when
/// the faults stop, what never hit a connection is known exactly.
fn inject_faults(proxy: &Proxy, options: &SoakOptions, stop: &AtomicBool) -> Injected {
    let mut rng = Rng::new(0x50a4);
    let mut injected = Injected::default();
    let mut owed: Vec<Fault> = Vec::new();
    let mut last: Option<Fault> = None;
    let mut seen = proxy.connections.load(Ordering::SeqCst);
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(5));
        let now = proxy.connections.load(Ordering::SeqCst);
        for _ in seen..now {
            let roll = fraction(&mut rng);
            if roll < options.cut_rate {
                // Anywhere in the connection's first request: its headers or a batch's body
                // (the proxy never cuts past the request's last byte).
                let limit = 20 + rng.below(40_000);
                owed.push(Fault::CutRequestAfter(limit));
            } else if roll < options.cut_rate + options.drop_rate {
                owed.push(Fault::DropReply);
            }
        }
        seen = now;
        if proxy.faults_left() == 0 && !owed.is_empty() {
            let fault = owed.remove(0);
            match fault {
                Fault::CutRequestAfter(_) => injected.cuts += 1,
                Fault::DropReply => injected.drops += 1,
            }
            proxy.inject(&[fault]);
            last = Some(fault);
        }
    }
    // A fault still queued has not hit a connection yet; it is not counted, though it may
    // still hit one connection of the drain.
    if proxy.faults_left() > 0 {
        match last {
            Some(Fault::CutRequestAfter(_)) => injected.cuts -= 1,
            Some(Fault::DropReply) => injected.drops -= 1,
            None => {}
        }
    }
    injected
}

fn fraction(rng: &mut Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// One kiosk: completes its responses spread over the run, syncs every few seconds, and after
/// the deadline syncs until its outbox is empty.
fn soak_one(mut kiosk: Kiosk, n: u64, options: &SoakOptions, start: Instant) -> KioskOutcome {
    let mut rng = Rng::new(0x5eed_0000 + n);
    let mut outcome = KioskOutcome::default();
    let deadline = start + options.duration;
    let per_response = options
        .duration
        .div_f64(options.responses_per_kiosk.max(1) as f64);
    let due: Vec<Instant> = (0..options.responses_per_kiosk)
        .map(|i| start + per_response.mul_f64(i as f64 + fraction(&mut rng)))
        .collect();
    let sync_options = crate::quick_retries(options.batch_size);
    loop {
        let wait = options.sync_interval.mul_f64(0.5 + fraction(&mut rng));
        let wake = (Instant::now() + wait).min(deadline);
        std::thread::sleep(wake.saturating_duration_since(Instant::now()));
        let now = Instant::now();
        while outcome.made.len() < due.len() && due[outcome.made.len()] <= now {
            let id = kiosk::fill::complete_one(&mut kiosk, &mut rng)
                .unwrap_or_else(|e| panic!("kiosk {n} could not complete a response: {e}"));
            outcome.made.push(id);
        }
        if now >= deadline {
            break;
        }
        sync_once(&mut kiosk, &sync_options, &mut outcome);
    }
    // The drain: faults have stopped (or are about to); a few runs empty any outbox.
    for _ in 0..5 {
        if sync_once(&mut kiosk, &sync_options, &mut outcome) {
            break;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    outcome.pending = kiosk
        .store()
        .response_ids()
        .expect("the kiosk's outbox is readable");
    outcome
}

/// One sync run, timed; returns whether it ended with nothing pending.
fn sync_once(
    kiosk: &mut Kiosk,
    options: &kiosk::sync_run::SyncOptions,
    outcome: &mut KioskOutcome,
) -> bool {
    let started = Instant::now();
    let mut last = started;
    let mut batch_times = Vec::new();
    let result = kiosk.sync(options, &mut |progress| {
        let now = Instant::now();
        if progress.done > 0 {
            batch_times.push(now - last);
        }
        last = now;
    });
    outcome.sync_runs += 1;
    outcome.sync_times.push(started.elapsed());
    outcome.batch_times.extend(batch_times);
    match result {
        Ok(report) => report.remaining == 0,
        Err(error) => {
            *outcome.errors.entry(error.code().to_owned()).or_default() += 1;
            false
        }
    }
}

/// The peak resident set size (VmHWM) of a running process, in KiB; 0 if it cannot be read.
pub fn peak_memory_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("status"))
        .unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let samples: Vec<Duration> = (1..=200).map(Duration::from_millis).collect();
        let l = Latencies::of(samples);
        assert_eq!(l.p50, Duration::from_millis(100));
        assert_eq!(l.p99, Duration::from_millis(198));
        assert_eq!(l.max, Duration::from_millis(200));
        assert_eq!(Latencies::of(vec![]), Latencies::default());
    }

    #[test]
    fn this_process_has_a_peak_memory() {
        assert!(peak_memory_kib(std::process::id()) > 1000);
    }
}
