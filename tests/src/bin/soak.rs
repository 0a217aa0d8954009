//! `soak`: runs [`end_to_end::soak`] — simulated kiosks syncing against a real collector with
//! cut connections, lost replies and a collector restart — prints the report, and exits
//! non-zero when any response is missing, held twice, or not held at the end.
//! `cargo xtask soak --minutes N` builds it in release and runs it; `--admin-flood` runs
//! [`end_to_end::admin_flood`] instead.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{ensure, Context};
use clap::Parser;
use end_to_end::admin_flood::{self, FloodOptions};
use end_to_end::soak::{self, SoakOptions};

#[derive(Parser)]
#[command(about = "Many kiosks syncing against one collector while connections break")]
struct Args {
    /// How long the kiosks complete responses and sync under faults.
    #[arg(long, default_value_t = 10.0)]
    minutes: f64,
    #[arg(long, default_value_t = 200)]
    kiosks: usize,
    /// Responses each kiosk completes over the run.
    #[arg(long, default_value_t = 20)]
    responses: usize,
    /// Mean seconds between a kiosk's syncs.
    #[arg(long, default_value_t = 10.0)]
    sync_seconds: f64,
    /// Share of connections cut in the middle of the request.
    #[arg(long, default_value_t = 0.03)]
    cut_rate: f64,
    /// Share of connections whose reply is dropped after the collector answered.
    #[arg(long, default_value_t = 0.03)]
    drop_rate: f64,
    /// How often the collector is killed and started again during the run.
    #[arg(long, default_value_t = 1)]
    restarts: usize,
    /// The `survey-collector` to run; by default the one beside this program.
    #[arg(long)]
    collector: Option<PathBuf>,
    /// Instead of kiosks: 300 wrong administrator logins from 60 addresses in 30 s, then a
    /// quiet minute; fails unless the collector's peak memory stays under 300 MiB and its
    /// memory a minute later is within 50 MiB of where it was before.
    #[arg(long)]
    admin_flood: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    ensure!(args.minutes > 0.0, "--minutes must be more than 0");
    ensure!(
        (0.0..1.0).contains(&(args.cut_rate + args.drop_rate)),
        "the fault rates must add up to less than 1"
    );
    let collector_binary = match args.collector {
        Some(path) => path,
        None => std::env::current_exe()?
            .parent()
            .context("this program is in a folder")?
            .join("survey-collector"),
    };
    ensure!(
        collector_binary.is_file(),
        "{} is missing: build survey-collector first (cargo xtask soak does)",
        collector_binary.display()
    );
    if args.admin_flood {
        let report = admin_flood::run(&collector_binary, &FloodOptions::default());
        println!("{report}");
        ensure!(
            report.peak_kib < 300 * 1024,
            "the collector's peak memory was 300 MiB or more"
        );
        ensure!(
            report.after_quiet_kib < report.before_kib + 50 * 1024,
            "the collector's memory did not fall back within a minute"
        );
        return Ok(());
    }
    let mut options = SoakOptions::new(
        args.kiosks,
        Duration::from_secs_f64(args.minutes * 60.0),
        collector_binary,
    );
    options.responses_per_kiosk = args.responses;
    options.sync_interval = Duration::from_secs_f64(args.sync_seconds);
    options.cut_rate = args.cut_rate;
    options.drop_rate = args.drop_rate;
    options.restarts = args.restarts;
    eprintln!(
        "soak: {} kiosks for {} minutes, {} responses each",
        args.kiosks, args.minutes, args.responses
    );
    let report = soak::run(&options);
    println!("{report}");
    ensure!(
        report.every_response_held_once(),
        "not every response is held exactly once"
    );
    Ok(())
}
