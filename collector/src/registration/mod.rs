//! Registration: a municipality registers 1–4 contact persons through `/register` before the
//! owner's deadline; each confirms their address through a mailed link; a contact on one of the
//! municipality's e-mail domains is approved on confirming, any other waits for the owner
//! ([`approve_contact`]). Approval issues the municipality's access code with its first contact
//! and mails the code and a personal results key to each approved contact.
//!
//! Anyone can type any address, so:
//! - a registration holds no place until its address is confirmed, and one left unconfirmed
//!   is deleted after [`contacts::CONFIRM_DAYS`] days, so junk registrations block nobody;
//! - the page answers every valid post with the same words, byte for byte; what happened (a
//!   link, "registered already", "the municipality has four") is told by mail to the address's
//!   owner only, so the form tells nobody who is registered or how many places are left;
//! - posts are limited per client address, mails per inbox (`kari+1@` and `kari+2@` are one
//!   inbox) and, for addresses off the municipality's domains, per municipality (in
//!   [`crate::secret_check`]); a limit reached sends nothing and says nothing on the page;
//! - a confirmation link is used through a button, so a mail scanner that opens links
//!   confirms nothing.

mod form;
pub mod import;
mod page;

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::NaiveDate;

use crate::client_addr::ClientAddr;
use crate::contacts::{self, approve_contact};
use crate::db::{setting_names, Db, NewContact, AUDIT_SYSTEM};
use crate::forms::{self, PublicForm};
use crate::mail::address;
use crate::refusal::{blocking, Refusal, Refused};
use crate::secret_check::PostLimit;
use crate::secrets;
use crate::state::AppState;
use crate::{CollectorError, DataError};
/// Registration posts from one client address in an hour: a municipality's office shares one.
const PER_CLIENT: PostLimit = PostLimit {
    scope: "register-client",
    posts: 20,
    window: Duration::from_secs(3600),
};
/// Registration mails to one inbox in a day (a municipality registering its four contacts
/// twice sends each of them two).
pub const PER_INBOX: PostLimit = PostLimit {
    scope: "register-inbox",
    posts: 3,
    window: Duration::from_secs(24 * 3600),
};
/// Registration mails in a day to addresses off a municipality's own domains, for that
/// municipality. Addresses on its domains are not counted here, so that nobody can use up a
/// municipality's allowance and keep its own staff from registering.
pub const PER_MUNICIPALITY_OFF_DOMAIN: PostLimit = PostLimit {
    scope: "register-municipality",
    posts: 8,
    window: Duration::from_secs(24 * 3600),
};
/// Nothing on these pages runs script or loads anything; forms post only here.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; \
                   frame-ancestors 'none'; base-uri 'none'";

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/register", get(form_page).post(submit))
        .route("/register/confirm/{token}", get(confirm_form).post(confirm))
}

/// The registration deadline the owner set, if any.
pub fn deadline(db: &Db) -> Result<Option<NaiveDate>, DataError> {
    Ok(db
        .setting(setting_names::REGISTRATION_DEADLINE)?
        .and_then(|d| d.parse().ok()))
}

/// A page answer: status, HTML, and a form token to set as the cookie, if a new form is shown.
struct Answer {
    status: StatusCode,
    html: String,
    /// The cookie that carries a new form's token.
    new_form_token: Option<HeaderValue>,
    retry_after: Option<Duration>,
    /// The reason code, when the answer is a refusal.
    refused: Option<&'static str>,
}

impl Answer {
    fn page(status: StatusCode, html: String) -> Answer {
        Answer {
            status,
            html,
            new_form_token: None,
            retry_after: None,
            refused: None,
        }
    }

    /// Marks this answer as a refusal, counted by its reason.
    fn refused(mut self, reason: &'static str) -> Answer {
        self.refused = Some(reason);
        self
    }

    fn message(status: StatusCode, title: &str, message: &str) -> Answer {
        Answer::page(status, page::message_page(title, message))
    }
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        let mut response = (self.status, axum::response::Html(self.html)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
        if let Some(cookie) = self.new_form_token {
            headers.insert(header::SET_COOKIE, cookie);
        }
        if let Some(wait) = self.retry_after {
            headers.insert(
                header::RETRY_AFTER,
                wait.as_secs().max(1).to_string().parse().expect("digits"),
            );
        }
        if let Some(reason) = self.refused {
            response.extensions_mut().insert(Refused(reason));
        }
        response
    }
}

fn failed(error: impl std::fmt::Display) -> Answer {
    let refusal = Refusal::internal(error);
    Answer::message(
        refusal.status,
        "Noe gikk galt",
        "Registreringen kunne ikke tas imot nå. Prøv igjen om litt.",
    )
    .refused(refusal.reason)
}

