//! Batches: a kiosk's signed batch of sealed responses, stored exactly once by response id.
//! The collector checks what travels beside each seal (survey, version, completion date) and
//! stores the sealed bytes unopened; it cannot open them.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::DefaultBodyLimit;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use sync::wire::{reason, BatchBody, BatchReply, RefusedResponse, SignedBatch};
use sync::PROTOCOL_VERSION;

use crate::admission::{collected_survey, completion_refused, deliveries_open};
use crate::db::NewResponse;
use crate::refusal::{blocking, parse_body, unsupported_protocol, Refusal};
use crate::state::AppState;

/// Batches may be larger than any other request: up to `max_body_bytes`.
pub fn routes(max_body_bytes: usize) -> Router<Arc<AppState>> {
    Router::new().route(
        "/v1/batches",
        post(batches).layer(DefaultBodyLimit::max(max_body_bytes)),
    )
}

async fn batches(
    State(state): State<Arc<AppState>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<BatchReply>, Refusal> {
    let batch: SignedBatch = parse_body(body)?;
    if batch.protocol != PROTOCOL_VERSION {
        return Err(unsupported_protocol(batch.protocol));
    }
    let reply = blocking(&state, move |state| ingest(state, &batch)).await?;
    state
        .metrics
        .batches
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(Json(reply))
}

fn ingest(state: &AppState, batch: &SignedBatch) -> Result<BatchReply, Refusal> {
    let kiosk = state.db().kiosk(&batch.kiosk_id)?.ok_or_else(|| {
        Refusal::new(
            StatusCode::UNAUTHORIZED,
            reason::UNKNOWN_KIOSK,
            "this kiosk is not enrolled",
        )
    })?;
    if kiosk.revoked {
        return Err(Refusal::new(
            StatusCode::FORBIDDEN,
            reason::REVOKED,
            "this kiosk has been revoked",
        ));
    }
    let collector_id = state.collector_id()?;
    if !sync::batch::verify_batch(batch, &kiosk.device_key, collector_id) {
        return Err(Refusal::new(
            StatusCode::UNAUTHORIZED,
            reason::BAD_SIGNATURE,
            "the batch signature does not match the kiosk's device key",
        ));
    }
    let body: BatchBody = serde_json::from_str(&batch.body).map_err(|e| {
        Refusal::new(
            StatusCode::BAD_REQUEST,
            reason::MALFORMED,
            format!("batch body: {e}"),
        )
    })?;
    let config = &state.config;
    if body.responses.len() > config.max_batch_responses {
        return Err(Refusal::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            reason::TOO_LARGE,
            format!("at most {} responses per batch", config.max_batch_responses),
        ));
    }
    deliveries_open(state)?;
    let mut accepted = Vec::with_capacity(body.responses.len());
    let mut sealed = Vec::with_capacity(body.responses.len());
    let mut refused = Vec::new();
    for response in &body.responses {
        collected_survey(state, &response.survey_id, response.survey_version)?;
        let bytes = BASE64.decode(&response.sealed).map_err(|_| {
            Refusal::new(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                "a sealed response is not base64",
            )
        })?;
        if bytes.len() > config.max_sealed_bytes {
            return Err(Refusal::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                reason::TOO_LARGE,
                "a sealed response is too large",
            ));
        }
        if let Some(why) = completion_refused(state, response.completed_on) {
            state.metrics.count_refusal(why);
            refused.push(RefusedResponse {
                response_id: response.response_id.clone(),
                reason: why.into(),
            });
            continue;
        }
        accepted.push(response);
        sealed.push(bytes);
    }
    if !refused.is_empty() {
        let reasons: std::collections::BTreeSet<&str> =
            refused.iter().map(|r| r.reason.as_str()).collect();
        log::info!(
            "refused {} of {} responses in a batch ({})",
            refused.len(),
            body.responses.len(),
            reasons.into_iter().collect::<Vec<_>>().join(", ")
        );
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
        .insert_responses(&kiosk.municipality, &rows, Some((&kiosk.id, state.today())))?;
    state
        .metrics
        .responses_received
        .fetch_add(rows.len() as u64, std::sync::atomic::Ordering::Relaxed);
    let collector_today = refused
        .iter()
        .any(|r| reason::depends_on_date(&r.reason))
        .then(|| state.today());
    Ok(BatchReply {
        protocol: PROTOCOL_VERSION,
        held: accepted.iter().map(|r| r.response_id.clone()).collect(),
        refused,
        collector_today,
    })
}
