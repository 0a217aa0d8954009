//! Test harness for end-to-end tests: a real collector listening on 127.0.0.1 (port 0) in this
//! process or as its own process, real kiosk engines in temporary folders, and a TCP proxy that
//! breaks connections on purpose.

pub mod admin_flood;
pub mod browser;
pub mod proxy;
pub mod responses;
pub mod slow;
pub mod smtp;
pub mod soak;
pub mod traffic;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use collector::db::Db;
use collector::served_pack::ServedPack;
use collector::{AppState, ServeConfig};
use kiosk::{Kiosk, KioskConfig};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

pub fn demo_keys() -> PathBuf {
    repo().join("demo-keys-NOT-FOR-PRODUCTION")
}

/// A day inside the demo survey period, used as "today" by kiosks and collectors alike.
pub fn open_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
}

/// The demo pack as a collector serves it (with the web-only part, every clip as MP3 too),
/// built once per test binary with the demo key.
pub fn demo_pack() -> &'static Path {
    static PACK: OnceLock<PathBuf> = OnceLock::new();
    PACK.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep().join("pack");
        let key =
            survey::PackSigningKey::from_file(&demo_keys().join("pack-signing-key.txt")).unwrap();
        let options = survey::pack::BuildOptions {
            web_audio_cache: Some(web_audio_cache()),
        };
        survey::pack::build_with(&repo(), &key, &dir, &options).unwrap();
        dir
    })
}

/// Where test runs keep encoded MP3 clips between builds: beside the test programs, in the
/// target folder (`target/debug/deps/<test>` → `target/debug/web-audio-cache`).
pub fn web_audio_cache() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent()
        .and_then(Path::parent)
        .expect("a test program lies two folders down in the target folder")
        .join("web-audio-cache")
}

pub fn pack_public_key() -> survey::PackVerifyingKey {
    survey::PackVerifyingKey::from_file(&demo_keys().join("pack-signing-key.pub")).unwrap()
}

