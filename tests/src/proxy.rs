//! A TCP proxy between kiosk and collector that breaks exchanges on purpose: it can cut a
//! connection in the middle of the request, or let the collector answer and then drop the reply
//! before the kiosk sees it. Each fault applies to a given number of connections, then the proxy
//! passes traffic through untouched, counting the bytes it hands the client (what a phone's
//! data plan pays for, service worker and all) and logging each request's line as a proxy's
//! access log would. It can also be cut off altogether, as a phone that loses its network is:
//! open connections close and new ones are refused, for the page and its service worker alike.
//! Or it can be a slow link ([`Proxy::slow_link`]): a phone's network emulated here, outside
//! the browser, holds back the service worker's fetches as much as the page's (a browser's own
//! emulation does not reach its service worker).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Forward only this many bytes of the request (at most all but its last byte), then close
    /// both sides.
    CutRequestAfter(usize),
    /// Forward the whole request, wait for the collector's reply, then close without sending it.
    DropReply,
}

pub struct Proxy {
    pub url: String,
    upstream: Arc<Mutex<SocketAddr>>,
    faults: Arc<Mutex<Vec<Fault>>>,
    pub connections: Arc<AtomicUsize>,
    /// Bytes sent from the collector to the client so far.
    pub bytes_to_client: Arc<AtomicU64>,
    /// Each request's first line ("GET /survey/ HTTP/1.1"), in the order they came.
    pub log: Arc<Mutex<Vec<String>>>,
    /// Bytes sent to the client in reply to each logged request, by the log's order (a
    /// connection's replies follow its requests in order).
    pub reply_bytes: Arc<Mutex<Vec<u64>>>,
    /// Connections refused while cut off.
    pub refused: Arc<AtomicUsize>,
    online: tokio::sync::watch::Sender<bool>,
    link: Arc<Mutex<Option<Arc<SlowLink>>>>,
    _runtime: tokio::runtime::Runtime,
}

impl Proxy {
    pub fn start(upstream: SocketAddr) -> Self {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let listener = runtime.block_on(TcpListener::bind("127.0.0.1:0")).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let upstream = Arc::new(Mutex::new(upstream));
        let faults: Arc<Mutex<Vec<Fault>>> = Arc::default();
        let connections = Arc::new(AtomicUsize::new(0));
        let bytes_to_client = Arc::new(AtomicU64::new(0));
        let log: Arc<Mutex<Vec<String>>> = Arc::default();
        let reply_bytes: Arc<Mutex<Vec<u64>>> = Arc::default();
        let link: Arc<Mutex<Option<Arc<SlowLink>>>> = Arc::default();
        let refused = Arc::new(AtomicUsize::new(0));
        let (online, _) = tokio::sync::watch::channel(true);
        let (up, fa, co, by) = (
            Arc::clone(&upstream),
            Arc::clone(&faults),
            Arc::clone(&connections),
            Arc::clone(&bytes_to_client),
        );
        let (logged, re, on) = (Arc::clone(&log), Arc::clone(&refused), online.clone());
        let (sizes, li) = (Arc::clone(&reply_bytes), Arc::clone(&link));
        runtime.spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                if !*on.borrow() {
                    re.fetch_add(1, Ordering::SeqCst);
                    drop(client);
                    continue;
                }
                co.fetch_add(1, Ordering::SeqCst);
                let fault = {
                    let mut faults = fa.lock().unwrap();
                    (!faults.is_empty()).then(|| faults.remove(0))
                };
                let target = *up.lock().unwrap();
                let (by, mut on) = (Arc::clone(&by), on.subscribe());
                let books = Books {
                    log: Arc::clone(&logged),
                    reply_bytes: Arc::clone(&sizes),
                    link: li.lock().unwrap().clone(),
                };
                tokio::spawn(async move {
                    tokio::select! {
                        _ = relay(client, target, fault, by, books) => {}
                        _ = on.wait_for(|online| !online) => {}
                    }
                });
            }
        });
        Proxy {
            url,
            upstream,
            faults,
            connections,
            bytes_to_client,
            log,
            reply_bytes,
            refused,
            online,
            link,
            _runtime: runtime,
        }
    }

    /// Cuts the network: open connections close, new ones are refused, until [`Proxy::restore`].
    pub fn cut(&self) {
        self.online.send_replace(false);
    }

    pub fn restore(&self) {
        self.online.send_replace(true);
    }

    /// The request lines logged so far.
    pub fn requests(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    /// From now on every new connection shares one link of this latency (each request waits
    /// it before it goes on) and this many bytes per second towards the client.
    pub fn slow_link(&self, latency: Duration, bytes_per_second: u64) {
        *self.link.lock().unwrap() = Some(Arc::new(SlowLink {
            latency,
            bytes_per_second,
            free_at: tokio::sync::Mutex::new(Instant::now()),
        }));
    }

    /// Each request line logged so far with the bytes its reply has taken so far.
    pub fn requests_with_reply_bytes(&self) -> Vec<(String, u64)> {
        let log = self.log.lock().unwrap();
        let sizes = self.reply_bytes.lock().unwrap();
        log.iter().cloned().zip(sizes.iter().copied()).collect()
    }

    /// The next connections suffer these faults, one each, in order.
    pub fn inject(&self, faults: &[Fault]) {
        self.faults.lock().unwrap().extend_from_slice(faults);
    }

    pub fn faults_left(&self) -> usize {
        self.faults.lock().unwrap().len()
    }

    pub fn set_upstream(&self, upstream: SocketAddr) {
        *self.upstream.lock().unwrap() = upstream;
    }
}

/// A phone's link, shared by all its connections: bytes towards the phone leave one after
/// another at the link's rate, whichever connection they belong to.
struct SlowLink {
    latency: Duration,
    bytes_per_second: u64,
    /// When the link has sent everything handed to it so far.
    free_at: tokio::sync::Mutex<Instant>,
}

