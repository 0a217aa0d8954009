//! The collector's HTTP API. [`app`] builds the public router from shared state, so tests reach
//! it both with `oneshot` and on a real listener; [`admin_app`] is the operators' router, served
//! on its own (loopback) address; [`serve`] runs a router.
//!
//! Each use case has its own module: [`crate::enrol`], [`crate::ingest`], [`crate::pages`];
//! this one holds what they share. Every refusal is a [`Refusal`] with a stable reason code,
//! counted in `/metrics`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{header, StatusCode};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::NaiveDate;
use sync::wire::{reason, ErrorReply};
use sync::{Health, PROTOCOL_VERSION};
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

use crate::db::Db;
use crate::metrics::Metrics;
use crate::publication::Publication;
use crate::served_pack::ServedPack;

#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub max_batch_responses: usize,
    pub max_body_bytes: usize,
    pub max_sealed_bytes: usize,
    /// Days after the survey closes during which kiosks may still deliver.
    pub grace_days: i64,
    /// Fixes "today" (demos and tests); the server's local date otherwise.
    pub today: Option<NaiveDate>,
    /// Responses a municipality needs before it can have results.
    pub results_threshold: u64,
    /// Reverse proxies whose `X-Forwarded-For` names the client (see [`crate::client_addr`]).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The longest a request may take, body and answer; above the guessing guard's longest wait
    /// (30 s for an address plus 8 s for a municipality), so that never turns into a timeout.
    pub request_timeout: Duration,
    /// The longest wait for the next piece of a request's body.
    pub body_read_timeout: Duration,
    /// The address people reach this collector at, for links in mails (never taken from a
    /// request's Host header, which the sender of a request chooses).
    pub public_url: String,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            max_batch_responses: 500,
            max_body_bytes: 16 * 1024 * 1024,
            max_sealed_bytes: 64 * 1024,
            grace_days: 30,
            today: None,
            results_threshold: DEFAULT_THRESHOLD,
            trusted_proxies: Vec::new(),
            request_timeout: Duration::from_secs(60),
            body_read_timeout: Duration::from_secs(10),
            public_url: "http://127.0.0.1:8470".to_owned(),
        }
    }
}

/// Refusals that say someone may be attacking: logged as warnings.
const SECURITY_REASONS: &[&str] = &[
    reason::LOCKED_OUT,
    reason::REVOKED,
    reason::BAD_SIGNATURE,
    reason::UNKNOWN_KIOSK,
    reason::CROSS_ORIGIN,
    reason::BAD_FORM_TOKEN,
    reason::BAD_TICKET,
    reason::KEY_IN_USE,
    reason::NOT_SEALED,
];

/// Fewest respondents any published figure may stand for.
pub const DEFAULT_THRESHOLD: u64 = 10;

pub struct AppState {
    pub db: Mutex<Db>,
    pub pack: ServedPack,
    pub config: ServeConfig,
    pub metrics: Metrics,
    pub(crate) guesses: crate::secret_check::GuessGuard,
    collector_id: std::sync::OnceLock<String>,
    /// Woken when a mail is put in the outbox, so the sender does not wait for its next poll.
    pub mail_waiting: tokio::sync::Notify,
    /// The newest publication as last read, by version: the publisher may store one while the
    /// collector serves.
    publication: Mutex<Option<(u32, Arc<Publication>)>>,
}

impl AppState {
    pub fn new(db: Db, pack: ServedPack, config: ServeConfig) -> Arc<Self> {
        crate::secret_check::prepare();
        Arc::new(AppState {
            db: Mutex::new(db),
            pack,
            config,
            metrics: Metrics::default(),
            guesses: Default::default(),
            collector_id: Default::default(),
            mail_waiting: Default::default(),
            publication: Mutex::new(None),
        })
    }

