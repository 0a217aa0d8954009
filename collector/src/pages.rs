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
use axum::routing::get;
use axum::Router;

use crate::client_addr::ClientAddr;
use crate::forms::{self, PublicForm};
use crate::invitation;
use crate::page::{self, Progress};
use crate::refusal::{blocking, Refusal};
use crate::secret_check::{Guess, GuessGuard, OnRepeatedFailures, Wording};
use crate::state::AppState;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/results/{municipality}", get(login_form).post(results))
        .route(
            "/results/{municipality}/material",
            axum::routing::post(material),
        )
        .route("/national", get(national))
}

/// The results login: a contact's personal key. Its form token is checked before the key
/// ([`PublicForm`]), so no other site can spend a visitor's guesses.
#[derive(serde::Deserialize)]
pub struct Login {
    key: String,
}

/// The invitation material, behind the same key as the page that offers it: every language's
/// printable page with QR code, SMS, e-mail and lesson guide, the set `survey-collector
/// invitation` writes, as one zip file.
async fn material(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    Path(municipality): Path<String>,
    PublicForm { form: login, .. }: PublicForm<Login>,
) -> Response {
    let checked = check_key(&state, addr, municipality.clone(), login.key).await;
    let zipped = match checked {
        Ok(()) => blocking(&state, move |state| invitation_zip(state, &municipality)).await,
        Err(refusal) => Err(refusal),
    };
    match zipped {
        Ok(bytes) => page::attachment(bytes, "application/zip", "invitasjoner.zip"),
        Err(refusal) => refusal.mark(message_page(
            refusal.status,
            "Ingen tilgang",
            &refusal.reply.message,
        )),
    }
}

fn invitation_zip(state: &AppState, municipality: &str) -> Result<Vec<u8>, Refusal> {
    let db = state.db();
    let name = db.municipality_name(municipality)?.unwrap_or_default();
    let sealed = db.sealed_access_code(municipality)?.ok_or_else(|| {
        Refusal::new(
            StatusCode::CONFLICT,
            "no_code_yet",
            "Kommunen har ingen tilgangskode ennå.",
        )
    })?;
    let code = crate::code_vault::open(db.data_dir(), municipality, &sealed)?;
    let invitation = invitation::Invitation {
        base_url: &state.config.public_url,
        code: &code,
        municipality_name: &name,
        closes: state.pack.period.closes,
    };
    let files: Vec<(String, Vec<u8>)> = invitation::files(&invitation)?
        .into_iter()
        .map(|(path, text)| {
            let path = path.to_string_lossy().replace('\\', "/");
            (format!("invitasjoner/{path}"), text.into_bytes())
        })
        .collect();
    Ok(crate::zip::stored(&files))
}

