//! The owner's "waiting for approval" view: every confirmed contact on an address off their
//! municipality's own domains, with what the decision needs (phone, role, the address and why
//! it is not the municipality's own), and the button that approves.

use std::fmt::Write;
use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::overview::{action_button, role_label, ContactState};
use super::session::AdminSession;
use super::{admin_html, header_bar, refusal_page};
use crate::contacts::off_domain_reason;
use crate::db::{ContactRow, Db};
use crate::page::escape;
use crate::refusal::{blocking, Refusal};
use crate::state::AppState;
use crate::CollectorError;

/// A contact waiting for the owner, with their municipality and why they wait.
pub struct Waiting {
    pub contact: ContactRow,
    pub municipality: String,
    pub reason: String,
}

/// Everyone waiting for approval, municipality by municipality.
pub fn waiting(db: &Db) -> Result<Vec<Waiting>, CollectorError> {
    let mut found = Vec::new();
    for listed in db.listed_municipalities()? {
        let domains = db.municipality_domains(&listed.number)?;
        for contact in db.contacts_of(&listed.number)? {
            if ContactState::of(&contact) == ContactState::AwaitingApproval {
                let reason = off_domain_reason(&contact.email, &domains)
                    .unwrap_or_else(|| "godkjenningen ble ikke fullført".into());
                found.push(Waiting {
                    contact,
                    municipality: listed.name.clone(),
                    reason,
                });
            }
        }
    }
    Ok(found)
}

pub async fn page(State(state): State<Arc<AppState>>, session: AdminSession) -> Response {
    match blocking(&state, |state| waiting(&state.db()).map_err(Refusal::from)).await {
        Ok(list) => admin_html(
            StatusCode::OK,
            "Venter på godkjenning",
            &render(&session, &list),
        ),
        Err(refusal) => refusal_page(refusal),
    }
}

fn render(session: &AdminSession, list: &[Waiting]) -> String {
    let mut body = header_bar(session);
    body.push_str("<main><h1>Venter på godkjenning</h1>");
    if list.is_empty() {
        body.push_str("<p>Ingen kontaktpersoner venter på godkjenning.</p></main>");
        return body;
    }
    write!(
        body,
        "<p>{} {} bekreftet adressen sin, men adressen er ikke på kommunens eget domene. \
         Sjekk med kommunen før du godkjenner: den som godkjennes, får kommunens tilgangskode.</p>\
         <div class=\"scroll\" role=\"region\" aria-label=\"Venter på godkjenning\" tabindex=\"0\">\
         <table class=\"cards\"><thead><tr><th scope=\"col\">Kontaktperson</th>\
         <th scope=\"col\">Kommune</th><th scope=\"col\">Telefon</th><th scope=\"col\">Rolle</th>\
         <th scope=\"col\">Hvorfor den venter</th><th scope=\"col\">Handling</th></tr></thead><tbody>",
        list.len(),
        if list.len() == 1 { "kontaktperson har" } else { "kontaktpersoner har" },
    )
    .unwrap();
    for waiting in list {
        let contact = &waiting.contact;
        write!(
            body,
            "<tr><th scope=\"row\">{}<br><span class=\"addr\">{}</span></th>\
             <td data-label=\"Kommune\">{} ({})</td><td data-label=\"Telefon\" class=\"nowrap\">{}</td>\
             <td data-label=\"Rolle\">{}</td><td data-label=\"Hvorfor den venter\">\
             <span class=\"flag\">{}</span></td><td data-label=\"Handling\">{}</td></tr>",
            escape(&contact.name),
            escape(&contact.email),
            escape(&waiting.municipality),
            escape(&contact.municipality),
            escape(&contact.phone),
            role_label(contact.role),
            escape(&waiting.reason),
            action_button(
                session,
                &format!("/admin/contacts/{}/approve", escape(&contact.id)),
                "Godkjenn",
                &format!("Godkjenn {}", contact.name),
            ),
        )
        .unwrap();
    }
    body.push_str("</tbody></table></div></main>");
    body
}
