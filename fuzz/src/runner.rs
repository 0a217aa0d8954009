//! The fuzzing loop: per target, mutate inputs from its corpus, run each under
//! `catch_unwind`, keep inputs that reach an outcome not seen before, and save every finding
//! (a panic or a broken invariant) as `<findings>/<target>/<sha256>.bin`; an input that aborts
//! the process is kept by [`crate::crash`].

use std::collections::BTreeSet;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::mutate::{mutate, Rng};
use crate::{FuzzError, Target};

/// Inputs kept per target beyond its seeds; past it, new outcomes replace old finds.
const MAX_CORPUS: usize = 512;
/// The most a target's minimised corpus keeps, in bytes: the corpus is checked in, and the
/// shortest inputs that add something come first.
const MAX_CORPUS_BYTES: usize = 192 * 1024;

/// What one execution found wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    Panic(String),
    Broken(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Panic(message) => write!(f, "panic: {message}"),
            Failure::Broken(message) => write!(f, "{message}"),
        }
    }
}

/// The last panic's message and place, recorded by the hook [`quiet_panics`] installs.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Records panics instead of printing them: a fuzzer expecting thousands would drown its own
/// report. Findings are reported by [`execute`]'s caller instead.
pub fn quiet_panics() {
    panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".into());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        *LAST_PANIC.lock().unwrap_or_else(|p| p.into_inner()) = Some(format!("{message}{place}"));
    }));
}

/// Runs one input; `Ok` carries the target's outcome label.
pub fn execute(target: &mut dyn Target, input: &[u8]) -> Result<String, Failure> {
    match panic::catch_unwind(AssertUnwindSafe(|| target.run(input))) {
        Ok(Ok(label)) => Ok(label),
        Ok(Err(FuzzError::Broken(message))) => Err(Failure::Broken(message)),
        Ok(Err(setup @ FuzzError::Setup(_))) => Err(Failure::Broken(setup.to_string())),
        Err(payload) => {
            let recorded = LAST_PANIC.lock().unwrap_or_else(|p| p.into_inner()).take();
            let message = recorded
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".into());
            Err(Failure::Panic(message))
        }
    }
}

/// One target's run.
#[derive(Debug, Clone)]
pub struct Report {
    pub target: &'static str,
    pub executions: u64,
    pub elapsed: Duration,
    /// Distinct outcomes seen (accepted, and each kind of refusal).
    pub outcomes: usize,
    pub corpus: usize,
    /// Edges of the instrumented code reached (0 in a build without coverage feedback).
    pub edges: usize,
    /// Each distinct finding once, with where its input was saved.
    pub findings: Vec<(Failure, PathBuf)>,
}

