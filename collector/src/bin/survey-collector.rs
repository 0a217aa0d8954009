//! `survey-collector`: the central collector's server and admin commands.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use collector::admin::accounts;
use collector::backup;
use collector::db::{setting_names, Db, AUDIT_SYSTEM};
use collector::logging::{self, LogFormat};
use collector::mail::{
    self,
    sender::{MailSender, SmtpSettings, SmtpTls},
};
use collector::publication::Publication;
use collector::recipient;
use collector::registration;
use collector::served_pack::ServedPack;
use collector::server::{Limits, Transport};
use collector::serving::ServingLock;
use collector::CollectorError;
use collector::{AppState, ServeConfig};
use survey::PackVerifyingKey;

#[derive(Parser)]
#[command(about = "The survey's central collector")]
struct Cli {
    /// Where the collector keeps its recipient and database.
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
    /// Keep the survey's recipient (its public key) here: the one `survey-publish keygen` printed
    /// on the owner's machine. The identity itself never comes to the server.
    Init {
        /// The recipient, age1...
        #[arg(long)]
        recipient: String,
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
    /// The owner's administrators, who log in at /admin: `admin add --name NAME` reads the
    /// password from standard input (never from the command line).
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// The owner's settings: `setting --name code-mail.message --value "..."` sets one,
    /// without --value prints it. Names: registration.deadline, code-mail.message, reminder.*.
    Setting {
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(setting_names::ALL))]
        name: String,
        #[arg(long)]
        value: Option<String>,
    },
    /// Enrolled kiosks.
    Kiosk {
        #[command(subcommand)]
        command: KioskCommand,
    },
    /// Write a municipality's page of the stored publication for offline use (refused when
    /// nothing is published, or the municipality has no results).
    Report {
        #[arg(long)]
        municipality: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Write what a municipality sends its participants, in every language: a printable page
    /// with the link and its QR code, the SMS (with its part count), the e-mail and the guide
    /// for a Teams or Zoom lesson. The code is checked against the municipality first.
    Invitation {
        #[arg(long)]
        municipality: String,
        #[arg(long)]
        code: String,
        #[arg(long)]
        out: PathBuf,
        /// The public address the collector serves the web survey at (it adds /survey/);
        /// https, so that codes and answers never travel readable. No default: a guessed
        /// address would send every participant somewhere wrong.
        #[arg(long, env = "SURVEY_PUBLIC_URL")]
        base_url: String,
        /// The survey's last day, said in the invitation (YYYY-MM-DD); within the pack's period.
        #[arg(long)]
        closes: NaiveDate,
        /// The signed content pack the collector serves (its period bounds --closes).
        #[arg(long)]
        pack: PathBuf,
        /// The survey owner's public key that the pack must be signed with.
        #[arg(long)]
        pack_public_key: PathBuf,
    },
    /// Write a consistent copy of the database to FILE, also while the collector serves (the
    /// copy is a snapshot of one moment). It holds sealed responses and hashes, no identity.
    Backup {
        /// The backup file to write; refused if it exists.
        #[arg(long)]
        out: PathBuf,
    },
    /// Put a backup in place as this data folder's database, after checking it. Refused while
    /// a collector serves the folder; an existing database is renamed aside, and only with
    /// --replace.
    Restore {
        /// The backup file `backup` wrote.
        #[arg(long)]
        from: PathBuf,
        /// Set the existing database aside and use the backup instead.
        #[arg(long)]
        replace: bool,
    },
    /// Serve the HTTP API and the signed content pack.
    Serve(ServeArgs),
}

