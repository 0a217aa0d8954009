//! Starts the real kiosk window for a test and drives it: an Xvfb display of its own,
//! tauri-driver (which starts WebKitWebDriver, which starts the app), and a fantoccini client.
//! Every piece is started here and stopped when the [`App`] is dropped, panics included.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::{Client, ClientBuilder, Locator};
use kiosk::coordinator::Coordinator;
use kiosk::{Kiosk, KioskConfig};
use serde_json::{json, Value};

/// Inside the demo pack's survey period, whatever day the tests run.
pub const TODAY: &str = "2026-11-02";
pub const PIN: &str = "2468";
const WAIT: Duration = Duration::from_secs(20);

/// Two windows at a time: a window test mostly waits (for taps to settle, timers, the
/// network), leaving a 2-core machine two-thirds idle with one window, and more at once would
/// make the waits the tests allow too tight. WebKitGTK allows one automation session per
/// process; each app is a process of its own. (Each test has a runtime of its own, so the
/// semaphore is one that works across runtimes.)
static WINDOWS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

pub struct Launch {
    /// A PIN set in the data folder before the start, so the kiosk opens on its welcome
    /// screen; `None` is a kiosk's very first start.
    pub pin: Option<&'static str>,
    pub idle_seconds: Option<u64>,
    /// More of the app's environment (an ALSA configuration, the playback log).
    pub env: Vec<(String, String)>,
    /// The display's size in pixels, which the fullscreen window takes: (width, height).
    pub screen: (u32, u32),
    /// Shortens the coordinator screen's auto-lock (a debug build's test hook).
    pub coordinator_lock_seconds: Option<u64>,
    /// The program to start, when not this build's `survey-kiosk` (an installed package's).
    pub application: Option<PathBuf>,
}

/// A classroom laptop's screen, the size the app is designed around.
pub const LAPTOP: (u32, u32) = (1280, 800);

impl Default for Launch {
    fn default() -> Self {
        Launch {
            pin: Some(PIN),
            idle_seconds: None,
            env: Vec::new(),
            screen: LAPTOP,
            coordinator_lock_seconds: None,
            application: None,
        }
    }
}

pub struct App {
    pub client: Client,
    pub data: tempfile::TempDir,
    display: String,
    driver: Child,
    xvfb: Child,
    _turn: Option<tokio::sync::SemaphorePermit<'static>>,
}

impl App {
    pub async fn launch(launch: Launch) -> App {
        let turn = WINDOWS
            .acquire()
            .await
            .expect("the semaphore is never closed");
        let data = tempfile::tempdir().unwrap();
        App::launch_on(launch, data, turn).await
    }

    /// Closes the app, runs `meanwhile` on its data folder (as someone at the machine would
    /// with the app closed), and starts the app again on that folder.
    pub async fn restart(self, launch: Launch, meanwhile: impl FnOnce(&Path)) -> App {
        let _ = self.client.clone().close().await;
        let (data, turn) = self.stop();
        meanwhile(data.path());
        App::launch_on(launch, data, turn).await
    }

    /// Whether the app's process still runs.
    pub fn app_running(&self) -> bool {
        descendants(self.driver.id())
            .into_iter()
            .any(|pid| process_name(pid).as_deref() == Some("survey-kiosk"))
    }

    async fn launch_on(
        launch: Launch,
        data: tempfile::TempDir,
        turn: tokio::sync::SemaphorePermit<'static>,
    ) -> App {
        if let Some(pin) = launch.pin {
            let mut kiosk = open_engine(data.path());
            let mut coordinator = Coordinator::load(kiosk.store(), Instant::now()).unwrap();
            coordinator.set_pin(kiosk.store(), pin).unwrap();
        }
        let (xvfb, display) = start_xvfb(launch.screen);
        let port = free_port();
        let mut command = Command::new(tauri_driver());
        command
            .args(["--port", &port.to_string()])
            .args(["--native-port", &free_port().to_string()])
            .env("DISPLAY", &display)
            .env(kiosk::paths::DATA_DIR_ENV, data.path())
            .env("SURVEY_KIOSK_TODAY", TODAY)
            // WebKitGTK draws nothing under Xvfb with GPU compositing.
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            // A kiosk running on a developer's desktop must not make this one a second instance.
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        if let Some(seconds) = launch.idle_seconds {
            command.env("SURVEY_KIOSK_IDLE_SECONDS", seconds.to_string());
        }
        command.envs(launch.env.iter().map(|(k, v)| (k, v)));
        if let Some(seconds) = launch.coordinator_lock_seconds {
            command.env("SURVEY_KIOSK_COORDINATOR_LOCK_SECONDS", seconds.to_string());
        }
        let driver = command.spawn().expect(
            "starting tauri-driver; `cargo xtask test` installs it with WebKitWebDriver and Xvfb",
        );
        let app = App {
            client: connect(port, launch.application.as_deref()).await,
            data,
            display,
            driver,
            xvfb,
            _turn: Some(turn),
        };
        app.wait_for("html[data-ready='true']").await;
        app.wait_settled().await;
        app
    }

