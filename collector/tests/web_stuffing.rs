//! Stuffing the web survey made hard: deliveries limited per client address and per ticket,
//! each refusal with its reason and a wait, and tickets that end with the survey period, stop
//! after their code was replaced, and cannot be made from a backup of the database alone.
//! Through the router (`oneshot`), with the client address a real listener would give.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, StatusCode};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chrono::NaiveDate;
use collector::delivery_limit::{PER_ADDRESS, PER_TICKET};
use collector::ticket::Ticket;
use collector::web_survey::{CodeReply, WebDelivery};
use collector::{app, AppState};
use serde_json::Value;
use tower::ServiceExt;

fn state() -> (tempfile::TempDir, Arc<AppState>, String) {
    let mut code = String::new();
    let (data, state) =
        common::state_with(|db| code = db.add_municipality("0301", "Oslo").unwrap());
    (data, state, code)
}

/// A request as the listener passes it on: with the client's address.
async fn send(
    state: &Arc<AppState>,
    from: &str,
    path: &str,
    body: Vec<u8>,
) -> (StatusCode, Option<u64>, Value) {
    let mut request = Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .unwrap();
    let peer: SocketAddr = format!("{from}:40000").parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    let response = app(Arc::clone(state)).oneshot(request).await.unwrap();
    let status = response.status();
    let retry_after = response
        .headers()
        .get(header::RETRY_AFTER)
        .map(|v| v.to_str().unwrap().parse().unwrap());
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (
        status,
        retry_after,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

async fn ticket(state: &Arc<AppState>, code: &str) -> String {
    let (status, _, reply) = send(
        state,
        "192.0.2.1",
        "/survey/api/code",
        format!(r#"{{"code":"{code}"}}"#).into_bytes(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    serde_json::from_value::<CodeReply>(reply).unwrap().ticket
}

fn id(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
}

/// A delivery as the page makes it: padded bytes sealed to the survey's recipient.
fn delivery(state: &AppState, ticket: &str, id: &str, completed_on: NaiveDate) -> WebDelivery {
    let recipient: sync::seal::Recipient = state.pack.recipient.parse().unwrap();
    let padded = vec![b' '; state.pack.definition.padded_response_bytes()];
    WebDelivery {
        ticket: ticket.to_owned(),
        response_id: id.to_owned(),
        survey_id: state.pack.survey_id.clone(),
        survey_version: state.pack.survey_version,
        completed_on,
        sealed: BASE64.encode(sync::seal::seal(&recipient, &padded).unwrap()),
    }
}

async fn deliver(
    state: &Arc<AppState>,
    from: &str,
    delivery: &WebDelivery,
) -> (StatusCode, Option<u64>, Value) {
    send(
        state,
        from,
        "/survey/api/responses",
        serde_json::to_vec(delivery).unwrap(),
    )
    .await
}

fn stored(state: &AppState) -> u64 {
    state.db.lock().unwrap().response_count().unwrap()
}

#[tokio::test]
async fn two_hundred_deliveries_with_one_ticket_from_one_address_are_refused_past_the_limit() {
    let (_data, state, code) = state();
    let ticket = ticket(&state, &code).await;
    let sealed = delivery(&state, &ticket, &id(0), today());
    let mut taken = 0;
    let mut refused = 0;
    for n in 0..200 {
        let made_up = WebDelivery {
            response_id: id(n),
            ..sealed.clone()
        };
        let (status, retry_after, reply) = deliver(&state, "192.0.2.7", &made_up).await;
        match status {
            StatusCode::OK => taken += 1,
            StatusCode::TOO_MANY_REQUESTS => {
                assert_eq!(reply["error"], "too_many_deliveries", "{reply}");
                let wait = retry_after.expect("a refusal says when to try again");
                assert!((1..=PER_ADDRESS.refill_every.as_secs()).contains(&wait));
                refused += 1;
            }
            other => panic!("{other}: {reply}"),
        }
    }
    // The burst, and at most one more per interval the loop took (it takes far less than one).
    let limit = PER_ADDRESS.burst as usize;
    assert!((limit..=limit + 2).contains(&taken), "{taken} taken");
    assert_eq!(taken + refused, 200);
    assert_eq!(stored(&state), taken as u64);
    // Another address of the same municipality is not held up by this one.
    let (status, _, reply) = deliver(
        &state,
        "198.51.100.9",
        &WebDelivery {
            response_id: id(1000),
            ..sealed
        },
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
}

#[tokio::test]
async fn one_ticket_from_many_addresses_is_refused_past_its_own_limit() {
    let (_data, state, code) = state();
    let ticket = ticket(&state, &code).await;
    let sealed = delivery(&state, &ticket, &id(0), today());
    let per_address = 20;
    let addresses = (PER_TICKET.burst as usize).div_ceil(per_address) + 1;
    let mut taken = 0;
    let mut refused = 0;
    for a in 0..addresses {
        for n in 0..per_address {
            let made_up = WebDelivery {
                response_id: id(a * 1000 + n),
                ..sealed.clone()
            };
            let (status, retry_after, reply) =
                deliver(&state, &format!("203.0.113.{a}"), &made_up).await;
            match status {
                StatusCode::OK => taken += 1,
                StatusCode::TOO_MANY_REQUESTS => {
                    assert_eq!(reply["error"], "too_many_deliveries", "{reply}");
                    assert!(retry_after.is_some());
                    refused += 1;
                }
                other => panic!("{other}: {reply}"),
            }
        }
    }
    let limit = PER_TICKET.burst as usize;
    assert!((limit..=limit + 2).contains(&taken), "{taken} taken");
    assert!(refused >= per_address - 2, "{refused} refused");
    assert_eq!(stored(&state), taken as u64);
}

#[tokio::test]
async fn a_response_id_that_is_not_a_uuid_is_refused() {
    let (_data, state, code) = state();
    let ticket = ticket(&state, &code).await;
    for bad in ["a".to_owned(), "x".repeat(30_000), id(1).replace('-', "_")] {
        let (status, _, reply) = deliver(
            &state,
            "192.0.2.7",
            &delivery(&state, &ticket, &bad, today()),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{reply}");
        assert_eq!(reply["error"], "malformed", "{reply}");
    }
    assert_eq!(stored(&state), 0);
}

#[tokio::test]
async fn a_ticket_from_a_replaced_code_stops_for_responses_completed_after_the_day_it_was_replaced()
{
    let (_data, state, code) = state();
    let old = ticket(&state, &code).await;
    let replaced_on = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let new_code = collector::secrets::new_access_code("0301");
    {
        let db = state.db.lock().unwrap();
        let sealed = collector::code_vault::seal(db.data_dir(), "0301", &new_code).unwrap();
        db.set_access_code(
            "0301",
            &collector::secrets::hash(&new_code),
            &sealed,
            replaced_on,
        )
        .unwrap();
    }
    // Finished on the day of the change: still taken (a class that answered that morning).
    let (status, _, reply) = deliver(
        &state,
        "192.0.2.7",
        &delivery(&state, &old, &id(1), replaced_on),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    let (status, _, reply) = deliver(
        &state,
        "192.0.2.7",
        &delivery(&state, &old, &id(2), today()),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{reply}");
    assert_eq!(reply["error"], "bad_ticket");
    assert!(
        reply["message"].as_str().unwrap().contains("2026-11-01"),
        "{reply}"
    );
    // The new code's ticket delivers; the old code gets none.
    let new = ticket(&state, &new_code).await;
    let (status, _, reply) = deliver(
        &state,
        "192.0.2.7",
        &delivery(&state, &new, &id(3), today()),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    let (status, _, _) = send(
        &state,
        "192.0.2.1",
        "/survey/api/code",
        format!(r#"{{"code":"{code}"}}"#).into_bytes(),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(stored(&state), 2);
}

#[tokio::test]
async fn a_ticket_given_for_another_survey_period_is_refused() {
    let (data, state, code) = state();
    let right = ticket(&state, &code).await;
    let key = collector::web_ticket::key(data.path()).unwrap();
    let mut last_year = Ticket::read(&key, &right).unwrap();
    last_year.closes = state.pack.period.closes - chrono::Duration::days(365);
    let (status, _, reply) = deliver(
        &state,
        "192.0.2.7",
        &delivery(&state, &last_year.sign(&key), &id(1), today()),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{reply}");
    assert_eq!(reply["error"], "bad_ticket");
    assert!(reply["message"].as_str().unwrap().contains("period"));
    assert_eq!(stored(&state), 0);
}

#[tokio::test]
async fn a_backup_of_the_database_alone_cannot_make_a_ticket() {
    let (data, state, code) = state();
    let right = ticket(&state, &code).await;
    let key = collector::web_ticket::key(data.path()).unwrap();
    let copies = tempfile::tempdir().unwrap();
    let backup = copies.path().join("collector.sqlite");
    collector::backup::backup(data.path(), &backup).unwrap();
    let bytes = std::fs::read(&backup).unwrap();
    assert!(!bytes.windows(key.len()).any(|w| w == key.as_slice()));
    // Restored into a folder of its own and served there, with the code it holds: the tickets
    // it gives are its own, and the real collector refuses them.
    let restored = copies.path().join("restored");
    std::fs::create_dir(&restored).unwrap();
    collector::backup::restore(&restored, &backup, false).unwrap();
    let db = collector::db::Db::open(&restored).unwrap();
    let key = survey::PackVerifyingKey::from_file(
        &common::repo().join("demo-keys-NOT-FOR-PRODUCTION/pack-signing-key.pub"),
    )
    .unwrap();
    let pack = collector::served_pack::ServedPack::load(common::pack_dir(), &key, today()).unwrap();
    let thief = AppState::new(
        db,
        pack,
        collector::ServeConfig {
            today: Some(today()),
            ..Default::default()
        },
    );
    let forged = ticket(&thief, &code).await;
    assert_ne!(forged, right);
    let (status, _, reply) = deliver(
        &state,
        "192.0.2.7",
        &delivery(&state, &forged, &id(1), today()),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{reply}");
    assert_eq!(reply["error"], "bad_ticket");
    let (status, _, reply) = deliver(
        &state,
        "192.0.2.7",
        &delivery(&state, &right, &id(2), today()),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert_eq!(stored(&state), 1);
}
