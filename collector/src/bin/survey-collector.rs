//! `survey-collector`: the central collector's server and admin commands.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

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
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Init { identity } => {
            let recipient = collector::identity::create(&cli.data_dir, identity.as_deref())?;
            println!("{recipient}");
        }
    }
    Ok(())
}
