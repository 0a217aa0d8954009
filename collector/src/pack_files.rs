//! What a kiosk fetches besides batches: the signed pack's manifest, its signature and its
//! files by hash; and `/healthz`. The metrics are on the operators' address only: a public
//! counter that moves tells a watcher when a response arrived.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use sync::wire::reason;
use sync::{Health, PROTOCOL_VERSION};

use crate::refusal::{blocking, Refusal};
use crate::state::AppState;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/v1/pack/manifest.json", get(manifest))
        .route("/v1/pack/manifest.sig", get(manifest_signature))
        .route("/v1/pack/files/{sha256}", get(pack_file))
}

/// The operators' routes, for the admin address only: metrics with per-municipality figures.
pub fn operator_routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(admin_metrics))
}

async fn healthz() -> Json<Health> {
    Json(Health {
        protocol: PROTOCOL_VERSION,
        status: "ok".into(),
    })
}

async fn admin_metrics(State(state): State<Arc<AppState>>) -> Result<Response, Refusal> {
    let counts = blocking(&state, |state| {
        Ok(state.db().responses_per_municipality()?)
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
            Refusal::new(
                StatusCode::NOT_FOUND,
                reason::NOT_FOUND,
                "no such file in the pack",
            )
        })?
        .to_owned();
    let bytes = tokio::fs::read(&path).await?;
    state
        .metrics
        .pack_files_served
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(([(header::CONTENT_TYPE, "application/octet-stream")], bytes).into_response())
}
