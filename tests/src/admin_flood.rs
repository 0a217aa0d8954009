//! A flood of wrong administrator logins against a real `survey-collector` process: so many
//! logins from so many addresses (loopback addresses 127.0.0.2 and up, each a client address of
//! its own to the collector) spread over so many seconds, then a quiet minute. Reports the
//! collector's resident memory before, its peak, at the flood's end and after the quiet minute.
//! Each wrong login costs an argon2id check of 19 MiB; `cargo xtask soak --admin-flood` runs it.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::Path;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::soak::peak_memory_kib;
use crate::{initialised_data_dir, CollectorProcess};

/// How hard, and how long to watch afterwards.
pub struct FloodOptions {
    pub logins: usize,
    pub addresses: usize,
    pub over: Duration,
    pub quiet: Duration,
}

impl Default for FloodOptions {
    /// The figures: 300 wrong logins from 60 addresses in 30 s, then a minute.
    fn default() -> Self {
        FloodOptions {
            logins: 300,
            addresses: 60,
            over: Duration::from_secs(30),
            quiet: Duration::from_secs(60),
        }
    }
}

/// Memory in KiB and what the logins got.
pub struct FloodReport {
    pub before_kib: u64,
    pub peak_kib: u64,
    pub after_flood_kib: u64,
    pub after_quiet_kib: u64,
    pub statuses: std::collections::BTreeMap<u16, usize>,
    pub took: Duration,
}

impl fmt::Display for FloodReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mib = |kib: u64| kib as f64 / 1024.0;
        writeln!(
            f,
            "admin flood: answers {:?} in {:.1?}",
            self.statuses, self.took
        )?;
        writeln!(
            f,
            "resident memory: before {:.1} MiB, peak {:.1} MiB, at the end {:.1} MiB, a quiet while later {:.1} MiB",
            mib(self.before_kib),
            mib(self.peak_kib),
            mib(self.after_flood_kib),
            mib(self.after_quiet_kib)
        )
    }
}

/// The collector's resident set now (VmRSS), in KiB.
pub fn resident_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Runs the flood against `binary` (a release `survey-collector`).
pub fn run(binary: &Path, options: &FloodOptions) -> FloodReport {
    let data = initialised_data_dir();
    {
        let db = collector::db::Db::open(data.path()).unwrap();
        collector::admin::accounts::add(
            db.connection(),
            "owner",
            "a long and right password",
            crate::open_day(),
        )
        .unwrap();
    }
    let process = CollectorProcess::start_binary(binary, data.path(), 0);
    let pid = process.child.id();
    let server: SocketAddr = process
        .url
        .trim_start_matches("http://")
        .parse()
        .expect("the collector's address");
    std::thread::sleep(Duration::from_millis(300));
    let before_kib = resident_kib(pid);
    let started = Instant::now();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let statuses = runtime.block_on(async {
        let step = options.over / options.logins.max(1) as u32;
        let logins: Vec<_> = (0..options.logins)
            .map(|n| {
                let from = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2 + (n % options.addresses) as u8));
                tokio::spawn(async move {
                    tokio::time::sleep(step * n as u32).await;
                    wrong_login(from, server).await
                })
            })
            .collect();
        let mut statuses = std::collections::BTreeMap::new();
        for login in logins {
            *statuses.entry(login.await.unwrap()).or_default() += 1;
        }
        statuses
    });
    let took = started.elapsed();
    let after_flood_kib = resident_kib(pid);
    std::thread::sleep(options.quiet);
    let report = FloodReport {
        before_kib,
        peak_kib: peak_memory_kib(pid),
        after_flood_kib,
        after_quiet_kib: resident_kib(pid),
        statuses,
        took,
    };
    process.kill();
    report
}

/// One wrong login as a browser posts it, from `from`; the status, or 0 if none came.
async fn wrong_login(from: IpAddr, server: SocketAddr) -> u16 {
    let token = collector::secrets::random_id();
    let body = format!("name=owner&password=wrong+guess+{token}&form_token={token}");
    let request = format!(
        "POST /admin/login HTTP/1.1\r\nHost: {server}\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\n\
         Cookie: admin_login_form={token}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let exchange = async {
        let socket = tokio::net::TcpSocket::new_v4().ok()?;
        socket.bind(SocketAddr::new(from, 0)).ok()?;
        let mut stream = socket.connect(server).await.ok()?;
        stream.write_all(request.as_bytes()).await.ok()?;
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply).await.ok()?;
        String::from_utf8_lossy(&reply).get(9..12)?.parse().ok()
    };
    tokio::time::timeout(Duration::from_secs(120), exchange)
        .await
        .ok()
        .flatten()
        .unwrap_or(0)
}