/// What `serve` is given: each on the command line or in the environment, which is how the
/// packaged service reads its one configuration file (systemd's `EnvironmentFile`).
#[derive(clap::Args)]
struct ServeArgs {
    #[arg(
        long,
        env = "SURVEY_COLLECTOR_LISTEN",
        default_value = "127.0.0.1:8470"
    )]
    listen: String,
    /// The operators' address (metrics per municipality); keep it on loopback or a
    /// private network.
    #[arg(
        long,
        env = "SURVEY_COLLECTOR_ADMIN_LISTEN",
        default_value = "127.0.0.1:8471"
    )]
    admin_listen: String,
    /// The signed content pack to hand to kiosks (its survey and period are what is collected).
    #[arg(long, env = "SURVEY_COLLECTOR_PACK")]
    pack: PathBuf,
    /// The survey owner's public key that the pack must be signed with.
    #[arg(long, env = "SURVEY_COLLECTOR_PACK_PUBLIC_KEY")]
    pack_public_key: PathBuf,
    /// Days after the survey closes during which kiosks may still deliver.
    #[arg(long, default_value_t = survey::calendar::DEFAULT_GRACE_DAYS)]
    grace_days: u64,
    /// Take this date as today (YYYY-MM-DD), for demos and tests.
    #[arg(long, env = "SURVEY_COLLECTOR_TODAY")]
    today: Option<NaiveDate>,
    /// A reverse proxy (address or CIDR range) whose X-Forwarded-For header names the
    /// client; repeat for several. Without it, X-Forwarded-For is ignored.
    #[arg(
        long = "trusted-proxy",
        value_name = "CIDR",
        env = "SURVEY_COLLECTOR_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    trusted_proxies: Vec<ipnet::IpNet>,
    /// Serve HTTPS with this certificate chain (PEM); needs --tls-key.
    #[arg(long, env = "SURVEY_COLLECTOR_TLS_CERT", requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// The private key (PEM) of --tls-cert.
    #[arg(long, env = "SURVEY_COLLECTOR_TLS_KEY", requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// Connections served at once on the public address.
    #[arg(long, default_value_t = 1024)]
    max_connections: usize,
    /// Seconds a client may take to send a request's headers (or a TLS handshake).
    #[arg(long, default_value_t = 10)]
    header_timeout: u64,
    /// Seconds a client may pause while sending a request's body.
    #[arg(long, default_value_t = 10)]
    body_timeout: u64,
    #[arg(
        long,
        env = "SURVEY_COLLECTOR_LOG_FORMAT",
        value_enum,
        default_value = "text"
    )]
    log_format: LogFormat,
    /// The address people reach this collector at, for links in mails.
    #[arg(
        long,
        env = "SURVEY_PUBLIC_URL",
        default_value = "http://127.0.0.1:8470"
    )]
    public_url: String,
    /// The SMTP relay mails go through (HOST:PORT). Without it, mails wait in the outbox.
    /// A user name and password, if the relay wants them, are read from the environment
    /// (SURVEY_SMTP_USER, SURVEY_SMTP_PASSWORD), never the command line.
    #[arg(long, env = "SURVEY_SMTP_RELAY", requires = "mail_from")]
    smtp_relay: Option<String>,
    #[arg(long, env = "SURVEY_SMTP_TLS", value_enum, default_value = "starttls")]
    smtp_tls: SmtpTls,
    /// The sender address of the collector's mails.
    #[arg(long, env = "SURVEY_MAIL_FROM")]
    mail_from: Option<String>,
    /// Seconds to wait after a mail's first failed attempt (doubling after each further
    /// one, at most 30 minutes).
    #[arg(long, default_value_t = 30)]
    mail_first_retry_seconds: u64,
    /// The last day (YYYY-MM-DD) municipalities may register contacts, when the owner has
    /// set none: a deadline set in /admin (or by `setting`) is never overwritten by a start.
    #[arg(long)]
    registration_deadline: Option<NaiveDate>,
    /// A signed apt repository of the kiosk (`cargo xtask bundle` writes one) to serve
    /// under /apt/, from which classroom machines install and update the kiosk.
    #[arg(long, env = "SURVEY_COLLECTOR_APT_REPOSITORY")]
    apt_repository: Option<PathBuf>,
    /// The most the database may grow to, in MiB: beyond it deliveries are refused with 503
    /// `out_of_space` (kiosks keep their responses) and /healthz says not ready, as on a full
    /// disk, leaving the rest of the disk to the machine.
    #[arg(long, env = "SURVEY_COLLECTOR_MAX_DATABASE_MIB")]
    max_database_mib: Option<u64>,
}

