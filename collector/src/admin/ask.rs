//! "Are you sure?" for the owner's actions that cannot be undone by another click: removing a
//! contact (their key stops working) and a new code (every kiosk coordinator and participant
//! must get the new one). The overview links here; only this page's button posts.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::session::AdminSession;
use super::{admin_html, header_bar, refusal_page, token_field};
use crate::page::escape;
use crate::refusal::{blocking, Refusal};
use crate::state::AppState;

fn ask(session: &AdminSession, title: &str, what: &str, action: &str, button: &str) -> Response {
    let body = format!(
        "{}<main><h1>{}</h1><p>{}</p>\
         <form method=\"post\" action=\"{}\">{}\
         <p><button type=\"submit\" class=\"danger\">{}</button> \
         <a href=\"/admin\">Nei, tilbake til oversikten</a></p></form></main>",
        header_bar(session),
        escape(title),
        escape(what),
        escape(action),
        token_field(&session.form_token),
        escape(button),
    );
    admin_html(StatusCode::OK, title, &body)
}

pub async fn remove_contact(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    session: AdminSession,
) -> Response {
    let found = blocking(&state, move |state| {
        super::actions::active_contact(&state.db(), &id)
    })
    .await;
    match found {
        Ok((contact, municipality)) => ask(
            &session,
            "Fjerne kontaktpersonen?",
            &format!(
                "{} <{}> fjernes som kontaktperson for {municipality}. Resultatnøkkelen slutter \
                 å virke, og både {} og de andre kontaktpersonene får e-post om det.",
                contact.name, contact.email, contact.name
            ),
            &format!("/admin/contacts/{}/remove", contact.id),
            &format!("Ja, fjern {}", contact.name),
        ),
        Err(refusal) => refusal_page(refusal),
    }
}

pub async fn rotate_code(
    State(state): State<Arc<AppState>>,
    Path(number): Path<String>,
    session: AdminSession,
) -> Response {
    let found = blocking(&state, move |state| {
        let name = state.db().municipality_name(&number)?;
        name.map(|name| (number, name))
            .ok_or_else(|| Refusal::new(StatusCode::NOT_FOUND, "not_found", "Fant ikke kommunen."))
    })
    .await;
    match found {
        Ok((number, name)) => ask(
            &session,
            "Lage ny tilgangskode?",
            &format!(
                "{name} får en ny tilgangskode, og den gamle slutter å virke for nye kiosker og \
                 for deltakere på nett. Kontaktpersonene får den nye koden på e-post og må gi \
                 den videre. Kiosker som er tatt i bruk, fortsetter å sende svar."
            ),
            &format!("/admin/municipalities/{number}/rotate-code"),
            &format!("Ja, lag ny kode for {name}"),
        ),
        Err(refusal) => refusal_page(refusal),
    }
}
