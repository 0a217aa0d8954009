//! The owner's actions on contacts and municipalities. Each is a form post with the session's
//! token ([`super::form::Checked`]); what it changes, the mails to the people concerned and
//! its audit row are written in one transaction, so an action is never done without its mail
//! or its record, nor recorded without being done.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use sync::wire::reason;

use super::form::Checked;
use super::{audit, message_page, notices, refusal_page};
use crate::api::{blocking, internal, AppState, Refusal};
use crate::db::{ContactRole, ContactRow, Db, NewContact};
use crate::mail::outbox;
use crate::secrets;
use crate::CollectorError;

pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/admin/contacts/{id}/approve", post(approve_contact))
        .route("/admin/contacts/{id}/reissue-key", post(reissue_key))
        .route(
            "/admin/municipalities/{number}/rotate-code",
            post(rotate_code),
        )
        .route("/admin/contacts/{id}/remove", post(remove_contact))
        .route(
            "/admin/contacts/{id}/replace",
            get(super::replace::form).post(replace_contact),
        )
        .route(
            "/admin/settings",
            get(super::settings::form).post(super::settings::save),
        )
}

#[derive(serde::Deserialize)]
pub struct Nothing {}

#[derive(serde::Deserialize)]
pub struct Replacement {
    pub name: String,
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub role: String,
}

/// Runs `work` in one immediate transaction: all of it is stored, or none.
pub(crate) fn in_transaction<T>(
    db: &mut Db,
    work: impl FnOnce(&mut Db) -> Result<T, CollectorError>,
) -> Result<T, CollectorError> {
    db.connection().execute_batch("BEGIN IMMEDIATE")?;
    match work(db) {
        Ok(value) => {
            db.connection().execute_batch("COMMIT")?;
            Ok(value)
        }
        Err(error) => {
            let _ = db.connection().execute_batch("ROLLBACK");
            Err(error)
        }
    }
}

/// A refusal a page can show, for what the owner asked of something that is not there.
fn not_found(state: &AppState, what: &str) -> Refusal {
    state.refuse(
        StatusCode::NOT_FOUND,
        reason::NOT_FOUND,
        format!("Fant ikke {what}."),
    )
}

fn stored_error(state: &AppState, error: CollectorError) -> Refusal {
    match error {
        CollectorError::UnknownContact(_) => not_found(state, "kontaktpersonen"),
        CollectorError::UnknownMunicipality(_) => not_found(state, "kommunen"),
        CollectorError::ContactNotConfirmed(_) => state.refuse(
            StatusCode::CONFLICT,
            "not_confirmed",
            "Kontaktpersonen har ikke bekreftet e-postadressen sin ennå, og kan ikke godkjennes før det.",
        ),
        CollectorError::TooManyContacts(_) => state.refuse(
            StatusCode::CONFLICT,
            "too_many_contacts",
            "Kommunen har allerede fire kontaktpersoner.",
        ),
        other => internal(state, other),
    }
}

/// An active contact and their municipality's name.
pub(crate) fn active_contact(
    state: &AppState,
    db: &Db,
    id: &str,
) -> Result<(ContactRow, String), Refusal> {
    let contact = db
        .contact_row(id)
        .map_err(|e| internal(state, e))?
        .filter(ContactRow::is_active)
        .ok_or_else(|| not_found(state, "kontaktpersonen"))?;
    let name = db
        .municipality_name(&contact.municipality)
        .map_err(|e| internal(state, e))?
        .unwrap_or_default();
    Ok((contact, name))
}

/// The page after an action: what was done, or why not.
fn outcome(done: Result<String, Refusal>) -> Response {
    match done {
        Ok(message) => message_page(StatusCode::OK, "Utført", &message),
        Err(refusal) => refusal_page(refusal),
    }
}