#[derive(Subcommand)]
enum MunicipalityCommand {
    Add {
        #[arg(long)]
        number: String,
        #[arg(long)]
        name: String,
        /// Print one JSON object (number, name, access_code) for a script to read.
        #[arg(long)]
        json: bool,
    },
    /// Import the owner's list (CSV: number,name,domains with domains separated by `;` or
    /// spaces). Adds new municipalities without a code, renames known ones; a file with a bad
    /// line changes nothing.
    Import {
        #[arg(long)]
        csv: PathBuf,
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
        /// Print one JSON object (municipality, name, email, results_key) for a script to read.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Add an administrator; the password (at least 12 characters) is read from standard
    /// input, or asked for without echo at a terminal.
    Add {
        #[arg(long)]
        name: String,
    },
    List,
    /// Remove an administrator; their sessions end at once.
    Remove {
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum KioskCommand {
    List,
    Revoke { id: String },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let data_dir = &cli.data_dir;
    match cli.command {
        Command::Init { recipient } => init(data_dir, &recipient),
        Command::Municipality { command } => match command {
            MunicipalityCommand::Add { number, name, json } => {
                add_municipality(data_dir, &number, &name, json)
            }
            MunicipalityCommand::Import { csv } => import_municipalities(data_dir, &csv),
        },
        Command::Setting { name, value } => setting(data_dir, &name, value),
        Command::Contact {
            command:
                ContactCommand::Add {
                    municipality,
                    name,
                    email,
                    json,
                },
        } => add_contact(data_dir, &municipality, &name, &email, json),
        Command::Admin { command } => match command {
            AdminCommand::Add { name } => add_admin(data_dir, &name),
            AdminCommand::List => list_admins(data_dir),
            AdminCommand::Remove { name } => remove_admin(data_dir, &name),
        },
        Command::Kiosk { command } => match command {
            KioskCommand::List => list_kiosks(data_dir),
            KioskCommand::Revoke { id } => revoke_kiosk(data_dir, &id),
        },
        Command::Invitation {
            municipality,
            code,
            out,
            base_url,
            closes,
            pack,
            pack_public_key,
        } => {
            let key = PackVerifyingKey::from_file(&pack_public_key)?;
            let today = collector::clock::Clock::on(None).today();
            let served = ServedPack::load(&pack, &key, today).context("reading the pack")?;
            let invitation = collector::invitation::Invitation {
                base_url: &base_url,
                code: &code.trim().to_ascii_uppercase(),
                municipality_name: "",
                closes,
            };
            invitation.check(served.period)?;
            write_invitation(data_dir, &municipality, &invitation, &out)
        }
        Command::Report { municipality, out } => report(data_dir, &municipality, &out),
        Command::Backup { out } => backup_to(data_dir, &out),
        Command::Restore { from, replace } => restore_from(data_dir, &from, replace),
        Command::Serve(args) => serve(data_dir, args),
    }
}

fn init(data_dir: &Path, recipient: &str) -> anyhow::Result<()> {
    let recipient = recipient::init(data_dir, recipient)?;
    println!("{recipient}");
    Ok(())
}

fn add_municipality(data_dir: &Path, number: &str, name: &str, json: bool) -> anyhow::Result<()> {
    let code = Db::open(data_dir)?.add_municipality(number, name)?;
    if json {
        let added = serde_json::json!({"number": number, "name": name, "access_code": code});
        println!("{added}");
    } else {
        println!("municipality {number} {name} added");
        println!("access code (shown only now): {code}");
    }
    Ok(())
}

fn import_municipalities(data_dir: &Path, csv: &Path) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(&csv).with_context(|| format!("reading {}", csv.display()))?;
    let count = registration::import::import(&mut Db::open(data_dir)?, &text)
        .with_context(|| format!("refusing {}", csv.display()))?;
    println!("{count} municipalities imported");
    Ok(())
}

/// The command line's deadline becomes the setting only when the owner has none, audited.
fn seed_deadline(db: &Db, deadline: NaiveDate) -> anyhow::Result<()> {
    db.write(|db| {
        if db.setting(setting_names::REGISTRATION_DEADLINE)?.is_some() {
            return Ok(());
        }
        db.set_setting(setting_names::REGISTRATION_DEADLINE, &deadline.to_string())?;
        db.audit(
            AUDIT_SYSTEM,
            "settings",
            &format!("registration deadline {deadline} from the command line"),
        )
    })?;
    Ok(())
}

fn setting(data_dir: &Path, name: &str, value: Option<String>) -> anyhow::Result<()> {
    let db = Db::open(data_dir)?;
    match value {
        Some(value) => {
            if name == setting_names::REGISTRATION_DEADLINE {
                value
                    .parse::<NaiveDate>()
                    .with_context(|| format!("{value:?} is not a date (YYYY-MM-DD)"))?;
            }
            db.write(|db| {
                db.set_setting(name, &value)?;
                db.audit("command line", "settings", name)
            })?;
        }
        None => println!("{}", db.setting(&name)?.unwrap_or_default()),
    }
    Ok(())
}

fn add_contact(
    data_dir: &Path,
    municipality: &str,
    name: &str,
    email: &str,
    json: bool,
) -> anyhow::Result<()> {
    let key = Db::open(data_dir)?.add_contact(municipality, name, email)?;
    if json {
        let added = serde_json::json!({
            "municipality": municipality,
            "name": name,
            "email": email,
            "results_key": key,
        });
        println!("{added}");
    } else {
        println!("contact {name} <{email}> added to {municipality}");
        println!("results key (shown only now): {key}");
    }
    Ok(())
}

fn add_admin(data_dir: &Path, name: &str) -> anyhow::Result<()> {
    let password = read_password()?;
    let db = Db::open(data_dir)?;
    let today = collector::clock::Clock::system().today();
    accounts::add(db.connection(), &name, &password, today)?;
    println!("administrator {name} added");
    Ok(())
}

fn list_admins(data_dir: &Path) -> anyhow::Result<()> {
    for admin in accounts::list(Db::open(data_dir)?.connection())? {
        println!("{}\tadded {}", admin.name, admin.created_on);
    }
    Ok(())
}

fn remove_admin(data_dir: &Path, name: &str) -> anyhow::Result<()> {
    accounts::remove(Db::open(data_dir)?.connection(), &name)?;
    println!("administrator {name} removed");
    Ok(())
}

fn list_kiosks(data_dir: &Path) -> anyhow::Result<()> {
    for kiosk in Db::open(data_dir)?.kiosks()? {
        let state = if kiosk.revoked { "revoked" } else { "active" };
        println!(
            "{}\t{}\tenrolled {}\t{state}",
            kiosk.id, kiosk.municipality, kiosk.enrolled_on
        );
    }
    Ok(())
}

fn revoke_kiosk(data_dir: &Path, id: &str) -> anyhow::Result<()> {
    Db::open(data_dir)?.revoke_kiosk(&id)?;
    println!("kiosk {id} revoked");
    Ok(())
}

/// Writes the invitation (already checked against the pack) once the code is the municipality's.
fn write_invitation(
    data_dir: &Path,
    municipality: &str,
    checked: &collector::invitation::Invitation<'_>,
    out: &Path,
) -> anyhow::Result<()> {
    let db = Db::open(data_dir)?;
    let (name, salt, hash) = db
        .municipality(municipality)?
        .ok_or_else(|| collector::DataError::UnknownMunicipality(municipality.to_owned()))?;
    if !collector::secrets::verify(checked.code, &salt, &hash) {
        bail!("that is not municipality {municipality}'s access code; an invitation with it would let nobody in");
    }
    let invitation = collector::invitation::Invitation {
        municipality_name: &name,
        ..*checked
    };
    let written = collector::invitation::write(&out, &invitation)?;
    println!(
        "wrote {} files for {} languages in {} (link: {})",
        written.len(),
        collector::invitation::languages().len(),
        out.display(),
        invitation.link()
    );
    Ok(())
}

fn report(data_dir: &Path, municipality: &str, out: &Path) -> anyhow::Result<()> {
    let db = Db::open(data_dir)?;
    let Some((version, publication)) = Publication::latest(&db)? else {
        bail!("nothing is published yet: `survey-publish` makes the publication after the survey has closed");
    };
    let Some(results) = publication.municipalities.get(municipality) else {
        bail!(
            "municipality {municipality} has no results in publication {version}: it had fewer than {} responses, or is unknown",
            publication.threshold
        );
    };
    std::fs::write(
        &out,
        collector::page::municipality_page(&municipality, results),
    )
    .with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {} (publication {version})", out.display());
    Ok(())
}

fn backup_to(data_dir: &Path, out: &Path) -> anyhow::Result<()> {
    let summary = backup::backup(data_dir, &out)?;
    println!(
        "backed up {} responses ({} bytes) to {}",
        summary.responses,
        summary.bytes,
        out.display()
    );
    Ok(())
}

fn restore_from(data_dir: &Path, from: &Path, replace: bool) -> anyhow::Result<()> {
    let restored = backup::restore(data_dir, &from, replace)?;
    if let Some(aside) = &restored.set_aside {
        println!("the database it replaced is now {}", aside.display());
    }
    println!(
        "restored {} responses from {} into {}",
        restored.summary.responses,
        from.display(),
        data_dir.display()
    );
    if recipient::load(data_dir).is_err() {
        println!("this folder has no recipient yet: run `survey-collector init --recipient age1...` before serving");
    }
    Ok(())
}

fn serve(data_dir: &Path, args: ServeArgs) -> anyhow::Result<()> {
    let ServeArgs {
        listen,
        admin_listen,
        pack,
        pack_public_key,
        grace_days,
        today,
        trusted_proxies,
        tls_cert,
        tls_key,
        max_connections,
        header_timeout,
        body_timeout,
        log_format,
        public_url,
        smtp_relay,
        smtp_tls,
        mail_from,
        mail_first_retry_seconds,
        registration_deadline,
        apt_repository,
        max_database_mib,
    } = args;
    let level = std::env::var("SURVEY_COLLECTOR_LOG")
        .ok()
        .and_then(|level| level.parse().ok())
        .unwrap_or(log::LevelFilter::Info);
    logging::init(log_format, level);
    let transport = match (&tls_cert, &tls_key) {
        (Some(cert), Some(key)) => Transport::tls(cert, key)?,
        _ => Transport::Plain,
    };
    let limits = Limits {
        max_connections,
        // A trusted proxy carries every client; their shares are counted by the guard.
        shared_peers: trusted_proxies.clone(),
        header_read_timeout: std::time::Duration::from_secs(header_timeout),
        ..Limits::default()
    };
    let recipient = recipient::load(data_dir)?;
    recipient::refuse_identity_in(data_dir)?;
    // Held until the process ends, so that `restore` can tell the folder is in use.
    let _serving = ServingLock::serving(data_dir)?;
    let config = ServeConfig {
        grace_days,
        today,
        trusted_proxies,
        body_read_timeout: std::time::Duration::from_secs(body_timeout),
        public_url,
        apt_repository,
        max_database_bytes: max_database_mib.map(|mib| mib * 1024 * 1024),
        ..ServeConfig::default()
    };
    let mail_sender = match (&smtp_relay, &mail_from) {
        (Some(relay), Some(from)) => {
            let credentials = smtp_credentials()?;
            let settings = SmtpSettings::relay(relay, smtp_tls, from, credentials)?;
            Some(MailSender::new(&settings)?.with_first_retry(mail_first_retry_seconds))
        }
        _ => {
            log::warn!(
                "no --smtp-relay: mails (confirmations, codes) wait in the outbox until \
                 the collector is started with one"
            );
            None
        }
    };
    let key = PackVerifyingKey::from_file(&pack_public_key)?;
    let day = collector::clock::Clock::on(today).today();
    let served = ServedPack::load(&pack, &key, day).context("refusing to serve the pack")?;
    if served.recipient != recipient {
        return Err(CollectorError::RecipientMismatch {
            pack: served.recipient,
            collector: recipient,
        }
        .into());
    }
    let db = Db::open(data_dir)?;
    if let Some(deadline) = registration_deadline {
        seed_deadline(&db, deadline)?;
    }
    let state = AppState::new(db, served, config);
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&listen)
            .await
            .with_context(|| format!("listening on {listen}"))?;
        let admin = tokio::net::TcpListener::bind(&admin_listen)
            .await
            .with_context(|| format!("listening on {admin_listen}"))?;
        println!(
            "collector listening on {}://{}",
            transport.scheme(),
            listener.local_addr()?
        );
        println!("admin listening on http://{}", admin.local_addr()?);
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let when_stopped = |mut stopped: tokio::sync::watch::Receiver<bool>| async move {
            let _ = stopped.wait_for(|stop| *stop).await;
        };
        if let Some(sender) = mail_sender {
            tokio::spawn(mail::sender::run(
                state.clone(),
                sender,
                when_stopped(stopped.clone()),
            ));
        }
        tokio::spawn(collector::reminders::keep_running(
            state.clone(),
            collector::reminders::EVERY,
            when_stopped(stopped.clone()),
        ));
        let admin_server = tokio::spawn(collector::serve(
            admin,
            collector::admin_app(state.clone()),
            when_stopped(stopped.clone()),
        ));
        tokio::spawn(async move {
            stop_signal().await;
            log::info!("stopping: finishing requests in flight");
            let _ = stop.send(true);
        });
        collector::server::serve(
            listener,
            collector::app(state),
            transport,
            limits,
            when_stopped(stopped),
        )
        .await?;
        log::info!("stopped");
        admin_server.await??;
        anyhow::Ok(())
    })?;
    Ok(())
}

