//! `cargo xtask demo`: builds the demo content pack with the demo keys, verifies it as a kiosk
//! would, starts a local collector with a demo municipality (printing its access code and a
//! contact person's results key), and opens the kiosk window on a demo data folder, so that a
//! person can answer, enrol and sync on one machine.

use std::path::Path;
use std::process::Command;

use crate::system;

pub const DEMO_KEYS: &str = "demo-keys-NOT-FOR-PRODUCTION";

pub fn run(root: &Path, _args: &[String]) -> anyhow::Result<()> {
    system::ensure_packages(system::BUILD_PACKAGES)?;
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
    let mut collector = start_collector(root, &pack, &keys)?;
    let result = launch_kiosk(root);
    let _ = collector.kill();
    let _ = collector.wait();
    result
}

const COLLECTOR_ADDRESS: &str = "127.0.0.1:8470";

/// Starts `survey-collector serve` on the demo pack, setting up its data folder on first use.
/// The demo's secrets are written beside it, since the collector shows them only once.
fn start_collector(root: &Path, pack: &Path, keys: &Path) -> anyhow::Result<std::process::Child> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    system::run(Command::new(&cargo).current_dir(root).args([
        "build",
        "--quiet",
        "-p",
        "collector",
        "--bin",
        "survey-collector",
    ]))?;
    let binary = root.join("target").join("debug").join("survey-collector");
    let data = root.join("target").join("demo-collector");
    let secrets = data.join("demo-secrets.txt");
    if !secrets.exists() {
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
        let after = |text: &str, label: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(label))
                .map(str::to_owned)
                .unwrap_or_default()
        };
        admin(&[
            "init".as_ref(),
            "--identity".as_ref(),
            keys.join("collector-identity.txt").as_os_str(),
        ])?;
        let added = admin(
            &["municipality", "add", "--number", "0301", "--name", "Oslo"]
                .map(std::ffi::OsStr::new),
        )?;
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
            ]
            .map(std::ffi::OsStr::new),
        )?;
        std::fs::write(
            &secrets,
            format!(
                "access code for 0301 Oslo: {}\nresults key: {}\n",
                after(&added, "access code (shown only now): "),
                after(&contact, "results key (shown only now): ")
            ),
        )?;
    }
    let child = Command::new(&binary)
        .arg("--data-dir")
        .arg(&data)
        .args([
            "serve",
            "--listen",
            COLLECTOR_ADDRESS,
            "--today",
            DEMO_TODAY,
            "--pack",
        ])
        .arg(pack)
        .arg("--pack-public-key")
        .arg(keys.join("pack-signing-key.pub"))
        .spawn()?;
    std::thread::sleep(std::time::Duration::from_millis(800));
    println!();
    println!(
        "The demo collector runs at http://{COLLECTOR_ADDRESS} (data in {}).",
        data.display()
    );
    print!("{}", std::fs::read_to_string(&secrets)?);
    println!("- Enrol the kiosk in coordinator mode with the access code, answer, then press \"Send svar nå\".");
    println!("- The municipality's results (10 or more responses): http://{COLLECTOR_ADDRESS}/results/0301");
    println!("- National key figures: http://{COLLECTOR_ADDRESS}/national");
    println!("- Without the window: target/debug/kiosk-cli --data-dir target/demo-kiosk-cli enrol --collector http://{COLLECTOR_ADDRESS} --code <access code>");
    println!("  then `fill --count 12 --group group-both` and `sync` with the same --data-dir and --today {DEMO_TODAY}.");
    Ok(child)
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
        println!("The collector stays up until you press Enter, for the kiosk-cli steps above.");
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
        return Ok(());
    }
    println!();
    println!("Opening the kiosk window (data in {}).", data.display());
    println!("- On its first start it asks for a coordinator PIN (4 to 12 digits).");
    println!("- Coordinator mode: press and hold the top-left corner for 2 s, or Ctrl+Alt+K.");
    println!("- The window closes only through coordinator mode: \"Avslutt kiosken\".");
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
