//! The owner's overview at `/admin` and its CSV download: per municipality whether it has
//! registered, its contacts and their state, its responses (exact: the owner is not the
//! public), its kiosks and their last delivery, a flag below the results threshold, and kiosks
//! silent for a week; below it the mail outbox (recipients and subjects, never bodies) and the
//! newest audit entries.

use std::fmt::Write;
use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;

use super::session::AdminSession;
use super::{admin_html, csv, header_bar, refusal_page, token_field};
use crate::contacts::off_domain_reason;
pub(super) use crate::contacts::role_label;
use crate::db::{ContactRow, Db};
use crate::mail::letter::date_text;
use crate::mail::outbox::{self, OutboxCounts, OutboxEntry};
use crate::page::escape;
use crate::refusal::{blocking, Refusal};
use crate::state::AppState;
use crate::CollectorError;

/// Days without a delivery after which an active kiosk counts as silent.
pub const SILENT_DAYS: i64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactState {
    /// Registered, the e-mail address not confirmed yet.
    Unconfirmed,
    /// Confirmed on an address outside the municipality's domains: the owner decides.
    AwaitingApproval,
    Approved,
    Removed,
}

impl ContactState {
    pub fn of(contact: &ContactRow) -> ContactState {
        if contact.removed_on.is_some() {
            ContactState::Removed
        } else if contact.approved_on.is_some() {
            ContactState::Approved
        } else if contact.confirmed_on.is_some() {
            ContactState::AwaitingApproval
        } else {
            ContactState::Unconfirmed
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ContactState::Unconfirmed => "venter på bekreftelse",
            ContactState::AwaitingApproval => "venter på godkjenning",
            ContactState::Approved => "godkjent",
            ContactState::Removed => "fjernet",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalityRow {
    pub number: String,
    pub name: String,
    /// Has at least one contact person who is not removed.
    pub registered: bool,
    pub contacts: Vec<ContactRow>,
    pub responses: u64,
    /// Kiosks not revoked.
    pub kiosks: u64,
    pub last_delivery: Option<String>,
    /// Kiosks not revoked whose last delivery (or enrolment, if none) is a week or more ago.
    pub silent_kiosks: u64,
    /// The municipality's own e-mail domains.
    pub domains: Vec<String>,
}

/// Every municipality, by number, as the owner sees it on `today`.
pub fn gather(db: &Db, today: NaiveDate) -> Result<Vec<MunicipalityRow>, CollectorError> {
    let conn = db.connection();
    let silent_before = (today - chrono::Duration::days(SILENT_DAYS - 1)).to_string();
    let mut statement = conn.prepare(
        "SELECT m.number, m.name,
            (SELECT COUNT(*) FROM responses r WHERE r.municipality = m.number),
            (SELECT COUNT(*) FROM kiosks k WHERE k.municipality = m.number AND k.revoked = 0),
            (SELECT MAX(d.day) FROM deliveries d JOIN kiosks k ON k.id = d.kiosk_id
                WHERE k.municipality = m.number),
            (SELECT COUNT(*) FROM kiosks k WHERE k.municipality = m.number AND k.revoked = 0
                AND COALESCE((SELECT MAX(d.day) FROM deliveries d WHERE d.kiosk_id = k.id),
                             k.enrolled_on) < ?1)
         FROM municipalities m ORDER BY m.number",
    )?;
    let mut rows: Vec<MunicipalityRow> = statement
        .query_map([&silent_before], |r| {
            Ok(MunicipalityRow {
                number: r.get(0)?,
                name: r.get(1)?,
                registered: false,
                contacts: Vec::new(),
                responses: r.get::<_, i64>(2)? as u64,
                kiosks: r.get::<_, i64>(3)? as u64,
                last_delivery: r.get(4)?,
                silent_kiosks: r.get::<_, i64>(5)? as u64,
                domains: Vec::new(),
            })
        })?
        .collect::<Result<_, _>>()?;
    for row in &mut rows {
        row.contacts = db.contacts_of(&row.number)?;
        // Only a confirmed address registers a municipality: anyone can type one.
        row.registered = row
            .contacts
            .iter()
            .any(|c| c.is_active() && c.confirmed_on.is_some());
        row.domains = db.municipality_domains(&row.number)?;
    }
    Ok(rows)
}

/// What the page shows besides the table.
struct Extras {
    audit: Vec<crate::db::AuditEntry>,
    outbox: OutboxCounts,
    mails: Vec<OutboxEntry>,
    deliveries: Vec<crate::db::Delivery>,
}

pub async fn page(State(state): State<Arc<AppState>>, session: AdminSession) -> Response {
    let gathered = blocking(&state, |state| {
        let db = state.db();
        let conn = db.connection();
        let fail = |e| Refusal::internal(e);
        let rows = gather(&db, state.today()).map_err(fail)?;
        let extras = Extras {
            audit: db.audit_recent(20).map_err(Refusal::internal)?,
            outbox: outbox::counts(conn).map_err(fail)?,
            mails: outbox::entries(conn, 30).map_err(fail)?,
            deliveries: db.deliveries().map_err(Refusal::internal)?,
        };
        Ok((rows, extras))
    })
    .await;
    match gathered {
        Ok((rows, extras)) => {
            let threshold = state.config.results_threshold;
            admin_html(
                StatusCode::OK,
                "Oversikt",
                &render(&session, &rows, &extras, threshold),
            )
        }
        Err(refusal) => refusal_page(refusal),
    }
}

fn render(
    session: &AdminSession,
    rows: &[MunicipalityRow],
    extras: &Extras,
    threshold: u64,
) -> String {
    let registered = rows.iter().filter(|r| r.registered).count();
    let below = rows.iter().filter(|r| r.responses < threshold).count();
    let silent: u64 = rows.iter().map(|r| r.silent_kiosks).sum();
    let responses: u64 = rows.iter().map(|r| r.responses).sum();
    let mut body = header_bar(session);
    write!(
        body,
        "<main><h1>Oversikt</h1>\
         <p>{registered} av {} kommuner har registrert seg. {responses} svar i alt. \
         {below} {} færre enn {threshold} svar. {silent} {} ikke levert \
         på {SILENT_DAYS} dager eller mer.</p>\
         <h2>Kommuner</h2><div class=\"scroll\" role=\"region\" aria-label=\"Kommuner\" tabindex=\"0\">\
         <table class=\"cards\"><thead><tr><th scope=\"col\">Kommune</th><th scope=\"col\">Registrert</th>\
         <th scope=\"col\">Kontaktpersoner</th><th scope=\"col\">Svar</th>\
         <th scope=\"col\">Kiosker</th><th scope=\"col\">Sist levert</th>\
         <th scope=\"col\">Stille kiosker</th><th scope=\"col\">Tilgangskode</th></tr></thead><tbody>",
        rows.len(),
        if below == 1 { "kommune har" } else { "kommuner har" },
        if silent == 1 { "kiosk har" } else { "kiosker har" },
    )
    .unwrap();
    for row in rows {
        body.push_str(&municipality_row(session, row, threshold));
    }
    body.push_str("</tbody></table></div>");
    body.push_str(&super::web_days::section(&extras.deliveries));
    body.push_str(&outbox_section(session, &extras.outbox, &extras.mails));
    body.push_str(&audit_section(&extras.audit));
    body.push_str("</main>");
    body
}

fn municipality_row(session: &AdminSession, row: &MunicipalityRow, threshold: u64) -> String {
    let number = escape(&row.number);
    let mut contacts = String::from("<ul>");
    for contact in &row.contacts {
        let state = ContactState::of(contact);
        let off_domain = match state {
            ContactState::Removed => None,
            _ => off_domain_reason(&contact.email, &row.domains),
        };
        write!(
            contacts,
            "<li><strong>{}</strong> ({})<br><span class=\"addr\">{}</span>{}<br>{}</li>",
            escape(&contact.name),
            state.label(),
            escape(&contact.email),
            off_domain.map_or_else(String::new, |reason| format!(
                "<br><span class=\"flag\">Ikke kommunens domene: {}</span>",
                escape(&reason)
            )),
            contact_buttons(session, contact, state)
        )
        .unwrap();
    }
    contacts.push_str("</ul>");
    if row.contacts.is_empty() {
        contacts = "ingen".into();
    }
    let responses = if row.responses < threshold {
        format!(
            "{} <span class=\"flag\">under {threshold}</span>",
            row.responses
        )
    } else {
        row.responses.to_string()
    };
    let silent = if row.silent_kiosks > 0 {
        format!("<span class=\"flag\">{}</span>", row.silent_kiosks)
    } else {
        "0".into()
    };
    format!(
        "<tr><th scope=\"row\">{number} {}</th><td data-label=\"Registrert\">{}</td>\
         <td data-label=\"Kontaktpersoner\">{contacts}</td><td data-label=\"Svar\">{responses}</td>\
         <td data-label=\"Kiosker\">{}</td><td data-label=\"Sist levert\" class=\"nowrap\">{}</td>\
         <td data-label=\"Stille kiosker\">{silent}</td><td data-label=\"Tilgangskode\">{}</td></tr>",
        escape(&row.name),
        if row.registered { "ja" } else { "nei" },
        row.kiosks,
        escape(&row.last_delivery.as_deref().map_or_else(|| "aldri".to_owned(), date_text)),
        rotate_button(row),
    )
}

/// A button that posts to `action` with the session's token; `label` says what it does to whom.
pub(super) fn action_button(
    session: &AdminSession,
    action: &str,
    text: &str,
    label: &str,
) -> String {
    format!(
        "<form class=\"inline\" method=\"post\" action=\"{action}\">{}\
         <button type=\"submit\" aria-label=\"{}\">{text}</button></form>",
        token_field(&session.form_token),
        escape(label)
    )
}

fn contact_buttons(session: &AdminSession, contact: &ContactRow, state: ContactState) -> String {
    let id = escape(&contact.id);
    let name = &contact.name;
    let mut html = String::new();
    if state == ContactState::Removed {
        return html;
    }
    if state == ContactState::AwaitingApproval {
        html.push_str(&action_button(
            session,
            &format!("/admin/contacts/{id}/approve"),
            "Godkjenn",
            &format!("Godkjenn {name}"),
        ));
    }
    if state == ContactState::Approved {
        html.push_str(&action_button(
            session,
            &format!("/admin/contacts/{id}/reissue-key"),
            "Ny nøkkel",
            &format!("Ny nøkkel til {name}"),
        ));
    }
    // Removing asks once more (on its own page) before it posts.
    write!(
        html,
        " <a href=\"/admin/contacts/{id}/remove\" aria-label=\"Fjern {0}\">Fjern</a> \
         <a href=\"/admin/contacts/{id}/replace\" aria-label=\"Erstatt {0}\">Erstatt</a>",
        escape(name)
    )
    .unwrap();
    html
}

fn outbox_section(session: &AdminSession, counts: &OutboxCounts, mails: &[OutboxEntry]) -> String {
    let mut html = format!(
        "<h2>E-post</h2><p>{} venter, {} sendt, {} feilet og prøves igjen, {} avvist av \
         e-posttjeneren og venter på deg.</p>",
        counts.pending, counts.sent, counts.failed, counts.refused
    );
    if mails.is_empty() {
        return html;
    }
    html.push_str(
        "<div class=\"scroll\" role=\"region\" aria-label=\"E-post\" tabindex=\"0\">\
         <table><thead><tr><th scope=\"col\">Til</th><th scope=\"col\">Emne</th>\
         <th scope=\"col\">Status</th></tr></thead><tbody>",
    );
    for mail in mails {
        let error = escape(mail.last_error.as_deref().unwrap_or(""));
        let status = if mail.sent_at.is_some() {
            "sendt".to_owned()
        } else if mail.cancelled_at.is_some() {
            "avbrutt".to_owned()
        } else if mail.failed_at.is_some() {
            format!(
                "<span class=\"flag\">avvist: {error}</span> {} {}",
                action_button(
                    session,
                    &format!("/admin/mails/{}/resend", mail.id),
                    "Send på nytt",
                    &format!("Send e-posten til {} på nytt", mail.recipient),
                ),
                action_button(
                    session,
                    &format!("/admin/mails/{}/cancel", mail.id),
                    "Avbryt",
                    &format!("Avbryt e-posten til {}", mail.recipient),
                ),
            )
        } else if mail.last_error.is_some() {
            format!(
                "feilet {} ganger, prøves igjen: {error} {}",
                mail.attempts,
                action_button(
                    session,
                    &format!("/admin/mails/{}/cancel", mail.id),
                    "Avbryt",
                    &format!("Avbryt e-posten til {}", mail.recipient),
                ),
            )
        } else {
            "venter".to_owned()
        };
        write!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{status}</td></tr>",
            escape(&mail.recipient),
            escape(&mail.subject)
        )
        .unwrap();
    }
    html.push_str("</tbody></table></div>");
    html
}

/// A new code asks once more (on its own page) before it posts.
fn rotate_button(row: &MunicipalityRow) -> String {
    format!(
        "<a href=\"/admin/municipalities/{}/rotate-code\" aria-label=\"Ny kode for {}\">Ny kode</a>",
        escape(&row.number),
        escape(&row.name)
    )
}

fn audit_section(entries: &[crate::db::AuditEntry]) -> String {
    let mut html = String::from("<h2>Siste endringer</h2>");
    if entries.is_empty() {
        html.push_str("<p>Ingen endringer ennå.</p>");
        return html;
    }
    html.push_str(
        "<div class=\"scroll\" role=\"region\" aria-label=\"Siste endringer\" tabindex=\"0\">\
         <table><thead><tr><th scope=\"col\">Tid</th><th scope=\"col\">Hvem</th>\
         <th scope=\"col\">Hva</th><th scope=\"col\">Gjelder</th></tr></thead><tbody>",
    );
    for entry in entries {
        write!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&entry.at),
            escape(&entry.admin),
            escape(&entry.action),
            escape(&entry.object)
        )
        .unwrap();
    }
    html.push_str("</tbody></table></div>");
    html
}

