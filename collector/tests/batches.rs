//! A kiosk's signed batch through the router: each check on the batch and on what travels
//! beside each seal, at its boundary (the last day, size or count accepted, and the first
//! refused).

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chrono::{Duration, NaiveDate};
use collector::{app, AppState, ServeConfig};
use sync::batch::DeviceKey;
use sync::wire::{BatchBody, BatchReply, SealedResponse, SignedBatch};
use tower::ServiceExt;

/// A collector with one enrolled kiosk, and that kiosk's key and id.
struct Setup {
    _data: tempfile::TempDir,
    state: Arc<AppState>,
    key: DeviceKey,
    kiosk_id: String,
}

fn setup(config: ServeConfig) -> Setup {
    let (key, _) = DeviceKey::generate();
    let public = BASE64.decode(key.public_key_base64()).unwrap();
    let mut kiosk_id = String::new();
    let (data, state) = common::state_configured(config, |db| {
        db.add_municipality("0301", "Oslo").unwrap();
        let enrolled_on = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        kiosk_id = db.add_kiosk("0301", &public, enrolled_on).unwrap();
    });
    Setup {
        _data: data,
        state,
        key,
        kiosk_id,
    }
}

/// The survey period's last day, as the demo pack says.
fn closes() -> NaiveDate {
    setup(ServeConfig::default()).state.pack.period.closes
}

impl Setup {
    fn today(&self) -> NaiveDate {
        self.state.today()
    }

    fn response(&self, id: &str, completed_on: NaiveDate, sealed: &[u8]) -> SealedResponse {
        SealedResponse {
            response_id: id.into(),
            survey_id: self.state.pack.survey_id.clone(),
            survey_version: self.state.pack.survey_version,
            completed_on,
            sealed: BASE64.encode(sealed),
        }
    }

    fn responses(&self, count: usize) -> Vec<SealedResponse> {
        (0..count)
            .map(|n| self.response(&format!("r{n}"), self.today(), b"sealed"))
            .collect()
    }

    fn signed(&self, responses: Vec<SealedResponse>) -> SignedBatch {
        let collector_id = self.state.collector_id().unwrap().to_owned();
        self.key
            .sign_batch(&self.kiosk_id, &collector_id, &BatchBody { responses })
    }

    /// Sends a batch; its status and, on success, the reply (else the refusal's reason).
    async fn send(&self, batch: &SignedBatch) -> (StatusCode, Result<BatchReply, String>) {
        let request = Request::post("/v1/batches")
            .header("content-type", "application/json")
            .body(Body::from(serde_json::to_string(batch).unwrap()))
            .unwrap();
        let response = app(Arc::clone(&self.state)).oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        if status == StatusCode::OK {
            (status, Ok(serde_json::from_slice(&bytes).unwrap()))
        } else {
            let refusal: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            (status, Err(refusal["error"].as_str().unwrap().to_owned()))
        }
    }

    fn stored(&self) -> u64 {
        self.state
            .db
            .lock()
            .unwrap()
            .responses_per_municipality()
            .unwrap()
            .iter()
            .map(|(_, count)| count)
            .sum()
    }
}

fn held(ids: &[&str]) -> Result<BatchReply, String> {
    Ok(BatchReply {
        protocol: sync::PROTOCOL_VERSION,
        held: ids.iter().map(|id| id.to_string()).collect(),
        refused: vec![],
        collector_today: None,
    })
}

#[tokio::test]
async fn a_signed_batch_is_held_and_counted() {
    let setup = setup(ServeConfig::default());
    let batch = setup.signed(setup.responses(2));
    assert_eq!(
        setup.send(&batch).await,
        (StatusCode::OK, held(&["r0", "r1"]))
    );
    assert_eq!(setup.stored(), 2);
    let metrics = &setup.state.metrics;
    assert_eq!(
        metrics.batches.load(std::sync::atomic::Ordering::Relaxed),
        1
    );
    assert_eq!(
        metrics
            .responses_received
            .load(std::sync::atomic::Ordering::Relaxed),
        2
    );
}

