//! `survey-fuzz --seconds N [--target NAME] [--seed S]`: fuzzes every parser of outside input
//! (or one), splitting the time between targets, and reports executions, executions per second
//! and findings per target. Exits non-zero when anything was found; each finding's input is
//! saved under the findings folder, named by its SHA-256. `--target NAME --replay FILE` runs
//! one saved input again and says what the target made of it. `--corpus DIR` starts each
//! target from the inputs kept there and stores back what this run kept; `--measure` runs the
//! seeds and that corpus once each, without fuzzing (for `cargo xtask fuzz --coverage`).

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::Parser;
use survey_fuzz::{runner, targets};

#[derive(Parser)]
#[command(about = "Fuzz every parser of outside input with mutated inputs")]
struct Args {
    /// Seconds in all, split evenly between the targets.
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// Fuzz only this target.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(targets::NAMES))]
    target: Option<String>,
    /// Seed of the mutations; the same seed repeats a run's inputs.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where findings are saved, one folder per target.
    #[arg(long, default_value = "target/fuzz-findings")]
    findings: PathBuf,
    /// Run this one input (a saved finding) through `--target` instead of fuzzing.
    #[arg(long, requires = "target")]
    replay: Option<PathBuf>,
    /// The kept corpus: read before each target, written back after it.
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Run the seeds and the corpus once each instead of fuzzing.
    #[arg(long)]
    measure: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if let (Some(path), Some(name)) = (&args.replay, &args.target) {
        return replay(name, path);
    }
    let names: Vec<&str> = match &args.target {
        Some(name) => vec![name.as_str()],
        None => targets::NAMES.to_vec(),
    };
    if args.measure {
        return measure(&names, args.corpus.as_deref());
    }
    let share = Duration::from_secs(args.seconds).div_f64(names.len() as f64);
    runner::quiet_panics();
    println!(
        "fuzzing {} target(s), {:.1} s each, seed {}",
        names.len(),
        share.as_secs_f64(),
        args.seed
    );
    println!(
        "{:<24} {:>12} {:>10} {:>9} {:>7} {:>7} {:>9}",
        "target", "executions", "exec/s", "outcomes", "edges", "corpus", "findings"
    );
    let mut total_executions = 0;
    let mut total_findings = 0;
    for (n, name) in names.iter().enumerate() {
        let mut target = targets::build(name).with_context(|| format!("setting up {name}"))?;
        let seed = args.seed.wrapping_add(n as u64);
        let kept = match &args.corpus {
            Some(dir) => survey_fuzz::corpus::load(dir, name)?,
            None => Vec::new(),
        };
        let (report, kept) = runner::fuzz_from(target.as_mut(), kept, share, seed, &args.findings)
            .with_context(|| format!("saving a finding of {name}"))?;
        if let Some(dir) = &args.corpus {
            survey_fuzz::corpus::store(dir, name, &kept)?;
        }
        println!(
            "{:<24} {:>12} {:>10.0} {:>9} {:>7} {:>7} {:>9}",
            report.target,
            report.executions,
            report.per_second(),
            report.outcomes,
            report.edges,
            report.corpus,
            report.findings.len()
        );
        for (failure, path) in &report.findings {
            println!("  finding: {failure}\n    input: {}", path.display());
        }
        total_executions += report.executions;
        total_findings += report.findings.len();
    }
    survey_fuzz::fixtures::remove_pack();
    println!(
        "total: {total_executions} executions in {} s, {total_findings} finding(s)",
        args.seconds
    );
    if total_findings > 0 {
        anyhow::bail!(
            "{total_findings} finding(s); inputs saved under {}",
            args.findings.display()
        );
    }
    Ok(())
}

/// Runs every target's seeds and kept corpus once, printing how many inputs each ran; the
/// coverage build's profile then says what they reach.
fn measure(names: &[&str], corpus: Option<&std::path::Path>) -> anyhow::Result<()> {
    runner::quiet_panics();
    for name in names {
        let mut target = targets::build(name).with_context(|| format!("setting up {name}"))?;
        let mut inputs = target.seeds();
        if let Some(dir) = corpus {
            inputs.extend(survey_fuzz::corpus::load(dir, name)?);
        }
        for input in &inputs {
            let _ = runner::execute(target.as_mut(), input);
        }
        println!("{name}: {} inputs", inputs.len());
    }
    survey_fuzz::fixtures::remove_pack();
    Ok(())
}

fn replay(name: &str, path: &std::path::Path) -> anyhow::Result<()> {
    let input = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let mut target = targets::build(name).with_context(|| format!("setting up {name}"))?;
    let outcome = runner::execute(target.as_mut(), &input);
    survey_fuzz::fixtures::remove_pack();
    match outcome {
        Ok(outcome) => {
            println!("{name}: {} bytes, no finding ({outcome})", input.len());
            Ok(())
        }
        Err(failure) => anyhow::bail!("{name}: {failure}"),
    }
}
