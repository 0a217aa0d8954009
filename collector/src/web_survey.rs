//! The web survey's back end: what the participant's page needs to run the survey on its own
//! (the survey and its routing rules; each language's texts and sound under content names, see
//! `web_content`), the access-code
//! check that gives the page a ticket, and the delivery of responses the page sealed.
//!
//! The page seals each response in the browser to the survey's recipient, padded as the kiosk
//! pads its own, so nothing here ever sees an answer. A delivery carries the ticket (the same
//! for everyone of the municipality), the response id, what travels beside every seal (survey,
//! version, completion day) and the sealed bytes: no address, cookie or device identifier is
//! stored with it. Responses are stored like a kiosk's, exactly once by response id.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sync::wire::reason;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::CompressionLayer;

use crate::admission::{collected_survey, completion_refused, deliveries_open};
use crate::client_addr::ClientAddr;
use crate::db::NewResponse;
use crate::refusal::{blocking, parse_body, Refusal};
use crate::secret_check::{Guess, GuessGuard, OnRepeatedFailures, Wording};
use crate::state::AppState;
use crate::ticket::Ticket;
use crate::web_content::Form;
use crate::{secrets, web_content, web_files};

/// The largest request the web survey takes: one response, sealed and in base64, with room.
pub const MAX_WEB_BODY_BYTES: usize = 64 * 1024;

/// The web survey's routes, under `/survey`.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/survey", get(web_files::redirect_to_survey))
        .route("/survey/", get(web_files::survey_page))
        .route("/survey/demo", get(web_files::redirect_to_demo))
        .route("/survey/demo/", get(web_files::demo_page))
        .route("/survey/api/survey", get(survey))
        .route("/survey/api/content/{name}", get(content))
        .route(
            "/survey/api/code",
            post(check_code).layer(DefaultBodyLimit::max(crate::refusal::SMALL_BODY_BYTES)),
        )
        .route(
            "/survey/api/responses",
            post(deliver).layer(DefaultBodyLimit::max(MAX_WEB_BODY_BYTES)),
        )
        .route("/survey/{*path}", get(web_files::ui_file))
        // Text (screens, survey, texts) shrinks to a fraction on a phone's connection; sound
        // and sealed responses do not, so they are sent as they are.
        .layer(
            CompressionLayer::new()
                .gzip(true)
                .compress_when(DefaultPredicate::new().and(NotForContentType::const_new("audio/"))),
        )
}

/// One language as its tile on the welcome screen shows it.
#[derive(Serialize)]
struct Tile<'a> {
    code: &'a str,
    autonym: &'a str,
    script: &'a str,
    direction: survey::Direction,
    greeting: String,
    listen: String,
    /// Said when this language is chosen offline on a device that never loaded it.
    not_kept: String,
    /// The content name of the language's bundle (texts and clip names).
    bundle: &'a str,
    /// The content names of the clips the tile itself plays.
    clips: std::collections::BTreeMap<String, String>,
    /// The same with the clips as MP3, for a browser that plays no Ogg (when the pack has them).
    #[serde(skip_serializing_if = "Option::is_none")]
    mp3: Option<ClipForm<'a>>,
}

#[derive(Serialize)]
struct ClipForm<'a> {
    bundle: &'a str,
    clips: std::collections::BTreeMap<String, String>,
}

#[derive(Serialize)]
struct SurveyInfo<'a> {
    survey: survey::web::WebSurvey<'a>,
    languages: Vec<Tile<'a>>,
    survey_period: survey::manifest::SurveyPeriod,
    /// Whether responses are taken today (the period, on the collector's date).
    open: bool,
    /// The collector's date, and when it said so (milliseconds since 1970 on its clock): the
    /// page dates a response by the collector's calendar, not by a device's that may be wrong.
    today: NaiveDate,
    served_at_ms: i64,
    /// The age recipient the page seals to.
    recipient: &'a str,
    sealed_bytes: usize,
    /// Every clip id some language has (the bundles name each language's own clips).
    clips: Vec<String>,
}

