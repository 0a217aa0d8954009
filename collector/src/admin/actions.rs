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
use super::{message_page, notices, refusal_page};
use crate::contacts::{self, Registered};
use crate::db::{ContactRow, Db, NewContact};
use crate::mail::{outbox, OutgoingMail};
use crate::refusal::{blocking, Refusal};
use crate::state::AppState;
use crate::{secrets, CollectorError, DataError};

pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/admin/contacts/{id}/approve", post(approve_contact))
        .route("/admin/contacts/{id}/reissue-key", post(reissue_key))
        .route(
            "/admin/municipalities/{number}/rotate-code",
            get(super::ask::rotate_code).post(rotate_code),
        )
        .route(
            "/admin/contacts/{id}/remove",
            get(super::ask::remove_contact).post(remove_contact),
        )
        .route("/admin/mails/{id}/resend", post(resend_mail))
        .route("/admin/mails/{id}/cancel", post(cancel_mail))
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

/// What an owner's action did: what its audit row names, and the mails that tell about it.
struct Done {
    subject: String,
    mails: Vec<OutgoingMail>,
}

/// Does one of the owner's actions in one transaction: `change` makes the change; its mails
/// and the audit row are stored with it, or, if anything fails, nothing is.
fn act(
    db: &Db,
    admin: &str,
    verb: &str,
    change: impl FnOnce(&Db) -> Result<Done, CollectorError>,
) -> Result<(), CollectorError> {
    db.write(|db| {
        let done = change(db)?;
        for mail in &done.mails {
            outbox::enqueue(db, mail)?;
        }
        Ok(db.audit(admin, verb, &done.subject)?)
    })
}

/// A refusal a page can show, for what the owner asked of something that is not there.
fn not_found(what: &str) -> Refusal {
    Refusal::new(
        StatusCode::NOT_FOUND,
        reason::NOT_FOUND,
        format!("Fant ikke {what}."),
    )
}

fn stored_error(error: CollectorError) -> Refusal {
    match error {
        CollectorError::Data(DataError::UnknownContact(_)) => not_found("kontaktpersonen"),
        CollectorError::Data(DataError::UnknownMunicipality(_)) => not_found("kommunen"),
        CollectorError::ContactNotConfirmed(_) => Refusal::new(
            StatusCode::CONFLICT,
            "not_confirmed",
            "Kontaktpersonen har ikke bekreftet e-postadressen sin ennå, og kan ikke godkjennes før det.",
        ),
        CollectorError::Data(DataError::TooManyContacts(_)) => Refusal::new(
            StatusCode::CONFLICT,
            "too_many_contacts",
            "Kommunen har allerede fire kontaktpersoner.",
        ),
        other => Refusal::from(other),
    }
}

/// An active contact and their municipality's name.
pub(crate) fn active_contact(db: &Db, id: &str) -> Result<(ContactRow, String), Refusal> {
    let contact = db
        .contact_row(id)?
        .filter(ContactRow::is_active)
        .ok_or_else(|| not_found("kontaktpersonen"))?;
    let name = db
        .municipality_name(&contact.municipality)?
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
            let db = state.db();
            let (contact, municipality_name) = active_contact(&db, &id)?;
            if !contact.is_approved() {
                return Err(Refusal::new(
                    StatusCode::CONFLICT,
                    "not_approved",
                    "Bare godkjente kontaktpersoner kan få en ny nøkkel.",
                ));
            }
            // The contact's id leads the key, so the login finds one hash to check.
            let key = format!("{}-{}", contact.id, secrets::random_groups(5));
            act(&db, &session.admin, "reissue-key", |db| {
                db.set_contact_key(&contact.id, &secrets::hash(&key))?;
                let public_url = &state.config.public_url;
                Ok(Done {
                    subject: format!("contact {} ({})", contact.id, contact.municipality),
                    mails: vec![notices::new_key(
                        &contact,
                        &municipality_name,
                        &key,
                        public_url,
                    )],
                })
            })
            .map_err(stored_error)?;
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
            let db = state.db();
            let (contact, municipality_name) = active_contact(&db, &id)?;
            act(&db, &session.admin, "remove-contact", |db| {
                Ok(Done {
                    subject: format!("contact {} ({})", contact.id, contact.municipality),
                    mails: remove_with_notices(db, &contact, &municipality_name, state.today())?,
                })
            })
            .map_err(stored_error)?;
            Ok(format!(
                "{} er fjernet som kontaktperson. De som er berørt, får e-post.",
                contact.name
            ))
        })
        .await,
    )
}

/// Tries a mail the relay refused again now (the owner has corrected what was wrong).
async fn resend_mail(
    State(state): State<Arc<AppState>>,
    Path(id): Path<i64>,
    Checked { session, .. }: Checked<Nothing>,
) -> Response {
    let done = blocking(&state, move |state| {
        on_mail(
            &state.db(),
            &session.admin,
            id,
            "resend-mail",
            outbox::resend,
        )?;
        Ok("E-posten sendes på nytt nå.".to_owned())
    })
    .await;
    state.mail_waiting.notify_one();
    outcome(done)
}

/// Cancels an unsent mail: it is never sent, and a code or key in it is gone with it.
async fn cancel_mail(
    State(state): State<Arc<AppState>>,
    Path(id): Path<i64>,
    Checked { session, .. }: Checked<Nothing>,
) -> Response {
    outcome(
        blocking(&state, move |state| {
            on_mail(
                &state.db(),
                &session.admin,
                id,
                "cancel-mail",
                outbox::cancel,
            )?;
            Ok("E-posten er avbrutt og blir ikke sendt.".to_owned())
        })
        .await,
    )
}