    /// The kiosk engine on this app's data folder, as the next start of the kiosk would see it.
    pub fn engine(&self) -> Kiosk {
        open_engine(self.data.path())
    }

    /// Ends the WebDriver session, which closes the app; dropping stops driver and display.
    pub async fn quit(self) {
        let _ = self.client.clone().close().await;
    }

    /// Closes the app and stops its driver and display (on drop), keeping the data folder and
    /// this test's turn at the display for a restart.
    fn stop(mut self) -> (tempfile::TempDir, tokio::sync::SemaphorePermit<'static>) {
        let data = std::mem::replace(&mut self.data, tempfile::tempdir().unwrap());
        let turn = self._turn.take().expect("an app holds its turn");
        (data, turn)
    }

    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("waiting for {css}: {e}"))
    }

    pub async fn exists(&self, css: &str) -> bool {
        !self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap()
            .is_empty()
    }

    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap()
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("running {script}: {e}"))
    }

    /// The text of an element that may be empty (or hidden), without waiting for it.
    pub async fn text_or_empty(&self, css: &str) -> String {
        let script =
            format!("const e = document.querySelector(\"{css}\"); return e ? e.textContent : ''");
        self.js(&script)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The name of the screen shown (`data-screen` on `<main>`).
    pub async fn screen(&self) -> String {
        let value = self
            .js("return document.getElementById('screen').dataset.screen || ''")
            .await;
        value.as_str().unwrap_or_default().to_owned()
    }

    async fn shown(&self) -> String {
        let value = self
            .js("return document.getElementById('screen').dataset.shown || ''")
            .await;
        value.as_str().unwrap_or_default().to_owned()
    }

    /// Waits until the screen on show takes taps: a tap right after a screen is drawn
    /// counts as part of the one before (a double tap), so a person's next tap comes later.
    pub async fn wait_settled(&self) {
        let deadline = Instant::now() + WAIT;
        while self
            .js("return document.getElementById('screen').dataset.settled || 'true'")
            .await
            != "true"
        {
            assert!(Instant::now() < deadline, "the screen never settled");
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
    }

    /// Clicks and waits until the page has drawn another screen and takes taps again.
    pub async fn click_through(&self, css: &str) {
        let before = self.shown().await;
        self.wait_for(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking {css}: {e}"));
        let deadline = Instant::now() + WAIT;
        while self.shown().await == before {
            assert!(
                Instant::now() < deadline,
                "clicking {css} drew no new screen"
            );
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
        self.wait_settled().await;
    }

    /// Waits until the screen named `name` is shown.
    pub async fn wait_for_screen(&self, name: &str, at_most: Duration) {
        let deadline = Instant::now() + at_most;
        loop {
            let now_showing = self.screen().await;
            if now_showing == name {
                return self.wait_settled().await;
            }
            assert!(
                Instant::now() < deadline,
                "waited {at_most:?} for the {name} screen; it shows {now_showing}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Taps "done" on an ending (thank you, screened out) and waits for the welcome screen:
    /// the participant's way on, where a test has no reason to wait out the ending's own time
    /// (that the ending leaves by itself is tested on its own).
    pub async fn done_with_ending(&self) {
        self.wait_settled().await;
        self.wait_for(".ending .done").await.click().await.unwrap();
        self.wait_for_screen("welcome", Duration::from_secs(10))
            .await;
    }

    /// The coordinator's hidden door: a long press in the top-left corner.
    pub async fn long_press_corner(&self) {
        let press = MouseActions::new("finger".into())
            .then(PointerAction::MoveTo {
                duration: None,
                x: 10.0,
                y: 10.0,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            })
            .then(PointerAction::Pause {
                duration: Duration::from_millis(2500),
            })
            .then(PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            });
        self.client.perform_actions(press).await.unwrap();
        self.client.release_actions().await.unwrap();
    }

    /// Saves a PNG of the display, as a person would see it, under target/window-screenshots/.
    /// Taken from the X server rather than through WebDriver: WebKitWebDriver waits for the
    /// next paint, which a still page without compositing may not make for minutes.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        // Let the screen finish drawing what the last step changed.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let dir = workspace_root().join("target").join("window-screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        let status = Command::new("import")
            .args(["-display", &self.display, "-window", "root"])
            .arg(&path)
            .status()
            .expect("running ImageMagick's import; `cargo xtask test` installs it");
        assert!(status.success(), "import failed for {name}");
        path
    }

    /// The pids of the app and every process it started (WebKit's web and network processes).
    pub fn app_processes(&self) -> Vec<u32> {
        let app = descendants(self.driver.id())
            .into_iter()
            .find(|pid| process_name(*pid).as_deref() == Some("survey-kiosk"))
            .expect("the app runs under tauri-driver");
        let mut all = vec![app];
        all.extend(descendants(app));
        all
    }
}

impl Drop for App {
    fn drop(&mut self) {
        stop_tree(&mut self.driver);
        stop_tree(&mut self.xvfb);
        // Killed, Xvfb leaves its lock and socket behind; left, they use up the display
        // numbers of every later test on this machine.
        let number = self.display.trim_start_matches(':');
        let _ = std::fs::remove_file(format!("/tmp/.X{number}-lock"));
        let _ = std::fs::remove_file(format!("/tmp/.X11-unix/X{number}"));
    }
}

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn open_engine(data: &Path) -> Kiosk {
    let mut config = KioskConfig::new(data.to_owned());
    config.today = Some(TODAY.parse().unwrap());
    Kiosk::open(config).unwrap()
}

async fn connect(port: u16, application: Option<&Path>) -> Client {
    let url = format!("http://127.0.0.1:{port}");
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "tauri:options".into(),
        json!({ "application": application
            .map(Path::to_owned)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_survey-kiosk"))) }),
    );
    let deadline = Instant::now() + WAIT;
    loop {
        match ClientBuilder::native()
            .capabilities(capabilities.clone())
            .connect(&url)
            .await
        {
            Ok(client) => return client,
            Err(e) if Instant::now() < deadline => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(e) => panic!("no WebDriver session on {url}: {e}"),
        }
    }
}

/// tauri-driver from PATH or from cargo's bin folder, where `cargo install` puts it.
fn tauri_driver() -> PathBuf {
    let in_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("tauri-driver"))
            .find(|p| p.is_file())
    });
    in_path.unwrap_or_else(|| {
        let cargo_home = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cargo"));
        cargo_home.join("bin").join("tauri-driver")
    })
}

/// An Xvfb display on the first free number from 90, of the size asked for.
fn start_xvfb((width, height): (u32, u32)) -> (Child, String) {
    // One start at a time in this process, so that two tests never both take a number whose
    // lock file is not written yet.
    static STARTING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one = STARTING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let screen = format!("{width}x{height}x24");
    for number in 90..190 {
        if Path::new(&format!("/tmp/.X{number}-lock")).exists() {
            continue;
        }
        let display = format!(":{number}");
        let mut xvfb = Command::new("Xvfb")
            .args([&display, "-screen", "0", &screen, "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting Xvfb; `cargo xtask test` installs it");
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = xvfb.try_wait() {
                break; // lost a race for this number; try the next
            }
            if socket.exists() {
                return (xvfb, display);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = xvfb.kill();
        let _ = xvfb.wait();
    }
    panic!("no free X display number");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Kills a process and everything it started (the driver's WebKitWebDriver and the app).
fn stop_tree(child: &mut Child) {
    let mut pids = descendants(child.id());
    pids.push(child.id());
    for pid in pids {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.wait();
}

/// Every process below `root`, from /proc.
pub fn descendants(root: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| Some((pid, parent_of(pid)?)))
        .collect();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(
            parents
                .iter()
                .filter(|(_, p)| *p == parent)
                .map(|(c, _)| *c),
        );
        i += 1;
    }
    found.remove(0);
    found
}

fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat[stat.rfind(')')? + 2..].split(' ').nth(1)?.parse().ok()
}

fn process_name(pid: u32) -> Option<String> {
    Some(
        std::fs::read_to_string(format!("/proc/{pid}/comm"))
            .ok()?
            .trim()
            .to_owned(),
    )
}

/// Proportional set size in KiB, from /proc/<pid>/smaps_rollup.
pub fn pss_kib(pid: u32) -> Option<u64> {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    rollup
        .lines()
        .find_map(|line| line.strip_prefix("Pss:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}
