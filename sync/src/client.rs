//! The kiosk's HTTP client for the collector (reqwest, rustls). Blocking, because the kiosk
//! engine is synchronous and syncs run on their own thread.
//!
//! Errors say whether trying again can help: [`SyncError::Network`] (and a `Refused` with status
//! 429 or 5xx) may pass on a retry; any other refusal will not.

use std::time::Duration;

use reqwest::blocking::{Client as Http, Response};

use crate::release::KioskRelease;
use crate::wire::{BatchReply, EnrolReply, EnrolRequest, ErrorReply, SignedBatch};
use crate::{CertificateProblem, SyncError, PROTOCOL_VERSION};

pub struct Client {
    base: String,
    http: Http,
}

impl Client {
    /// A client of the collector at `base_url`: https, or http to this machine only. Besides
    /// the built-in authorities it trusts those in the PEM file `SSL_CERT_FILE` names, as
    /// OpenSSL's tools do.
    pub fn new(base_url: &str, timeout: Duration) -> Result<Self, SyncError> {
        Self::trusting(base_url, timeout, None)
    }

    /// Like [`Client::new`], also trusting the authorities in the PEM file `ca_file` (a
    /// municipality's own certificate authority, from the kiosk's settings).
    pub fn trusting(
        base_url: &str,
        timeout: Duration,
        ca_file: Option<&std::path::Path>,
    ) -> Result<Self, SyncError> {
        let from_env = std::env::var_os("SSL_CERT_FILE").map(std::path::PathBuf::from);
        let mut pems = Vec::new();
        for file in from_env.iter().map(|p| p.as_path()).chain(ca_file) {
            let pem = std::fs::read(file).map_err(|e| {
                SyncError::Network(format!(
                    "the certificate authority file {} could not be read: {e}",
                    file.display()
                ))
            })?;
            pems.push(pem);
        }
        let pems: Vec<&[u8]> = pems.iter().map(Vec::as_slice).collect();
        Self::with_roots(base_url, timeout, &pems)
    }

    /// Like [`Client::new`], also trusting the certificate authorities in `extra_roots_pem`
    /// (a collector with a private CA; tests).
    pub fn with_roots(
        base_url: &str,
        timeout: Duration,
        extra_roots_pem: &[&[u8]],
    ) -> Result<Self, SyncError> {
        if !is_https_or_loopback(base_url) {
            return Err(SyncError::Insecure(base_url.to_owned()));
        }
        let mut builder = Http::builder()
            .timeout(timeout)
            .connect_timeout(Duration::from_secs(10))
            .https_only(!base_url.starts_with("http://"));
        for pem in extra_roots_pem {
            let roots = reqwest::Certificate::from_pem_bundle(pem)
                .map_err(|e| SyncError::Network(format!("a trusted certificate: {e}")))?;
            for root in roots {
                builder = builder.add_root_certificate(root);
            }
        }
        let http = builder
            .build()
            .map_err(|e| SyncError::Network(e.to_string()))?;
        Ok(Client {
            base: base_url.trim_end_matches('/').to_owned(),
            http,
        })
    }

    pub fn enrol(&self, request: &EnrolRequest) -> Result<EnrolReply, SyncError> {
        let reply: EnrolReply = json(self.post("/v1/enrol", request)?)?;
        check_protocol(reply.protocol)?;
        Ok(reply)
    }

    pub fn send_batch(&self, batch: &SignedBatch) -> Result<BatchReply, SyncError> {
        let reply: BatchReply = json(self.post("/v1/batches", batch)?)?;
        check_protocol(reply.protocol)?;
        Ok(reply)
    }

    /// The signed manifest of the pack the collector serves: (exact bytes, signature text).
    pub fn manifest(&self) -> Result<(Vec<u8>, String), SyncError> {
        let bytes = self.get("/v1/pack/manifest.json")?;
        let signature = String::from_utf8_lossy(&self.get("/v1/pack/manifest.sig")?).into_owned();
        Ok((bytes, signature))
    }

    pub fn pack_file(&self, sha256: &str) -> Result<Vec<u8>, SyncError> {
        self.get(&format!("/v1/pack/files/{sha256}"))
    }

