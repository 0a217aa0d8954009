//! `kiosk-cli`: the kiosk engine without a window, for coordinators' scripts, demos and tests.

use std::path::PathBuf;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use kiosk::sync_run::SyncOptions;
use kiosk::{fill, paths, AudioPlayer, Kiosk, KioskConfig};

#[derive(Parser)]
#[command(about = "The survey kiosk's engine from a terminal")]
struct Cli {
    /// The kiosk's data folder (default: SURVEY_KIOSK_DATA_DIR, else the platform's data folder).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// Take this date as today (YYYY-MM-DD), for demos and tests.
    #[arg(long, global = true, env = "SURVEY_KIOSK_TODAY")]
    today: Option<NaiveDate>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show the pack, the survey period, the outbox and audio.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Complete N valid, varied responses through the session engine.
    Fill {
        #[arg(long, default_value_t = 1)]
        count: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Put every participant in this group (e.g. group-both) and open every conditional
        /// question, so that a demo's results show every question.
        #[arg(long)]
        group: Option<String>,
        /// Print each stored response's id once it is durable (for the crash test).
        #[arg(long, hide = true)]
        report_ids: bool,
    },
    /// Enrol this kiosk with its municipality's access code.
    Enrol {
        /// The collector's address (default: the one in the content pack).
        #[arg(long)]
        collector: Option<String>,
        #[arg(long)]
        code: String,
        /// A name the municipality's contacts see for this kiosk, e.g. "Rom 204".
        #[arg(long)]
        name: Option<String>,
    },
    /// Forget a forgotten coordinator PIN (close the app first). Unsent responses, the enrolment
    /// and the content pack are kept; the app asks for a new PIN at its next start.
    ResetPin,
    /// Send pending responses to the collector and fetch a newer content pack.
    Sync {
        #[arg(long, default_value_t = 100)]
        batch_size: usize,
    },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let data_dir = paths::resolve_data_dir(cli.data_dir)?;
    let mut config = KioskConfig::new(data_dir.clone());
    // Like the app, a release build trusts the system clock: a fixed date is for tests and demos.
    if cli.today.is_some() && !cfg!(debug_assertions) {
        anyhow::bail!("--today works only in debug builds; a release kiosk uses the system clock");
    }
    config.today = cli.today;
    let mut kiosk = Kiosk::open(config)
        .with_context(|| format!("opening the kiosk in {}", data_dir.display()))?;
    match cli.command {
        Command::Status { json } => {
            let status = kiosk.status()?;
            let enrolment = kiosk.enrolment()?;
            let last_sync = kiosk.last_sync()?;
            let audio = AudioPlayer::start();
            let audio_json = match audio.unavailable_reason() {
                None => serde_json::json!({"available": true}),
                Some(reason) => serde_json::json!({"available": false, "reason": reason}),
            };
            if json {
                let mut value = serde_json::to_value(&status)?;
                value["audio"] = audio_json;
                value["enrolment"] = serde_json::to_value(&enrolment)?;
                value["last_sync"] = serde_json::to_value(&last_sync)?;
                println!("{}", serde_json::to_string_pretty(&value)?);
            } else {
                println!("pack {} version {}", status.pack_id, status.pack_version);
                println!(
                    "survey open {} to {}{}",
                    status.survey_period.opens,
                    status.survey_period.closes,
                    if status.survey_open_today {
                        " (open today)"
                    } else {
                        " (closed today)"
                    }
                );
                println!(
                    "responses: {} pending, {} synced, {} refused by the collector",
                    status.responses.pending, status.responses.synced, status.responses.refused
                );
                match &enrolment {
                    Some(e) => println!(
                        "enrolled as kiosk {} for {} {} at {}",
                        e.kiosk_id, e.municipality_number, e.municipality_name, e.collector_url
                    ),
                    None => println!("enrolment: not enrolled"),
                }
                println!("last sync: {}", last_sync.as_deref().unwrap_or("never"));
                match audio.unavailable_reason() {
                    None => println!("audio: available"),
                    Some(reason) => println!("audio: unavailable ({reason})"),
                }
            }
        }
        Command::Fill {
            count,
            seed,
            group,
            report_ids,
        } => {
            let mut rng = fill::Rng::new(seed);
            for n in 1..=count {
                let id = fill::complete_one_as(&mut kiosk, &mut rng, group.as_deref())?;
                if report_ids {
                    println!("completed {id}");
                } else if n % 100 == 0 || n == count {
                    eprintln!("completed {n} of {count}");
                }
            }
        }
        Command::Enrol {
            collector,
            code,
            name,
        } => {
            let enrolment = kiosk.enrol_named(collector.as_deref(), &code, name.as_deref())?;
            println!(
                "enrolled as kiosk {} for {} {}",
                enrolment.kiosk_id, enrolment.municipality_number, enrolment.municipality_name
            );
        }
        Command::ResetPin => {
            kiosk::coordinator::reset_pin(kiosk.store())?;
            let pending = kiosk.status()?.responses.pending;
            println!(
                "the coordinator PIN is removed; {pending} unsent responses are kept. \
                 The app asks for a new PIN at its next start."
            );
        }
        Command::Sync { batch_size } => {
            let options = SyncOptions {
                batch_size,
                ..SyncOptions::default()
            };
            let report = kiosk.sync(&options, &mut |p| {
                eprint!("\rsent {} of {}", p.done, p.total);
            })?;
            eprintln!();
            println!(
                "{} held by the collector, {} refused, {} still pending",
                report.held, report.refused, report.remaining
            );
            if let Some(version) = report.pack_updated {
                println!("installed content pack version {version}");
            }
        }
    }
    Ok(())
}
