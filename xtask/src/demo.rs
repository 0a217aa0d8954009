//! `cargo xtask demo`: the survey's whole year on one machine.
//!
//! 1. Collection (a date inside the survey period): builds and verifies the demo content pack,
//!    starts a local collector with a demo municipality (printing its access code and a contact
//!    person's results key), and opens the kiosk window, so that a person can answer, enrol and
//!    sync. Contact persons see progress only.
//! 2. Publication (a date after the period and its grace days): the survey owner's
//!    `survey-publish` opens the responses with the demo identity, audits and stores the one
//!    publication, and writes the analysts' microdata; the collector then shows the results.

use std::path::Path;
use std::process::Command;

use crate::system;

pub const DEMO_KEYS: &str = "demo-keys-NOT-FOR-PRODUCTION";

pub fn run(root: &Path, _args: &[String]) -> anyhow::Result<()> {
    system::ensure_packages(system::BUILD_PACKAGES)?;
    // The demo pack is served to browsers too: its clips as MP3 are made with ffmpeg.
    system::ensure_packages(system::AUDIO_PACKAGES)?;
    let pack = root.join("target").join("demo-pack");
    let keys = root.join(DEMO_KEYS);
    survey_pack(
        root,
        &["build", "--source"],
        root,
        &[
            "--out".as_ref(),
            pack.as_os_str(),
            "--key".as_ref(),
            keys.join("pack-signing-key.txt").as_os_str(),
        ],
    )?;
    survey_pack(
        root,
        &["verify"],
        &pack,
        &[
            "--public-key".as_ref(),
            keys.join("pack-signing-key.pub").as_os_str(),
        ],
    )?;
    println!();
    println!("The demo pack is in {}.", pack.display());
    println!();
    println!("== Collection, as on {DEMO_TODAY} ==");
    let mut collector = start_collector(root, &pack, &keys, DEMO_TODAY)?;
    let result = launch_kiosk(root);
    let classroom = if result.is_ok() {
        fill_a_classroom(root)
    } else {
        Ok(())
    };
    let _ = collector.kill();
    let _ = collector.wait();
    result?;
    classroom?;
    println!();
    println!("== Publication, as on {PUBLISHING_DAY}: the survey and its grace days are over ==");
    publish(root, &pack, &keys)?;
    let mut collector = start_collector(root, &pack, &keys, PUBLISHING_DAY)?;
    println!(
        "- Oslo's results (with the results key above): http://{COLLECTOR_ADDRESS}/results/0301"
    );
    println!("- The national page: http://{COLLECTOR_ADDRESS}/national");
    println!("Press Enter to stop the collector.");
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    let _ = collector.kill();
    let _ = collector.wait();
    Ok(())
}

/// After the period and the collector's 30 grace days.
const PUBLISHING_DAY: &str = "2027-02-01";

fn data_dir(root: &Path) -> std::path::PathBuf {
    root.join("target").join("demo-collector")
}

fn binary(root: &Path, name: &str) -> std::path::PathBuf {
    root.join("target").join("debug").join(name)
}

/// A classroom of 12 answered on a second kiosk without a window (once per demo data folder),
/// so that Oslo has results to show whatever was answered in the window.
fn fill_a_classroom(root: &Path) -> anyhow::Result<()> {
    let code = DemoSecrets::read(&data_dir(root))?.access_code;
    let kiosk = root.join("target").join("demo-classroom-kiosk");
    if kiosk.exists() {
        return Ok(());
    }
    println!();
    println!("A classroom of 12 answers on a second kiosk (kiosk-cli), so that Oslo reaches 10:");
    let cli = |args: &[&str]| {
        system::run(
            Command::new(binary(root, "kiosk-cli"))
                .arg("--data-dir")
                .arg(&kiosk)
                .args(["--today", DEMO_TODAY])
                .args(args),
        )
    };
    cli(&[
        "enrol",
        "--collector",
        &format!("http://{COLLECTOR_ADDRESS}"),
        "--code",
        &code,
    ])?;
    cli(&["fill", "--count", "12", "--group", "group-both"])?;
    cli(&["sync"])
}

/// The survey owner's step: `survey-publish` with the identity kept off the server.
fn publish(root: &Path, pack: &Path, keys: &Path) -> anyhow::Result<()> {
    let out = root.join("target").join("demo-publication");
    let status = Command::new(binary(root, "survey-publish"))
        .arg("--collector-data")
        .arg(data_dir(root))
        .arg("--identity")
        .arg(keys.join("collector-identity.txt"))
        .arg("--out")
        .arg(&out)
        .arg("--pack")
        .arg(pack)
        .arg("--pack-public-key")
        .arg(keys.join("pack-signing-key.pub"))
        .args(["--today", PUBLISHING_DAY])
        .status()?;
    if !status.success() {
        println!(
            "(Nothing new was published; delete target/demo-collector to run the year again.)"
        );
    }
    println!("The analysts' microdata is in {}.", out.display());
    Ok(())
}

