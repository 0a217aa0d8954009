//! The right code or key behind a shared address (a school's network): while three guessers
//! behind the rightful user's own address send wrong codes as fast as they are answered, every
//! right enrolment, web code and results key is answered within 5 s. Real time, real PBKDF2.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use collector::{app, AppState};
use tower::ServiceExt;

const SCHOOL: &str = "198.51.100.20";
const TRIES: u8 = 6;
const PROMPTLY: Duration = Duration::from_secs(5);

fn from_school(mut request: Request<Body>) -> Request<Body> {
    let peer = SocketAddr::new(SCHOOL.parse().unwrap(), 40_000);
    request.extensions_mut().insert(ConnectInfo(peer));
    request
}

fn enrol(code: &str, key_byte: u8) -> Request<Body> {
    let body = serde_json::json!({
        "protocol": sync::PROTOCOL_VERSION,
        "access_code": code,
        "device_public_key": BASE64.encode([key_byte; 32]),
    });
    from_school(
        Request::post("/v1/enrol")
            .header("content-type", "application/json")
            .body(Body::from(body.to_string()))
            .unwrap(),
    )
}

fn web_code(code: &str) -> Request<Body> {
    from_school(
        Request::post("/survey/api/code")
            .header("content-type", "application/json")
            .body(Body::from(format!(r#"{{"code":"{code}"}}"#)))
            .unwrap(),
    )
}

/// A results login as a browser posts it: the form's token in the body and in its cookie.
fn results_key(key: &str) -> Request<Body> {
    let token = collector::secrets::random_id();
    from_school(
        Request::post("/results/0301")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", format!("form_token={token}"))
            .body(Body::from(format!("key={key}&form_token={token}")))
            .unwrap(),
    )
}

async fn status(state: &Arc<AppState>, request: Request<Body>) -> StatusCode {
    app(Arc::clone(state))
        .oneshot(request)
        .await
        .unwrap()
        .status()
}

/// Three guessers send `wrong()` one after another, each as soon as its last was answered,
/// while the rightful user sends `right(n)` six times; every right one must be answered with
/// 200 within [`PROMPTLY`]. Returns how many wrong guesses the guessers made.
async fn beside_three_guessers(
    state: &Arc<AppState>,
    wrong: fn() -> Request<Body>,
    right: impl Fn(u8) -> Request<Body>,
) -> usize {
    let guessed = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let guessers: Vec<_> = (0..3)
        .map(|_| {
            let state = Arc::clone(state);
            let guessed = Arc::clone(&guessed);
            tokio::spawn(async move {
                loop {
                    let answer = status(&state, wrong()).await;
                    assert_ne!(answer, StatusCode::OK);
                    guessed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            })
        })
        .collect();
    // Let the guessers get going, past their free failures.
    tokio::time::sleep(Duration::from_millis(800)).await;
    for n in 0..TRIES {
        let started = Instant::now();
        let answer = status(state, right(n)).await;
        let took = started.elapsed();
        assert_eq!(answer, StatusCode::OK, "try {n}");
        assert!(took < PROMPTLY, "try {n} took {took:?}");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    for guesser in guessers {
        guesser.abort();
    }
    guessed.load(std::sync::atomic::Ordering::Relaxed)
}

static WRONG_KEY: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn wrong_code() -> Request<Body> {
    enrol("0301-AAAA-AAAA-AAAA-AAAA", 200)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_right_access_code_enrols_every_time_beside_three_guessers() {
    let mut code = String::new();
    let (_data, state) =
        common::state_with(|db| code = db.add_municipality("0301", "Oslo").unwrap());
    let guessed = beside_three_guessers(&state, wrong_code, |n| enrol(&code, n + 1)).await;
    assert!(guessed > 5, "the guessers guessed: {guessed}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_right_web_code_opens_the_survey_every_time_beside_three_guessers() {
    let mut code = String::new();
    let (_data, state) =
        common::state_with(|db| code = db.add_municipality("0301", "Oslo").unwrap());
    let guessed = beside_three_guessers(
        &state,
        || web_code("0301-AAAA-AAAA-AAAA-AAAA"),
        |_| web_code(&code),
    )
    .await;
    assert!(guessed > 5, "the guessers guessed: {guessed}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_right_results_key_opens_the_page_every_time_beside_three_guessers() {
    let mut key = String::new();
    let (_data, state) = common::state_with(|db| {
        db.add_municipality("0301", "Oslo").unwrap();
        key = db.add_contact("0301", "Kari", "kari@example.org").unwrap();
    });
    // Guesses at the contact's own key: same contact id, wrong rest.
    let contact: String = key.chars().take_while(|c| *c != '-').collect();
    let wrong = format!("{contact}-AAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    WRONG_KEY.set(wrong).unwrap();
    let wrong_key = || results_key(WRONG_KEY.get().unwrap());
    let guessed = beside_three_guessers(&state, wrong_key, |_| results_key(&key)).await;
    assert!(guessed > 5, "the guessers guessed: {guessed}");
}
