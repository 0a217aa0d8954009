//! The listener under the routers: plain HTTP or TLS (rustls), at most so many connections at
//! once, a deadline for each request's headers (and for the TLS handshake), and a graceful
//! shutdown that stops accepting and lets requests in flight finish.
//!
//! Written on hyper directly rather than `axum::serve` because that one has no header timeout
//! and no connection limit: a client sending one byte a minute would hold a connection forever.

use std::future::Future;
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
            header_read_timeout: Duration::from_secs(10),
            shutdown_grace: Duration::from_secs(30),
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
