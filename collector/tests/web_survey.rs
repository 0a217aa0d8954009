//! The web survey's back end through the router (`oneshot`): the survey and texts the page
//! runs on, the code check and its throttle, and one test per refusal of a delivery (no ticket,
//! not sealed, oversized, another survey, outside the period) besides the repeat that is
//! stored once.

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use collector::web_survey::{CodeReply, DeliveryReply, WebDelivery, MAX_WEB_BODY_BYTES};
use collector::{app, AppState};
use serde_json::Value;
use tower::ServiceExt;

fn state() -> (tempfile::TempDir, Arc<AppState>, String) {
    let mut code = String::new();
    let (data, state) =
        common::state_with(|db| code = db.add_municipality("0301", "Oslo").unwrap());
    (data, state, code)
}

async fn send(state: &Arc<AppState>, request: Request<Body>) -> (StatusCode, Value) {
    let response = app(Arc::clone(state)).oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

fn post(path: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.into())
        .unwrap()
}

async fn ticket(state: &Arc<AppState>, code: &str) -> String {
    let (status, reply) = send(
        state,
        post("/survey/api/code", format!(r#"{{"code":"{code}"}}"#)),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    let reply: CodeReply = serde_json::from_value(reply).unwrap();
    assert_eq!(reply.municipality_number, "0301");
    assert_eq!(reply.municipality_name, "Oslo");
    reply.ticket
}

/// A delivery as the page makes it: 8192 padded bytes sealed to the survey's recipient.
fn delivery(state: &AppState, ticket: &str, id: &str) -> WebDelivery {
    let recipient: sync::seal::Recipient = state.pack.recipient.parse().unwrap();
    let padded = vec![b' '; state.pack.definition.padded_response_bytes()];
    WebDelivery {
        ticket: ticket.to_owned(),
        response_id: id.to_owned(),
        survey_id: state.pack.survey_id.clone(),
        survey_version: state.pack.survey_version,
        completed_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
        sealed: BASE64.encode(sync::seal::seal(&recipient, &padded).unwrap()),
    }
}

async fn deliver(state: &Arc<AppState>, delivery: &WebDelivery) -> (StatusCode, Value) {
    send(
        state,
        post(
            "/survey/api/responses",
            serde_json::to_vec(delivery).unwrap(),
        ),
    )
    .await
}

fn stored(state: &AppState) -> u64 {
    state.db.lock().unwrap().response_count().unwrap()
}

#[tokio::test]
async fn the_page_gets_the_survey_its_rules_and_each_language_under_a_content_name() {
    let (_data, state, _) = state();
    let (status, survey) = send(
        &state,
        Request::get("/survey/api/survey")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(survey["survey"]["padded_response_bytes"], 8192);
    assert_eq!(survey["sealed_bytes"], 8392);
    assert_eq!(survey["languages"].as_array().unwrap().len(), 24);
    assert_eq!(survey["today"], "2026-11-02");
    assert_eq!(survey["open"], true);
    assert!(survey["recipient"].as_str().unwrap().starts_with("age1"));
    // The progress line's words (Burmese has a third part) and numbers are kept offline too.
    let clips: Vec<&str> = survey["clips"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    for clip in [
        "progress-part-1",
        "progress-part-3",
        "number-1",
        "number-30",
    ] {
        assert!(clips.contains(&clip), "{clip} in {clips:?}");
    }
    // Each language's texts and clips come under content names: no URL names a language.
    let arabic = survey["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "ar")
        .unwrap();
    let bundle = arabic["bundle"].as_str().unwrap();
    assert_eq!(bundle.len(), 64, "a SHA-256: {bundle}");
    let (status, texts) = send(
        &state,
        Request::get(format!("/survey/api/content/{bundle}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(texts["ui"]["progress"]
        .as_str()
        .unwrap()
        .contains("{current}"));
    assert!(!texts["survey"]["q-on-leave"].as_str().unwrap().is_empty());
    assert!(!arabic["not_kept"].as_str().unwrap().is_empty());
    let question_clip = texts["clips"]["q-on-leave"].as_str().unwrap().to_owned();
    assert_eq!(
        arabic["clips"]["welcome-language"].as_str().unwrap().len(),
        64
    );
    for missing in ["nb", "ar", "..%2Fmanifest.json", &"0".repeat(64)] {
        let (status, _) = send(
            &state,
            Request::get(format!("/survey/api/content/{missing}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{missing}");
    }
    // The pack's other files are for kiosks, not for the web, even by their hash.
    let manifest: Value = serde_json::from_slice(&state.pack.manifest_bytes).unwrap();
    let not_a_clip = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| !f["path"].as_str().unwrap().starts_with("audio/"))
        .expect("the pack has files besides clips");
    let (status, _) = send(
        &state,
        Request::get(format!(
            "/survey/api/content/{}",
            not_a_clip["sha256"].as_str().unwrap()
        ))
        .body(Body::empty())
        .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{not_a_clip}");
    let clip = app(Arc::clone(&state))
        .oneshot(
            Request::get(format!("/survey/api/content/{question_clip}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(clip.status(), StatusCode::OK);
    assert_eq!(clip.headers()[header::CONTENT_TYPE], "audio/ogg");
}

#[tokio::test]
async fn the_page_is_served_with_a_policy_that_allows_this_origin_only() {
    let (_data, state, _) = state();
    let page = app(Arc::clone(&state))
        .oneshot(Request::get("/survey/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let policy = page.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(policy.contains("script-src 'self';") && policy.contains("frame-ancestors 'none'"));
    assert_eq!(page.headers()[header::REFERRER_POLICY], "no-referrer");
    let missing = app(Arc::clone(&state))
        .oneshot(
            Request::get("/survey/js/nothing.js")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_demo_page_is_served_under_the_same_policy_and_its_address_without_a_slash_leads_to_it()
{
    let (_data, state, _) = state();
    let get = |path: &'static str| {
        app(Arc::clone(&state)).oneshot(Request::get(path).body(Body::empty()).unwrap())
    };
    let page = get("/survey/demo/").await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let policy = page.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.contains("script-src 'self';") && policy.contains("frame-ancestors 'none'"));
    let body = axum::body::to_bytes(page.into_body(), usize::MAX)
        .await
        .unwrap();
    let html = String::from_utf8_lossy(&body);
    assert!(html.contains("data-demo=\"true\""), "{html}");
    let bare = get("/survey/demo").await.unwrap();
    assert_eq!(bare.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(bare.headers()[header::LOCATION], "/survey/demo/");
}

#[tokio::test(start_paused = true)]
async fn a_wrong_code_is_refused_and_guessing_is_slowed_but_the_right_code_always_gets_in() {
    let (_data, state, code) = state();
    let wrong = code.replace(&code[5..9], "ZZZZ");
    let (status, reply) = send(
        &state,
        post("/survey/api/code", format!(r#"{{"code":"{wrong}"}}"#)),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(reply["error"], "wrong_code");
    for _ in 1..collector::secret_check::TARPIT_FREE_FAILURES {
        send(
            &state,
            post("/survey/api/code", r#"{"code":"0301-AAAA-AAAA-AAAA-AAAA"}"#),
        )
        .await;
    }
    // Five wrong in a row: the next wrong answer from this address waits a second (virtual time
    // here)...
    let started = tokio::time::Instant::now();
    let (status, _) = send(
        &state,
        post("/survey/api/code", r#"{"code":"9999-AAAA-AAAA-AAAA-AAAA"}"#),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(
        started.elapsed() >= std::time::Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    // ...but the right code is answered at once: a classroom shares the guesser's address.
    let started = tokio::time::Instant::now();
    let (status, reply) = send(
        &state,
        post("/survey/api/code", format!(r#"{{"code":"{code}"}}"#)),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    // It forgives nothing: the guesser's next wrong code waits longer still.
    let started = tokio::time::Instant::now();
    let (status, _) = send(
        &state,
        post("/survey/api/code", format!(r#"{{"code":"{wrong}"}}"#)),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(started.elapsed() >= std::time::Duration::from_secs(2));
}

#[tokio::test]
async fn a_code_typed_in_lower_case_with_spaces_is_taken() {
    let (_data, state, code) = state();
    ticket(&state, &format!("  {}  ", code.to_lowercase())).await;
}

#[tokio::test]
async fn a_delivery_is_stored_once_however_often_it_arrives() {
    let (_data, state, code) = state();
    let ticket = ticket(&state, &code).await;
    let delivery = delivery(&state, &ticket, "7f0c6f0e-3f7a-4b8e-9a51-2f7c0c2d9e11");
    let (status, reply) = deliver(&state, &delivery).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert_eq!(
        serde_json::from_value::<DeliveryReply>(reply).unwrap(),
        DeliveryReply { stored: true }
    );
    let (status, reply) = deliver(&state, &delivery).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        reply["stored"], false,
        "a replay is acknowledged, not stored again"
    );
    assert_eq!(stored(&state), 1);
    let per_municipality = state
        .db
        .lock()
        .unwrap()
        .responses_per_municipality()
        .unwrap();
    assert_eq!(per_municipality, [("0301".to_string(), 1)]);
}

#[tokio::test]
async fn a_delivery_without_a_ticket_from_this_collector_is_refused() {
    let (_data, state, code) = state();
    let right = ticket(&state, &code).await;
    for ticket in [
        String::new(),
        "0301".into(),
        right.replacen("0301", "4601", 1),
        format!("{right}x"),
    ] {
        let (status, reply) = deliver(
            &state,
            &delivery(&state, &ticket, "00000000-0000-4000-8000-00000000000a"),
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{ticket}");
        assert_eq!(reply["error"], "bad_ticket");
    }
    assert_eq!(stored(&state), 0);
}

#[tokio::test]
async fn a_tampered_or_unsealed_response_is_refused() {
    let (_data, state, code) = state();
    let ticket = ticket(&state, &code).await;
    let good = delivery(&state, &ticket, "00000000-0000-4000-8000-00000000000b");
    let sealed = BASE64.decode(&good.sealed).unwrap();
    let plain = BASE64.encode(vec![b' '; sealed.len()]);
    let cut = BASE64.encode(&sealed[..sealed.len() - 1]);
    let mut header_changed = sealed.clone();
    header_changed[25] = b'Y'; // "-> X25519" becomes "-> Y25519"
    let longer = BASE64.encode([sealed.clone(), vec![0]].concat());
    for (what, bytes) in [
        ("plain text", plain),
        ("cut short", cut),
        ("another stanza", BASE64.encode(&header_changed)),
        ("one byte longer", longer),
        ("not base64", "***".into()),
    ] {
        let tampered = WebDelivery {
            sealed: bytes,
            ..good.clone()
        };
        let (status, reply) = deliver(&state, &tampered).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{what}");
        assert_eq!(reply["error"], "not_sealed", "{what}");
    }
    assert_eq!(stored(&state), 0);
}

#[tokio::test]
async fn an_oversized_body_is_refused_before_it_is_read() {
    let (_data, state, code) = state();
    let ticket = ticket(&state, &code).await;
    let mut big = delivery(&state, &ticket, "00000000-0000-4000-8000-00000000000c");
    big.sealed = "A".repeat(MAX_WEB_BODY_BYTES);
    let (status, reply) = deliver(&state, &big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(reply["error"], "too_large");
    let (status, _) = send(
        &state,
        post("/survey/api/code", vec![b' '; MAX_WEB_BODY_BYTES + 1]),
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(stored(&state), 0);
}

#[tokio::test]
async fn a_delivery_for_another_survey_or_outside_the_period_is_refused() {
    let (_data, state, code) = state();
    let ticket = ticket(&state, &code).await;
    let good = delivery(&state, &ticket, "00000000-0000-4000-8000-00000000000d");
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let cases = [
        (
            WebDelivery {
                survey_version: 99,
                ..good.clone()
            },
            StatusCode::CONFLICT,
            "unknown_survey",
        ),
        (
            WebDelivery {
                survey_id: "other".into(),
                ..good.clone()
            },
            StatusCode::CONFLICT,
            "unknown_survey",
        ),
        (
            WebDelivery {
                completed_on: day(2026, 11, 4),
                ..good.clone()
            },
            StatusCode::UNPROCESSABLE_ENTITY,
            "future_date",
        ),
        (
            WebDelivery {
                completed_on: day(2026, 10, 1),
                ..good.clone()
            },
            StatusCode::UNPROCESSABLE_ENTITY,
            "outside_period",
        ),
    ];
    for (delivery, status, reason) in cases {
        let (got, reply) = deliver(&state, &delivery).await;
        assert_eq!((got, reply["error"].as_str().unwrap()), (status, reason));
    }
    // The day after the collector's today is still taken: a clock just past midnight.
    let (status, _) = deliver(
        &state,
        &WebDelivery {
            completed_on: day(2026, 11, 3),
            ..good
        },
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(stored(&state), 1);
}

#[tokio::test]
async fn screens_are_sent_compressed_and_not_again_when_unchanged_and_sound_as_it_is() {
    let (_data, state, _) = state();
    let get = |path: &str, headers: &[(header::HeaderName, &str)]| {
        let mut request = Request::get(path);
        for (name, value) in headers {
            request = request.header(name, *value);
        }
        app(Arc::clone(&state)).oneshot(request.body(Body::empty()).unwrap())
    };
    let script = get(
        "/survey/js/participant.js",
        &[(header::ACCEPT_ENCODING, "gzip")],
    )
    .await
    .unwrap();
    assert_eq!(script.status(), StatusCode::OK);
    assert_eq!(script.headers()[header::CONTENT_ENCODING], "gzip");
    let tag = script.headers()[header::ETAG].to_str().unwrap().to_owned();
    let again = get(
        "/survey/js/participant.js",
        &[(header::IF_NONE_MATCH, &tag)],
    )
    .await
    .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    let other = get(
        "/survey/js/participant.js",
        &[(header::IF_NONE_MATCH, "\"0000\"")],
    )
    .await
    .unwrap();
    assert_eq!(other.status(), StatusCode::OK);
    let name = state
        .pack
        .sha256_named("audio/nb/q-on-leave.ogg")
        .unwrap()
        .to_owned();
    let clip = get(
        &format!("/survey/api/content/{name}"),
        &[(header::ACCEPT_ENCODING, "gzip")],
    )
    .await
    .unwrap();
    assert!(clip.headers().get(header::CONTENT_ENCODING).is_none());
}
