//! The pages people read: a contact person's page behind their personal results key (throttled
//! like access codes), and the public national page.
//!
//! Until the publication exists nothing here shows an answer: a contact sees progress (counts,
//! kiosks, days left), the public a national count rounded to tens. After it, both show the
//! frozen publication, never anything computed from responses, until results close.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Form;

use sync::wire::reason;

use crate::api::{blocking, internal, AppState, Refusal};
use crate::client_addr::ClientAddr;
use crate::page::{self, Progress};
use crate::secret_check::{Guess, GuessGuard, OnRepeatedFailures, Wording};

#[derive(serde::Deserialize)]
pub struct Login {
    key: String,
    #[serde(default)]
    form_token: String,
}

/// A page that may carry a contact's figures: never cached by a browser or proxy.
fn private_html(status: StatusCode, html: String) -> Response {
    let mut response = (status, Html(html)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn message_page(status: StatusCode, title: &str, message: &str) -> Response {
    let body = format!(
        "<h1>{}</h1><p class=\"note\">{}</p>",
        page::escape(title),
        page::escape(message)
    );
    private_html(status, page::document(title, &body))
}

/// The cookie that carries the login form's token: a cross-site form post cannot carry it
/// (`SameSite=Strict`) nor know it, so a post without the matching pair is refused before any
/// key is checked and no other site can spend a visitor's guesses.
pub(crate) const FORM_COOKIE: &str = "form_token";

pub async fn login_form(Path(municipality): Path<String>) -> Response {
    let number = page::escape(&municipality);
    let token = crate::secrets::random_id();
    let mut response = Html(page::document(
        "Resultater",
        &format!(
            "<h1>Kommune {number}</h1>\
             <form method=\"post\" action=\"/results/{number}\">\
             <input type=\"hidden\" name=\"form_token\" value=\"{token}\">\
             <label for=\"key\">Din personlige resultatnøkkel</label><br>\
             <input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"off\" size=\"40\" required> \
             <button type=\"submit\">Vis fremdrift og resultater</button></form>"
        ),
    ))
    .into_response();
    let cookie = format!("{FORM_COOKIE}={token}; Path=/results; HttpOnly; SameSite=Strict");
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).expect("hex and ASCII"),
    );
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The form's token matches the cookie the form came with.
pub(crate) fn form_token_matches(headers: &HeaderMap, posted: &str) -> bool {
    let from_cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == FORM_COOKIE)
        .map(|(_, value)| value);
    match from_cookie {
        // Timing cannot help a cross-site poster: it sees neither the cookie nor the answer.
        Some(token) => !token.is_empty() && token == posted,
        None => false,
    }
}

pub async fn results(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    Path(municipality): Path<String>,
    headers: HeaderMap,
    Form(login): Form<Login>,
) -> Response {
    match results_outcome(&state, addr, municipality, &headers, login).await {
        Ok(html) => private_html(StatusCode::OK, html),
        Err(refusal) => {
            let mut response =
                message_page(refusal.status, "Ingen tilgang", &refusal.reply.message);
            if let Some(seconds) = refusal.reply.retry_after_seconds {
                response.headers_mut().insert(
                    header::RETRY_AFTER,
                    seconds.to_string().parse().expect("digits"),
                );
            }
            response
        }
    }
}

async fn results_outcome(
    state: &Arc<AppState>,
    addr: Option<IpAddr>,
    municipality: String,
    headers: &HeaderMap,
    login: Login,
) -> Result<String, Refusal> {
    if !form_token_matches(headers, &login.form_token) {
        return Err(state.refuse(
            StatusCode::FORBIDDEN,
            reason::BAD_FORM_TOKEN,
            "Skjemaet er utløpt. Last inn siden på nytt og prøv igjen.",
        ));
    }
    let closes = results_close(state);
    if state.today() > closes {
        return Err(state.refuse(
            StatusCode::GONE,
            "results_closed",
            format!("Resultatene var tilgjengelige til {closes}."),
        ));
    }
    let contact_id: String = login.key.trim().chars().take_while(|c| *c != '-').collect();
    let own_municipality = GuessGuard::check(
        state,
        Guess {
            scope: "results",
            address: addr,
            subject: Some(("results-key", contact_id.clone())),
            policy: OnRepeatedFailures::Refuse,
        },
        move |db| db.contact(&contact_id),
        login.key,
        Wording {
            locked: "For mange feil forsøk. Vent litt og prøv igjen.",
            wrong_reason: "wrong_key",
            wrong: "Nøkkelen er feil.",
        },
    )
    .await?;
    if own_municipality != municipality {
        return Err(state.refuse(
            StatusCode::FORBIDDEN,
            "other_municipality",
            "Nøkkelen din gjelder en annen kommune.",
        ));
    }
    blocking(state, move |state| contact_page(state, &municipality)).await
}

/// The results close on 1 October of the year after the survey.
fn results_close(state: &AppState) -> chrono::NaiveDate {
    use chrono::Datelike;
    chrono::NaiveDate::from_ymd_opt(state.pack.period.closes.year() + 1, 10, 1)
        .expect("1 October exists")
}

/// A contact's page, once their key has opened it: the publication, or progress until then.
fn contact_page(state: &AppState, municipality: &str) -> Result<String, Refusal> {
    if let Some(publication) = state.publication().map_err(|e| internal(state, e))? {
        return Ok(match publication.municipalities.get(municipality) {
            Some(results) => page::municipality_page(municipality, results),
            None => page::too_few_page(municipality, publication.threshold),
        });
    }
    let db = state.db();
    let name = db
        .municipality_name(municipality)
        .map_err(|e| internal(state, e))?
        .unwrap_or_default();
    let responses = db
        .municipality_response_count(municipality)
        .map_err(|e| internal(state, e))?;
    let kiosks = db
        .kiosk_progress(municipality)
        .map_err(|e| internal(state, e))?;
    let today = state.today();
    let period = &state.pack.period;
    Ok(page::progress_page(&Progress {
        number: municipality,
        name: &name,
        responses,
        threshold: state.config.results_threshold,
        kiosks: &kiosks,
        days_left: (today <= period.closes).then(|| (period.closes - today).num_days()),
    }))
}

pub async fn national(State(state): State<Arc<AppState>>) -> Response {
    let outcome = blocking(&state, |state| {
        let publication = state.publication().map_err(|e| internal(state, e))?;
        match publication {
            Some(publication) if state.today() <= results_close(state) => {
                Ok(page::national_page(&publication))
            }
            Some(_) => Err(state.refuse(
                StatusCode::GONE,
                "results_closed",
                format!(
                    "Resultatene var tilgjengelige til {}.",
                    results_close(state)
                ),
            )),
            None => {
                let responses = state
                    .db()
                    .response_count()
                    .map_err(|e| internal(state, e))?;
                Ok(page::collecting_national_page(responses))
            }
        }
    })
    .await;
    match outcome {
        Ok(html) => Html(html).into_response(),
        Err(refusal) => message_page(refusal.status, "Ikke tilgjengelig", &refusal.reply.message),
    }
}