impl Report {
    pub fn per_second(&self) -> f64 {
        self.executions as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Fuzzes `target` for `duration`, saving findings under `findings_dir/<target>/`. Starts
/// from the target's seeds and `kept` (a corpus from earlier runs); returns the inputs worth
/// keeping with the report.
pub fn fuzz(
    target: &mut dyn Target,
    duration: Duration,
    seed: u64,
    findings_dir: &Path,
) -> std::io::Result<Report> {
    fuzz_from(target, Vec::new(), duration, seed, findings_dir).map(|(report, _)| report)
}

/// [`fuzz`] starting also from `kept`; returns the corpus at the end: each input that reached
/// a new outcome or new code, seeds included.
pub fn fuzz_from(
    target: &mut dyn Target,
    kept: Vec<Vec<u8>>,
    duration: Duration,
    seed: u64,
    findings_dir: &Path,
) -> std::io::Result<(Report, Vec<Vec<u8>>)> {
    let started = Instant::now();
    let mut rng = Rng::new(seed);
    let mut corpus = target.seeds();
    let own_seeds = corpus.len();
    corpus.extend(kept);
    let seeds = corpus.len();
    let mut outcomes = BTreeSet::new();
    let mut report = Report {
        target: target.name(),
        executions: 0,
        elapsed: Duration::ZERO,
        outcomes: 0,
        corpus: 0,
        edges: 0,
        findings: Vec::new(),
    };
    // Each target's edges are its own; what ran before (setting it up) is not its inputs' doing.
    crate::coverage::reset();
    let mut seen_failures = BTreeSet::new();
    let mut pending_seeds = corpus.clone().into_iter();
    let armed = crate::crash::Armed::new(findings_dir, report.target)?;
    loop {
        // Checking the clock costs more than many executions do.
        if report.executions.is_multiple_of(16) && started.elapsed() >= duration {
            break;
        }
        let (input, in_corpus) = match pending_seeds.next() {
            Some(seed) => (seed, true),
            None if corpus.is_empty() => (mutate(&mut rng, &[], &[]), false),
            None => {
                let base = &corpus[rng.below(corpus.len())];
                let other = &corpus[rng.below(corpus.len())];
                (mutate(&mut rng, base, other), false)
            }
        };
        report.executions += 1;
        armed.running(&input);
        let outcome = execute(target, &input);
        armed.finished();
        let new_code = crate::coverage::new_edges() > 0;
        match outcome {
            Ok(label) => {
                let new_outcome = outcomes.insert(label);
                if (new_outcome || new_code) && !in_corpus {
                    if corpus.len() < seeds + MAX_CORPUS {
                        corpus.push(input);
                    } else {
                        let replaced = seeds + rng.below(MAX_CORPUS);
                        corpus[replaced] = input;
                    }
                }
            }
            Err(failure) => {
                let path = save_finding(findings_dir, report.target, &input)?;
                // One line per kind of failure; its inputs are all saved.
                let kind = failure.to_string().chars().take(120).collect::<String>();
                if seen_failures.insert(kind) {
                    report.findings.push((failure, path));
                }
            }
        }
    }
    report.elapsed = started.elapsed();
    report.outcomes = outcomes.len();
    report.corpus = corpus.len();
    report.edges = crate::coverage::edges_seen();
    // The target makes its own seeds again; the rest is what is worth keeping.
    let kept = corpus.split_off(own_seeds);
    let kept = if crate::coverage::instrumented() {
        minimise(target, &corpus, kept)
    } else {
        kept
    };
    report.corpus = kept.len();
    Ok((report, kept))
}

/// The smallest set of `inputs` that, after `seeds`, reaches every edge and outcome they
/// reach: run shortest first, each kept only if it adds something (as `afl-cmin` does), so the
/// checked-in corpus stays small.
fn minimise(target: &mut dyn Target, seeds: &[Vec<u8>], mut inputs: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    crate::coverage::reset();
    let mut outcomes = BTreeSet::new();
    for seed in seeds {
        if let Ok(label) = execute(target, seed) {
            outcomes.insert(label);
        }
    }
    let _ = crate::coverage::new_edges();
    inputs.sort_by_key(|input| (input.len(), input.clone()));
    inputs.dedup();
    let mut bytes = 0;
    inputs
        .into_iter()
        .filter(|input| {
            let outcome = execute(target, input);
            let new_code = crate::coverage::new_edges() > 0;
            let new_outcome = outcome.is_ok_and(|label| outcomes.insert(label));
            new_code || new_outcome
        })
        .take_while(|input| {
            bytes += input.len();
            bytes <= MAX_CORPUS_BYTES
        })
        .collect()
}

/// Saves an input that made a finding, named by its SHA-256 so repeats share one file.
pub fn save_finding(dir: &Path, target: &str, input: &[u8]) -> std::io::Result<PathBuf> {
    let digest = ring::digest::digest(&ring::digest::SHA256, input);
    let name: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    let folder = dir.join(target);
    std::fs::create_dir_all(&folder)?;
    let path = folder.join(format!("{name}.bin"));
    std::fs::write(&path, input)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Breaks on inputs that start with `!`, panics on inputs that start with `?`.
    struct Picky;

    impl Target for Picky {
        fn name(&self) -> &'static str {
            "picky"
        }

        fn seeds(&self) -> Vec<Vec<u8>> {
            vec![b"ok".to_vec(), b"?".to_vec(), b"!".to_vec()]
        }

        fn run(&mut self, input: &[u8]) -> Result<String, FuzzError> {
            match input.first() {
                Some(b'!') => Err(FuzzError::Broken("starts with !".into())),
                Some(b'?') => panic!("starts with ?"),
                _ => Ok(format!("len {}", input.len().min(4))),
            }
        }
    }

    #[test]
    fn panics_and_broken_invariants_are_findings_saved_by_their_hash() {
        quiet_panics();
        let dir = tempfile::tempdir().unwrap();
        let report = fuzz(&mut Picky, Duration::from_millis(200), 1, dir.path()).unwrap();
        let _ = panic::take_hook();
        assert!(report.executions > 3, "{report:?}");
        let kinds: Vec<String> = report.findings.iter().map(|(f, _)| f.to_string()).collect();
        assert!(
            kinds.iter().any(|k| k.starts_with("panic: starts with ?")),
            "{kinds:?}"
        );
        assert!(kinds.iter().any(|k| k == "starts with !"), "{kinds:?}");
        let saved = dir
            .path()
            .join("picky")
            .join("bb7208bc9b5d7c04f1236a82a0093a5e33f40423d5ba8d4266f7092c3ba43b62.bin");
        assert_eq!(std::fs::read(saved).unwrap(), b"!");
    }
}
