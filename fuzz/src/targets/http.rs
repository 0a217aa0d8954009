//! The collector's public requests through its real router (`collector::app`), in
//! process: the web survey's code check and deliveries, enrolment and batches. Whatever the
//! body, the collector answers without a panic and without a server error, every refusal is an
//! `ErrorReply` with a known reason code, and every success is the reply its route promises.
//!
//! One collector (a real SQLite file in a temporary folder, serving the demo pack on a day the
//! survey is open) serves every execution of a target. Its runtime's clock is paused, so the
//! web survey's tarpit costs no real time; enrolment's lockouts, kept in the database on the
//! wall clock, are cleared before each execution so that a right code can still get through.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use collector::db::Db;
use collector::served_pack::ServedPack;
use collector::web_survey::{CodeReply, DeliveryReply, WebDelivery};
use collector::{app, AppState, ServeConfig};
use ring::signature::{Ed25519KeyPair, KeyPair};
use serde::de::DeserializeOwned;
use serde::Serialize;
use sync::wire::{
    reason, BatchBody, BatchReply, EnrolReply, EnrolRequest, ErrorReply, SealedResponse,
    SignedBatch,
};
use sync::PROTOCOL_VERSION;
use tower::ServiceExt;

use crate::{broken, fixtures, FuzzError, Target};

/// Every reason code a refusal may carry.
const KNOWN_REASONS: &[&str] = reason::ALL;

const MUNICIPALITY: &str = "0301";

/// Which request the fuzzed bytes become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// `POST /survey/api/code`: the body.
    Code,
    /// `POST /survey/api/responses`: the body.
    Responses,
    /// `POST /v1/enrol`: the body.
    Enrol,
    /// `POST /v1/batches`: the body.
    Batches,
    /// `POST /v1/batches` with the bytes as the batch body, signed by an enrolled kiosk, so
    /// that they reach everything behind the signature check.
    SignedBatchBody,
}

impl Route {
    pub const ALL: [Route; 5] = [
        Route::Code,
        Route::Responses,
        Route::Enrol,
        Route::Batches,
        Route::SignedBatchBody,
    ];

    pub fn target_name(self) -> &'static str {
        match self {
            Route::Code => "http_code",
            Route::Responses => "http_responses",
            Route::Enrol => "http_enrol",
            Route::Batches => "http_batches",
            Route::SignedBatchBody => "http_signed_batch_body",
        }
    }

    fn path(self) -> &'static str {
        match self {
            Route::Code => "/survey/api/code",
            Route::Responses => "/survey/api/responses",
            Route::Enrol => "/v1/enrol",
            Route::Batches | Route::SignedBatchBody => "/v1/batches",
        }
    }
}

/// A collector serving the demo pack, with one municipality, one enrolled kiosk and one web
/// ticket.
struct World {
    runtime: tokio::runtime::Runtime,
    router: axum::Router,
    state: Arc<AppState>,
    _data: tempfile::TempDir,
    code: String,
    ticket: String,
    kiosk_id: String,
    device: Ed25519KeyPair,
    /// A response sealed to the pack's recipient at the size every response is padded to.
    sealed: Vec<u8>,
    next_address: std::sync::atomic::AtomicU32,
}

