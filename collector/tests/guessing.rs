//! The guessing guard through the router: per-address lockouts that are atomic and read the
//! client behind a trusted proxy only, the per-municipality slowdown that never refuses the
//! right code, and the checks on what a state-changing request may be (JSON, same site, size).

mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use collector::secret_check::{PLACES_PER_ADDRESS, SUBJECT_FREE_FAILURES, TARPIT_FREE_FAILURES};
use collector::{app, AppState, ServeConfig};
use tower::ServiceExt;

const WRONG: &str = "0301-AAAA-AAAA-AAAA-AAAA";

fn state_with_config(config: ServeConfig) -> (tempfile::TempDir, Arc<AppState>, String) {
    let mut code = String::new();
    let (data, state) = common::state_configured(config, |db| {
        code = db.add_municipality("0301", "Oslo").unwrap()
    });
    (data, state, code)
}

fn enrol_request(from: &str, code: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let body = serde_json::json!({
        "protocol": sync::PROTOCOL_VERSION,
        "access_code": code,
        "device_public_key": BASE64.encode(collector::secrets::random_bytes::<32>()),
    });
    let mut request = Request::post("/v1/enrol").header("content-type", "application/json");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut request = request.body(Body::from(body.to_string())).unwrap();
    let peer: SocketAddr = SocketAddr::new(from.parse().unwrap(), 40_000);
    request.extensions_mut().insert(ConnectInfo(peer));
    request
}

async fn status(state: &Arc<AppState>, request: Request<Body>) -> StatusCode {
    app(Arc::clone(state))
        .oneshot(request)
        .await
        .unwrap()
        .status()
}

/// Five wrong guesses from `from`, one after the other: every further wrong one waits.
async fn five_wrong(state: &Arc<AppState>, from: &str, headers: &[(&str, &str)]) {
    for _ in 0..TARPIT_FREE_FAILURES {
        assert_eq!(
            status(state, enrol_request(from, WRONG, headers)).await,
            StatusCode::UNAUTHORIZED
        );
    }
}

async fn timed(state: &Arc<AppState>, request: Request<Body>) -> (StatusCode, Duration) {
    let started = tokio::time::Instant::now();
    (status(state, request).await, started.elapsed())
}

