//! The collector's HTTP API. [`app`] builds the router from shared state, so tests reach it both
//! with `oneshot` and on a real listener; [`serve`] runs it.
//!
//! Every refusal is an [`ErrorReply`] with a stable reason code, counted in `/metrics`.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chrono::NaiveDate;
use sync::wire::{
    reason, BatchBody, BatchReply, EnrolReply, EnrolRequest, ErrorReply, RefusedResponse,
    SignedBatch,
};
use sync::{Health, PROTOCOL_VERSION};

use crate::db::{Db, NewResponse};
use crate::metrics::Metrics;
use crate::served_pack::ServedPack;
use crate::{secrets, throttle};

#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub max_batch_responses: usize,
    pub max_body_bytes: usize,
    pub max_sealed_bytes: usize,
    /// Days after the survey closes during which kiosks may still deliver.
    pub grace_days: i64,
    /// Fixes "today" (demos and tests); the server's local date otherwise.
    pub today: Option<NaiveDate>,
    /// Fewest respondents any shown figure may stand for.
    pub results_threshold: u64,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            max_batch_responses: 500,
            max_body_bytes: 16 * 1024 * 1024,
            max_sealed_bytes: 64 * 1024,
            grace_days: 30,
            today: None,
            results_threshold: crate::results::DEFAULT_THRESHOLD,
        }
    }
}

pub struct AppState {
    pub db: Mutex<Db>,
    pub pack: ServedPack,
    pub config: ServeConfig,
    pub metrics: Metrics,
    /// Opens responses for the results pages; without it those pages are unavailable.
    pub identity: Option<age::x25519::Identity>,
}

impl AppState {
    pub fn new(db: Db, pack: ServedPack, config: ServeConfig) -> Arc<Self> {
        AppState::with_identity(db, pack, config, None)
    }

    pub fn with_identity(
        db: Db,
        pack: ServedPack,
        config: ServeConfig,
        identity: Option<age::x25519::Identity>,
    ) -> Arc<Self> {
        Arc::new(AppState {
            db: Mutex::new(db),
            pack,
            config,
            metrics: Metrics::default(),
            identity,
        })
    }

    pub fn today(&self) -> NaiveDate {
        self.config
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    pub(crate) fn db(&self) -> std::sync::MutexGuard<'_, Db> {
        // A panic while holding the lock cannot leave SQLite half-written (transactions roll
        // back), so a poisoned lock is safe to keep using.
        self.db
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn refuse(
        &self,
        status: StatusCode,
        reason: &str,
        message: impl Into<String>,
    ) -> Refusal {
        self.metrics.count_refusal(reason);
        Refusal {
            status,
            reply: ErrorReply {
                error: reason.to_owned(),
                message: message.into(),
                retry_after_seconds: None,
            },
        }
    }
}

pub struct Refusal {
    pub(crate) status: StatusCode,
    pub(crate) reply: ErrorReply,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let retry_after = self.reply.retry_after_seconds;
        let mut response = (self.status, Json(self.reply)).into_response();
        if let Some(seconds) = retry_after {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                seconds.to_string().parse().expect("digits"),
            );
        }
        response
    }
}

pub fn app(state: Arc<AppState>) -> Router {
    let body_limit = state.config.max_body_bytes;
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/v1/enrol", post(enrol))
        .route("/v1/batches", post(batches))
        .route("/v1/pack/manifest.json", get(manifest))
        .route("/v1/pack/manifest.sig", get(manifest_signature))
        .route("/v1/pack/files/{sha256}", get(pack_file))
        .route(
            "/results/{municipality}",
            get(crate::results_api::login_form).post(crate::results_api::results),
        )
        .route("/national", get(crate::results_api::national))
        .layer(DefaultBodyLimit::max(body_limit))
        .with_state(state)
}

/// Serves until the future `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// The client's address when the server knows it (not under `oneshot` in tests).
pub(crate) struct ClientAddr(pub(crate) Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|info| info.0.ip()),
        ))
    }
}

async fn healthz() -> Json<Health> {
    Json(Health {
        protocol: PROTOCOL_VERSION,
        status: "ok".into(),
    })
}

async fn metrics(State(state): State<Arc<AppState>>) -> Result<Response, Refusal> {
    let counts = blocking(&state, |state| {
        state
            .db()
            .responses_per_municipality()
            .map_err(|e| internal(state, e))
    })
    .await?;
    let text = state.metrics.render(&counts);
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response())
}

