//! The form for putting a new contact person in an old one's place. The new person gets a
//! link to confirm their address, as a registered contact does; until then they have no key.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::session::AdminSession;
use super::{admin_html, header_bar, refusal_page, token_field};
use crate::page::escape;
use crate::refusal::blocking;
use crate::state::AppState;

pub async fn form(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    session: AdminSession,
) -> Response {
    let found = blocking(&state, move |state| {
        let db = state.db();
        super::actions::active_contact(&db, &id)
    })
    .await;
    let (contact, municipality_name) = match found {
        Ok(found) => found,
        Err(refusal) => return refusal_page(refusal),
    };
    let body = format!(
        "{}<main><h1>Erstatt kontaktperson</h1>\
         <p>{} &lt;{}&gt; i {} ({}) fjernes og får beskjed på e-post. Den nye kontaktpersonen \
         får en lenke for å bekrefte e-postadressen.</p>\
         <form method=\"post\" action=\"/admin/contacts/{}/replace\">{}\
         <p><label for=\"name\">Navn</label><br><input id=\"name\" name=\"name\" required></p>\
         <p><label for=\"email\">E-post</label><br>\
         <input id=\"email\" name=\"email\" type=\"email\" required></p>\
         <p><label for=\"phone\">Telefon</label><br>\
         <input id=\"phone\" name=\"phone\" type=\"tel\"></p>\
         <p><label for=\"role\">Rolle</label><br><select id=\"role\" name=\"role\">\
         <option value=\"adult-education\">Voksenopplæring</option>\
         <option value=\"introduction-programme\">Introduksjonsprogrammet</option>\
         <option value=\"other\">Annet</option></select></p>\
         <p><button type=\"submit\">Erstatt</button> <a href=\"/admin\">Avbryt</a></p>\
         </form></main>",
        header_bar(&session),
        escape(&contact.name),
        escape(&contact.email),
        escape(&municipality_name),
        escape(&contact.municipality),
        escape(&contact.id),
        token_field(&session.form_token),
    );
    admin_html(StatusCode::OK, "Erstatt kontaktperson", &body)
}