/// One line of standard input. At a terminal it asks first and turns echo off while the
/// password is typed, so it is neither on screen nor, being never an argument, in any history.
fn read_password() -> anyhow::Result<String> {
    use std::io::{BufRead, IsTerminal};
    let stdin = std::io::stdin();
    let terminal = stdin.is_terminal();
    let set_echo = |on: bool| {
        let _ = std::process::Command::new("stty")
            .arg(if on { "echo" } else { "-echo" })
            .stdin(std::process::Stdio::inherit())
            .status();
    };
    if terminal {
        eprint!(
            "Password (at least {} characters): ",
            accounts::MIN_PASSWORD_CHARS
        );
        set_echo(false);
    }
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if terminal {
        set_echo(true);
        eprintln!();
    }
    read.context("reading the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// The relay's user name and password from the environment: both or neither.
fn smtp_credentials() -> anyhow::Result<Option<(String, String)>> {
    match (
        std::env::var("SURVEY_SMTP_USER").ok(),
        std::env::var("SURVEY_SMTP_PASSWORD").ok(),
    ) {
        (Some(user), Some(password)) => Ok(Some((user, password))),
        (None, None) => Ok(None),
        _ => bail!("set both SURVEY_SMTP_USER and SURVEY_SMTP_PASSWORD, or neither"),
    }
}

/// Ctrl-C, or the SIGTERM a service manager sends.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = terminate.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