impl World {
    fn new() -> Result<Self, FuzzError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .start_paused(true)
            .build()
            .map_err(fixtures::setup)?;
        let data = tempfile::tempdir().map_err(fixtures::setup)?;
        let today = fixtures::open_day();
        let pack = ServedPack::load(
            &fixtures::pack_dir()?,
            &fixtures::pack_verifying_key()?,
            today,
        )
        .map_err(fixtures::setup)?;
        let recipient: sync::Recipient = pack.recipient.parse().map_err(fixtures::setup)?;
        let padded = vec![b' '; pack.definition.padded_response_bytes()];
        let sealed = sync::seal(&recipient, &padded).map_err(fixtures::setup)?;
        let db = Db::open(data.path()).map_err(fixtures::setup)?;
        let code = db
            .add_municipality(MUNICIPALITY, "Oslo")
            .map_err(fixtures::setup)?;
        let config = ServeConfig {
            today: Some(today),
            ..ServeConfig::default()
        };
        let state = AppState::new(db, pack, config);
        let router = app(Arc::clone(&state));
        let device = Ed25519KeyPair::from_pkcs8(
            Ed25519KeyPair::generate_pkcs8(&ring::rand::SystemRandom::new())
                .map_err(fixtures::setup)?
                .as_ref(),
        )
        .map_err(fixtures::setup)?;
        let mut world = World {
            runtime,
            router,
            state,
            _data: data,
            code,
            ticket: String::new(),
            kiosk_id: String::new(),
            device,
            sealed,
            next_address: Default::default(),
        };
        let reply: CodeReply = world.expect_ok(Route::Code, &code_request(&world.code))?;
        world.ticket = reply.ticket;
        let enrol = EnrolRequest {
            protocol: PROTOCOL_VERSION,
            access_code: world.code.clone(),
            device_public_key: BASE64.encode(world.device.public_key().as_ref()),
            kiosk_name: None,
        };
        let reply: EnrolReply = world.expect_ok(Route::Enrol, &json(&enrol))?;
        world.kiosk_id = reply.kiosk_id;
        Ok(world)
    }

    fn send(&self, route: Route, body: Vec<u8>) -> Result<(StatusCode, Vec<u8>), FuzzError> {
        let mut request = Request::post(route.path())
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body))
            .map_err(|e| broken!("the request could not be built: {e}"))?;
        // Each execution from an address of its own: guesses lock out the address they come
        // from, and a right code must still get through.
        let n = self
            .next_address
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let address =
            std::net::SocketAddr::from(([10, (n >> 16) as u8, (n >> 8) as u8, n as u8], 40_000));
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(address));
        let router = self.router.clone();
        self.runtime.block_on(async move {
            let response = router
                .oneshot(request)
                .await
                .map_err(|e| broken!("the router failed: {e}"))?;
            let status = response.status();
            let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .map_err(|e| broken!("the reply body could not be read: {e}"))?;
            Ok((status, bytes.to_vec()))
        })
    }

    fn expect_ok<T: DeserializeOwned>(&self, route: Route, body: &[u8]) -> Result<T, FuzzError> {
        let (status, bytes) = self.send(route, body.to_vec())?;
        if status != StatusCode::OK {
            return Err(FuzzError::Setup(format!(
                "{} answered {status}: {}",
                route.path(),
                String::from_utf8_lossy(&bytes)
            )));
        }
        serde_json::from_slice(&bytes).map_err(fixtures::setup)
    }

    fn delivery(&self, completed_on: chrono::NaiveDate) -> WebDelivery {
        let pack = &self.state.pack;
        WebDelivery {
            ticket: self.ticket.clone(),
            response_id: "7c0e4a43-5a1b-4b44-9a53-0f4b8c7d2e11".into(),
            survey_id: pack.survey_id.clone(),
            survey_version: pack.survey_version,
            completed_on,
            sealed: BASE64.encode(&self.sealed),
        }
    }

    fn batch_body(&self) -> BatchBody {
        let pack = &self.state.pack;
        let response = |id: &str, completed_on| SealedResponse {
            response_id: id.into(),
            survey_id: pack.survey_id.clone(),
            survey_version: pack.survey_version,
            completed_on,
            sealed: BASE64.encode(&self.sealed),
        };
        BatchBody {
            responses: vec![
                response("2f7d9c1e-0000-4000-8000-000000000001", fixtures::open_day()),
                // Outside the period: refused on its own, the rest of the batch is held.
                response(
                    "2f7d9c1e-0000-4000-8000-000000000002",
                    pack.period.opens - chrono::Duration::days(1),
                ),
            ],
        }
    }

    fn signed(&self, body: String) -> SignedBatch {
        let collector_id = self.state.collector_id().expect("the collector has an id");
        let message = sync::batch::signed_message(&self.kiosk_id, collector_id, body.as_bytes());
        SignedBatch {
            protocol: PROTOCOL_VERSION,
            kiosk_id: self.kiosk_id.clone(),
            signature: BASE64.encode(self.device.sign(&message).as_ref()),
            body,
        }
    }
}

fn json<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("a request serialises")
}

fn code_request(code: &str) -> Vec<u8> {
    json(&serde_json::json!({ "code": code }))
}