async fn survey(State(state): State<Arc<AppState>>) -> Response {
    let pack = &state.pack;
    let content = state.web_content();
    let text = |lang: &str, id: &str| pack.catalog.format(lang, id, None).unwrap_or_default();
    let info = SurveyInfo {
        survey: survey::web::WebSurvey::of(&pack.definition),
        languages: pack
            .languages
            .iter()
            .map(|l| Tile {
                code: &l.code,
                autonym: &l.autonym,
                script: &l.script,
                direction: l.direction,
                greeting: text(&l.code, "welcome-greeting"),
                listen: text(&l.code, "nav-play"),
                not_kept: text(&l.code, "web-language-not-kept"),
                bundle: content
                    .bundle_name(&l.code, Form::Ogg)
                    .expect("a bundle for each language"),
                clips: web_content::clips_of(
                    pack,
                    &l.code,
                    web_content::TILE_CLIPS.map(str::to_owned),
                    Form::Ogg,
                ),
                mp3: content
                    .bundle_name(&l.code, Form::Mp3)
                    .map(|bundle| ClipForm {
                        bundle,
                        clips: web_content::clips_of(
                            pack,
                            &l.code,
                            web_content::TILE_CLIPS.map(str::to_owned),
                            Form::Mp3,
                        ),
                    }),
            })
            .collect(),
        survey_period: pack.period,
        open: pack.period.contains(state.today()),
        today: state.today(),
        served_at_ms: chrono::Utc::now().timestamp_millis(),
        recipient: &pack.recipient,
        sealed_bytes: sync::seal::sealed_len(pack.definition.padded_response_bytes()),
        clips: pack
            .languages
            .iter()
            .flat_map(|l| survey::pack::clip_ids(&pack.definition, &pack.catalog, &l.code))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect(),
    };
    no_cache(Json(info).into_response())
}

/// A bundle or a clip by its content name. Neither ever changes under its name, so a phone
/// keeps it for good.
async fn content(
    State(state): State<Arc<AppState>>,
    Path(name): Path<String>,
) -> Result<Response, Refusal> {
    const FOREVER: &str = "public, max-age=31536000, immutable";
    if let Some(bundle) = state.web_content().bundle(&name) {
        let headers = [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, FOREVER),
        ];
        return Ok((headers, bundle).into_response());
    }
    // Only clips: the rest of the pack is for kiosks.
    if let Some(path) = state.pack.web_file_path(&name) {
        let bytes = tokio::fs::read(path).await?;
        let headers = [
            (header::CONTENT_TYPE, survey::web_audio::CONTENT_TYPE),
            (header::CACHE_CONTROL, FOREVER),
        ];
        return Ok((headers, bytes).into_response());
    }
    let path = state
        .pack
        .file_path(&name)
        .filter(|path| path.extension().is_some_and(|ext| ext == "ogg"))
        .filter(|path| {
            path.parent()
                .and_then(|p| p.parent())
                .is_some_and(|p| p.ends_with("audio"))
        })
        .ok_or_else(|| not_found("no such content"))?
        .to_owned();
    let bytes = tokio::fs::read(&path).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "audio/ogg"),
            (header::CACHE_CONTROL, FOREVER),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Deserialize)]
struct CodeRequest {
    code: String,
}

#[derive(Serialize, Deserialize, Debug)]
pub struct CodeReply {
    pub municipality_number: String,
    pub municipality_name: String,
    /// Proof that the page was given a right code, to send with each response.
    pub ticket: String,
}

async fn check_code(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<CodeReply>, Refusal> {
    let request: CodeRequest = parse_body(body)?;
    let code = request.code.trim().to_ascii_uppercase();
    let municipality = secrets::municipality_of(&code);
    let lookup_number = municipality.clone();
    let name = GuessGuard::check(
        &state,
        Guess {
            scope: "web-code",
            address: addr,
            subject: municipality.clone().map(|number| ("access-code", number)),
            policy: OnRepeatedFailures::Wait,
            budget: &crate::secret_check::PBKDF2_CHECKS,
        },
        move |db| match &lookup_number {
            Some(number) => db.municipality(number),
            None => Ok(None),
        },
        code,
        Wording {
            // Said only when the address has every place in use; the page says it in the
            // participant's language (`web-code-throttled`).
            locked: "too many codes from this address at once; try again in a moment",
            wrong_reason: reason::WRONG_CODE,
            wrong: "the code is wrong",
        },
    )
    .await?;
    let number = municipality.expect("a matching code names its municipality");
    let municipality_number = number.clone();
    let ticket = blocking(&state, move |state| {
        let (_, code_salt, _) = state
            .db()
            .municipality(&number)?
            .ok_or_else(|| Refusal::internal("the municipality of a right code is gone"))?;
        let ticket = Ticket {
            municipality: number,
            closes: state.pack.period.closes,
            code_salt,
        };
        Ok(ticket.sign(&ticket_key(state)?))
    })
    .await?;
    Ok(Json(CodeReply {
        municipality_number,
        municipality_name: name,
        ticket,
    }))
}

fn ticket_key(state: &AppState) -> Result<Vec<u8>, Refusal> {
    Ok(collector_data::web_ticket::key(state.db().data_dir())?)
}

/// A response as the page delivers it.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct WebDelivery {
    pub ticket: String,
    pub response_id: String,
    pub survey_id: String,
    pub survey_version: u32,
    pub completed_on: NaiveDate,
    /// The sealed response, base64.
    pub sealed: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Eq)]
pub struct DeliveryReply {
    /// True when this delivery stored it; false when it was held already (a repeat).
    pub stored: bool,
}