async fn form_page(State(state): State<Arc<AppState>>) -> Response {
    let answer = blocking(&state, |state| Ok(blank_form(state))).await;
    answer
        .unwrap_or_else(|r| Answer::message(r.status, "Noe gikk galt", &r.reply.message))
        .into_response()
}

fn blank_form(state: &AppState) -> Answer {
    let db = state.db();
    let (deadline, municipalities) = match (deadline(&db), db.listed_municipalities()) {
        (Ok(d), Ok(m)) => (d, m),
        (Err(e), _) | (_, Err(e)) => return failed(e),
    };
    if deadline.is_some_and(|d| state.today() > d) {
        return closed(deadline.expect("checked"));
    }
    let (token, cookie) = forms::new_form_token("/register");
    let mut answer = Answer::page(
        StatusCode::OK,
        page::form_page(&municipalities, &Default::default(), &[], &token, deadline),
    );
    answer.new_form_token = Some(cookie);
    answer
}

fn closed(deadline: NaiveDate) -> Answer {
    Answer::message(
        StatusCode::GONE,
        "Registreringen er stengt",
        &format!(
            "Fristen for å registrere kontaktpersoner var {}. Ta kontakt med direktoratet \
             hvis kommunen trenger flere kontaktpersoner.",
            deadline.format("%d.%m.%Y")
        ),
    )
}

async fn submit(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    PublicForm {
        form: fields,
        token,
    }: PublicForm<HashMap<String, String>>,
) -> Response {
    let answer = blocking(&state, move |state| {
        Ok(register(state, addr, &fields, &token))
    })
    .await;
    let sent = answer.as_ref().is_ok_and(|a| a.status == StatusCode::OK);
    if sent {
        state.mail_waiting.notify_one();
    }
    answer
        .unwrap_or_else(|r| Answer::message(r.status, "Noe gikk galt", &r.reply.message))
        .into_response()
}

fn register(
    state: &AppState,
    addr: Option<IpAddr>,
    fields: &HashMap<String, String>,
    form_token: &str,
) -> Answer {
    let today = state.today();
    let db = state.db();
    let (deadline, municipalities) = match (deadline(&db), db.listed_municipalities()) {
        (Ok(d), Ok(m)) => (d, m),
        (Err(e), _) | (_, Err(e)) => return failed(e),
    };
    if let Some(deadline) = deadline.filter(|d| today > *d) {
        return closed(deadline).refused("registration_closed");
    }
    let client = addr.map_or_else(|| "unknown".to_owned(), |a| a.to_string());
    if let Err(wait) = state.guesses.allow_post(PER_CLIENT, &client) {
        return too_many(wait);
    }
    let posted = form::read(fields);
    let known = municipalities
        .iter()
        .any(|m| m.number == posted.municipality);
    let contacts = match form::validate(&posted, known) {
        Ok(contacts) => contacts,
        Err(problems) => {
            return Answer::page(
                StatusCode::UNPROCESSABLE_ENTITY,
                page::form_page(&municipalities, &posted, &problems, form_token, deadline),
            )
            .refused("bad_form")
        }
    };
    let municipality = municipalities
        .iter()
        .find(|m| m.number == posted.municipality)
        .expect("validated as known");
    let domains = match db.municipality_domains(&municipality.number) {
        Ok(domains) => domains,
        Err(e) => return failed(e),
    };
    for contact in &contacts {
        let on_domain = form::domain_of(&contact.email).is_some_and(|d| domains.contains(&d));
        let allowed = state
            .guesses
            .allow_post(PER_INBOX, &address::inbox_of(&contact.email))
            .and_then(|()| match on_domain {
                true => Ok(()),
                false => state
                    .guesses
                    .allow_post(PER_MUNICIPALITY_OFF_DOMAIN, &municipality.number),
            });
        if allowed.is_err() {
            // Said to nobody: the page must read the same whatever was posted.
            log::info!("registration: a mail was not sent, its limit was reached");
            continue;
        }
        let new = NewContact {
            municipality: &municipality.number,
            name: &contact.name,
            email: &contact.email,
            phone: &contact.phone,
            role: contact.role,
        };
        match contacts::register(
            &db,
            &new,
            &municipality.name,
            today,
            &state.config.public_url,
        ) {
            Ok(outcome) => log::info!("registration: {outcome:?}, a mail is queued"),
            Err(e) => return failed(e),
        }
    }
    Answer::message(StatusCode::OK, "Takk", SENT)
}

