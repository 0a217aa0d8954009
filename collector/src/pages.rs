//! The pages people read: a contact person's page behind their personal results key (throttled
//! like access codes), and the public national page.
//!
//! Until the publication exists nothing here shows an answer: a contact sees progress (counts,
//! kiosks, days left), the public a national count rounded to tens. After it, both show the
//! frozen publication, never anything computed from responses, until results close.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Form;

use crate::api::{blocking, internal, AppState, ClientAddr, Refusal};
use crate::page::{self, Progress};
use crate::secret_check::{address_key, check_secret};

#[derive(serde::Deserialize)]
pub struct Login {
    key: String,
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

pub async fn login_form(Path(municipality): Path<String>) -> Html<String> {
    let number = page::escape(&municipality);
    Html(page::document(
        "Resultater",
        &format!(
            "<h1>Kommune {number}</h1>\
             <form method=\"post\" action=\"/results/{number}\">\
             <label for=\"key\">Din personlige resultatnøkkel</label><br>\
             <input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"off\" size=\"40\" required> \
             <button type=\"submit\">Vis fremdrift og resultater</button></form>"
        ),
    ))
}

pub async fn results(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    Path(municipality): Path<String>,
    Form(login): Form<Login>,
) -> Response {
    let outcome = blocking(&state, move |state| {
        contact_page(state, addr, &municipality, &login.key)
    })
    .await;
    match outcome {
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

/// The results close on 1 October of the year after the survey.
fn results_close(state: &AppState) -> chrono::NaiveDate {
    use chrono::Datelike;
    chrono::NaiveDate::from_ymd_opt(state.pack.period.closes.year() + 1, 10, 1)
        .expect("1 October exists")
}

fn contact_page(
    state: &AppState,
    addr: Option<IpAddr>,
    municipality: &str,
    key: &str,
) -> Result<String, Refusal> {
    let closes = results_close(state);
    if state.today() > closes {
        return Err(state.refuse(
            StatusCode::GONE,
            "results_closed",
            format!("Resultatene var tilgjengelige til {closes}."),
        ));
    }
    let contact_id: String = key.trim().chars().take_while(|c| *c != '-').collect();
    let keys = [
        format!("results-address:{}", address_key(addr)),
        format!("results-contact:{contact_id}"),
    ];
    let own_municipality = check_secret(
        state,
        &keys,
        |db| db.contact(&contact_id),
        key,
        "For mange feil forsøk. Vent litt og prøv igjen.",
        ("wrong_key", "Nøkkelen er feil."),
    )?;
    if own_municipality != municipality {
        return Err(state.refuse(
            StatusCode::FORBIDDEN,
            "other_municipality",
            "Nøkkelen din gjelder en annen kommune.",
        ));
    }
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