/// What the contact's page offers for inviting participants: the link, and the material
/// behind the same key (posted again with the page's own form token).
fn invite_section(state: &AppState, municipality: &str, key: &str, form_token: &str) -> String {
    let base = state.config.public_url.trim_end_matches('/');
    format!(
        "<h2>Invitere deltakere</h2>\
         <p>Deltakere som svarer på egen telefon, nettbrett eller PC, åpner \
         <strong>{link}</strong> og skriver kommunens tilgangskode.</p>\
         <p>Invitasjoner på 24 språk: en side til utskrift med QR-kode, tekst til SMS og \
         e-post, og veiledning for undervisning på Teams eller Zoom. Lenken i dem har koden \
         med, så deltakerne slipper å skrive den.</p>\
         <form method=\"post\" action=\"/results/{number}/material\">\
         <input type=\"hidden\" name=\"form_token\" value=\"{token}\">\
         <input type=\"hidden\" name=\"key\" value=\"{key}\">\
         <button type=\"submit\">Last ned invitasjonene (zip)</button></form>",
        link = page::escape(&format!("{base}/survey/")),
        number = page::escape(municipality),
        token = page::escape(form_token),
        key = page::escape(key),
    )
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

async fn login_form(Path(municipality): Path<String>) -> Response {
    let number = page::escape(&municipality);
    let (token, cookie) = forms::new_form_token("/results");
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
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn results(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    Path(municipality): Path<String>,
    PublicForm { form: login, token }: PublicForm<Login>,
) -> Response {
    match results_outcome(&state, addr, municipality, login, token).await {
        Ok(html) => private_html(StatusCode::OK, html),
        Err(refusal) => refusal.mark(message_page(
            refusal.status,
            "Ingen tilgang",
            &refusal.reply.message,
        )),
    }
}

async fn results_outcome(
    state: &Arc<AppState>,
    addr: Option<IpAddr>,
    municipality: String,
    login: Login,
    form_token: String,
) -> Result<String, Refusal> {
    let key = login.key.clone();
    check_key(state, addr, municipality.clone(), login.key).await?;
    blocking(state, move |state| {
        contact_page(state, &municipality, &key, &form_token)
    })
    .await
}

/// Whether `key` is a contact's of `municipality`, under the guessing guard.
async fn check_key(
    state: &Arc<AppState>,
    addr: Option<IpAddr>,
    municipality: String,
    key: String,
) -> Result<(), Refusal> {
    let closes = results_close(state);
    if state.today() > closes {
        return Err(Refusal::new(
            StatusCode::GONE,
            "results_closed",
            format!("Resultatene var tilgjengelige til {closes}."),
        ));
    }
    let contact_id: String = key.trim().chars().take_while(|c| *c != '-').collect();
    let own_municipality = GuessGuard::check(
        state,
        Guess {
            scope: "results",
            address: addr,
            subject: Some(("results-key", contact_id.clone())),
            policy: OnRepeatedFailures::Wait,
            budget: &crate::secret_check::PBKDF2_CHECKS,
        },
        move |db| db.contact(&contact_id),
        key,
        Wording {
            locked: "For mange feil forsøk. Vent litt og prøv igjen.",
            wrong_reason: "wrong_key",
            wrong: "Nøkkelen er feil.",
        },
    )
    .await?;
    if own_municipality != municipality {
        return Err(Refusal::new(
            StatusCode::FORBIDDEN,
            "other_municipality",
            "Nøkkelen din gjelder en annen kommune.",
        ));
    }
    Ok(())
}

/// The results close on 1 October of the year after the survey.
fn results_close(state: &AppState) -> chrono::NaiveDate {
    use chrono::Datelike;
    chrono::NaiveDate::from_ymd_opt(state.pack.period.closes.year() + 1, 10, 1)
        .expect("1 October exists")
}

/// A contact's page, once their key has opened it: the publication, or progress until then.
fn contact_page(
    state: &AppState,
    municipality: &str,
    key: &str,
    form_token: &str,
) -> Result<String, Refusal> {
    if let Some(publication) = state.publication()? {
        return Ok(match publication.municipalities.get(municipality) {
            Some(results) => page::municipality_page(municipality, results),
            None => page::too_few_page(municipality, publication.threshold),
        });
    }
    let db = state.db();
    let name = db.municipality_name(municipality)?.unwrap_or_default();
    // As of the end of yesterday: a count that moves during the day would tell a contact, and
    // anyone they show the page to, when a response arrived.
    let today = state.today();
    let responses = db.municipality_responses_before(municipality, today)?;
    let kiosks = db.kiosk_progress_before(municipality, today)?;
    let period = &state.pack.period;
    Ok(page::progress_page(&Progress {
        number: municipality,
        name: &name,
        responses,
        threshold: state.config.results_threshold,
        kiosks: &kiosks,
        days_left: (today <= period.closes).then(|| (period.closes - today).num_days()),
        invite_html: &match db.code_issued_on(municipality)? {
            Some(_) => invite_section(state, municipality, key, form_token),
            None => String::new(),
        },
    }))
}

async fn national(State(state): State<Arc<AppState>>) -> Response {
    let outcome = blocking(&state, |state| {
        let publication = state.publication()?;
        match publication {
            Some(publication) if state.today() <= results_close(state) => {
                Ok(page::national_page(&publication))
            }
            Some(_) => Err(Refusal::new(
                StatusCode::GONE,
                "results_closed",
                format!(
                    "Resultatene var tilgjengelige til {}.",
                    results_close(state)
                ),
            )),
            None => {
                let responses = state.db().response_count()?;
                Ok(page::collecting_national_page(responses))
            }
        }
    })
    .await;
    match outcome {
        Ok(html) => Html(html).into_response(),
        Err(refusal) => refusal.mark(message_page(
            refusal.status,
            "Ikke tilgjengelig",
            &refusal.reply.message,
        )),
    }
}