#[tokio::test]
async fn a_batch_of_another_protocol_a_revoked_kiosk_or_a_bad_signature_is_refused() {
    let setup = setup(ServeConfig::default());
    let mut other_protocol = setup.signed(setup.responses(1));
    other_protocol.protocol += 1;
    assert_eq!(
        setup.send(&other_protocol).await,
        (StatusCode::BAD_REQUEST, Err("unsupported_protocol".into()))
    );

    let mut forged = setup.signed(setup.responses(1));
    forged.signature = setup.signed(setup.responses(2)).signature;
    assert_eq!(
        setup.send(&forged).await,
        (StatusCode::UNAUTHORIZED, Err("bad_signature".into()))
    );

    setup
        .state
        .db
        .lock()
        .unwrap()
        .revoke_kiosk(&setup.kiosk_id)
        .unwrap();
    assert_eq!(
        setup.send(&setup.signed(setup.responses(1))).await,
        (StatusCode::FORBIDDEN, Err("revoked".into()))
    );
    assert_eq!(setup.stored(), 0);
}

#[tokio::test]
async fn a_batch_may_hold_as_many_responses_as_configured_and_no_more() {
    let setup = setup(ServeConfig {
        max_batch_responses: 3,
        ..ServeConfig::default()
    });
    assert_eq!(
        setup.send(&setup.signed(setup.responses(4))).await,
        (StatusCode::PAYLOAD_TOO_LARGE, Err("too_large".into()))
    );
    assert_eq!(setup.stored(), 0);
    assert_eq!(
        setup.send(&setup.signed(setup.responses(3))).await,
        (StatusCode::OK, held(&["r0", "r1", "r2"]))
    );
}

#[tokio::test]
async fn a_sealed_response_may_be_as_large_as_configured_and_no_larger() {
    let setup = setup(ServeConfig {
        max_sealed_bytes: 100,
        ..ServeConfig::default()
    });
    let too_large = vec![setup.response("big", setup.today(), &[7; 101])];
    assert_eq!(
        setup.send(&setup.signed(too_large)).await,
        (StatusCode::PAYLOAD_TOO_LARGE, Err("too_large".into()))
    );
    let largest = vec![setup.response("big", setup.today(), &[7; 100])];
    assert_eq!(
        setup.send(&setup.signed(largest)).await,
        (StatusCode::OK, held(&["big"]))
    );
}

#[tokio::test]
async fn deliveries_are_taken_to_the_last_day_of_grace_and_not_a_day_after() {
    let last_day = closes() + Duration::days(3);
    for (today, expected) in [
        (last_day, StatusCode::OK),
        (last_day + Duration::days(1), StatusCode::GONE),
    ] {
        let setup = setup(ServeConfig {
            grace_days: 3,
            today: Some(today),
            ..ServeConfig::default()
        });
        let on_the_last_day = vec![setup.response("r", closes(), b"sealed")];
        let (status, _) = setup.send(&setup.signed(on_the_last_day)).await;
        assert_eq!(status, expected, "delivered on {today}");
    }
}

#[tokio::test]
async fn a_response_of_tomorrow_is_taken_and_one_of_the_day_after_is_refused_as_future() {
    let setup = setup(ServeConfig::default());
    let today = setup.today();
    assert!(
        today + Duration::days(2) <= closes(),
        "the fixed day leaves room in the period"
    );
    let batch = setup.signed(vec![
        setup.response("today", today, b"sealed"),
        setup.response("tomorrow", today + Duration::days(1), b"sealed"),
        setup.response("after", today + Duration::days(2), b"sealed"),
    ]);
    let (status, reply) = setup.send(&batch).await;
    assert_eq!(status, StatusCode::OK);
    let reply = reply.unwrap();
    assert_eq!(reply.held, ["today", "tomorrow"]);
    assert_eq!(reply.refused.len(), 1);
    assert_eq!(
        (
            reply.refused[0].response_id.as_str(),
            reply.refused[0].reason.as_str()
        ),
        ("after", "future_date")
    );
    assert_eq!(
        reply.collector_today,
        Some(today),
        "a refusal for a date says the collector's date, so a coordinator sees both clocks"
    );
    let (_, all_held) = setup
        .send(&setup.signed(vec![setup.response("again", today, b"sealed")]))
        .await;
    assert_eq!(all_held.unwrap().collector_today, None);
}

#[tokio::test]
async fn a_response_for_another_survey_or_another_version_of_it_is_refused() {
    let setup = setup(ServeConfig::default());
    let mut other_survey = setup.response("r", setup.today(), b"sealed");
    other_survey.survey_id.push_str("-other");
    let mut other_version = setup.response("r", setup.today(), b"sealed");
    other_version.survey_version += 1;
    for response in [other_survey, other_version] {
        assert_eq!(
            setup.send(&setup.signed(vec![response])).await,
            (StatusCode::CONFLICT, Err("unknown_survey".into()))
        );
    }
    assert_eq!(setup.stored(), 0);
}
