//! Batches: a kiosk's signed batch of sealed responses, stored exactly once by response id.
//! The collector checks what travels beside each seal (survey, version, completion date) and
//! stores the sealed bytes unopened; it cannot open them.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use sync::wire::{reason, BatchBody, BatchReply, RefusedResponse, SignedBatch};
use sync::PROTOCOL_VERSION;

use crate::api::{blocking, internal, parse_body, unsupported_protocol, AppState, Refusal};
use crate::db::NewResponse;

pub(crate) async fn batches(
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
    let collector_id = state.collector_id().map_err(|e| internal(state, e))?;
    if !sync::batch::verify_batch(batch, &kiosk.device_key, collector_id) {
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
    // A day of leeway: a kiosk just past midnight may be a day ahead of the server's date.
    let latest_completion = state.today() + chrono::Duration::days(1);
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
        let refusal = if response.completed_on > latest_completion {
            Some(reason::FUTURE_DATE)
        } else if !pack.period.contains(response.completed_on) {
            Some(reason::OUTSIDE_PERIOD)
        } else {
            None
        };
        if let Some(why) = refusal {
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
        .insert_responses(&kiosk.municipality, &rows, Some((&kiosk.id, state.today())))
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