async fn reissue_key(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    Checked { session, .. }: Checked<Nothing>,
) -> Response {
    outcome(
        blocking(&state, move |state| {
            let mut db = state.db();
            let (contact, municipality_name) = active_contact(state, &db, &id)?;
            if !contact.is_approved() {
                return Err(state.refuse(
                    StatusCode::CONFLICT,
                    "not_approved",
                    "Bare godkjente kontaktpersoner kan få en ny nøkkel.",
                ));
            }
            // The contact's id leads the key, so the login finds one hash to check.
            let key = format!("{}-{}", contact.id, secrets::random_groups(5));
            in_transaction(&mut db, |db| {
                db.set_contact_key(&contact.id, &secrets::hash(&key))?;
                outbox::enqueue(
                    db.connection(),
                    &notices::new_key(&contact, &municipality_name, &key, &state.config.public_url),
                )?;
                audit::record(
                    db.connection(),
                    &session.admin,
                    "reissue-key",
                    &format!("contact {} ({})", contact.id, contact.municipality),
                )
            })
            .map_err(|e| stored_error(state, e))?;
            Ok(format!(
                "{} har fått en ny resultatnøkkel på e-post. Den gamle virker ikke lenger.",
                contact.name
            ))
        })
        .await,
    )
}

async fn remove_contact(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    Checked { session, .. }: Checked<Nothing>,
) -> Response {
    outcome(
        blocking(&state, move |state| {
            let mut db = state.db();
            let (contact, municipality_name) = active_contact(state, &db, &id)?;
            remove_and_notify(state, &mut db, &session.admin, &contact, &municipality_name)?;
            Ok(format!(
                "{} er fjernet som kontaktperson. De som er berørt, får e-post.",
                contact.name
            ))
        })
        .await,
    )
}

/// Removes `contact`, mails them and the approved contacts who stay, and records it.
fn remove_and_notify(
    state: &AppState,
    db: &mut Db,
    admin: &str,
    contact: &ContactRow,
    municipality_name: &str,
) -> Result<(), Refusal> {
    let today = state.today();
    in_transaction(db, |db| {
        let staying: Vec<ContactRow> = db
            .contacts_of(&contact.municipality)?
            .into_iter()
            .filter(|c| c.id != contact.id && c.is_approved())
            .collect();
        db.remove_contact(&contact.id, today)?;
        for recipient in std::iter::once(contact).chain(&staying) {
            outbox::enqueue(
                db.connection(),
                &notices::removed(contact, recipient, municipality_name),
            )?;
        }
        audit::record(
            db.connection(),
            admin,
            "remove-contact",
            &format!("contact {} ({})", contact.id, contact.municipality),
        )
    })
    .map_err(|e| stored_error(state, e))
}

async fn replace_contact(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    Checked { session, form }: Checked<Replacement>,
) -> Response {
    outcome(
        blocking(&state, move |state| {
            let name = form.name.trim().to_owned();
            let email = form.email.trim().to_owned();
            if name.is_empty() || !crate::registration::is_email(&email) {
                return Err(state.refuse(
                    StatusCode::BAD_REQUEST,
                    reason::MALFORMED,
                    "Skriv inn navn og en gyldig e-postadresse for den nye kontaktpersonen.",
                ));
            }
            let role = ContactRole::parse(&form.role).unwrap_or(ContactRole::Other);
            let mut db = state.db();
            let (old, municipality_name) = active_contact(state, &db, &id)?;
            let today = state.today();
            let expires_on =
                today + chrono::Duration::days(crate::registration::CONFIRM_DAYS as i64);
            let token = secrets::random_token();
            remove_and_notify(state, &mut db, &session.admin, &old, &municipality_name)?;
            let new = NewContact {
                municipality: &old.municipality,
                name: &name,
                email: &email,
                phone: form.phone.trim(),
                role,
            };
            // Registering is its own transaction (it counts the contacts first), so the new
            // contact is added after the old one is gone: a fourth contact can be replaced.
            let new_id = db
                .register_contact(&new, &secrets::token_hash(&token), today, expires_on)
                .map_err(|e| stored_error(state, e))?;
            in_transaction(&mut db, |db| {
                outbox::enqueue(
                    db.connection(),
                    &crate::registration::confirmation_mail(
                        &new_id,
                        &name,
                        &email,
                        &municipality_name,
                        &token,
                        expires_on,
                        &state.config.public_url,
                    ),
                )?;
                audit::record(
                    db.connection(),
                    &session.admin,
                    "replace-contact",
                    &format!("contact {} by {new_id} ({})", old.id, old.municipality),
                )
            })
            .map_err(|e| stored_error(state, e))?;
            Ok(format!(
                "{} er erstattet av {name}, som har fått en lenke for å bekrefte e-postadressen.",
                old.name
            ))
        })
        .await,
    )
}

