//! The listener under the routers: plain HTTP or TLS (rustls), at most so many connections at
//! once, a deadline for each request's headers (and for the TLS handshake), and a graceful
//! shutdown that stops accepting and lets requests in flight finish.
//!
//! Written on hyper directly rather than `axum::serve` because that one has no header timeout
//! and no connection limit: a client sending one byte a minute would hold a connection forever.

use std::future::Future;
use std::net::IpAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::{GracefulShutdown, Watcher};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio_rustls::rustls;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

use crate::CollectorError;

/// How long and how many, for one listener.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Connections served at once; further ones wait in the kernel's backlog.
    pub max_connections: usize,
    /// Connections one peer address may hold at once, so that one address cannot take every
    /// connection; a further one is answered `429` and closed at once.
    pub max_connections_per_address: usize,
    /// Peers exempt from that share: trusted reverse proxies, which carry everyone.
    pub shared_peers: Vec<ipnet::IpNet>,
    /// From a connection's first byte (or its previous request) to the end of a request's
    /// headers, and for a TLS handshake.
    pub header_read_timeout: Duration,
    /// How long requests in flight may take to finish after shutdown begins.
    pub shutdown_grace: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 1024,
            max_connections_per_address: MAX_CONNECTIONS_PER_ADDRESS,
            shared_peers: Vec::new(),
            header_read_timeout: Duration::from_secs(10),
            shutdown_grace: Duration::from_secs(30),
        }
    }
}

/// An address's share of the 1024 connections: an eighth, so that a flood from one address
/// leaves 896 to everyone else, while a classroom of 30 browsers behind one address (a few
/// connections each) fits.
pub const MAX_CONNECTIONS_PER_ADDRESS: usize = 128;

/// What a connection beyond its address's share is told before it is closed.
const OVER_SHARE: &[u8] = b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\n\
Content-Type: application/json\r\nContent-Length: 97\r\nConnection: close\r\n\r\n\
{\"error\":\"locked_out\",\"message\":\"too many connections from this address\",\"retry_after_seconds\":1}";

/// Connections held now per peer address.
#[derive(Default)]
struct Shares(std::sync::Mutex<std::collections::HashMap<IpAddr, usize>>);

/// One connection's place in its address's share, given back when the connection ends.
struct Share {
    shares: Arc<Shares>,
    address: IpAddr,
}

impl Shares {
    fn take(self: &Arc<Self>, address: IpAddr, most: usize) -> Option<Share> {
        let mut held = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let count = held.entry(address).or_default();
        if *count >= most {
            return None;
        }
        *count += 1;
        Some(Share {
            shares: Arc::clone(self),
            address,
        })
    }
}

impl Drop for Share {
    fn drop(&mut self) {
        let mut held = self.shares.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(count) = held.get_mut(&self.address) {
            *count -= 1;
            if *count == 0 {
                held.remove(&self.address);
            }
        }
    }
}

/// Plain HTTP (behind a TLS reverse proxy, or on loopback) or TLS here.
#[derive(Clone)]
pub enum Transport {
    Plain,
    Tls(TlsAcceptor),
}

impl Transport {
    /// TLS with the certificate chain and private key of two PEM files.
    pub fn tls(cert: &Path, key: &Path) -> Result<Transport, CollectorError> {
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};
        let bad = |path: &Path, why: String| CollectorError::Tls {
            path: path.to_owned(),
            why,
        };
        let chain = CertificateDer::pem_file_iter(cert)
            .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
            .map_err(|e| bad(cert, e.to_string()))?;
        if chain.is_empty() {
            return Err(bad(cert, "no certificate in the file".into()));
        }
        let private_key = PrivateKeyDer::from_pem_file(key).map_err(|e| bad(key, e.to_string()))?;
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .map_err(|e| bad(cert, e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, private_key)
        .map_err(|e| bad(key, e.to_string()))?;
        Ok(Transport::Tls(TlsAcceptor::from(Arc::new(config))))
    }

    pub fn scheme(&self) -> &'static str {
        match self {
            Transport::Plain => "http",
            Transport::Tls(_) => "https",
        }
    }
}

/// Serves `router` on `listener` until `shutdown` completes, then finishes what is in flight.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    transport: Transport,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let graceful = GracefulShutdown::new();
    let permits = Arc::new(tokio::sync::Semaphore::new(limits.max_connections.max(1)));
    let shares = Arc::new(Shares::default());
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&permits).acquire_owned() => permit.expect("the semaphore stays open"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: pause rather than spin.
                    log::warn!("accepting a connection failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let shared = limits
            .shared_peers
            .iter()
            .any(|net| net.contains(&peer.ip()));
        let share = if shared {
            None
        } else {
            match shares.take(peer.ip(), limits.max_connections_per_address.max(1)) {
                Some(share) => Some(share),
                None => {
                    drop(permit);
                    tokio::spawn(over_share(
                        stream,
                        transport.clone(),
                        limits.header_read_timeout,
                    ));
                    continue;
                }
            }
        };
        let service =
            router
                .clone()
                .map_request(move |mut request: axum::http::Request<Incoming>| {
                    request.extensions_mut().insert(ConnectInfo(peer));
                    request
                });
        let service = TowerToHyperService::new(service);
        let watcher = graceful.watcher();
        let transport = transport.clone();
        let header_timeout = limits.header_read_timeout;
        tokio::spawn(async move {
            let _permit = permit;
            let _share = share;
            match transport {
                Transport::Plain => {
                    connection(TokioIo::new(stream), service, watcher, header_timeout).await
                }
                Transport::Tls(acceptor) => {
                    match tokio::time::timeout(header_timeout, acceptor.accept(stream)).await {
                        Ok(Ok(tls)) => {
                            connection(TokioIo::new(tls), service, watcher, header_timeout).await
                        }
                        Ok(Err(e)) => log::info!("TLS handshake with {peer} failed: {e}"),
                        Err(_) => log::info!("TLS handshake with {peer} timed out"),
                    }
                }
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.shutdown_grace, graceful.shutdown())
        .await
        .is_err()
    {
        log::warn!(
            "requests still in flight after {:?} of shutdown were cut off",
            limits.shutdown_grace
        );
    }
    Ok(())
}

/// Tells a connection beyond its address's share so, and closes it. Over TLS it is closed
/// without a word: a handshake for it would spend what the share is there to save.
async fn over_share(stream: tokio::net::TcpStream, transport: Transport, deadline: Duration) {
    use tokio::io::AsyncWriteExt;
    if let Transport::Plain = transport {
        let mut stream = stream;
        let _ = tokio::time::timeout(deadline, async {
            let _ = stream.write_all(OVER_SHARE).await;
            let _ = stream.shutdown().await;
        })
        .await;
    }
}

async fn connection<I, S>(
    io: TokioIo<I>,
    service: TowerToHyperService<S>,
    watcher: Watcher,
    header_timeout: Duration,
) where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    S: tower::Service<
            axum::http::Request<Incoming>,
            Response = axum::response::Response,
            Error = std::convert::Infallible,
        > + Clone
        + Send
        + 'static,
    S::Future: Send + 'static,
{
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let served = watcher.watch(http.serve_connection(io, service)).await;
    if let Err(e) = served {
        log::debug!("connection ended: {e}");
    }
}
