//! The collector's package installed for real with dpkg: its unit passes `systemd-analyze
//! verify`, the unit's own command line (its user, environment and configuration file) serves
//! `/healthz` from the package's paths, and removal leaves the program, unit and configuration
//! gone and the survey's data kept. Needs root, as installing any package does.

mod installing;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use installing::{dpkg, dpkg_contents, must_be_root, Installed};
use packaging::collector::{
    collector_package, publish_package, CONFIG_PATH, DATA_DIR, SERVICE_USER, UNIT_PATH,
};
use packaging::deb::Compression;

const VERSION: &str = "0.1.0";

#[test]
fn the_installed_unit_verifies_and_its_command_line_serves_healthz_and_removal_is_clean() {
    must_be_root();
    let _dpkg = installing::lock();
    let out = tempfile::tempdir().unwrap();
    let deb = collector_package(&end_to_end::workspace_binary("survey-collector"), VERSION)
        .build(out.path(), Compression::Fastest)
        .unwrap();
    let installed = Installed::new("survey-collector", &[DATA_DIR, "/etc/survey-collector"]);
    dpkg(&["-i", deb.to_str().unwrap()]);

    let verify = Command::new("systemd-analyze")
        .args(["verify", UNIT_PATH])
        .output()
        .unwrap();
    let complaints = String::from_utf8_lossy(&verify.stderr);
    assert!(
        verify.status.success() && !complaints.contains("survey-collector"),
        "systemd-analyze verify: {complaints}"
    );
    let unit = Unit::parse(&fs::read_to_string(UNIT_PATH).unwrap());
    assert_eq!(unit.user, SERVICE_USER);
    assert_eq!(unit.environment_file, CONFIG_PATH);

    // What the operator does before the first start (README.Debian): the owner's public key,
    // the pack, the recipient; and a free port for this test.
    let pack = Path::new(DATA_DIR).join("pack");
    copy_folder(end_to_end::demo_pack(), &pack);
    fs::copy(
        end_to_end::demo_keys().join("pack-signing-key.pub"),
        "/etc/survey-collector/pack-signing-key.pub",
    )
    .unwrap();
    let (port, admin_port) = (end_to_end::free_port(), end_to_end::free_port());
    let config = fs::read_to_string(CONFIG_PATH)
        .unwrap()
        .replace(
            "SURVEY_COLLECTOR_LISTEN=127.0.0.1:8470",
            &format!("SURVEY_COLLECTOR_LISTEN=127.0.0.1:{port}"),
        )
        .replace(
            "SURVEY_COLLECTOR_ADMIN_LISTEN=127.0.0.1:8471",
            &format!("SURVEY_COLLECTOR_ADMIN_LISTEN=127.0.0.1:{admin_port}"),
        );
    fs::write(CONFIG_PATH, config).unwrap();
    installing::run(Command::new("chown").args(["-R", SERVICE_USER]).arg(&pack));
    let recipient =
        fs::read_to_string(end_to_end::demo_keys().join("collector-recipient.txt")).unwrap();
    installing::run(
        Command::new("runuser")
            .args(["-u", SERVICE_USER, "--", "env"])
            .arg(format!("SURVEY_COLLECTOR_DATA_DIR={DATA_DIR}"))
            .args([
                "/usr/bin/survey-collector",
                "init",
                "--recipient",
                recipient.trim(),
            ]),
    );

    let mut collector = unit.start();
    let healthz = wait_for_healthz(port, &mut collector);
    let _ = Command::new("kill")
        .arg(collector.id().to_string())
        .status();
    let _ = collector.wait();
    assert!(healthz.starts_with("HTTP/1.1 200"), "{healthz}");

    dpkg(&["--purge", "survey-collector"]);
    for gone in ["/usr/bin/survey-collector", UNIT_PATH, CONFIG_PATH] {
        assert!(!Path::new(gone).exists(), "{gone} is left after purge");
    }
    assert!(
        Path::new(DATA_DIR).join("collector.sqlite").exists(),
        "purging the package must keep the survey's data"
    );
    drop(installed);
}

