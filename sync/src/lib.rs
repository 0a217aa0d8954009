//! The wire protocol shared by the kiosk and the collector, and the sealed-response envelope.
//!
//! Every message that crosses HTTP carries a protocol version, so that a kiosk and a collector of
//! different releases can tell each other apart instead of misreading each other.

pub mod batch;
#[cfg(feature = "client")]
pub mod client;
pub mod release;
pub mod seal;
pub mod wire;

use serde::{Deserialize, Serialize};

pub use seal::{seal, Recipient};

/// The protocol version this build speaks.
pub const PROTOCOL_VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("the peer speaks protocol version {0}, this build speaks {PROTOCOL_VERSION}")]
    UnsupportedVersion(u32),
    #[error("malformed message: {0}")]
    Malformed(#[from] serde_json::Error),
    #[error("{0:?} is not an age X25519 recipient")]
    BadRecipient(String),
    #[error("a cryptographic operation failed")]
    Crypto,
    #[error("the collector could not be reached: {0}")]
    Network(String),
    #[error("{0} is not https; plain http is only for this machine itself (loopback)")]
    Insecure(String),
    #[error("{0}")]
    Certificate(CertificateProblem),
    #[error("the collector refused ({status}, {}): {}", .reply.error, .reply.message)]
    Refused {
        status: u16,
        reply: wire::ErrorReply,
    },
}

/// Why the collector's certificate was not trusted: each needs a different person to act.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateProblem {
    /// Out of its validity dates (or the machine's clock is): the collector's operator renews it.
    Expired,
    /// Made for another name than the address the kiosk was given.
    WrongName,
    /// Signed by an authority this machine does not trust (a municipality's own one, a
    /// self-signed certificate): name its certificate in the kiosk's settings or
    /// `SSL_CERT_FILE`.
    UnknownAuthority,
    /// Anything else wrong with it, as the TLS library says.
    Other(String),
}

impl std::fmt::Display for CertificateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the collector's certificate ")?;
        match self {
            CertificateProblem::Expired => f.write_str("has expired (or is not yet valid)"),
            CertificateProblem::WrongName => {
                f.write_str("was made for another name than the collector's address")
            }
            CertificateProblem::UnknownAuthority => f.write_str(
                "is signed by an authority this machine does not trust; add the authority's certificate (a PEM file) to the kiosk's settings or SSL_CERT_FILE",
            ),
            CertificateProblem::Other(detail) => write!(f, "is not valid: {detail}"),
        }
    }
}

impl SyncError {
    /// Whether the same request may succeed later: network trouble, throttling, server errors.
    pub fn is_retryable(&self) -> bool {
        match self {
            SyncError::Network(_) => true,
            SyncError::Refused { status, .. } => *status == 429 || *status >= 500,
            _ => false,
        }
    }

    /// The collector's reason code, when it refused.
    pub fn reason(&self) -> Option<&str> {
        match self {
            SyncError::Refused { reply, .. } => Some(&reply.error),
            _ => None,
        }
    }
}

/// The collector's answer to `GET /healthz`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub protocol: u32,
    /// "ok", or "not ready" while the collector could not store a response.
    pub status: String,
    /// Why it is not ready: a reason code (`out_of_space`, `read_only`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Parses a health answer, refusing a protocol this build does not speak.
/// Whether `host` (a URL's host, brackets allowed) is this machine: the only place answers may
/// travel to in the clear. The kiosk's client and the collector's invitations keep one rule.
pub fn is_loopback_host(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|address| address.is_loopback())
}

pub fn parse_health(bytes: &[u8]) -> Result<Health, SyncError> {
    let health: Health = serde_json::from_slice(bytes)?;
    if health.protocol != PROTOCOL_VERSION {
        return Err(SyncError::UnsupportedVersion(health.protocol));
    }
    Ok(health)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn health_round_trips_and_a_foreign_protocol_is_refused() {
        let health = Health {
            reason: None,
            protocol: PROTOCOL_VERSION,
            status: "ok".into(),
        };
        let bytes = serde_json::to_vec(&health).unwrap();
        assert_eq!(parse_health(&bytes).unwrap(), health);
        let foreign = br#"{"protocol":99,"status":"ok"}"#;
        assert!(matches!(
            parse_health(foreign),
            Err(SyncError::UnsupportedVersion(99))
        ));
        assert!(matches!(parse_health(b"{"), Err(SyncError::Malformed(_))));
    }
}