impl SlowLink {
    /// Waits until `bytes` more have crossed the link.
    async fn carry(&self, bytes: usize) {
        let done = {
            let mut free_at = self.free_at.lock().await;
            let start = (*free_at).max(Instant::now());
            *free_at = start + Duration::from_secs_f64(bytes as f64 / self.bytes_per_second as f64);
            *free_at
        };
        tokio::time::sleep_until(done.into()).await;
    }
}

/// Where a connection's traffic is written down, and the link it crosses.
struct Books {
    log: Arc<Mutex<Vec<String>>>,
    reply_bytes: Arc<Mutex<Vec<u64>>>,
    link: Option<Arc<SlowLink>>,
}

async fn relay(
    mut client: TcpStream,
    target: SocketAddr,
    fault: Option<Fault>,
    bytes_to_client: Arc<AtomicU64>,
    books: Books,
) {
    let Ok(mut server) = TcpStream::connect(target).await else {
        return; // the collector is down: the client sees the connection close
    };
    match fault {
        None => {
            let (mut client_read, mut client_write) = client.into_split();
            let (mut server_read, mut server_write) = server.into_split();
            // The log's index of the request this connection's replies now answer.
            let answering = Arc::new(Mutex::new(None::<usize>));
            let (log, answered) = (Arc::clone(&books.log), Arc::clone(&answering));
            let (sizes, link) = (Arc::clone(&books.reply_bytes), books.link.clone());
            let up = tokio::spawn(async move {
                let mut chunk = vec![0u8; 16 * 1024];
                let mut pending = Vec::new();
                while let Ok(n) = client_read.read(&mut chunk).await {
                    if n == 0 {
                        break;
                    }
                    if let Some(link) = &link {
                        tokio::time::sleep(link.latency).await;
                    }
                    // Logged before it goes on, so that every byte of its reply is its own.
                    pending.extend_from_slice(&chunk[..n]);
                    if let Some(last) = log_requests(&mut pending, &log, &sizes) {
                        *answered.lock().unwrap() = Some(last);
                    }
                    if server_write.write_all(&chunk[..n]).await.is_err() {
                        break;
                    }
                }
                let _ = server_write.shutdown().await;
            });
            // Small pieces, so that one connection's large reply does not hold the link for
            // seconds while another's small one waits (as packets interleave on a real link).
            let mut chunk = vec![0u8; 4 * 1024];
            while let Ok(n) = server_read.read(&mut chunk).await {
                if n == 0 {
                    break;
                }
                if let Some(link) = &books.link {
                    link.carry(n).await;
                }
                if client_write.write_all(&chunk[..n]).await.is_err() {
                    break;
                }
                bytes_to_client.fetch_add(n as u64, Ordering::SeqCst);
                if let Some(index) = *answering.lock().unwrap() {
                    books.reply_bytes.lock().unwrap()[index] += n as u64;
                }
            }
            let _ = client_write.shutdown().await;
            up.abort();
        }
        Some(Fault::CutRequestAfter(limit)) => {
            // Never past the first request's last byte, so that the cut always lands inside
            // a request (a short one too) rather than leaving the client waiting for a reply.
            let mut request = Vec::new();
            let mut chunk = vec![0u8; 64 * 1024];
            let mut sent = 0;
            loop {
                let allowed = request_length(&request).map_or(limit, |n| limit.min(n - 1));
                if sent < allowed.min(request.len()) {
                    let upto = allowed.min(request.len());
                    if server.write_all(&request[sent..upto]).await.is_err() {
                        break;
                    }
                    sent = upto;
                }
                if sent >= allowed {
                    break;
                }
                match client.read(&mut chunk).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&chunk[..n]),
                }
            }
            // Dropping both streams closes them mid-request.
        }
        Some(Fault::DropReply) => {
            // One HTTP request: headers, then a body of Content-Length bytes.
            let mut request = Vec::new();
            let mut chunk = [0u8; 64 * 1024];
            loop {
                let Ok(n) = client.read(&mut chunk).await else {
                    return;
                };
                if n == 0 {
                    return;
                }
                request.extend_from_slice(&chunk[..n]);
                if request_length(&request).is_some_and(|length| request.len() >= length) {
                    break;
                }
            }
            if server.write_all(&request).await.is_err() {
                return;
            }
            // Wait until the collector has answered (so it has committed), then drop the answer.
            let _ = server.read(&mut chunk).await;
        }
    }
}

/// Logs the first line of each whole request at the start of `pending` and drops it from there
/// (a connection carries one request after another); returns the last one's place in the log.
fn log_requests(
    pending: &mut Vec<u8>,
    log: &Mutex<Vec<String>>,
    reply_bytes: &Mutex<Vec<u64>>,
) -> Option<usize> {
    let mut last = None;
    while let Some(length) = request_length(pending).filter(|&n| n <= pending.len()) {
        let head = String::from_utf8_lossy(&pending[..length]);
        let line = head.lines().next().unwrap_or_default().to_owned();
        // One lock order (log, then sizes) keeps the two lists the same length.
        let mut log = log.lock().unwrap();
        reply_bytes.lock().unwrap().push(0);
        log.push(line);
        last = Some(log.len() - 1);
        pending.drain(..length);
    }
    last
}

/// The length of the HTTP request `bytes` begins with (headers and a body of Content-Length
/// bytes), once its headers are complete.
fn request_length(bytes: &[u8]) -> Option<usize> {
    let end = find(bytes, b"\r\n\r\n")?;
    let headers = String::from_utf8_lossy(&bytes[..end]).to_lowercase();
    let body: usize = headers
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    Some(end + 4 + body)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
