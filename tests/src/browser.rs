//! Headless Chromium (Debian's `chromium` and `chromium-driver`, installed by `cargo xtask
//! test`) driven over WebDriver, for the web survey: phone and tablet sizes by Chromium's own
//! device emulation, and the network cut and restored by its network emulation.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(30);

/// A screen size, as a participant's device has it.
#[derive(Debug, Clone, Copy)]
pub struct Device {
    pub name: &'static str,
    pub width: u32,
    pub height: u32,
    pub touch: bool,
}

pub const PHONE: Device = Device {
    name: "phone-360x740",
    width: 360,
    height: 740,
    touch: true,
};
/// The small phones the web survey must fit: an old iPhone SE, a common Android, a newer iPhone.
pub const PHONE_320: Device = Device {
    name: "phone-320x568",
    width: 320,
    height: 568,
    touch: true,
};
pub const PHONE_360: Device = Device {
    name: "phone-360x640",
    width: 360,
    height: 640,
    touch: true,
};
pub const PHONE_390: Device = Device {
    name: "phone-390x844",
    width: 390,
    height: 844,
    touch: true,
};
pub const TABLET: Device = Device {
    name: "tablet-768x1024",
    width: 768,
    height: 1024,
    touch: true,
};
pub const TABLET_TALL: Device = Device {
    name: "tablet-810x1080",
    width: 810,
    height: 1080,
    touch: true,
};
pub const LAPTOP: Device = Device {
    name: "pc-1280x800",
    width: 1280,
    height: 800,
    touch: false,
};

pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub async fn start(device: Device) -> Browser {
        Browser::start_with(device, &[]).await
    }

    /// Like [`Browser::start`], with more Chromium switches (e.g. `--host-resolver-rules`).
    pub async fn start_with(device: Device, switches: &[&str]) -> Browser {
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is installed by `cargo xtask test` (Debian chromium-driver)");
        let profile = tempfile::tempdir().unwrap();
        let mut args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--autoplay-policy=no-user-gesture-required",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect();
        args.push(format!("--user-data-dir={}", profile.path().display()));
        args.push(format!("--window-size={},{}", device.width, device.height));
        args.extend(switches.iter().map(|switch| switch.to_string()));
        let capabilities = json!({
            "goog:chromeOptions": {
                "binary": chromium(),
                "args": args,
                "mobileEmulation": {
                    "deviceMetrics": {
                        "width": device.width, "height": device.height,
                        "pixelRatio": 1.0, "touch": device.touch, "mobile": device.touch,
                    }
                }
            }
        });
        let capabilities = match capabilities {
            Value::Object(map) => map,
            _ => unreachable!(),
        };
        let deadline = Instant::now() + WAIT;
        let client = loop {
            match ClientBuilder::native()
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => break client,
                Err(e) if Instant::now() < deadline => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("connecting to chromedriver: {e}"),
            }
        };
        Browser {
            client,
            driver,
            _profile: profile,
        }
    }

    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("opening {url}: {e}"));
    }

    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("waiting for {css}: {e}"))
    }

    /// The page's text once it holds `expected` (a page reached by a form post may still be
    /// the form for a moment after the click).
    pub async fn wait_for_text(&self, expected: &str) -> String {
        let started = std::time::Instant::now();
        loop {
            let text = self
                .js("return document.body ? document.body.innerText : ''")
                .await;
            let text = text.as_str().unwrap_or_default().to_owned();
            if text.contains(expected) || started.elapsed() > WAIT {
                return text;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("running {script}: {e}"))
    }

    /// Runs an async script: `done(value)` is given as the last argument.
    pub async fn js_async(&self, script: &str) -> Value {
        self.client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("running {script}: {e}"))
    }

    pub async fn screen(&self) -> String {
        let value = self
            .js("const s = document.getElementById('screen'); return s ? s.dataset.screen || '' : ''")
            .await;
        value.as_str().unwrap_or_default().to_owned()
    }

    async fn shown(&self) -> String {
        let value = self
            .js("const s = document.getElementById('screen'); return s ? s.dataset.shown || '' : ''")
            .await;
        value.as_str().unwrap_or_default().to_owned()
    }

    /// Clicks and waits until the page has drawn another screen.
    pub async fn click_through(&self, css: &str) {
        // A tap on a screen drawn a moment ago is taken as part of the tap before and ignored
        // (the busy guard), so the click waits as a person would; a page just (re)loaded has
        // had no tap before to wait for.
        self.wait_settled().await;
        let before = self.shown().await;
        self.wait_for(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking {css}: {e}"));
        let deadline = Instant::now() + WAIT;
        while self.shown().await == before {
            if Instant::now() >= deadline {
                let page = self
                    .js("return document.body ? document.body.innerText.slice(0, 600) : ''")
                    .await;
                panic!("clicking {css} drew no new screen; the page says: {page}");
            }
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
        self.wait_settled().await;
    }

    /// Waits until the screen takes taps: one right after a screen is drawn counts as part
    /// of the tap before (a double tap), so a person's next tap comes later.
    pub async fn wait_settled(&self) {
        let deadline = Instant::now() + WAIT;
        let settled = "return document.getElementById('screen').dataset.settled || 'true'";
        while self.js(settled).await != "true" {
            assert!(Instant::now() < deadline, "the screen never settled");
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
    }

    pub async fn wait_for_screen(&self, name: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let showing = self.screen().await;
            if showing == name {
                return self.wait_settled().await;
            }
            assert!(
                Instant::now() < deadline,
                "waited for the {name} screen; it shows {showing:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn screenshot(&self) -> Vec<u8> {
        self.client.screenshot().await.expect("a screenshot")
    }

    /// Chromium's network emulation: offline, or online with a latency and throughput
    /// (bytes per second; None for no limit).
    pub async fn network(&self, condition: Network) {
        let (offline, latency, throughput) = match condition {
            Network::Offline => (true, 0, 0),
            Network::Online => (false, 0, -1),
            Network::Slow3g => (false, 400, 50_000),
        };
        self.client
            .issue_cmd(NetworkConditions(json!({
                "network_conditions": {
                    "offline": offline,
                    "latency": latency,
                    "download_throughput": throughput,
                    "upload_throughput": throughput,
                }
            })))
            .await
            .expect("chromedriver sets network conditions");
    }

    /// A Chrome DevTools Protocol command, e.g. `Page.addScriptToEvaluateOnNewDocument` to
    /// change what a page's scripts see before they run.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        let reply = self
            .client
            .issue_cmd(Cdp(json!({ "cmd": cmd, "params": params })))
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"));
        reply
    }

    /// axe-core's violations of WCAG 2.x A and AA on the page shown now, each as
    /// "rule: help at selectors". axe-core is injected first (see [`axe_core`]).
    pub async fn axe_violations(&self) -> Vec<String> {
        self.js(axe_core()).await;
        let result = self.js_async(AXE_RUN).await;
        // A page where axe ran nothing would pass without being checked.
        assert!(
            result["passes"].as_u64().unwrap_or(0) > 5,
            "axe ran no checks: {result}"
        );
        result["violations"]
            .as_array()
            .expect("axe's violations are a list")
            .iter()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect()
    }

    pub async fn quit(self) {
        let _ = self.client.clone().close().await;
    }
}

/// Runs axe-core's WCAG 2.x A and AA rules on the page (an async WebDriver script) and gives
/// `{passes, violations}`, each violation as "rule: help at selectors".
/// A script for `js_async`: what the web page keeps in IndexedDB, the waiting deliveries and the ticket it holds.
pub const OUTBOX: &str = r#"
    const done = arguments[arguments.length - 1];
    const r = indexedDB.open("survey-outbox");
    r.onerror = () => done({ error: String(r.error) });
    r.onsuccess = () => {
      const tx = r.result.transaction(["deliveries", "settings"]);
      const deliveries = tx.objectStore("deliveries").getAll();
      const ticket = tx.objectStore("settings").get("ticket");
      tx.oncomplete = () => {
        r.result.close();
        done({ deliveries: deliveries.result, ticket: ticket.result ?? null });
      };
    };
"#;

pub const AXE_RUN: &str = "const done = arguments[arguments.length - 1];
    window.axe.run(document, { runOnly: { type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then(r => done({ passes: r.passes.length, violations: r.violations.map(v =>
           v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
      .catch(e => done({ passes: 0, violations: ['axe failed: ' + e] }));";

/// axe-core's script, which `cargo xtask test` installs into target/axe.
pub fn axe_core() -> &'static str {
    static AXE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    AXE.get_or_init(|| {
        let path = crate::repo().join("target/axe/node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "{} is missing: `cargo xtask test` installs axe-core",
                path.display()
            )
        })
    })
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Network {
    Offline,
    Online,
    /// Chromium's "slow 3G" preset: 400 ms latency, 400 kbit/s (50 kB/s) each way.
    Slow3g,
}

#[derive(Debug)]
struct NetworkConditions(Value);

impl WebDriverCompatibleCommand for NetworkConditions {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/chromium/network_conditions",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

#[derive(Debug)]
struct Cdp(Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

pub fn chromium() -> &'static str {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|path| std::path::Path::new(path).exists())
        .expect("chromium is installed by `cargo xtask test`")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
