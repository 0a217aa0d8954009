//! `survey-publish`: run by the survey owner after the survey has closed and its grace days
//! have passed, with the identity kept off the server. Opens every response in memory,
//! validates, audits, stores the one publication in the collector's database and writes the
//! analysts' microdata.

use std::path::PathBuf;

use anyhow::Context;
use chrono::NaiveDate;
use clap::Parser;
use collector_data::served_pack::ServedPack;
use publisher::publish::{self, Options};
use survey::PackVerifyingKey;

#[derive(Parser)]
#[command(
    about = "Publish the survey's results once, after it has closed",
    after_help = "To make the survey's identity offline first: survey-publish keygen --out FILE"
)]
struct Cli {
    /// The collector's data folder (on the server, or a copy).
    #[arg(long)]
    collector_data: PathBuf,
    /// The survey's identity file, made by `survey-collector init --identity-out`.
    #[arg(long)]
    identity: PathBuf,
    /// Where to write the analysts' microdata and the deliveries (not inside the collector's
    /// data folder).
    #[arg(long)]
    out: PathBuf,
    /// The signed content pack the survey ran with.
    #[arg(long, env = "SURVEY_COLLECTOR_PACK")]
    pack: PathBuf,
    #[arg(long, env = "SURVEY_COLLECTOR_PACK_KEY")]
    pack_public_key: PathBuf,
    /// Days after the survey closes during which kiosks may still deliver (as the collector).
    #[arg(long, default_value_t = survey::calendar::DEFAULT_GRACE_DAYS)]
    grace_days: u64,
    /// Fewest respondents any published figure may stand for.
    #[arg(long, default_value_t = collector_data::publication::DEFAULT_THRESHOLD)]
    threshold: u64,
    /// Replace the stored publication (the new one is audited together with it).
    #[arg(long)]
    replace: bool,
    /// Leave out every response delivered by a kiosk that has been revoked.
    #[arg(long)]
    exclude_revoked: bool,
    /// Leave out a municipality's web deliveries of one day, as MUNICIPALITY:YYYY-MM-DD (the
    /// day they arrived, as the deliveries report lists it); repeat for more days.
    #[arg(long, value_name = "MUNICIPALITY:DAY", value_parser = web_day)]
    exclude_web_day: Vec<(String, NaiveDate)>,
    /// Take this date as today (YYYY-MM-DD), for demos and tests.
    #[arg(long, env = "SURVEY_COLLECTOR_TODAY")]
    today: Option<NaiveDate>,
}

/// `survey-publish keygen --out FILE`: a new survey identity, made offline.
#[derive(Parser)]
#[command(
    name = "survey-publish keygen",
    about = "Make the survey's age identity on this machine (mode 0600, never overwriting) and print its recipient"
)]
struct Keygen {
    /// Where to write the identity; must not exist.
    #[arg(long)]
    out: PathBuf,
}

/// `0301:2026-11-04` as (municipality, day).
fn web_day(text: &str) -> Result<(String, NaiveDate), String> {
    let (municipality, day) = text
        .split_once(':')
        .ok_or("expected MUNICIPALITY:YYYY-MM-DD, for example 0301:2026-11-04")?;
    if municipality.len() != 4 || !municipality.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "{municipality:?} is not a four-digit municipality number"
        ));
    }
    let day = day
        .parse()
        .map_err(|_| format!("{day:?} is not a date (YYYY-MM-DD)"))?;
    Ok((municipality.to_owned(), day))
}

fn main() -> anyhow::Result<()> {
    // A subcommand of its own, looked for first, so that publishing keeps its flags as they are.
    let mut args = std::env::args_os();
    if args.nth(1).is_some_and(|a| a == "keygen") {
        let keygen =
            Keygen::parse_from(std::iter::once("survey-publish keygen".into()).chain(args));
        let recipient = publisher::keygen::generate(&keygen.out)?;
        eprintln!(
            "Wrote the survey's identity to {}. Keep it off the server; give the collector only the recipient:",
            keygen.out.display()
        );
        println!("{recipient}");
        return Ok(());
    }
    let cli = Cli::parse();
    let today = cli
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let key = PackVerifyingKey::from_file(&cli.pack_public_key)?;
    let pack = ServedPack::load(&cli.pack, &key, today).context("refusing the pack")?;
    let report = publish::publish(&Options {
        collector_data: &cli.collector_data,
        identity: &cli.identity,
        out: &cli.out,
        pack: &pack,
        today,
        grace_days: cli.grace_days,
        threshold: cli.threshold,
        replace: cli.replace,
        exclude_revoked: cli.exclude_revoked,
        exclude_web_days: &cli.exclude_web_day,
    })?;
    println!(
        "Deliveries per kiosk and the web, per day:\n{}",
        report.deliveries
    );
    let publication = &report.publication;
    println!(
        "Published publication {}: {} municipalities with results, {} responses in the national figures.",
        report.version, publication.national.municipalities, publication.national.responses
    );
    for (number, results) in &publication.municipalities {
        println!(
            "  {number} {}: {} responses, {} questions shown",
            results.name,
            results.responses,
            results.tables.len()
        );
        for text in &results.withheld {
            println!("    withheld to protect small groups: {text}");
        }
    }
    for (number, name, count) in &report.too_few {
        println!(
            "  {number} {name}: no results ({count} valid responses, fewer than {})",
            publication.threshold
        );
    }
    if report.excluded_revoked > 0 {
        println!(
            "Left out {} responses delivered by revoked kiosks.",
            report.excluded_revoked
        );
    }
    for (municipality, day, count) in &report.excluded_web_days {
        println!(
            "Left out {count} web responses of {municipality} delivered on {day}, as asked (--exclude-web-day)."
        );
    }
    if !report.invalid.is_empty() {
        println!(
            "Left out {} responses that are not valid:",
            report.invalid.len()
        );
        for invalid in &report.invalid {
            // Cut short: an id that is not valid may be anything its sender chose.
            let id: String = invalid.response_id.chars().take(40).collect();
            println!("  {id} ({}): {}", invalid.municipality, invalid.reason);
        }
    }
    if report.microdata_left_out > 0 {
        println!(
            "Left {} responses out of the microdata: even coarsened, fewer than {} share their municipality, language, group and time.",
            report.microdata_left_out, publication.threshold
        );
    }
    println!(
        "Wrote {} rows of microdata to {} and the deliveries to {}.",
        report.microdata_rows,
        cli.out.join(publish::MICRODATA_FILE).display(),
        cli.out.join(publish::DELIVERIES_FILE).display()
    );
    Ok(())
}