    /// The newest kiosk release the collector offers; `None` when it offers none (no
    /// repository, or a collector from before releases were offered).
    pub fn kiosk_release(&self) -> Result<Option<KioskRelease>, SyncError> {
        match self.get("/v1/kiosk-release") {
            Ok(bytes) => {
                let release: KioskRelease = serde_json::from_slice(&bytes)?;
                check_protocol(release.protocol)?;
                Ok(Some(release))
            }
            Err(SyncError::Refused { status: 404, .. }) => Ok(None),
            Err(error) => Err(error),
        }
    }

    fn post<T: serde::Serialize>(&self, path: &str, body: &T) -> Result<Response, SyncError> {
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .json(body)
            .send()
            .map_err(network)?;
        refuse_unless_ok(response)
    }

    fn get(&self, path: &str) -> Result<Vec<u8>, SyncError> {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .map_err(network)?;
        let response = refuse_unless_ok(response)?;
        Ok(response.bytes().map_err(network)?.to_vec())
    }
}

/// A failed request: a certificate the check refused names its problem; anything else is the
/// network's (and may pass on a retry).
fn network(error: reqwest::Error) -> SyncError {
    use rustls::CertificateError as Why;
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&error);
    while let Some(mut current) = cause {
        // An io::Error's source skips the error it wraps, which is where rustls's is (inside
        // an io::Error inside another).
        while let Some(inner) = current
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            current = inner;
        }
        if let Some(rustls::Error::InvalidCertificate(why)) = current.downcast_ref() {
            return SyncError::Certificate(match why {
                Why::Expired
                | Why::ExpiredContext { .. }
                | Why::NotValidYet
                | Why::NotValidYetContext { .. } => CertificateProblem::Expired,
                Why::NotValidForName | Why::NotValidForNameContext { .. } => {
                    CertificateProblem::WrongName
                }
                Why::UnknownIssuer => CertificateProblem::UnknownAuthority,
                other => CertificateProblem::Other(format!("{other:?}")),
            });
        }
        cause = current.source();
    }
    SyncError::Network(error.to_string())
}

fn refuse_unless_ok(response: Response) -> Result<Response, SyncError> {
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let body = response.bytes().map_err(network)?;
    let reply = serde_json::from_slice::<ErrorReply>(&body).unwrap_or_else(|_| ErrorReply {
        error: format!("http_{}", status.as_u16()),
        message: String::from_utf8_lossy(&body).chars().take(200).collect(),
        retry_after_seconds: None,
    });
    Err(SyncError::Refused {
        status: status.as_u16(),
        reply,
    })
}

fn json<T: serde::de::DeserializeOwned>(response: Response) -> Result<T, SyncError> {
    let bytes = response.bytes().map_err(network)?;
    Ok(serde_json::from_slice(&bytes)?)
}

fn check_protocol(protocol: u32) -> Result<(), SyncError> {
    if protocol != PROTOCOL_VERSION {
        return Err(SyncError::UnsupportedVersion(protocol));
    }
    Ok(())
}

/// Whether answers may travel to `url`: over TLS, or in the clear only to this machine.
pub fn is_https_or_loopback(url: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(url) else {
        return false;
    };
    match url.scheme() {
        "https" => true,
        "http" => url.host_str().is_some_and(crate::is_loopback_host),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_travel_in_the_clear_only_to_this_machine() {
        for url in [
            "https://survey.example.no",
            "https://10.0.0.5:8443/",
            "http://127.0.0.1:8470",
            "http://127.3.2.1",
            "http://localhost:8470",
            "http://[::1]:8470",
        ] {
            assert!(is_https_or_loopback(url), "{url}");
        }
        for url in [
            "http://survey.example.no",
            "http://10.0.0.5:8470",
            "http://[2001:db8::1]/",
            "http://localhost.example.no",
            "ftp://127.0.0.1",
            "not a url",
        ] {
            assert!(!is_https_or_loopback(url), "{url}");
        }
        assert!(matches!(
            Client::new("http://survey.example.no", Duration::from_secs(1)),
            Err(SyncError::Insecure(_))
        ));
    }
}