#[test]
fn the_publisher_has_a_package_of_its_own_and_the_server_package_does_not_carry_it() {
    let out = tempfile::tempdir().unwrap();
    let publish = publish_package(&end_to_end::workspace_binary("survey-publish"), VERSION)
        .build(out.path(), Compression::Fastest)
        .unwrap();
    let collector = collector_package(&end_to_end::workspace_binary("survey-collector"), VERSION)
        .build(out.path(), Compression::Fastest)
        .unwrap();
    let publish_files = dpkg_contents(&publish);
    let collector_files = dpkg_contents(&collector);
    assert!(publish_files
        .iter()
        .any(|f| f == "./usr/bin/survey-publish"));
    assert!(collector_files
        .iter()
        .any(|f| f == "./usr/bin/survey-collector"));
    assert!(
        !collector_files.iter().any(|f| f.contains("survey-publish")),
        "{collector_files:?}"
    );
}

/// What `systemctl start` would take from the unit file.
struct Unit {
    user: String,
    environment: Vec<(String, String)>,
    environment_file: String,
    exec_start: Vec<String>,
}

impl Unit {
    fn parse(text: &str) -> Unit {
        let value = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{key}=")))
                .unwrap_or_else(|| panic!("the unit has no {key}="))
                .to_owned()
        };
        Unit {
            user: value("User"),
            environment: text
                .lines()
                .filter_map(|l| l.strip_prefix("Environment="))
                .map(|pair| {
                    let (k, v) = pair.split_once('=').unwrap();
                    (k.into(), v.into())
                })
                .collect(),
            environment_file: value("EnvironmentFile"),
            exec_start: value("ExecStart")
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
        }
    }

    /// The unit's command line as its user, with only the unit's environment and its
    /// configuration file's (read as systemd reads an `EnvironmentFile`).
    fn start(&self) -> std::process::Child {
        let file = fs::read_to_string(&self.environment_file).unwrap();
        let from_file = file
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (k, v) = l.split_once('=').unwrap();
                (k.to_owned(), v.to_owned())
            });
        // setpriv and env exec in turn, so the child is the collector itself.
        Command::new("setpriv")
            .arg(format!("--reuid={}", self.user))
            .arg(format!("--regid={}", self.user))
            .args(["--init-groups", "env", "-i"])
            .args(
                self.environment
                    .iter()
                    .cloned()
                    .chain(from_file)
                    .map(|(k, v)| format!("{k}={v}")),
            )
            .args(&self.exec_start)
            .spawn()
            .unwrap()
    }
}

fn wait_for_healthz(port: u16, collector: &mut std::process::Child) -> String {
    use std::io::{Read, Write};
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(Some(status)) = collector.try_wait() {
            panic!("the collector stopped: {status}");
        }
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            stream
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .unwrap();
            let mut reply = String::new();
            let _ = stream.read_to_string(&mut reply);
            return reply;
        }
        assert!(Instant::now() < deadline, "nothing listens on {port}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn copy_folder(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn lintian_finds_no_error_in_the_server_packages() {
    let out = tempfile::tempdir().unwrap();
    let debs = [
        collector_package(&end_to_end::workspace_binary("survey-collector"), VERSION),
        publish_package(&end_to_end::workspace_binary("survey-publish"), VERSION),
    ]
    .map(|package| package.build(out.path(), Compression::Fastest).unwrap());
    let lintian = Command::new("lintian")
        .args(["--no-tag-display-limit", "--fail-on", "error"])
        .args(&debs)
        .output()
        .expect("lintian is installed by `cargo xtask test`");
    let report = String::from_utf8_lossy(&lintian.stdout);
    println!("{report}");
    assert!(
        lintian.status.success() && !report.lines().any(|l| l.starts_with("E:")),
        "lintian found errors:\n{report}{}",
        String::from_utf8_lossy(&lintian.stderr)
    );
}