/// The overview as CSV, one row per municipality.
pub fn to_csv(rows: &[MunicipalityRow], threshold: u64) -> String {
    let mut out = csv::row(&[
        "kommunenummer",
        "kommune",
        "registrert",
        "kontaktpersoner",
        "svar",
        "under_terskel",
        "kiosker",
        "sist_levert",
        "stille_kiosker",
    ]);
    for row in rows {
        let contacts = row
            .contacts
            .iter()
            .map(|c| format!("{} <{}> ({})", c.name, c.email, ContactState::of(c).label()))
            .collect::<Vec<_>>()
            .join("; ");
        out.push_str(&csv::row(&[
            row.number.clone(),
            row.name.clone(),
            if row.registered { "ja" } else { "nei" }.into(),
            contacts,
            row.responses.to_string(),
            if row.responses < threshold {
                "ja"
            } else {
                "nei"
            }
            .into(),
            row.kiosks.to_string(),
            row.last_delivery.clone().unwrap_or_default(),
            row.silent_kiosks.to_string(),
        ]));
    }
    out
}

pub async fn csv_download(State(state): State<Arc<AppState>>, _session: AdminSession) -> Response {
    let gathered = blocking(&state, |state| {
        gather(&state.db(), state.today()).map_err(Refusal::from)
    })
    .await;
    match gathered {
        Ok(rows) => crate::page::attachment(
            to_csv(&rows, state.config.results_threshold).into_bytes(),
            "text/csv; charset=utf-8",
            "oversikt.csv",
        ),
        Err(refusal) => refusal_page(refusal),
    }
}