/// The one answer to every valid registration post.
const SENT: &str = "Hvis adressene kan registreres for kommunen, er en e-post med en lenke på \
    vei til hver av dem. Lenken må åpnes innen to døgn for å bekrefte adressen. Kommer det ingen \
    e-post, sjekk søppelpost, eller ta kontakt med direktoratet.";

fn too_many(wait: Duration) -> Answer {
    let mut answer = Answer::message(
        StatusCode::TOO_MANY_REQUESTS,
        "For mange registreringer",
        "Det er sendt for mange registreringer herfra. Vent en stund og prøv igjen.",
    );
    answer.retry_after = Some(wait);
    answer.refused("too_many_registrations")
}

async fn confirm_form(Path(token): Path<String>) -> Response {
    let (form_token, cookie) = forms::new_form_token("/register");
    let mut answer = Answer::page(StatusCode::OK, page::confirm_page(&token, &form_token));
    answer.new_form_token = Some(cookie);
    answer.into_response()
}

/// The confirmation button's form: nothing but its token.
#[derive(serde::Deserialize)]
struct ConfirmPost {}

async fn confirm(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    _: PublicForm<ConfirmPost>,
) -> Response {
    let answer = blocking(&state, move |state| Ok(confirm_token(state, &token))).await;
    state.mail_waiting.notify_one();
    answer
        .unwrap_or_else(|r| Answer::message(r.status, "Noe gikk galt", &r.reply.message))
        .into_response()
}

fn confirm_token(state: &AppState, token: &str) -> Answer {
    let today = state.today();
    let db = state.db();
    let contact = match db.confirm_contact(&secrets::token_hash(token), today) {
        Ok(contact) => contact,
        Err(DataError::UnknownConfirmation) => {
            return Answer::message(
                StatusCode::NOT_FOUND,
                "Lenken virker ikke",
                "Lenken er ukjent eller er allerede brukt. Er adressen bekreftet før, trenger \
                 du ikke gjøre mer.",
            )
            .refused("unknown_confirmation");
        }
        Err(DataError::ConfirmationExpired) => {
            return Answer::message(
                StatusCode::GONE,
                "Lenken er utløpt",
                "Lenken virket i to døgn, og registreringen er slettet. Du kan registrere deg \
                 på nytt på registreringssiden.",
            )
            .refused("confirmation_expired");
        }
        Err(DataError::TooManyContacts(number)) => {
            let name = db
                .municipality_name(&number)
                .ok()
                .flatten()
                .unwrap_or(number);
            return Answer::message(
                StatusCode::CONFLICT,
                "Kommunen har fire kontaktpersoner",
                &format!(
                    "{name} har allerede fire bekreftede kontaktpersoner, og det er det meste \
                     som er tillatt. Registreringen din er slettet. Skal du erstatte en av dem, \
                     kan direktoratet gjøre det."
                ),
            )
            .refused("too_many_contacts");
        }
        Err(e) => return failed(e),
    };
    let municipality = db
        .municipality_name(&contact.municipality)
        .ok()
        .flatten()
        .unwrap_or_else(|| contact.municipality.clone());
    let on_own_domain = match db.municipality_domains(&contact.municipality) {
        Ok(domains) => form::domain_of(&contact.email).is_some_and(|d| domains.contains(&d)),
        Err(e) => return failed(e),
    };
    let title = format!("Adressen er bekreftet for {municipality}");
    if on_own_domain {
        let approved = db.write(|db| {
            let approval = approve_contact(
                db,
                &contact.id,
                today,
                &state.config.public_url,
                AUDIT_SYSTEM,
            )?;
            db.audit(
                AUDIT_SYSTEM,
                "approve-contact",
                &format!(
                    "contact {} ({}) on the municipality's own domain",
                    contact.id, contact.municipality
                ),
            )?;
            Ok::<_, CollectorError>(approval)
        });
        match approved {
            Ok(_) => {
                return Answer::message(
                    StatusCode::OK,
                    &title,
                    &format!(
                        "Takk. Du er kontaktperson for {municipality} og får snart en e-post \
                         med kommunens tilgangskode og din egen resultatnøkkel."
                    ),
                )
            }
            // Confirmed all the same; the owner sees the contact waiting and can act.
            Err(e) => log::error!("registration: approving on confirmation failed: {e}"),
        }
    }
    Answer::message(
        StatusCode::OK,
        &title,
        "Takk. E-postadressen er ikke på kommunens vanlige e-postdomene, så direktoratet må \
         godkjenne deg først. Du får en e-post med tilgangskoden når det er gjort.",
    )
}