#[tokio::test(start_paused = true)]
async fn an_address_has_so_many_places_and_checks_beyond_them_are_refused_at_once() {
    let (_data, state, _) = state_with_config(ServeConfig::default());
    five_wrong(&state, "198.51.100.7", &[]).await;
    let guesses: Vec<_> = (0..PLACES_PER_ADDRESS + 10)
        .map(|_| {
            let state = Arc::clone(&state);
            tokio::spawn(
                async move { timed(&state, enrol_request("198.51.100.7", WRONG, &[])).await },
            )
        })
        .collect();
    let mut answers = Vec::new();
    for guess in guesses {
        answers.push(guess.await.unwrap());
    }
    let slowed = answers
        .iter()
        .filter(|(s, waited)| *s == StatusCode::UNAUTHORIZED && *waited >= Duration::from_secs(1))
        .count();
    let refused_at_once = answers
        .iter()
        .filter(|(s, waited)| *s == StatusCode::TOO_MANY_REQUESTS && waited.is_zero())
        .count();
    assert_eq!(
        (slowed, refused_at_once),
        (PLACES_PER_ADDRESS, 10),
        "{answers:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn guesses_from_one_address_at_once_are_counted_one_by_one() {
    let (_data, state, _) = state_with_config(ServeConfig::default());
    let guesses: Vec<_> = (0..20)
        .map(|_| {
            let state = Arc::clone(&state);
            tokio::spawn(
                async move { timed(&state, enrol_request("198.51.100.7", WRONG, &[])).await },
            )
        })
        .collect();
    let mut waits = Vec::new();
    for guess in guesses {
        let (status, waited) = guess.await.unwrap();
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        waits.push(waited);
    }
    waits.sort();
    // Each check counted before the next: five free, then 1 s, 2 s, ... up to the cap.
    let free = waits
        .iter()
        .filter(|w| **w < Duration::from_secs(1))
        .count();
    assert_eq!(free, TARPIT_FREE_FAILURES as usize, "{waits:?}");
    assert!(waits[19] >= Duration::from_secs(30), "{waits:?}");
}

#[tokio::test(start_paused = true)]
async fn behind_a_trusted_proxy_one_clients_guesses_do_not_slow_another() {
    let (_data, state, _) = state_with_config(ServeConfig {
        trusted_proxies: vec!["10.0.0.0/8".parse().unwrap()],
        ..ServeConfig::default()
    });
    let guesser = [("x-forwarded-for", "198.51.100.1")];
    five_wrong(&state, "10.0.0.2", &guesser).await;
    let (status, waited) = timed(&state, enrol_request("10.0.0.2", WRONG, &guesser)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(
        waited >= Duration::from_secs(1),
        "the guessing client is slowed"
    );
    let coordinator = [("x-forwarded-for", "203.0.113.50")];
    let (status, waited) = timed(&state, enrol_request("10.0.0.2", WRONG, &coordinator)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(
        waited < Duration::from_secs(1),
        "another client behind the same proxy is not"
    );
}

#[tokio::test(start_paused = true)]
async fn forwarded_for_from_an_untrusted_peer_does_not_let_a_guesser_change_its_address() {
    let (_data, state, _) = state_with_config(ServeConfig::default());
    for n in 0..TARPIT_FREE_FAILURES {
        let claimed = format!("192.0.2.{n}");
        let headers = [("x-forwarded-for", claimed.as_str())];
        assert_eq!(
            status(&state, enrol_request("198.51.100.9", WRONG, &headers)).await,
            StatusCode::UNAUTHORIZED
        );
    }
    let headers = [("x-forwarded-for", "192.0.2.200")];
    let (status, waited) = timed(&state, enrol_request("198.51.100.9", WRONG, &headers)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(waited >= Duration::from_secs(1), "{waited:?}");
}

#[tokio::test(start_paused = true)]
async fn many_wrong_guesses_for_a_municipality_slow_every_wrong_guess_but_not_the_right_code() {
    let (_data, state, code) = state_with_config(ServeConfig::default());
    // From as many addresses as guesses: no address is ever locked.
    for n in 0..SUBJECT_FREE_FAILURES {
        let from = format!("198.51.{}.{}", n / 200, n % 200 + 1);
        let started = tokio::time::Instant::now();
        assert_eq!(
            status(&state, enrol_request(&from, WRONG, &[])).await,
            StatusCode::UNAUTHORIZED
        );
        if n + 1 < SUBJECT_FREE_FAILURES {
            assert!(
                started.elapsed() < Duration::from_secs(1),
                "guess {n}: {:?}",
                started.elapsed()
            );
        }
    }
    let started = tokio::time::Instant::now();
    assert_eq!(
        status(&state, enrol_request("203.0.113.1", WRONG, &[])).await,
        StatusCode::UNAUTHORIZED
    );
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "a wrong guess from a new address waits: {:?}",
        started.elapsed()
    );
    let started = tokio::time::Instant::now();
    assert_eq!(
        status(&state, enrol_request("203.0.113.2", &code, &[])).await,
        StatusCode::OK,
        "the right code is never refused"
    );
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "nor slowed: {:?}",
        started.elapsed()
    );
    // Other municipalities are not slowed by guesses at this one.
    let started = tokio::time::Instant::now();
    assert_eq!(
        status(
            &state,
            enrol_request("203.0.113.3", "4601-AAAA-AAAA-AAAA-AAAA", &[])
        )
        .await,
        StatusCode::UNAUTHORIZED
    );
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn a_device_key_enrols_once_and_a_revoked_one_never_again() {
    let (_data, state, code) = state_with_config(ServeConfig::default());
    let key = BASE64.encode([7u8; 32]);
    let enrol_with = |key: String| {
        let body = serde_json::json!({
            "protocol": sync::PROTOCOL_VERSION,
            "access_code": code.clone(),
            "device_public_key": key,
        });
        Request::post("/v1/enrol")
            .header("content-type", "application/json")
            .body(Body::from(body.to_string()))
            .unwrap()
    };
    let first = app(Arc::clone(&state))
        .oneshot(enrol_with(key.clone()))
        .await
        .unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    let reply: sync::wire::EnrolReply = serde_json::from_slice(
        &axum::body::to_bytes(first.into_body(), usize::MAX)
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(reply.collector_id, state.collector_id().unwrap());
    assert!(reply.collector_id.starts_with("collector-"));

    let again = app(Arc::clone(&state))
        .oneshot(enrol_with(key.clone()))
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let text = axum::body::to_bytes(again.into_body(), usize::MAX)
        .await
        .unwrap();
    assert!(String::from_utf8_lossy(&text).contains("key_in_use"));

    state
        .db
        .lock()
        .unwrap()
        .revoke_kiosk(&reply.kiosk_id)
        .unwrap();
    let after_revocation = app(Arc::clone(&state))
        .oneshot(enrol_with(key))
        .await
        .unwrap();
    assert_eq!(
        after_revocation.status(),
        StatusCode::CONFLICT,
        "a revoked key never enrols again"
    );
    assert_eq!(state.db.lock().unwrap().kiosks().unwrap().len(), 1);
}

#[tokio::test]
async fn state_changing_requests_must_be_json_from_the_same_site_and_small() {
    let (_data, state, code) = state_with_config(ServeConfig::default());
    let reply = |status: StatusCode, reason: &'static str| (status, reason);
    let body = |code: &str| {
        serde_json::json!({
            "protocol": sync::PROTOCOL_VERSION,
            "access_code": code,
            "device_public_key": BASE64.encode([9u8; 32]),
        })
        .to_string()
    };
    let cases: Vec<(Request<Body>, (StatusCode, &str))> = vec![
        (
            Request::post("/v1/enrol")
                .header("content-type", "text/plain")
                .body(Body::from(body(&code)))
                .unwrap(),
            reply(StatusCode::UNSUPPORTED_MEDIA_TYPE, "not_json"),
        ),
        (
            Request::post("/survey/api/code")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!("code={code}")))
                .unwrap(),
            reply(StatusCode::UNSUPPORTED_MEDIA_TYPE, "not_json"),
        ),
        (
            Request::post("/v1/enrol")
                .header("content-type", "application/json")
                .header("host", "survey.example.no")
                .header("origin", "https://evil.example")
                .body(Body::from(body(&code)))
                .unwrap(),
            reply(StatusCode::FORBIDDEN, "cross_origin"),
        ),
        (
            Request::post("/survey/api/code")
                .header("content-type", "application/json")
                .header("sec-fetch-site", "cross-site")
                .body(Body::from(format!(r#"{{"code":"{code}"}}"#)))
                .unwrap(),
            reply(StatusCode::FORBIDDEN, "cross_origin"),
        ),
        (
            Request::post("/v1/enrol")
                .header("content-type", "application/json")
                .body(Body::from(format!(
                    r#"{{"protocol":1,"access_code":"{code}","padding":"{}","device_public_key":""}}"#,
                    "x".repeat(collector::SMALL_BODY_BYTES)
                )))
                .unwrap(),
            reply(StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
        ),
        (
            Request::post("/survey/api/code")
                .header("content-type", "application/json")
                .body(Body::from(format!(
                    r#"{{"code":"{}"}}"#,
                    "x".repeat(collector::SMALL_BODY_BYTES)
                )))
                .unwrap(),
            reply(StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
        ),
    ];
    for (request, (expected_status, expected_reason)) in cases {
        let what = format!("{} {:?}", request.uri(), request.headers());
        let response = app(Arc::clone(&state)).oneshot(request).await.unwrap();
        let status = response.status();
        let text = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let reply: serde_json::Value = serde_json::from_slice(&text).unwrap();
        assert_eq!(
            (status, reply["error"].as_str().unwrap()),
            (expected_status, expected_reason),
            "{what}"
        );
    }
    // None of those spent a guess or enrolled anything: the right code still enrols at once.
    assert!(state.db.lock().unwrap().kiosks().unwrap().is_empty());
    let same_site = Request::post("/v1/enrol")
        .header("content-type", "application/json; charset=utf-8")
        .header("host", "survey.example.no")
        .header("origin", "https://survey.example.no")
        .body(Body::from(body(&code)))
        .unwrap();
    assert_eq!(status(&state, same_site).await, StatusCode::OK);
}

#[tokio::test]
async fn a_link_from_another_site_is_followed_without_any_content_type() {
    let (_data, state, _) = state_with_config(ServeConfig::default());
    // A municipality's web page links to the survey and the results login: the browser says the
    // request comes from another site and sends no body, so neither guard may stand in its way.
    for path in [
        "/survey/",
        "/survey/api/survey",
        "/results/0301",
        "/healthz",
    ] {
        let request = Request::get(path)
            .header("host", "survey.example.no")
            .header("origin", "https://kommune.example.no")
            .header("sec-fetch-site", "cross-site")
            .body(Body::empty())
            .unwrap();
        assert_eq!(status(&state, request).await, StatusCode::OK, "{path}");
    }
}