/// A collector running in this process on its own runtime thread, with its admin address.
pub struct Collector {
    pub url: String,
    pub admin_url: String,
    pub state: Arc<AppState>,
    pub data_dir: tempfile::TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Collector {
    pub fn start() -> Self {
        Collector::start_with(ServeConfig {
            today: Some(open_day()),
            ..ServeConfig::default()
        })
    }

    pub fn start_with(config: ServeConfig) -> Self {
        Collector::start_in(initialised_data_dir(), config, demo_pack())
    }

    /// A collector that serves the pack in `pack_dir` instead of the demo pack.
    pub fn start_serving(pack_dir: &Path) -> Self {
        let config = ServeConfig {
            today: Some(open_day()),
            ..ServeConfig::default()
        };
        Collector::start_in(initialised_data_dir(), config, pack_dir)
    }

    /// A collector on an existing data folder (a restart, perhaps on another day).
    pub fn start_in(data_dir: tempfile::TempDir, config: ServeConfig, pack_dir: &Path) -> Self {
        let today = config.today.unwrap_or(open_day());
        let pack = ServedPack::load(pack_dir, &pack_public_key(), today).unwrap();
        let state = AppState::new(Db::open(data_dir.path()).unwrap(), pack, config);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (ready, addresses) = std::sync::mpsc::channel();
        let served = Arc::clone(&state);
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Runtime::new().unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                let admin = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                ready
                    .send((listener.local_addr().unwrap(), admin.local_addr().unwrap()))
                    .unwrap();
                let admin_app = collector::admin_app(Arc::clone(&served));
                let admin_server =
                    tokio::spawn(async move { axum_serve_forever(admin, admin_app).await });
                let mut app = collector::app(served);
                if traffic::folder().is_some() {
                    app = app.layer(axum::middleware::from_fn(traffic::record));
                }
                collector::serve(listener, app, async {
                    let _ = stopped.await;
                })
                .await
                .unwrap();
                admin_server.abort();
            });
        });
        let (address, admin) = addresses.recv().unwrap();
        Collector {
            url: format!("http://{address}"),
            admin_url: format!("http://{admin}"),
            state,
            data_dir,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// Stops the collector and hands back its data folder.
    pub fn stop(mut self) -> tempfile::TempDir {
        self.shut_down();
        let placeholder = tempfile::tempdir().unwrap();
        std::mem::replace(&mut self.data_dir, placeholder)
    }

    fn shut_down(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    /// Registers a municipality and returns its access code.
    pub fn add_municipality(&self, number: &str, name: &str) -> String {
        self.state
            .db
            .lock()
            .unwrap()
            .add_municipality(number, name)
            .unwrap()
    }

    pub fn response_count(&self) -> u64 {
        self.state.db.lock().unwrap().response_count().unwrap()
    }

    /// Every stored response id with how often it is stored (the primary key makes it once;
    /// this checks that the table says so).
    pub fn response_ids(&self) -> Vec<String> {
        response_ids(self.data_dir.path())
    }
}

impl Drop for Collector {
    fn drop(&mut self) {
        self.shut_down();
    }
}

async fn axum_serve_forever(listener: tokio::net::TcpListener, router: axum::Router) {
    let _ = collector::serve(listener, router, std::future::pending()).await;
}

/// A fresh collector data folder initialised with the demo identity's recipient (the demo pack
/// seals to it); the identity itself stays in demo-keys-NOT-FOR-PRODUCTION/.
pub fn initialised_data_dir() -> tempfile::TempDir {
    let data_dir = tempfile::tempdir().unwrap();
    collector::recipient::init(data_dir.path(), &demo_recipient()).unwrap();
    data_dir
}

/// The demo identity's recipient, as `survey-publish keygen` printed it.
pub fn demo_recipient() -> String {
    std::fs::read_to_string(demo_identity_file().with_file_name("collector-recipient.txt"))
        .unwrap()
        .trim()
        .to_owned()
}

/// The demo collector identity, which only the publisher reads.
pub fn demo_identity_file() -> PathBuf {
    demo_keys().join("collector-identity.txt")
}

/// Every option text of the survey in Bokmål, as a published chart would show it.
pub fn option_labels(pack: &ServedPack) -> Vec<String> {
    publisher::tables::reported_questions(&pack.definition)
        .into_iter()
        .flat_map(|q| q.options_with_messages())
        .map(|(_, message)| publisher::tables::label(pack, &message))
        .collect()
}

/// A day after the demo survey's close (31 December) and its 30 grace days.
pub fn publishing_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()
}

pub fn response_ids(collector_data_dir: &Path) -> Vec<String> {
    let db = Db::open(collector_data_dir).unwrap();
    let mut statement = db
        .connection()
        .prepare("SELECT response_id FROM responses")
        .unwrap();
    let ids = statement.query_map([], |r| r.get(0)).unwrap();
    ids.collect::<Result<_, _>>().unwrap()
}

/// The `survey-collector` binary, built by `cargo test --workspace` next to this test binary.
pub fn collector_binary() -> PathBuf {
    workspace_binary("survey-collector")
}

/// One of the workspace's commands, built by `cargo xtask test` beside the test executables.
pub fn workspace_binary(name: &str) -> PathBuf {
    let deps = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .to_owned();
    let binary = deps.parent().unwrap().join(name);
    assert!(
        binary.exists(),
        "{} is missing: run the tests with `cargo xtask test`, which builds every command first",
        binary.display()
    );
    binary
}

/// The collector as its own process, for tests that kill it.
pub struct CollectorProcess {
    pub child: Child,
    pub url: String,
    /// The operators' address (metrics).
    pub admin_url: String,
}

impl CollectorProcess {
    /// Starts `survey-collector serve` on `data_dir` at the given port (0 picks one).
    pub fn start(data_dir: &Path, port: u16) -> Self {
        CollectorProcess::start_on(data_dir, port, open_day())
    }

    /// The same, taking `today` as the date.
    pub fn start_on(data_dir: &Path, port: u16, today: NaiveDate) -> Self {
        CollectorProcess::spawn(data_dir, port, today, demo_pack())
    }

