//! The owner's `/admin`: directorate staff log in with a name and password and see, during the
//! survey period, every municipality's registration, contacts, responses and kiosks, the mail
//! outbox, and act on them (approve a contact, rotate a code, reissue a key, remove or replace
//! a contact, settings). Every action is audited and mailed to the people concerned.
//!
//! It is on the public router, not the operators' private address: the owner's staff reach it
//! over the internet, so it stands behind its own login (throttled in
//! [`crate::secret_check`]), a session cookie only `/admin` gets, a form token on every post
//! and the public router's same-site check. Its pages are Norwegian Bokmål, drawn on the
//! server with no script.

pub mod accounts;
mod actions;
mod ask;
pub mod csv;
mod form;
mod login;
pub mod notices;
pub mod overview;
mod replace;
pub mod session;
pub mod settings;
pub mod waiting;
mod web_days;

use std::sync::{Arc, OnceLock};

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use base64::Engine;

use crate::page;
use crate::refusal::Refusal;
use crate::state::AppState;

pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/admin", get(overview::page))
        .route("/admin/overview.csv", get(overview::csv_download))
        .route("/admin/login", get(login::form).post(login::log_in))
        .route("/admin/logout", post(login::log_out))
        .route(
            "/admin/contacts/{id}/replace",
            get(replace::form).post(actions::replace_contact),
        )
        .route("/admin/settings", get(settings::form).post(settings::save))
        .route("/admin/waiting", get(waiting::page))
        .merge(actions::routes())
}

/// What an admin page may load: nothing but its own style (by hash) and posts to itself.
fn content_security_policy() -> &'static HeaderValue {
    static POLICY: OnceLock<HeaderValue> = OnceLock::new();
    POLICY.get_or_init(|| {
        let digest = ring::digest::digest(&ring::digest::SHA256, page::STYLE.as_bytes());
        let hash = base64::engine::general_purpose::STANDARD.encode(digest.as_ref());
        HeaderValue::from_str(&format!(
            "default-src 'none'; style-src 'sha256-{hash}'; img-src 'self'; form-action 'self'; \
             base-uri 'none'; frame-ancestors 'none'"
        ))
        .expect("ASCII")
    })
}

/// An admin page: never cached, never framed, no script.
pub(crate) fn admin_html(status: StatusCode, title: &str, body: &str) -> Response {
    let mut response = (status, Html(page::document(title, body))).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        content_security_policy().clone(),
    );
    // Not "no-referrer": with it a browser posts forms with `Origin: null`, which the
    // same-site check must refuse. "same-origin" still tells other sites nothing.
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}

pub(crate) fn message_page(status: StatusCode, title: &str, message: &str) -> Response {
    let body = format!(
        "<main><h1>{}</h1><p class=\"note\">{}</p><p><a href=\"/admin\">Til oversikten</a></p></main>",
        page::escape(title),
        page::escape(message)
    );
    admin_html(status, title, &body)
}

/// A refusal as a page, with its `Retry-After` when it has one.
pub(crate) fn refusal_page(refusal: Refusal) -> Response {
    let title = match refusal.status {
        StatusCode::TOO_MANY_REQUESTS => "Vent litt",
        StatusCode::NOT_FOUND => "Finnes ikke",
        s if s.is_server_error() => "Noe gikk galt",
        _ => "Ikke tillatt",
    };
    refusal.mark(message_page(refusal.status, title, &refusal.reply.message))
}

/// The hidden field that carries a session's form token in every admin form.
pub(crate) fn token_field(form_token: &str) -> String {
    format!(
        "<input type=\"hidden\" name=\"form_token\" value=\"{}\">",
        page::escape(form_token)
    )
}

/// The top of every page behind the login: who is logged in, and the way out.
pub(crate) fn header_bar(session: &session::AdminSession) -> String {
    format!(
        "<header class=\"bar\"><span>Innlogget som <strong>{}</strong></span> \
         <a href=\"/admin\">Oversikt</a> <a href=\"/admin/waiting\">Venter på godkjenning</a> \
         <a href=\"/admin/settings\">Innstillinger</a> \
         <a href=\"/admin/overview.csv\">Last ned CSV</a> \
         <form class=\"inline\" method=\"post\" action=\"/admin/logout\">{}\
         <button type=\"submit\">Logg ut</button></form></header>",
        page::escape(&session.admin),
        token_field(&session.form_token)
    )
}
