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

/// Days a replacement contact has to confirm their address.
pub const CONFIRM_DAYS: i64 = 14;

pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/admin/contacts/{id}/reissue-key", post(reissue_key))
        .route("/admin/contacts/{id}/remove", post(remove_contact))
        .route(
            "/admin/contacts/{id}/replace",
            get(super::replace::form).post(replace_contact),
        )
        .route("/admin/settings", get(super::settings::form).post(super::settings::save))
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
    state.refuse(StatusCode::NOT_FOUND, reason::NOT_FOUND, format!("Fant ikke {what}."))
}

fn stored_error(state: &AppState, error: CollectorError) -> Refusal {
    match error {
        CollectorError::UnknownContact(_) => not_found(state, "kontaktpersonen"),
        CollectorError::UnknownMunicipality(_) => not_found(state, "kommunen"),
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
            // The contact's id leads the key, so the login finds one hash to check.
            let key = format!("{}-{}", contact.id, secrets::random_groups(5));
            in_transaction(&mut db, |db| {
                db.set_contact_key(&contact.id, &secrets::hash(&key))?;
                outbox::enqueue(
                    db.connection(),
                    &notices::new_key(&contact, &municipality_name, &key),
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
            if name.is_empty() || !super::replace::looks_like_email(&email) {
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
            let expires_on = today + chrono::Duration::days(CONFIRM_DAYS);
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
                    &notices::confirm_replacement(
                        &name,
                        &email,
                        &old.municipality,
                        &municipality_name,
                        &token,
                        expires_on,
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
