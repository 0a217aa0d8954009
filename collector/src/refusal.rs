//! The one error type of every handler: a [`Refusal`] carries an HTTP status and a stable
//! reason code (`sync::wire::reason`), and converts from [`CollectorError`] so handlers use `?`.
//! A refusal is counted in `/metrics` and logged where the response passes
//! [`crate::guards::log_request`], from the [`Refused`] mark it leaves on the response, so
//! building one needs no state.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use sync::wire::{reason, ErrorReply};
use sync::PROTOCOL_VERSION;

use crate::state::AppState;
use crate::CollectorError;

/// Bodies of requests that carry a code, a key or a form: a few hundred bytes in use.
pub const SMALL_BODY_BYTES: usize = 8 * 1024;

#[must_use = "a refusal counts only when it is answered"]
pub struct Refusal {
    pub(crate) status: StatusCode,
    pub(crate) reason: &'static str,
    pub(crate) reply: ErrorReply,
}

/// The mark a refused request's response carries, whatever its body (JSON, or a page).
#[derive(Debug, Clone, Copy)]
pub struct Refused(pub &'static str);

impl Refusal {
    pub fn new(status: StatusCode, reason: &'static str, message: impl Into<String>) -> Refusal {
        Refusal {
            status,
            reason,
            reply: ErrorReply {
                error: reason.to_owned(),
                message: message.into(),
                retry_after_seconds: None,
            },
        }
    }

    /// A failure of ours: logged in full here, answered without its details.
    pub fn internal(error: impl std::fmt::Display) -> Refusal {
        log::error!("internal error: {error}");
        Refusal::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the collector failed; try again later",
        )
    }

    pub fn retry_after(mut self, seconds: u64) -> Refusal {
        self.reply.retry_after_seconds = Some(seconds);
        self
    }

    /// Marks `response` (a page drawn for this refusal) so it is counted and logged as one,
    /// with the `Retry-After` the refusal has.
    pub fn mark(&self, mut response: Response) -> Response {
        if let Some(seconds) = self.reply.retry_after_seconds {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                seconds.to_string().parse().expect("digits"),
            );
        }
        response.extensions_mut().insert(Refused(self.reason));
        response
    }
}

impl From<CollectorError> for Refusal {
    fn from(error: CollectorError) -> Refusal {
        Refusal::failed(error)
    }
}

impl From<crate::DataError> for Refusal {
    fn from(error: crate::DataError) -> Refusal {
        Refusal::failed(error)
    }
}

impl From<rusqlite::Error> for Refusal {
    fn from(error: rusqlite::Error) -> Refusal {
        Refusal::failed(error)
    }
}

impl From<std::io::Error> for Refusal {
    fn from(error: std::io::Error) -> Refusal {
        Refusal::failed(error)
    }
}

/// How long a client is told to wait when nothing can be stored: an operator has to act.
pub const STORAGE_RETRY_SECONDS: u64 = 300;

impl Refusal {
    /// A failure of ours: said plainly when it is the storage's (out of space, read-only), which
    /// nothing but an operator mends and which a client should simply try again later;
    /// otherwise internal.
    fn failed(error: impl std::error::Error + 'static) -> Refusal {
        match crate::storage::trouble(&error) {
            Some(trouble) => {
                log::error!("storage: {trouble}: {error}");
                let message = if trouble == reason::OUT_OF_SPACE {
                    "the collector is out of space and stored nothing; try again later"
                } else {
                    "the collector cannot write its database and stored nothing; try again later"
                };
                Refusal::new(StatusCode::SERVICE_UNAVAILABLE, trouble, message)
                    .retry_after(STORAGE_RETRY_SECONDS)
            }
            None => Refusal::internal(error),
        }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = (self.status, Json(&self.reply)).into_response();
        self.mark(body)
    }
}

/// Reads a JSON body, refusing one that came too slowly, is too large or does not parse.
pub(crate) fn parse_body<T: serde::de::DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
) -> Result<T, Refusal> {
    let bytes = body.map_err(|rejection| {
        if timed_out(&rejection) {
            Refusal::new(
                StatusCode::REQUEST_TIMEOUT,
                reason::TIMEOUT,
                "the request body came too slowly",
            )
        } else if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Refusal::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                reason::TOO_LARGE,
                "the request body is too large",
            )
        } else {
            Refusal::new(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                rejection.body_text(),
            )
        }
    })?;
    serde_json::from_slice(&bytes)
        .map_err(|e| Refusal::new(StatusCode::BAD_REQUEST, reason::MALFORMED, e.to_string()))
}

/// Whether reading the body failed because it came too slowly (the body read timeout).
fn timed_out(rejection: &BytesRejection) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(rejection);
    while let Some(error) = source {
        if error.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        source = error.source();
    }
    false
}

pub(crate) fn unsupported_protocol(protocol: u32) -> Refusal {
    Refusal::new(
        StatusCode::BAD_REQUEST,
        reason::UNSUPPORTED_PROTOCOL,
        format!("protocol {protocol} is not {PROTOCOL_VERSION}"),
    )
}

/// Runs database and hashing work off the async threads.
pub(crate) async fn blocking<T: Send + 'static>(
    state: &Arc<AppState>,
    work: impl FnOnce(&AppState) -> Result<T, Refusal> + Send + 'static,
) -> Result<T, Refusal> {
    let state = Arc::clone(state);
    tokio::task::spawn_blocking(move || work(&state))
        .await
        .map_err(Refusal::internal)?
}
