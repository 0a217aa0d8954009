//! A wrong guess costs the same whether or not what it names exists: one PBKDF2 check. Alone in
//! its test binary, because it reads a process-wide count.

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use collector::app;
use tower::ServiceExt;

#[tokio::test]
async fn a_wrong_guess_costs_one_check_whether_or_not_its_municipality_or_contact_exists() {
    let (_data, state) = common::state_with(|db| {
        db.add_municipality("0301", "Oslo").unwrap();
    });
    let guess = |path: &'static str, body: String| {
        let state = Arc::clone(&state);
        async move {
            let before = collector::secrets::derivations();
            let response = app(state)
                .oneshot(
                    Request::post(path)
                        .header("content-type", "application/json")
                        .body(Body::from(body))
                        .unwrap(),
                )
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
            collector::secrets::derivations() - before
        }
    };
    let enrol = |code: &str| {
        serde_json::json!({
            "protocol": sync::PROTOCOL_VERSION,
            "access_code": code,
            "device_public_key": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        })
        .to_string()
    };
    let costs = [
        guess("/v1/enrol", enrol("0301-AAAA-AAAA-AAAA-AAAA")).await,
        guess("/v1/enrol", enrol("9999-AAAA-AAAA-AAAA-AAAA")).await,
        guess("/v1/enrol", enrol("no municipality at all")).await,
        guess(
            "/survey/api/code",
            r#"{"code":"0301-AAAA-AAAA-AAAA-AAAA"}"#.into(),
        )
        .await,
        guess(
            "/survey/api/code",
            r#"{"code":"9999-AAAA-AAAA-AAAA-AAAA"}"#.into(),
        )
        .await,
    ];
    assert_eq!(costs, [1; 5]);
}