    /// Serving the pack in `pack_dir` instead of the demo pack.
    pub fn start_serving(data_dir: &Path, pack_dir: &Path) -> Self {
        CollectorProcess::spawn(data_dir, 0, open_day(), pack_dir)
    }

    /// Starts this `survey-collector` binary (a release build, say) on the demo pack.
    pub fn start_binary(binary: &Path, data_dir: &Path, port: u16) -> Self {
        CollectorProcess::spawn_binary(binary, data_dir, port, open_day(), demo_pack())
    }

    fn spawn(data_dir: &Path, port: u16, today: NaiveDate, pack_dir: &Path) -> Self {
        CollectorProcess::spawn_binary(&collector_binary(), data_dir, port, today, pack_dir)
    }

    /// The demo pack on `port` with more `serve` arguments (a mail relay, say).
    pub fn start_with_args(data_dir: &Path, port: u16, today: NaiveDate, args: &[String]) -> Self {
        CollectorProcess::spawn_full(
            &collector_binary(),
            data_dir,
            port,
            today,
            demo_pack(),
            args,
        )
    }

    fn spawn_binary(
        binary: &Path,
        data_dir: &Path,
        port: u16,
        today: NaiveDate,
        pack_dir: &Path,
    ) -> Self {
        CollectorProcess::spawn_full(binary, data_dir, port, today, pack_dir, &[])
    }