async fn enrol(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<EnrolReply>, Refusal> {
    let request: EnrolRequest = parse_body(&state, body)?;
    if request.protocol != PROTOCOL_VERSION {
        return Err(unsupported_protocol(&state, request.protocol));
    }
    let device_key = BASE64
        .decode(&request.device_public_key)
        .ok()
        .filter(|k| k.len() == 32)
        .ok_or_else(|| {
            state.refuse(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                "the device key is not 32 bytes of base64",
            )
        })?;
    let reply = blocking(&state, move |state| {
        enrol_blocking(state, addr, &request.access_code, &device_key)
    })
    .await?;
    state
        .metrics
        .enrolments
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(Json(reply))
}

fn enrol_blocking(
    state: &AppState,
    addr: Option<IpAddr>,
    code: &str,
    device_key: &[u8],
) -> Result<EnrolReply, Refusal> {
    let municipality = secrets::municipality_of(code);
    let mut keys = vec![format!("address:{}", address_key(addr))];
    if let Some(number) = &municipality {
        keys.push(format!("municipality:{number}"));
    }
    let name = check_secret(
        state,
        &keys,
        |db| match &municipality {
            Some(number) => db.municipality(number),
            None => Ok(None),
        },
        code,
        "too many wrong access codes; wait before trying again",
        (reason::WRONG_CODE, "the access code is wrong"),
    )?;
    let number = municipality.expect("a matching code names its municipality");
    let kiosk_id = state
        .db()
        .add_kiosk(&number, device_key, state.today())
        .map_err(|e| internal(state, e))?;
    Ok(EnrolReply {
        protocol: PROTOCOL_VERSION,
        kiosk_id,
        municipality_number: number,
        municipality_name: name,
    })
}

pub(crate) fn address_key(addr: Option<IpAddr>) -> String {
    addr.map(|a| a.to_string()).unwrap_or_default()
}

/// Checks a secret under the guessing throttle, for access codes and results keys alike.
///
/// Refuses while any of `keys` is locked out. `lookup` finds the stored (payload, salt, hash);
/// the hash is checked outside the database lock (it is slow on purpose), and against a
/// throwaway hash when nothing was found, so timing does not tell which records exist. A wrong
/// secret counts a failure against every key (growing lockouts); a right one clears them and
/// returns the payload.
pub(crate) fn check_secret<R>(
    state: &AppState,
    keys: &[String],
    lookup: impl FnOnce(&Db) -> Result<Option<(R, Vec<u8>, Vec<u8>)>, crate::CollectorError>,
    secret: &str,
    locked_message: &str,
    (wrong_reason, wrong_message): (&str, &str),
) -> Result<R, Refusal> {
    let now = chrono::Utc::now().timestamp();
    let record = {
        let db = state.db();
        for key in keys {
            let (_, locked_until) = db.throttle(key).map_err(|e| internal(state, e))?;
            if locked_until > now {
                let mut refusal = state.refuse(
                    StatusCode::TOO_MANY_REQUESTS,
                    reason::LOCKED_OUT,
                    locked_message,
                );
                refusal.reply.retry_after_seconds = Some((locked_until - now) as u64);
                return Err(refusal);
            }
        }
        lookup(&db).map_err(|e| internal(state, e))?
    };
    let matches = match &record {
        Some((_, salt, hash)) => secrets::verify(secret, salt, hash),
        None => {
            let decoy = secrets::hash("decoy");
            let _ = secrets::verify(secret, &decoy.salt, &decoy.hash);
            false
        }
    };
    let mut db = state.db();
    if !matches {
        for key in keys {
            let (failures, _) = db.throttle(key).map_err(|e| internal(state, e))?;
            let until = now + throttle::lockout_seconds(failures + 1);
            db.set_throttle(key, failures + 1, until)
                .map_err(|e| internal(state, e))?;
        }
        return Err(state.refuse(StatusCode::UNAUTHORIZED, wrong_reason, wrong_message));
    }
    for key in keys {
        db.clear_throttle(key).map_err(|e| internal(state, e))?;
    }
    Ok(record.expect("a match has a record").0)
}

async fn batches(
    State(state): State<Arc<AppState>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<BatchReply>, Refusal> {
    let batch: SignedBatch = parse_body(&state, body)?;
    if batch.protocol != PROTOCOL_VERSION {
        return Err(unsupported_protocol(&state, batch.protocol));
    }
    let reply = blocking(&state, move |state| ingest(state, &batch)).await?;
    state
        .metrics
        .batches
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(Json(reply))
}

fn ingest(state: &AppState, batch: &SignedBatch) -> Result<BatchReply, Refusal> {
    let kiosk = state
        .db()
        .kiosk(&batch.kiosk_id)
        .map_err(|e| internal(state, e))?
        .ok_or_else(|| {
            state.refuse(
                StatusCode::UNAUTHORIZED,
                reason::UNKNOWN_KIOSK,
                "this kiosk is not enrolled",
            )
        })?;
    if kiosk.revoked {
        return Err(state.refuse(
            StatusCode::FORBIDDEN,
            reason::REVOKED,
            "this kiosk has been revoked",
        ));
    }
    if !sync::batch::verify_batch(batch, &kiosk.device_key) {
        return Err(state.refuse(
            StatusCode::UNAUTHORIZED,
            reason::BAD_SIGNATURE,
            "the batch signature does not match the kiosk's device key",
        ));
    }
    let body: BatchBody = serde_json::from_str(&batch.body).map_err(|e| {
        state.refuse(
            StatusCode::BAD_REQUEST,
            reason::MALFORMED,
            format!("batch body: {e}"),
        )
    })?;
    let config = &state.config;
    if body.responses.len() > config.max_batch_responses {
        return Err(state.refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            reason::TOO_LARGE,
            format!("at most {} responses per batch", config.max_batch_responses),
        ));
    }
    let pack = &state.pack;
    let last_delivery = pack.period.closes + chrono::Duration::days(config.grace_days);
    if state.today() > last_delivery {
        return Err(state.refuse(
            StatusCode::GONE,
            reason::SURVEY_CLOSED,
            format!("deliveries closed on {last_delivery}"),
        ));
    }
    let mut accepted = Vec::with_capacity(body.responses.len());
    let mut sealed = Vec::with_capacity(body.responses.len());
    let mut refused = Vec::new();
    for response in &body.responses {
        if response.survey_id != pack.survey_id || response.survey_version != pack.survey_version {
            return Err(state.refuse(
                StatusCode::CONFLICT,
                reason::UNKNOWN_SURVEY,
                format!(
                    "survey {} version {} is not collected here (this collector takes {} version {})",
                    response.survey_id, response.survey_version, pack.survey_id, pack.survey_version
                ),
            ));
        }
        let bytes = BASE64.decode(&response.sealed).map_err(|_| {
            state.refuse(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                "a sealed response is not base64",
            )
        })?;
        if bytes.len() > config.max_sealed_bytes {
            return Err(state.refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                reason::TOO_LARGE,
                "a sealed response is too large",
            ));
        }
        if !pack.period.contains(response.completed_on) {
            state.metrics.count_refusal(reason::OUTSIDE_PERIOD);
            refused.push(RefusedResponse {
                response_id: response.response_id.clone(),
                reason: reason::OUTSIDE_PERIOD.into(),
            });
            continue;
        }
        accepted.push(response);
        sealed.push(bytes);
    }
    let rows: Vec<NewResponse<'_>> = accepted
        .iter()
        .zip(&sealed)
        .map(|(r, bytes)| NewResponse {
            response_id: &r.response_id,
            survey_id: &r.survey_id,
            survey_version: r.survey_version,
            completed_on: r.completed_on,
            sealed: bytes,
        })
        .collect();
    state
        .db()
        .insert_responses(&kiosk.municipality, &rows)
        .map_err(|e| internal(state, e))?;
    state
        .metrics
        .responses_received
        .fetch_add(rows.len() as u64, std::sync::atomic::Ordering::Relaxed);
    Ok(BatchReply {
        protocol: PROTOCOL_VERSION,
        held: accepted.iter().map(|r| r.response_id.clone()).collect(),
        refused,
    })
}