const COLLECTOR_ADDRESS: &str = "127.0.0.1:8470";
const ADMIN_ADDRESS: &str = "127.0.0.1:8471";

/// Starts `survey-collector serve` on the demo pack, setting up its data folder on first use.
/// The demo's secrets are written beside it, since the collector shows them only once.
fn start_collector(
    root: &Path,
    pack: &Path,
    keys: &Path,
    today: &str,
) -> anyhow::Result<std::process::Child> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    system::run(Command::new(&cargo).current_dir(root).args([
        "build",
        "--quiet",
        "-p",
        "collector",
        "-p",
        "publisher",
        "-p",
        "kiosk",
        "--bins",
    ]))?;
    let binary = binary(root, "survey-collector");
    let data = data_dir(root);
    let older_demo = data.exists() && !data.join(DemoSecrets::FILE).exists();
    if data.join("identity.txt").exists() || older_demo {
        // Made by an older demo (one that kept the identity online, or its secrets as text);
        // start the year again.
        std::fs::remove_dir_all(&data)?;
        let _ = std::fs::remove_dir_all(root.join("target").join("demo-classroom-kiosk"));
    }
    if !data.join(DemoSecrets::FILE).exists() {
        let admin = |args: &[&std::ffi::OsStr]| -> anyhow::Result<String> {
            let output = Command::new(&binary)
                .arg("--data-dir")
                .arg(&data)
                .args(args)
                .output()?;
            if !output.status.success() {
                anyhow::bail!(
                    "survey-collector {args:?}: {}",
                    String::from_utf8_lossy(&output.stderr)
                );
            }
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        };
        // The demo pack seals to the demo identity's recipient; the identity stays with the
        // publisher (a real survey makes its own with `survey-publish keygen`).
        let recipient = std::fs::read_to_string(keys.join("collector-recipient.txt"))?;
        admin(&["init", "--recipient", recipient.trim()].map(std::ffi::OsStr::new))?;
        let added = admin(
            &[
                "municipality",
                "add",
                "--number",
                "0301",
                "--name",
                "Oslo",
                "--json",
            ]
            .map(std::ffi::OsStr::new),
        )?;
        // The other municipalities register through /register; Oslo keeps the code above.
        admin(&[
            "municipality".as_ref(),
            "import".as_ref(),
            "--csv".as_ref(),
            root.join("content/municipalities.csv").as_os_str(),
        ])?;
        let contact = admin(
            &[
                "contact",
                "add",
                "--municipality",
                "0301",
                "--name",
                "Demo Kontakt",
                "--email",
                "demo@example.org",
                "--json",
            ]
            .map(std::ffi::OsStr::new),
        )?;
        let field = |json: &str, name: &str| -> anyhow::Result<String> {
            let value: serde_json::Value = serde_json::from_str(json)?;
            value[name]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| anyhow::anyhow!("survey-collector printed no {name}: {json}"))
        };
        DemoSecrets {
            access_code: field(&added, "access_code")?,
            results_key: field(&contact, "results_key")?,
        }
        .write(&data)?;
    }
    let child = Command::new(&binary)
        .arg("--data-dir")
        .arg(&data)
        .args([
            "serve",
            "--listen",
            COLLECTOR_ADDRESS,
            "--admin-listen",
            ADMIN_ADDRESS,
            "--today",
            today,
            "--pack",
        ])
        .arg(pack)
        .arg("--pack-public-key")
        .arg(keys.join("pack-signing-key.pub"))
        .spawn()?;
    let mut child = child;
    wait_until_healthy(&mut child)?;
    println!();
    println!(
        "The demo collector runs at http://{COLLECTOR_ADDRESS} (data in {}).",
        data.display()
    );
    let secrets = DemoSecrets::read(&data)?;
    println!("access code for 0301 Oslo: {}", secrets.access_code);
    println!("results key: {}", secrets.results_key);
    if today == DEMO_TODAY {
        println!("- Enrol the kiosk in coordinator mode with the access code, answer, then press \"Send svar nå\".");
        println!(
            "- Oslo's progress (with the results key): http://{COLLECTOR_ADDRESS}/results/0301"
        );
        println!("- Registering contact persons: http://{COLLECTOR_ADDRESS}/register (the demo has no mail relay: mails wait in the outbox)");
        println!("- The public national page (a count rounded to tens): http://{COLLECTOR_ADDRESS}/national");
        println!("- Operators' metrics per municipality: http://{ADMIN_ADDRESS}/metrics");
        println!("- Without the window: target/debug/kiosk-cli --data-dir target/demo-kiosk-cli --today {DEMO_TODAY} enrol --collector http://{COLLECTOR_ADDRESS} --code <access code>");
        println!("  then `fill --count 12 --group group-both` and `sync` with the same --data-dir and --today.");
    }
    Ok(child)
}