pub struct Http {
    route: Route,
    world: Option<World>,
    /// Set while an execution runs: still set at the next one means it panicked, and the
    /// collector is built again rather than trusted.
    running: bool,
}

impl Http {
    pub fn new(route: Route) -> Result<Self, FuzzError> {
        Ok(Http {
            route,
            world: Some(World::new()?),
            running: false,
        })
    }
}

impl Target for Http {
    fn name(&self) -> &'static str {
        self.route.target_name()
    }

    fn seeds(&self) -> Vec<Vec<u8>> {
        let Some(world) = &self.world else {
            return Vec::new();
        };
        match self.route {
            Route::Code => vec![
                code_request(&world.code),
                code_request(&world.code.to_lowercase().replace('-', " ")),
                code_request("0301-AAAA-BBBB-CCCC"),
            ],
            Route::Responses => {
                let outside = world.state.pack.period.closes + chrono::Duration::days(1);
                vec![
                    json(&world.delivery(fixtures::open_day())),
                    json(&world.delivery(outside)),
                ]
            }
            Route::Enrol => {
                let (key, _) = sync::batch::DeviceKey::generate();
                let request = |code: &str| EnrolRequest {
                    protocol: PROTOCOL_VERSION,
                    access_code: code.to_owned(),
                    device_public_key: key.public_key_base64(),
                    kiosk_name: None,
                };
                vec![
                    json(&request(&world.code)),
                    json(&request("0301-AAAA-BBBB-CCCC")),
                ]
            }
            Route::Batches => vec![
                json(&world.signed(json_text(&world.batch_body()))),
                json(&world.signed(json_text(&BatchBody { responses: vec![] }))),
            ],
            Route::SignedBatchBody => vec![
                json(&world.batch_body()),
                json(&BatchBody { responses: vec![] }),
            ],
        }
    }

    fn run(&mut self, input: &[u8]) -> Result<String, FuzzError> {
        if self.running || self.world.is_none() {
            self.world = None;
            self.world = Some(World::new()?);
        }
        self.running = true;
        let route = self.route;
        let world = self.world.as_ref().expect("just built");
        let body = match route {
            Route::SignedBatchBody => {
                json(&world.signed(String::from_utf8_lossy(input).into_owned()))
            }
            _ => input.to_vec(),
        };
        let (status, reply) = world.send(route, body)?;
        self.running = false;
        check_reply(route, status, &reply)
    }
}

fn json_text<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("a batch body serialises")
}

/// What every answer must be: a success of the route's reply type, or a refusal with a known
/// reason, never a server error.
fn check_reply(route: Route, status: StatusCode, reply: &[u8]) -> Result<String, FuzzError> {
    let text = || {
        String::from_utf8_lossy(reply)
            .chars()
            .take(300)
            .collect::<String>()
    };
    if status.is_server_error() {
        return Err(broken!("{} answered {status}: {}", route.path(), text()));
    }
    if status.is_success() {
        let parses = match route {
            Route::Code => serde_json::from_slice::<CodeReply>(reply).is_ok(),
            Route::Responses => serde_json::from_slice::<DeliveryReply>(reply).is_ok(),
            Route::Enrol => serde_json::from_slice::<EnrolReply>(reply).is_ok(),
            Route::Batches | Route::SignedBatchBody => {
                serde_json::from_slice::<BatchReply>(reply).is_ok()
            }
        };
        crate::ensure!(
            parses,
            "{} answered {status} with an unexpected reply: {}",
            route.path(),
            text()
        );
        return Ok(format!("{}", status.as_u16()));
    }
    let refusal: ErrorReply = serde_json::from_slice(reply).map_err(|_| {
        broken!(
            "{} refused with {status} but no ErrorReply: {}",
            route.path(),
            text()
        )
    })?;
    crate::ensure!(
        KNOWN_REASONS.contains(&refusal.error.as_str()),
        "{} refused with the unknown reason {:?}",
        route.path(),
        refusal.error
    );
    if route == Route::SignedBatchBody {
        crate::ensure!(
            refusal.error != reason::BAD_SIGNATURE && refusal.error != reason::UNKNOWN_KIOSK,
            "a batch signed by an enrolled kiosk was refused as {}",
            refusal.error
        );
    }
    Ok(format!("{} {}", status.as_u16(), refusal.error))
}