async fn deliver(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<DeliveryReply>, Refusal> {
    // Counted before anything else is looked at, so that a flood costs the least.
    if let Some(addr) = addr {
        state
            .deliveries
            .take_address(addr, std::time::Instant::now())
            .map_err(too_many)?;
    }
    let delivery: WebDelivery = parse_body(body)?;
    let reply = blocking(&state, move |state| deliver_blocking(state, &delivery)).await?;
    Ok(Json(reply))
}

/// Past a delivery limit: the page keeps the response and tries again after the wait.
fn too_many(wait: std::time::Duration) -> Refusal {
    Refusal::new(
        StatusCode::TOO_MANY_REQUESTS,
        reason::TOO_MANY_DELIVERIES,
        "more responses than the collector takes at once; the page keeps this one and sends it later",
    )
    .retry_after(wait.as_secs().max(1))
}

fn bad_ticket(message: impl Into<String>) -> Refusal {
    Refusal::new(StatusCode::UNAUTHORIZED, reason::BAD_TICKET, message)
}

/// The municipality a delivery's ticket lets it deliver for: a ticket this collector signed,
/// for this survey period, made from the municipality's code in use or from one replaced on
/// or after the day the response was completed.
fn ticket_municipality(state: &AppState, delivery: &WebDelivery) -> Result<String, Refusal> {
    let ticket = Ticket::read(&ticket_key(state)?, &delivery.ticket).ok_or_else(|| {
        bad_ticket("the response does not carry a ticket from this collector; enter the code again")
    })?;
    if ticket.closes != state.pack.period.closes {
        return Err(bad_ticket(
            "the ticket was given for another survey period; enter the code again",
        ));
    }
    let db = state.db();
    let (_, salt_in_use, _) = db
        .municipality(&ticket.municipality)?
        .ok_or_else(|| bad_ticket("the ticket's municipality takes no responses"))?;
    if salt_in_use != ticket.code_salt {
        let replaced_on = db.code_replaced_on(&ticket.municipality, &ticket.code_salt)?;
        let completed = delivery.completed_on.to_string();
        match replaced_on {
            // ISO dates compare as text.
            Some(day) if completed <= day => {}
            Some(day) => {
                return Err(bad_ticket(format!(
                    "the ticket was made from an access code replaced on {day}; enter the new code"
                )))
            }
            None => return Err(bad_ticket("the ticket names no code of its municipality")),
        }
    }
    Ok(ticket.municipality)
}

fn deliver_blocking(state: &AppState, delivery: &WebDelivery) -> Result<DeliveryReply, Refusal> {
    let municipality = ticket_municipality(state, delivery)?;
    state
        .deliveries
        .take_ticket(&delivery.ticket, std::time::Instant::now())
        .map_err(too_many)?;
    collected_survey(state, &delivery.survey_id, delivery.survey_version)?;
    deliveries_open(state)?;
    if let Some(why) = completion_refused(state, delivery.completed_on) {
        let message = if why == reason::FUTURE_DATE {
            "completed after tomorrow: the device's date is wrong"
        } else {
            "completed outside the survey period"
        };
        return Err(Refusal::new(StatusCode::UNPROCESSABLE_ENTITY, why, message));
    }
    if !is_response_id(&delivery.response_id) {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            reason::MALFORMED,
            "the response id is not a UUID",
        ));
    }
    let pack = &state.pack;
    let sealed = BASE64
        .decode(&delivery.sealed)
        .ok()
        .filter(|bytes| {
            bytes.len() == sync::seal::sealed_len(pack.definition.padded_response_bytes())
                && sync::seal::has_sealed_shape(bytes)
        })
        .ok_or_else(|| {
            Refusal::new(
                StatusCode::BAD_REQUEST,
                reason::NOT_SEALED,
                "the response is not sealed as every response of this survey is",
            )
        })?;
    let row = NewResponse {
        response_id: &delivery.response_id,
        survey_id: &delivery.survey_id,
        survey_version: delivery.survey_version,
        completed_on: delivery.completed_on,
        sealed: &sealed,
    };
    // Deliveries are counted per municipality and day under one "web" sender, for the owner's
    // stuffing check, as a kiosk's are.
    let sender = format!("web-{municipality}");
    let new = state
        .db()
        .insert_responses(&municipality, &[row], Some((&sender, state.today())))?;
    state
        .metrics
        .web_responses
        .fetch_add(new as u64, std::sync::atomic::Ordering::Relaxed);
    Ok(DeliveryReply { stored: new > 0 })
}

/// A hyphenated UUID, as the page's `crypto.randomUUID()` makes: the id is kept as it comes,
/// so it may not be anything longer.
fn is_response_id(id: &str) -> bool {
    id.len() == 36
        && id.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

fn not_found(message: &str) -> Refusal {
    Refusal::new(StatusCode::NOT_FOUND, reason::NOT_FOUND, message)
}

fn no_cache(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-cache"),
    );
    response
}