async fn approve_contact(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    Checked { session, .. }: Checked<Nothing>,
) -> Response {
    outcome(
        blocking(&state, move |state| {
            let db = state.db();
            let (contact, _) = active_contact(state, &db, &id)?;
            // Registration's approval is its own transaction (approval, code, keys and mails);
            // the audit row follows it.
            let approval = crate::registration::approve_contact(
                &db,
                &contact.id,
                state.today(),
                &state.config.public_url,
            )
            .map_err(|e| stored_error(state, e))?;
            audit::record(
                db.connection(),
                &session.admin,
                "approve-contact",
                &format!("contact {} ({})", contact.id, contact.municipality),
            )
            .map_err(|e| internal(state, e))?;
            Ok(if approval.code_mails > 0 {
                format!(
                    "{} er godkjent og får tilgangskoden og sin egen resultatnøkkel på e-post.",
                    contact.name
                )
            } else {
                format!("{} er godkjent.", contact.name)
            })
        })
        .await,
    )
}

async fn rotate_code(
    State(state): State<Arc<AppState>>,
    Path(number): Path<String>,
    Checked { session, .. }: Checked<Nothing>,
) -> Response {
    outcome(
        blocking(&state, move |state| {
            let mut db = state.db();
            let name = db
                .municipality_name(&number)
                .map_err(|e| internal(state, e))?
                .ok_or_else(|| not_found(state, "kommunen"))?;
            let issued = db.code_issued_on(&number).map_err(|e| internal(state, e))?;
            if issued.is_none() {
                return Err(state.refuse(
                    StatusCode::CONFLICT,
                    "no_code_yet",
                    "Kommunen har ingen tilgangskode ennå. Den lages når den første \
                     kontaktpersonen blir godkjent.",
                ));
            }
            let approved: Vec<ContactRow> = db
                .contacts_of(&number)
                .map_err(|e| internal(state, e))?
                .into_iter()
                .filter(ContactRow::is_approved)
                .collect();
            let message = db
                .setting(crate::db::setting_names::CODE_MAIL_MESSAGE)
                .map_err(|e| internal(state, e))?
                .unwrap_or_default();
            let code = secrets::new_access_code(&number);
            let sealed = crate::code_vault::seal(db.data_dir(), &number, &code)
                .map_err(|e| internal(state, e))?;
            let today = state.today();
            in_transaction(&mut db, |db| {
                // The hash is what enrolment checks, so the old code enrols nothing from now
                // on; kiosks already enrolled sign their batches with their own keys and are
                // not asked for a code again.
                db.set_access_code(&number, &secrets::hash(&code), &sealed, today)?;
                for contact in &approved {
                    outbox::enqueue(
                        db.connection(),
                        &notices::new_code(contact, &name, &code, &message),
                    )?;
                }
                audit::record(
                    db.connection(),
                    &session.admin,
                    "rotate-code",
                    &format!("municipality {number}"),
                )
            })
            .map_err(|e| stored_error(state, e))?;
            Ok(if approved.is_empty() {
                format!(
                    "{name} har fått en ny tilgangskode. Ingen kontaktperson er godkjent ennå; \
                     koden sendes når den første blir det."
                )
            } else {
                format!(
                    "{name} har fått en ny tilgangskode, sendt til {} kontaktpersoner. Den gamle \
                     koden kan ikke registrere nye kiosker; kiosker som alt er registrert, \
                     fortsetter å sende svar.",
                    approved.len()
                )
            })
        })
        .await,
    )
}
