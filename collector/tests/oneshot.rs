//! The collector's router without a listener (axum's `oneshot`), as in axum's testing example;
//! the tests/ crate drives the same router on a real listener.

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use collector::{admin_app, app, AppState};
use common::repo;
use tower::ServiceExt;

fn state() -> (tempfile::TempDir, Arc<AppState>) {
    common::state_with(|_| {})
}

async fn body_text(response: axum::response::Response) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[tokio::test]
async fn healthz_names_the_protocol() {
    let (_data, state) = state();
    let response = app(state)
        .oneshot(Request::get("/healthz").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let health = sync::parse_health(body_text(response).await.as_bytes()).unwrap();
    assert_eq!(health.status, "ok");
}

#[tokio::test]
async fn the_manifest_and_its_files_are_served_and_verify() {
    let (_data, state) = state();
    let router = app(state);
    let manifest = router
        .clone()
        .oneshot(
            Request::get("/v1/pack/manifest.json")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let manifest_bytes = axum::body::to_bytes(manifest.into_body(), usize::MAX)
        .await
        .unwrap();
    let signature = router
        .clone()
        .oneshot(
            Request::get("/v1/pack/manifest.sig")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let signature = body_text(signature).await;
    let key = survey::PackVerifyingKey::from_file(
        &repo().join("demo-keys-NOT-FOR-PRODUCTION/pack-signing-key.pub"),
    )
    .unwrap();
    let options = survey::pack::VerifyOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
        installed_version: None,
    };
    let manifest =
        survey::pack::verify_manifest(&manifest_bytes, Some(&signature), &key, options).unwrap();
    let entry = manifest.file("audio/ti/welcome-greeting.ogg").unwrap();
    let file = router
        .clone()
        .oneshot(
            Request::get(format!("/v1/pack/files/{}", entry.sha256))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let bytes = axum::body::to_bytes(file.into_body(), usize::MAX)
        .await
        .unwrap();
    survey::pack::verify_bytes(entry, &bytes).unwrap();
    let missing = router
        .oneshot(
            Request::get("/v1/pack/files/00ff")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_enrolment_without_a_valid_device_key_is_malformed_and_counted() {
    let (_data, state) = state();
    let router = app(Arc::clone(&state));
    let body = r#"{"protocol":1,"access_code":"0301-AAAA","device_public_key":"c2hvcnQ="}"#;
    let request = Request::post("/v1/enrol")
        .header("content-type", "application/json")
        .body(Body::from(body))
        .unwrap();
    let response = router.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(body_text(response).await.contains("\"malformed\""));
    let metrics = body_text(
        admin_app(Arc::clone(&state))
            .oneshot(Request::get("/metrics").body(Body::empty()).unwrap())
            .await
            .unwrap(),
    )
    .await;
    assert!(
        metrics.contains("survey_refused_total{reason=\"malformed\"} 1"),
        "{metrics}"
    );
}

#[tokio::test]
async fn a_batch_from_an_unknown_kiosk_is_refused() {
    let (_data, state) = state();
    let (key, _) = sync::batch::DeviceKey::generate();
    let batch = key.sign_batch(
        "no-such-kiosk",
        "collector",
        &sync::wire::BatchBody { responses: vec![] },
    );
    let request = Request::post("/v1/batches")
        .header("content-type", "application/json")
        .body(Body::from(serde_json::to_vec(&batch).unwrap()))
        .unwrap();
    let response = app(state).oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert!(body_text(response).await.contains("\"unknown_kiosk\""));
}

#[tokio::test(start_paused = true)]
async fn after_five_wrong_codes_wrong_enrolments_are_slowed_and_the_right_code_is_not() {
    let mut code = String::new();
    let (_data, state) =
        common::state_with(|db| code = db.add_municipality("0301", "Oslo").unwrap());
    let enrol = |access_code: String, key_byte: u8| {
        let body = serde_json::json!({
            "protocol": sync::PROTOCOL_VERSION,
            "access_code": access_code,
            "device_public_key": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, [key_byte; 32]),
        });
        app(Arc::clone(&state)).oneshot(
            Request::post("/v1/enrol")
                .header("content-type", "application/json")
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
    };
    for _ in 0..collector::secret_check::TARPIT_FREE_FAILURES {
        let started = tokio::time::Instant::now();
        let wrong = enrol("0301-AAAA-AAAA-AAAA-AAAA".into(), 1).await.unwrap();
        assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }
    let started = tokio::time::Instant::now();
    let wrong = enrol("0301-AAAA-AAAA-AAAA-AAAA".into(), 1).await.unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert!(started.elapsed() >= std::time::Duration::from_secs(1));
    let started = tokio::time::Instant::now();
    let right = enrol(code.clone(), 2).await.unwrap();
    assert_eq!(
        right.status(),
        StatusCode::OK,
        "the right code is never refused"
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(1),
        "nor slowed"
    );
}

/// Enrols with `name` as the coordinator typed it; returns the reply's status and body, and
/// the municipality's kiosks as its contacts see them afterwards.
async fn enrol_named(
    name: &str,
    key_byte: u8,
) -> (StatusCode, String, Vec<collector::db::KioskProgress>) {
    let mut code = String::new();
    let (_data, state) =
        common::state_with(|db| code = db.add_municipality("0301", "Oslo").unwrap());
    let body = serde_json::json!({
        "protocol": sync::PROTOCOL_VERSION,
        "access_code": code,
        "device_public_key": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, [key_byte; 32]),
        "kiosk_name": name,
    });
    let response = app(Arc::clone(&state))
        .oneshot(
            Request::post("/v1/enrol")
                .header("content-type", "application/json")
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let text = body_text(response).await;
    let kiosks = state
        .db
        .lock()
        .unwrap()
        .kiosk_progress_before(
            "0301",
            chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        )
        .unwrap();
    (status, text, kiosks)
}

#[tokio::test]
async fn a_kiosk_enrolled_under_a_name_is_shown_by_that_name() {
    let (status, _, kiosks) = enrol_named("  Rom 204 ", 7).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(kiosks[0].name.as_deref(), Some("Rom 204"));
    assert_eq!(kiosks[0].label(), "Rom 204");
}

#[tokio::test]
async fn a_kiosk_name_with_markup_or_too_long_is_refused_and_nothing_is_enrolled() {
    for (name, byte) in [("<b>Rom</b>", 8), (&*"R".repeat(41), 9), ("Rom\n204", 10)] {
        let (status, body, kiosks) = enrol_named(name, byte).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{name:?}");
        assert!(body.contains("\"malformed\""), "{body}");
        assert!(kiosks.is_empty(), "{name:?}");
    }
}

#[tokio::test]
async fn a_read_only_database_is_said_plainly_and_healthz_is_not_ready() {
    let mut code = String::new();
    let (_data, state) =
        common::state_with(|db| code = db.add_municipality("0301", "Oslo").unwrap());
    let healthz =
        || app(Arc::clone(&state)).oneshot(Request::get("/healthz").body(Body::empty()).unwrap());
    assert_eq!(healthz().await.unwrap().status(), StatusCode::OK);
    // As when the file system under the data folder turned read-only.
    state
        .db
        .lock()
        .unwrap()
        .connection()
        .pragma_update(None, "query_only", "ON")
        .unwrap();
    let body = serde_json::json!({
        "protocol": sync::PROTOCOL_VERSION,
        "access_code": code,
        "device_public_key": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, [7u8; 32]),
    });
    let refused = app(Arc::clone(&state))
        .oneshot(
            Request::post("/v1/enrol")
                .header("content-type", "application/json")
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(refused.headers()["retry-after"], "300");
    let reply: serde_json::Value = serde_json::from_str(&body_text(refused).await).unwrap();
    assert_eq!(reply["error"], "read_only");
    // The last probe (a second ago, when all was well) is kept two seconds.
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let health = healthz().await.unwrap();
    assert_eq!(health.status(), StatusCode::SERVICE_UNAVAILABLE);
    let health: serde_json::Value = serde_json::from_str(&body_text(health).await).unwrap();
    assert_eq!(health["status"], "not ready");
    assert_eq!(health["reason"], "read_only");
}