    pub fn today(&self) -> NaiveDate {
        self.config
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// What this collector calls itself to kiosks: random, kept in its database, so the same
    /// for every start of this deployment and different from any other's (a test or training
    /// collector's). Batch signatures cover it.
    pub fn collector_id(&self) -> Result<&str, crate::CollectorError> {
        if let Some(id) = self.collector_id.get() {
            return Ok(id);
        }
        let id = self.db().collector_id()?;
        Ok(self.collector_id.get_or_init(|| id))
    }

    pub(crate) fn db(&self) -> std::sync::MutexGuard<'_, Db> {
        // A panic while holding the lock cannot leave SQLite half-written (transactions roll
        // back), so a poisoned lock is safe to keep using.
        self.db
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The newest publication, read again only when a newer version has been stored.
    pub(crate) fn publication(&self) -> Result<Option<Arc<Publication>>, crate::CollectorError> {
        let db = self.db();
        let Some(version) = db.latest_publication_version()? else {
            return Ok(None);
        };
        let mut cached = self
            .publication
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((cached_version, publication)) = cached.as_ref() {
            if *cached_version == version {
                return Ok(Some(Arc::clone(publication)));
            }
        }
        let Some((version, publication)) = Publication::latest(&db)? else {
            return Ok(None);
        };
        let publication = Arc::new(publication);
        *cached = Some((version, Arc::clone(&publication)));
        Ok(Some(publication))
    }

    pub(crate) fn refuse(
        &self,
        status: StatusCode,
        reason: &str,
        message: impl Into<String>,
    ) -> Refusal {
        self.metrics.count_refusal(reason);
        // The reason code only: a message may quote what the client sent.
        if SECURITY_REASONS.contains(&reason) {
            log::warn!("security: refused ({reason}, {})", status.as_u16());
        } else {
            log::info!("refused ({reason}, {})", status.as_u16());
        }
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

/// Bodies of requests that carry a code, a key or a form: a few hundred bytes in use.
pub const SMALL_BODY_BYTES: usize = 8 * 1024;

/// The public router: kiosks, contact persons and everyone.
pub fn app(state: Arc<AppState>) -> Router {
    let config = &state.config;
    let small = DefaultBodyLimit::max(SMALL_BODY_BYTES);
    let json = Router::new()
        .route("/v1/enrol", post(crate::enrol::enrol).layer(small))
        .route(
            "/v1/batches",
            post(crate::ingest::batches).layer(DefaultBodyLimit::max(config.max_body_bytes)),
        )
        .merge(crate::web_survey::routes())
        .route_layer(from_fn_with_state(
            Arc::clone(&state),
            crate::guards::json_only,
        ));
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(public_metrics))
        .route("/v1/pack/manifest.json", get(manifest))
        .route("/v1/pack/manifest.sig", get(manifest_signature))
        .route("/v1/pack/files/{sha256}", get(pack_file))
        .route(
            "/results/{municipality}",
            get(crate::pages::login_form)
                .post(crate::pages::results)
                .layer(small),
        )
        .route("/national", get(crate::pages::national))
        .merge(crate::registration::routes())
        .merge(json)
        .layer(small)
        .layer(from_fn_with_state(
            Arc::clone(&state),
            crate::guards::same_origin,
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.request_timeout,
        ))
        .layer(RequestBodyTimeoutLayer::new(config.body_read_timeout))
        .layer(from_fn(crate::guards::log_request))
        .with_state(state)
}

/// The operators' router, for the admin address only: metrics with per-municipality figures.
pub fn admin_app(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(admin_metrics))
        .with_state(state)
}

/// Serves `router` over plain HTTP with the default limits until `shutdown` completes; see
/// [`crate::server`] for TLS and other limits.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    crate::server::serve(
        listener,
        router,
        crate::server::Transport::Plain,
        crate::server::Limits::default(),
        shutdown,
    )
    .await
}

async fn healthz() -> Json<Health> {
    Json(Health {
        protocol: PROTOCOL_VERSION,
        status: "ok".into(),
    })
}

/// Public metrics: totals only. Per-municipality counts would tell anyone watching which
/// municipality a new response came from.
async fn public_metrics(State(state): State<Arc<AppState>>) -> Result<Response, Refusal> {
    let total = blocking(&state, |state| {
        state.db().response_count().map_err(|e| internal(state, e))
    })
    .await?;
    Ok(metrics_text(state.metrics.render_public(total)))
}

async fn admin_metrics(State(state): State<Arc<AppState>>) -> Result<Response, Refusal> {
    let counts = blocking(&state, |state| {
        state
            .db()
            .responses_per_municipality()
            .map_err(|e| internal(state, e))
    })
    .await?;
    Ok(metrics_text(state.metrics.render_admin(&counts)))
}

fn metrics_text(text: String) -> Response {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response()
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

pub(crate) fn parse_body<T: serde::de::DeserializeOwned>(
    state: &AppState,
    body: Result<Bytes, BytesRejection>,
) -> Result<T, Refusal> {
    let bytes = body.map_err(|rejection| {
        if timed_out(&rejection) {
            state.refuse(
                StatusCode::REQUEST_TIMEOUT,
                reason::TIMEOUT,
                "the request body came too slowly",
            )
        } else if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
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

pub(crate) fn unsupported_protocol(state: &AppState, protocol: u32) -> Refusal {
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