/// The demo municipality's secrets, kept beside its data folder because the collector shows
/// them only once.
struct DemoSecrets {
    access_code: String,
    results_key: String,
}

impl DemoSecrets {
    const FILE: &'static str = "demo-secrets.json";

    fn write(&self, data: &Path) -> anyhow::Result<()> {
        let json = serde_json::json!({
            "access_code": self.access_code,
            "results_key": self.results_key,
        });
        std::fs::write(data.join(Self::FILE), json.to_string())?;
        Ok(())
    }

    fn read(data: &Path) -> anyhow::Result<DemoSecrets> {
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(data.join(Self::FILE))?)?;
        let field = |name: &str| value[name].as_str().unwrap_or_default().to_owned();
        Ok(DemoSecrets {
            access_code: field("access_code"),
            results_key: field("results_key"),
        })
    }
}

/// Waits until the collector answers `/healthz` (or says why it stopped), instead of a fixed
/// sleep that is too short on a busy machine and too long on an idle one.
fn wait_until_healthy(child: &mut std::process::Child) -> anyhow::Result<()> {
    use std::io::{Read, Write};
    let started = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            anyhow::bail!("the demo collector stopped ({status}); see its messages above");
        }
        let answer = std::net::TcpStream::connect(COLLECTOR_ADDRESS).and_then(|mut stream| {
            stream
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: demo\r\nConnection: close\r\n\r\n")?;
            let mut reply = String::new();
            stream.read_to_string(&mut reply)?;
            Ok(reply)
        });
        if answer.is_ok_and(|reply| reply.starts_with("HTTP/1.1 200")) {
            return Ok(());
        }
        anyhow::ensure!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "the demo collector did not answer /healthz within a minute"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// A day inside the demo pack's survey period (content/pack.toml), so the demo kiosk takes
/// responses whatever the date; set SURVEY_KIOSK_TODAY to try another.
const DEMO_TODAY: &str = "2026-11-02";

/// Opens the kiosk window (fullscreen, locked down) with the demo pack built in.
fn launch_kiosk(root: &Path) -> anyhow::Result<()> {
    let data = root.join("target").join("demo-kiosk");
    let has_display =
        std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
    if !has_display {
        println!();
        println!("There is no display here, so the kiosk window cannot open. Either run");
        println!("  xvfb-run -s '-screen 0 1280x800x24' cargo xtask demo");
        println!("and look at it with a screenshot (`import -display :99 -window root shot.png`),");
        println!("or run `cargo xtask demo` on a machine with a desktop.");
        println!("The collector stays up until you press Enter, for the kiosk-cli steps above;");
        println!("then the demo moves on to the publication after the survey.");
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
        return Ok(());
    }
    println!();
    println!("Opening the kiosk window (data in {}).", data.display());
    println!("- On its first start it asks for a coordinator PIN (4 to 12 digits).");
    println!("- Coordinator mode: press and hold the top-left corner for 2 s, or Ctrl+Alt+K.");
    println!("- The window closes only through coordinator mode: \"Avslutt kiosken\";");
    println!("  then the demo moves on to the publication after the survey.");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let today = std::env::var("SURVEY_KIOSK_TODAY").unwrap_or_else(|_| DEMO_TODAY.into());
    system::run(
        Command::new(cargo)
            .current_dir(root)
            .args([
                "run",
                "--quiet",
                "-p",
                "survey-kiosk-app",
                "--bin",
                "survey-kiosk",
            ])
            .env("SURVEY_KIOSK_DATA_DIR", &data)
            .env("SURVEY_KIOSK_TODAY", today),
    )
}

fn survey_pack(
    root: &Path,
    leading: &[&str],
    path: &Path,
    rest: &[&std::ffi::OsStr],
) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    system::run(
        Command::new(cargo)
            .current_dir(root)
            .args([
                "run",
                "--quiet",
                "--release",
                "-p",
                "survey",
                "--bin",
                "survey-pack",
                "--",
            ])
            .args(leading)
            .arg(path)
            .args(rest),
    )
}
