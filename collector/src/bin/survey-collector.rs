//! `survey-collector`: the central collector's server and admin commands.

use std::path::PathBuf;

use anyhow::{bail, Context};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use collector::api::{self, AppState, ServeConfig};
use collector::db::Db;
use collector::results::{self, opening};
use collector::served_pack::ServedPack;
use survey::PackVerifyingKey;

#[derive(Parser)]
#[command(about = "The survey's central collector")]
struct Cli {
    /// Where the collector keeps its identity and database.
    #[arg(
        long,
        env = "SURVEY_COLLECTOR_DATA_DIR",
        global = true,
        default_value = "collector-data"
    )]
    data_dir: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the collector's age identity and print its public key (the recipient).
    Init {
        /// Import this identity file instead of making a new one.
        #[arg(long)]
        identity: Option<PathBuf>,
    },
    /// Municipalities: `municipality add --number 0301 --name Oslo` prints the access code once.
    Municipality {
        #[command(subcommand)]
        command: MunicipalityCommand,
    },
    /// Contact persons: `contact add` prints the person's results key once.
    Contact {
        #[command(subcommand)]
        command: ContactCommand,
    },
    /// Enrolled kiosks.
    Kiosk {
        #[command(subcommand)]
        command: KioskCommand,
    },
    /// Open every sealed response not opened yet, and list those that stay sealed.
    Open {
        #[command(flatten)]
        pack: PackArgs,
    },
    /// Write a municipality's results page for offline use (fails below the threshold).
    Report {
        #[arg(long)]
        municipality: String,
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        pack: PackArgs,
        #[arg(long, default_value_t = collector::results::DEFAULT_THRESHOLD)]
        threshold: u64,
    },
    /// Write the analysts' CSV: one row per opened response, one column per question.
    Export {
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        pack: PackArgs,
    },
    /// Serve the HTTP API and the signed content pack.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8470")]
        listen: String,
        /// The signed content pack to hand to kiosks (its survey and period are what is collected).
        #[arg(long)]
        pack: PathBuf,
        /// The survey owner's public key that the pack must be signed with.
        #[arg(long)]
        pack_public_key: PathBuf,
        /// Days after the survey closes during which kiosks may still deliver.
        #[arg(long, default_value_t = 30)]
        grace_days: i64,
        /// Take this date as today (YYYY-MM-DD), for demos and tests.
        #[arg(long, env = "SURVEY_COLLECTOR_TODAY")]
        today: Option<NaiveDate>,
    },
}

/// The content pack whose survey the responses answer.
#[derive(clap::Args)]
struct PackArgs {
    #[arg(long, env = "SURVEY_COLLECTOR_PACK")]
    pack: PathBuf,
    #[arg(long, env = "SURVEY_COLLECTOR_PACK_KEY")]
    pack_public_key: PathBuf,
    /// Take this date as today (YYYY-MM-DD), for demos and tests.
    #[arg(long, env = "SURVEY_COLLECTOR_TODAY")]
    today: Option<NaiveDate>,
}

impl PackArgs {
    fn load(&self) -> anyhow::Result<ServedPack> {
        let key = PackVerifyingKey::from_file(&self.pack_public_key)?;
        let day = self
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        ServedPack::load(&self.pack, &key, day).context("refusing the pack")
    }
}

/// Opens what is pending and reports what stays sealed.
fn open_all(data_dir: &std::path::Path, db: &mut Db, pack: &ServedPack) -> anyhow::Result<()> {
    let identity = collector::identity::load(data_dir)?;
    let summary = opening::open_pending(db, &identity, &pack.definition)?;
    eprintln!(
        "opened {} responses; {} could not be opened",
        summary.opened, summary.failed
    );
    for (id, municipality, reason) in opening::unopened(db)? {
        eprintln!("stays sealed: {id} ({municipality}): {reason}");
    }
    Ok(())
}

#[derive(Subcommand)]
enum MunicipalityCommand {
    Add {
        #[arg(long)]
        number: String,
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum ContactCommand {
    Add {
        #[arg(long)]
        municipality: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum KioskCommand {
    List,
    Revoke { id: String },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let data_dir = cli.data_dir;
    match cli.command {
        Command::Init { identity } => {
            let recipient = collector::identity::create(&data_dir, identity.as_deref())?;
            println!("{recipient}");
        }
        Command::Municipality {
            command: MunicipalityCommand::Add { number, name },
        } => {
            let code = Db::open(&data_dir)?.add_municipality(&number, &name)?;
            println!("municipality {number} {name} added");
            println!("access code (shown only now): {code}");
        }
        Command::Contact {
            command:
                ContactCommand::Add {
                    municipality,
                    name,
                    email,
                },
        } => {
            let key = Db::open(&data_dir)?.add_contact(&municipality, &name, &email)?;
            println!("contact {name} <{email}> added to {municipality}");
            println!("results key (shown only now): {key}");
        }
        Command::Kiosk {
            command: KioskCommand::List,
        } => {
            for kiosk in Db::open(&data_dir)?.kiosks()? {
                let state = if kiosk.revoked { "revoked" } else { "active" };
                println!(
                    "{}\t{}\tenrolled {}\t{state}",
                    kiosk.id, kiosk.municipality, kiosk.enrolled_on
                );
            }
        }
        Command::Kiosk {
            command: KioskCommand::Revoke { id },
        } => {
            Db::open(&data_dir)?.revoke_kiosk(&id)?;
            println!("kiosk {id} revoked");
        }
        Command::Open { pack } => {
            let pack = pack.load()?;
            open_all(&data_dir, &mut Db::open(&data_dir)?, &pack)?;
        }
        Command::Report {
            municipality,
            out,
            pack,
            threshold,
        } => {
            let pack = pack.load()?;
            let mut db = Db::open(&data_dir)?;
            open_all(&data_dir, &mut db, &pack)?;
            let report = results::municipality_results(&db, &pack, &municipality, threshold)?;
            if let results::MunicipalityResults::TooFew {
                responses, needed, ..
            } = &report
            {
                bail!("municipality {municipality} has {responses} responses; {needed} more are needed before results may be shown");
            }
            std::fs::write(&out, results::municipality_page(&municipality, &report))
                .with_context(|| format!("writing {}", out.display()))?;
            println!("wrote {}", out.display());
        }
        Command::Export { out, pack } => {
            let pack = pack.load()?;
            let mut db = Db::open(&data_dir)?;
            open_all(&data_dir, &mut db, &pack)?;
            let (csv, rows) = results::export::csv(&db, &pack)?;
            std::fs::write(&out, csv).with_context(|| format!("writing {}", out.display()))?;
            println!("wrote {rows} responses to {}", out.display());
        }
        Command::Serve {
            listen,
            pack,
            pack_public_key,
            grace_days,
            today,
        } => {
            let identity = collector::identity::load(&data_dir)
                .context("run `survey-collector init` first")?;
            let config = ServeConfig {
                grace_days,
                today,
                ..ServeConfig::default()
            };
            let key = PackVerifyingKey::from_file(&pack_public_key)?;
            let day = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            let served =
                ServedPack::load(&pack, &key, day).context("refusing to serve the pack")?;
            let state =
                AppState::with_identity(Db::open(&data_dir)?, served, config, Some(identity));
            let runtime = tokio::runtime::Runtime::new()?;
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind(&listen)
                    .await
                    .with_context(|| format!("listening on {listen}"))?;
                println!("collector listening on http://{}", listener.local_addr()?);
                api::serve(listener, state, async {
                    let _ = tokio::signal::ctrl_c().await;
                })
                .await?;
                anyhow::Ok(())
            })?;
        }
    }
    Ok(())
}
