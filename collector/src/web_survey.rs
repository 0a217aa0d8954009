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
use base64::engine::general_purpose::{STANDARD as BASE64, URL_SAFE_NO_PAD as BASE64_URL};
use base64::Engine;
use chrono::NaiveDate;
use ring::hmac;
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
                    .bundle_name(&l.code)
                    .expect("a bundle for each language"),
                clips: web_content::clips_of(
                    pack,
                    &l.code,
                    web_content::TILE_CLIPS.map(str::to_owned),
                ),
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
        },
        move |db| match &lookup_number {
            Some(number) => db.municipality(number),
            None => Ok(None),
        },
        code,
        Wording {
            // Never said: the web survey waits instead of refusing.
            locked: "",
            wrong_reason: reason::WRONG_CODE,
            wrong: "the code is wrong",
        },
    )
    .await?;
    let number = municipality.expect("a matching code names its municipality");
    let ticket = blocking(&state, move |state| {
        Ok(ticket(&ticket_key(state)?, &number))
    })
    .await?;
    let (municipality_number, _) = ticket
        .split_once('.')
        .expect("a ticket names its municipality");
    Ok(Json(CodeReply {
        municipality_number: municipality_number.to_owned(),
        municipality_name: name,
        ticket,
    }))
}

fn ticket_key(state: &AppState) -> Result<hmac::Key, Refusal> {
    let key = state.db().web_ticket_key()?;
    Ok(hmac::Key::new(hmac::HMAC_SHA256, &key))
}

const TICKET_CONTEXT: &[u8] = b"survey-kiosk web ticket v1\0";

/// `<municipality>.<signature>`: the same for everyone the municipality invites.
fn ticket(key: &hmac::Key, municipality: &str) -> String {
    let tag = hmac::sign(key, &[TICKET_CONTEXT, municipality.as_bytes()].concat());
    format!("{municipality}.{}", BASE64_URL.encode(tag.as_ref()))
}

/// The municipality a ticket was given for, if the collector gave it.
fn municipality_of_ticket(key: &hmac::Key, ticket: &str) -> Option<String> {
    let (municipality, tag) = ticket.split_once('.')?;
    let tag = BASE64_URL.decode(tag).ok()?;
    hmac::verify(
        key,
        &[TICKET_CONTEXT, municipality.as_bytes()].concat(),
        &tag,
    )
    .ok()?;
    Some(municipality.to_owned())
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
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<DeliveryReply>, Refusal> {
    let delivery: WebDelivery = parse_body(body)?;
    let reply = blocking(&state, move |state| deliver_blocking(state, &delivery)).await?;
    Ok(Json(reply))
}

fn deliver_blocking(state: &AppState, delivery: &WebDelivery) -> Result<DeliveryReply, Refusal> {
    let municipality =
        municipality_of_ticket(&ticket_key(state)?, &delivery.ticket).ok_or_else(|| {
            Refusal::new(
                StatusCode::UNAUTHORIZED,
                reason::BAD_TICKET,
                "the response does not carry a ticket from this collector; enter the code again",
            )
        })?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ticket_names_its_municipality_and_nothing_else_passes() {
        let key = hmac::Key::new(hmac::HMAC_SHA256, b"0123456789abcdef0123456789abcdef");
        let other = hmac::Key::new(hmac::HMAC_SHA256, b"fedcba9876543210fedcba9876543210");
        let ticket = ticket(&key, "0301");
        assert_eq!(
            municipality_of_ticket(&key, &ticket).as_deref(),
            Some("0301")
        );
        assert_eq!(municipality_of_ticket(&other, &ticket), None);
        let moved = ticket.replacen("0301", "4601", 1);
        assert_eq!(municipality_of_ticket(&key, &moved), None);
        assert_eq!(municipality_of_ticket(&key, "0301"), None);
        assert_eq!(municipality_of_ticket(&key, "0301.!!"), None);
        let mut cut = ticket.clone();
        cut.pop();
        assert_eq!(municipality_of_ticket(&key, &cut), None);
    }
}