    fn spawn_full(
        binary: &Path,
        data_dir: &Path,
        port: u16,
        today: NaiveDate,
        pack_dir: &Path,
        args: &[String],
    ) -> Self {
        let mut child = Command::new(binary)
            .arg("--data-dir")
            .arg(data_dir)
            .args([
                "serve",
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--admin-listen",
                "127.0.0.1:0",
                "--today",
                &today.to_string(),
            ])
            .arg("--pack")
            .arg(pack_dir)
            .arg("--pack-public-key")
            .arg(demo_keys().join("pack-signing-key.pub"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut stdout = std::io::BufReader::new(child.stdout.as_mut().unwrap());
        let mut next_line = |prefix: &str| {
            let mut line = String::new();
            std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
            line.trim()
                .strip_prefix(prefix)
                .unwrap_or_else(|| panic!("unexpected line {line:?}, not {prefix:?}"))
                .to_owned()
        };
        let url = next_line("collector listening on ");
        let admin_url = next_line("admin listening on ");
        CollectorProcess {
            child,
            url,
            admin_url,
        }
    }

    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for CollectorProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Builds version 2 of the demo pack, with one changed Norwegian screen text, into `out`.
/// Returns the paths (in the pack) of the files that differ from version 1.
pub fn build_pack_v2(out: &Path) -> Vec<String> {
    build_pack_v2_sealing_to(out, None)
}

/// Version 2 of the demo pack, telling kiosks to seal to `recipient` when given.
pub fn build_pack_v2_sealing_to(out: &Path, recipient: Option<&str>) -> Vec<String> {
    let root = tempfile::tempdir().unwrap().keep();
    copy_dir(&repo().join("content"), &root.join("content"));
    copy_dir(&repo().join("locales"), &root.join("locales"));
    copy_dir(&demo_keys(), &root.join("demo-keys-NOT-FOR-PRODUCTION"));
    if let Some(recipient) = recipient {
        std::fs::write(
            root.join("demo-keys-NOT-FOR-PRODUCTION/collector-recipient.txt"),
            format!("{recipient}\n"),
        )
        .unwrap();
    }
    std::os::unix::fs::symlink(repo().join("audio"), root.join("audio")).unwrap();
    let pack_toml = root.join("content/pack.toml");
    let text = std::fs::read_to_string(&pack_toml)
        .unwrap()
        .replace("version = 1", "version = 2");
    std::fs::write(&pack_toml, text).unwrap();
    let ui = root.join("locales/nb/ui.ftl");
    let text = std::fs::read_to_string(&ui)
        .unwrap()
        .replace("welcome-start = Begynn", "welcome-start = Start");
    std::fs::write(&ui, text).unwrap();
    let key = survey::PackSigningKey::from_file(&demo_keys().join("pack-signing-key.txt")).unwrap();
    let v2 = survey::pack::build(&root, &key, out).unwrap();
    let v1: survey::Manifest =
        serde_json_from(&std::fs::read(demo_pack().join("manifest.json")).unwrap());
    v2.files
        .iter()
        .filter(|f| !v1.files.iter().any(|g| g.sha256 == f.sha256))
        .map(|f| f.path.clone())
        .collect()
}

fn serde_json_from(bytes: &[u8]) -> survey::Manifest {
    survey::pack::parse_manifest(bytes).unwrap()
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A port free on 127.0.0.1 now (for a server that must know its address before it starts).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A kiosk engine in its own temporary folder, with today inside the survey period.
pub fn kiosk_in(dir: &Path) -> Kiosk {
    let mut config = KioskConfig::new(dir.to_owned());
    config.today = Some(open_day());
    Kiosk::open(config).unwrap()
}

/// Completes `count` responses on the kiosk through its session engine.
pub fn fill(kiosk: &mut Kiosk, count: usize, seed: u64) -> Vec<String> {
    let mut rng = kiosk::fill::Rng::new(seed);
    (0..count)
        .map(|_| kiosk::fill::complete_one(kiosk, &mut rng).unwrap())
        .collect()
}

/// Sync options that retry quickly, for tests that break connections on purpose.
pub fn quick_retries(batch_size: usize) -> kiosk::sync_run::SyncOptions {
    kiosk::sync_run::SyncOptions {
        batch_size,
        max_attempts: 8,
        first_retry_delay: std::time::Duration::from_millis(20),
        request_timeout: std::time::Duration::from_secs(10),
    }
}

/// A plain HTTP/1.1 request over a TCP socket, for requests no well-behaved client would send.
/// Returns the whole reply, status line and headers included.
pub fn http_raw(url: &str, request: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    String::from_utf8_lossy(&reply).into_owned()
}

/// Posts a results key as a browser does: the login form first, then the key with the form's
/// token in the body and its cookie. Returns the whole reply.
pub fn post_results_key(url: &str, municipality: &str, key: &str) -> String {
    let form = http_get(url, &format!("/results/{municipality}"));
    let token = form
        .lines()
        .find_map(|line| line.strip_prefix("set-cookie: form_token="))
        .and_then(|rest| rest.split(';').next())
        .expect("the form sets its token")
        .to_owned();
    let body = format!("key={key}&form_token={token}");
    http_raw(
        url,
        &format!(
            "POST /results/{municipality} HTTP/1.1\r\nHost: test\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Cookie: form_token={token}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
}

/// Gets `form_path` (a page with a form), then posts `fields` to `post_path` as a browser does:
/// with the page's form token in the body and its cookie. Returns the whole reply.
pub fn post_form(url: &str, form_path: &str, post_path: &str, fields: &[(&str, &str)]) -> String {
    let form = http_get(url, form_path);
    let token = form
        .lines()
        .find_map(|line| line.strip_prefix("set-cookie: form_token="))
        .and_then(|rest| rest.split(';').next())
        .unwrap_or_else(|| panic!("{form_path} sets no form token: {form}"))
        .to_owned();
    let mut body = url::form_urlencoded::Serializer::new(String::new());
    body.append_pair("form_token", &token);
    for (name, value) in fields {
        body.append_pair(name, value);
    }
    let body = body.finish();
    http_raw(
        url,
        &format!(
            "POST {post_path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Cookie: form_token={token}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
}

/// A page with its login form's random token replaced by a fixed one, to compare pages.
pub fn without_form_token(page: &str) -> String {
    const FIELD: &str = "name=\"form_token\" value=\"";
    match page.split_once(FIELD) {
        Some((before, after)) => {
            let rest = after.split_once('"').map_or("", |(_, rest)| rest);
            format!("{before}{FIELD}TOKEN\"{rest}")
        }
        None => page.to_owned(),
    }
}

pub fn http_get(url: &str, path: &str) -> String {
    http_raw(
        url,
        &format!("GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"),
    )
}
