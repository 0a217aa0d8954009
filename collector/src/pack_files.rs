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

/// Ready only while a response could be stored: a load balancer or monitor sees a full disk
/// or a read-only database before any kiosk does.
async fn healthz(State(state): State<Arc<AppState>>) -> Response {
    let trouble = blocking(&state, |state| Ok(state.storage_trouble()))
        .await
        .unwrap_or(Some("internal"));
    let health = Health {
        protocol: PROTOCOL_VERSION,
        status: if trouble.is_some() { "not ready" } else { "ok" }.into(),
        reason: trouble.map(str::to_owned),
    };
    match trouble {
        None => Json(health).into_response(),
        Some(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            [(
                header::RETRY_AFTER,
                crate::refusal::STORAGE_RETRY_SECONDS.to_string(),
            )],
            Json(health),
        )
            .into_response(),
    }
}

async fn admin_metrics(State(state): State<Arc<AppState>>) -> Result<Response, Refusal> {
    let (counts, trouble) = blocking(&state, |state| {
        let trouble = state.storage_trouble();
        Ok((state.db().responses_per_municipality()?, trouble))
    })
    .await?;
    let mut text = state.metrics.render_admin(&counts);
    text.push_str(&storage_metric(trouble));
    Ok(metrics_text(text))
}

/// Whether a response could be stored now, and if not why, for the operators.
fn storage_metric(trouble: Option<&str>) -> String {
    let mut text = String::from(
        "# HELP collector_storage_writable 1 while a response could be stored, 0 while not\n\
         # TYPE collector_storage_writable gauge\n",
    );
    match trouble {
        None => text.push_str("collector_storage_writable 1\n"),
        Some(reason) => text.push_str(&format!(
            "collector_storage_writable{{reason=\"{reason}\"}} 0\n"
        )),
    }
    text
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
