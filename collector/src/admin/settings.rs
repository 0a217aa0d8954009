//! The owner's settings form: the registration deadline, the owner's message in code mails,
//! and one switch per reminder. Only stored here; registration and the reminders read them.
//! A reminder with no stored switch is on.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use sync::wire::reason;

use super::form::Checked;
use super::session::AdminSession;
use super::{admin_html, header_bar, refusal_page, token_field};
use crate::db::{setting_names as names, Db};
use crate::page::escape;
use crate::refusal::{blocking, Refusal};
use crate::state::AppState;
use crate::CollectorError;

/// The reminders, by setting name, with what the form calls them.
pub const REMINDERS: [(&str, &str); 5] = [
    (
        names::REMINDER_WEEKLY,
        "Ukentlig status til kontaktpersonene",
    ),
    (
        names::REMINDER_MORE_NEEDED,
        "Påminnelse når kommunen trenger flere svar",
    ),
    (
        names::REMINDER_SILENT_KIOSK,
        "Påminnelse om kiosker som ikke har levert på en uke",
    ),
    (
        names::REMINDER_LAST_CALL,
        "Siste påminnelse før undersøkelsen stenger",
    ),
    (
        names::REMINDER_RESULTS_READY,
        "Melding når resultatene er klare",
    ),
];

/// The longest owner's message a code mail carries.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// The settings as the form shows and posts them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub deadline: String,
    pub message: String,
    /// Whether each of [`REMINDERS`] is on, in that order.
    pub reminders: [bool; 5],
}

pub fn load(db: &Db) -> Result<Settings, CollectorError> {
    let mut reminders = [true; 5];
    for (on, (name, _)) in reminders.iter_mut().zip(REMINDERS) {
        *on = db.setting(name)?.as_deref() != Some("off");
    }
    Ok(Settings {
        deadline: db
            .setting(names::REGISTRATION_DEADLINE)?
            .unwrap_or_default(),
        message: db.setting(names::CODE_MAIL_MESSAGE)?.unwrap_or_default(),
        reminders,
    })
}

fn from_fields(fields: &[(String, String)]) -> Settings {
    let value = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let mut reminders = [false; 5];
    for (on, (name, _)) in reminders.iter_mut().zip(REMINDERS) {
        *on = fields.iter().any(|(n, _)| n == name);
    }
    Settings {
        deadline: value("deadline"),
        message: value("message").replace("\r\n", "\n"),
        reminders,
    }
}

/// Why the posted settings cannot be stored, in the owner's words.
fn problem(settings: &Settings) -> Option<String> {
    if !settings.deadline.is_empty()
        && NaiveDate::parse_from_str(&settings.deadline, "%Y-%m-%d").is_err()
    {
        return Some("Fristen må være en dato, for eksempel 2026-10-15.".into());
    }
    if settings.message.chars().count() > MAX_MESSAGE_CHARS {
        return Some(format!("Meldingen kan ha høyst {MAX_MESSAGE_CHARS} tegn."));
    }
    None
}

/// Stores `settings`; returns the names of those that changed.
fn store(db: &Db, settings: &Settings) -> Result<Vec<&'static str>, CollectorError> {
    let before = load(db)?;
    let mut changed = Vec::new();
    if before.deadline != settings.deadline {
        if settings.deadline.is_empty() {
            db.clear_setting(names::REGISTRATION_DEADLINE)?;
        } else {
            db.set_setting(names::REGISTRATION_DEADLINE, &settings.deadline)?;
        }
        changed.push(names::REGISTRATION_DEADLINE);
    }
    if before.message != settings.message {
        db.set_setting(names::CODE_MAIL_MESSAGE, &settings.message)?;
        changed.push(names::CODE_MAIL_MESSAGE);
    }
    for ((name, _), (was, now)) in REMINDERS
        .iter()
        .zip(before.reminders.iter().zip(settings.reminders))
    {
        if *was != now {
            db.set_setting(name, if now { "on" } else { "off" })?;
            changed.push(name);
        }
    }
    Ok(changed)
}

fn page(session: &AdminSession, settings: &Settings, note: Option<(&str, bool)>) -> String {
    let note = note.map_or_else(String::new, |(text, is_error)| {
        format!(
            "<p class=\"note\"{}>{}</p>",
            if is_error { " role=\"alert\"" } else { "" },
            escape(text)
        )
    });
    let mut switches = String::new();
    for ((name, label), on) in REMINDERS.iter().zip(settings.reminders) {
        switches.push_str(&format!(
            "<p><input type=\"checkbox\" id=\"{name}\" name=\"{name}\" value=\"on\"{}> \
             <label for=\"{name}\">{}</label></p>",
            if on { " checked" } else { "" },
            escape(label)
        ));
    }
    format!(
        "{}<main><h1>Innstillinger</h1>{note}\
         <form method=\"post\" action=\"/admin/settings\">{}\
         <p><label for=\"deadline\">Frist for registrering av kontaktpersoner</label><br>\
         <input id=\"deadline\" name=\"deadline\" type=\"date\" value=\"{}\"></p>\
         <p><label for=\"message\">Melding fra direktoratet i e-posten med tilgangskoden \
         (for eksempel lenke til webinar)</label><br>\
         <textarea id=\"message\" name=\"message\" rows=\"6\" cols=\"60\">{}</textarea></p>\
         <fieldset><legend>Påminnelser som sendes</legend>{switches}</fieldset>\
         <p><button type=\"submit\">Lagre</button></p></form></main>",
        header_bar(session),
        token_field(&session.form_token),
        escape(&settings.deadline),
        escape(&settings.message),
    )
}

pub(crate) async fn form(State(state): State<Arc<AppState>>, session: AdminSession) -> Response {
    let loaded = blocking(&state, |state| load(&state.db()).map_err(Refusal::from)).await;
    match loaded {
        Ok(settings) => admin_html(
            StatusCode::OK,
            "Innstillinger",
            &page(&session, &settings, None),
        ),
        Err(refusal) => refusal_page(refusal),
    }
}

pub(crate) async fn save(
    State(state): State<Arc<AppState>>,
    Checked { session, form }: Checked<Vec<(String, String)>>,
) -> Response {
    let settings = from_fields(&form);
    if let Some(problem) = problem(&settings) {
        // What was typed stays in the form.
        return Refusal::new(StatusCode::BAD_REQUEST, reason::MALFORMED, "bad settings").mark(
            admin_html(
                StatusCode::BAD_REQUEST,
                "Innstillinger",
                &page(&session, &settings, Some((&problem, true))),
            ),
        );
    }
    let admin = session.admin.clone();
    let to_store = settings.clone();
    let stored = blocking(&state, move |state| {
        let db = state.db();
        db.write(|db| {
            let changed = store(db, &to_store)?;
            if !changed.is_empty() {
                db.audit(&admin, "settings", &changed.join(", "))?;
            }
            Ok::<_, CollectorError>(())
        })?;
        Ok(())
    })
    .await;
    match stored {
        Ok(()) => admin_html(
            StatusCode::OK,
            "Innstillinger",
            &page(
                &session,
                &settings,
                Some(("Innstillingene er lagret.", false)),
            ),
        ),
        Err(refusal) => refusal_page(refusal),
    }
}
