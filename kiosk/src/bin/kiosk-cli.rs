//! `kiosk-cli`: the kiosk engine without a window, for coordinators' scripts, demos and tests.

use std::path::PathBuf;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
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
        /// Print each stored response's id once it is durable (for the crash test).
        #[arg(long, hide = true)]
        report_ids: bool,
    },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let data_dir = paths::resolve_data_dir(cli.data_dir)?;
    let mut config = KioskConfig::new(data_dir.clone());
    config.today = cli.today;
    let mut kiosk = Kiosk::open(config)
        .with_context(|| format!("opening the kiosk in {}", data_dir.display()))?;
    match cli.command {
        Command::Status { json } => {
            let status = kiosk.status()?;
            let audio = AudioPlayer::start();
            let audio_json = match audio.unavailable_reason() {
                None => serde_json::json!({"available": true}),
                Some(reason) => serde_json::json!({"available": false, "reason": reason}),
            };
            if json {
                let mut value = serde_json::to_value(&status)?;
                value["audio"] = audio_json;
                value["enrolment"] = serde_json::Value::Null;
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
                    "responses: {} pending, {} synced",
                    status.responses.pending, status.responses.synced
                );
                println!("enrolment: not enrolled");
                match audio.unavailable_reason() {
                    None => println!("audio: available"),
                    Some(reason) => println!("audio: unavailable ({reason})"),
                }
            }
        }
        Command::Fill {
            count,
            seed,
            report_ids,
        } => {
            let mut rng = fill::Rng::new(seed);
            for n in 1..=count {
                let id = fill::complete_one(&mut kiosk, &mut rng)?;
                if report_ids {
                    println!("completed {id}");
                } else if n % 100 == 0 || n == count {
                    eprintln!("completed {n} of {count}");
                }
            }
        }
    }
    Ok(())
}