/// Does `change` to an unsent mail and audits it, in one transaction; a mail that is sent or
/// cancelled already is not found, and nothing is audited.
fn on_mail(
    db: &Db,
    admin: &str,
    id: i64,
    verb: &str,
    change: fn(&rusqlite::Connection, i64, i64) -> Result<bool, CollectorError>,
) -> Result<(), Refusal> {
    let found = db
        .write(|db| {
            let found = change(db.connection(), id, crate::clock::Clock::now_seconds())?;
            if found {
                db.audit(admin, verb, &format!("mail {id}"))?;
            }
            Ok::<_, CollectorError>(found)
        })
        .map_err(stored_error)?;
    match found {
        true => Ok(()),
        false => Err(not_found("e-posten (den er sendt eller avbrutt)")),
    }
}

/// Removes `contact`; returns the mails that tell them and the approved contacts who stay.
fn remove_with_notices(
    db: &Db,
    contact: &ContactRow,
    municipality_name: &str,
    today: chrono::NaiveDate,
) -> Result<Vec<OutgoingMail>, CollectorError> {
    let staying: Vec<ContactRow> = db
        .contacts_of(&contact.municipality)?
        .into_iter()
        .filter(|c| c.id != contact.id && c.is_approved())
        .collect();
    db.remove_contact(&contact.id, today)?;
    Ok(std::iter::once(contact)
        .chain(&staying)
        .map(|recipient| notices::removed(contact, recipient, municipality_name))
        .collect())
}

pub(super) async fn replace_contact(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    Checked { session, form }: Checked<Replacement>,
) -> Response {
    outcome(
        blocking(&state, move |state| {
            // The same checks as the registration form: a name with a line break or a phone
            // with markup would reach mails and pages.
            let contact = contacts::validate(&form.name, &form.email, &form.phone, &form.role)
                .map_err(|problems| {
                    let said: Vec<&str> = problems.iter().map(|(_, message)| *message).collect();
                    Refusal::new(StatusCode::BAD_REQUEST, reason::MALFORMED, said.join(" "))
                })?;
            let db = state.db();
            let (old, municipality_name) = active_contact(&db, &id)?;
            let today = state.today();
            let new = NewContact {
                municipality: &old.municipality,
                name: &contact.name,
                email: &contact.email,
                phone: &contact.phone,
                role: contact.role,
            };
            act(&db, &session.admin, "replace-contact", |db| {
                // The old contact goes first, so a fourth contact can be replaced; they and
                // those who stay are told before the new one is asked to confirm.
                act(db, &session.admin, "remove-contact", |db| {
                    Ok(Done {
                        subject: format!("contact {} ({})", old.id, old.municipality),
                        mails: remove_with_notices(db, &old, &municipality_name, today)?,
                    })
                })?;
                let public_url = &state.config.public_url;
                let registered =
                    contacts::register(db, &new, &municipality_name, today, public_url)?;
                let by = match &registered {
                    Registered::New(id) | Registered::NewLink(id) => id.as_str(),
                    Registered::Known | Registered::Full => "nobody new",
                };
                Ok(Done {
                    subject: format!("contact {} by {by} ({})", old.id, old.municipality),
                    mails: Vec::new(),
                })
            })
            .map_err(stored_error)?;
            Ok(format!(
                "{} er erstattet av {}, som har fått en lenke for å bekrefte e-postadressen.",
                old.name, contact.name
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
            let (contact, _) = active_contact(&db, &id)?;
            let mut approval = None;
            act(&db, &session.admin, "approve-contact", |db| {
                let public_url = &state.config.public_url;
                approval = Some(contacts::approve_contact(
                    db,
                    &contact.id,
                    state.today(),
                    public_url,
                    &session.admin,
                )?);
                Ok(Done {
                    subject: format!("contact {} ({})", contact.id, contact.municipality),
                    mails: Vec::new(),
                })
            })
            .map_err(stored_error)?;
            let approval = approval.expect("set by the action");
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
            let db = state.db();
            let name = db
                .municipality_name(&number)?
                .ok_or_else(|| not_found("kommunen"))?;
            let issued = db.code_issued_on(&number)?;
            if issued.is_none() {
                return Err(Refusal::new(
                    StatusCode::CONFLICT,
                    "no_code_yet",
                    "Kommunen har ingen tilgangskode ennå. Den lages når den første \
                     kontaktpersonen blir godkjent.",
                ));
            }
            let approved: Vec<ContactRow> = db
                .contacts_of(&number)?
                .into_iter()
                .filter(ContactRow::is_approved)
                .collect();
            let message = db
                .setting(crate::db::setting_names::CODE_MAIL_MESSAGE)?
                .unwrap_or_default();
            let code = secrets::new_access_code(&number);
            let sealed = crate::code_vault::seal(db.data_dir(), &number, &code)?;
            let today = state.today();
            act(&db, &session.admin, "rotate-code", |db| {
                // The hash is what enrolment checks, so the old code enrols nothing from now
                // on; kiosks already enrolled sign their batches with their own keys and are
                // not asked for a code again.
                db.set_access_code(&number, &secrets::hash(&code), &sealed, today)?;
                Ok(Done {
                    subject: format!("municipality {number}"),
                    mails: approved
                        .iter()
                        .map(|contact| notices::new_code(contact, &name, &code, &message))
                        .collect(),
                })
            })
            .map_err(stored_error)?;
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