async fn manifest(State(state): State<Arc<AppState>>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        state.pack.manifest_bytes.clone(),
    )
        .into_response()
}

async fn manifest_signature(State(state): State<Arc<AppState>>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain")],
        state.pack.signature.clone(),
    )
        .into_response()
}

async fn pack_file(
    State(state): State<Arc<AppState>>,
    Path(sha256): Path<String>,
) -> Result<Response, Refusal> {
    let path = state
        .pack
        .file_path(&sha256)
        .ok_or_else(|| {
            state.refuse(
                StatusCode::NOT_FOUND,
                reason::NOT_FOUND,
                "no such file in the pack",
            )
        })?
        .to_owned();
    let bytes = tokio::fs::read(&path)
        .await
        .map_err(|e| internal(&state, e))?;
    state
        .metrics
        .pack_files_served
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(([(header::CONTENT_TYPE, "application/octet-stream")], bytes).into_response())
}

fn parse_body<T: serde::de::DeserializeOwned>(
    state: &AppState,
    body: Result<Bytes, BytesRejection>,
) -> Result<T, Refusal> {
    let bytes = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            state.refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                reason::TOO_LARGE,
                "the request body is too large",
            )
        } else {
            state.refuse(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                rejection.body_text(),
            )
        }
    })?;
    serde_json::from_slice(&bytes)
        .map_err(|e| state.refuse(StatusCode::BAD_REQUEST, reason::MALFORMED, e.to_string()))
}

fn unsupported_protocol(state: &AppState, protocol: u32) -> Refusal {
    state.refuse(
        StatusCode::BAD_REQUEST,
        reason::UNSUPPORTED_PROTOCOL,
        format!("protocol {protocol} is not {PROTOCOL_VERSION}"),
    )
}

pub(crate) fn internal(state: &AppState, error: impl std::fmt::Display) -> Refusal {
    log::error!("internal error: {error}");
    state.refuse(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "the collector failed; try again later",
    )
}

/// Runs database and hashing work off the async threads.
pub(crate) async fn blocking<T: Send + 'static>(
    state: &Arc<AppState>,
    work: impl FnOnce(&AppState) -> Result<T, Refusal> + Send + 'static,
) -> Result<T, Refusal> {
    let state = Arc::clone(state);
    let for_errors = Arc::clone(&state);
    tokio::task::spawn_blocking(move || work(&state))
        .await
        .map_err(|e| internal(&for_errors, e))?
}
