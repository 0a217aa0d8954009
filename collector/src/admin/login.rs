//! Logging in and out of `/admin`. The login form carries a token that must come back both in
//! its body and in a `SameSite=Strict` cookie (as the results login does), so another site
//! cannot log a browser in, nor spend its guesses; the password is checked under the guessing
//! guard ([`crate::secret_check::GuessGuard::check_admin_login`]).

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use sync::wire::reason;

use super::form::{same_token, Checked};
use super::session::{self, cookie_value};
use super::{admin_html, audit, refusal_page};
use crate::api::{blocking, internal, AppState};
use crate::client_addr::ClientAddr;
use crate::page::escape;
use crate::secret_check::GuessGuard;

/// The cookie that pairs with the login form's hidden token.
const FORM_COOKIE: &str = "admin_login_form";

#[derive(serde::Deserialize)]
pub struct Login {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    form_token: String,
}

#[derive(serde::Deserialize)]
pub struct Nothing {}

fn login_page(status: StatusCode, token: &str, name: &str, message: Option<&str>) -> Response {
    let note = message.map_or_else(String::new, |m| {
        format!("<p class=\"note\" role=\"alert\">{}</p>", escape(m))
    });
    let body = format!(
        "<main><h1>Eiers administrasjon</h1>{note}\
         <form method=\"post\" action=\"/admin/login\">\
         <input type=\"hidden\" name=\"form_token\" value=\"{token}\">\
         <p><label for=\"name\">Brukernavn</label><br>\
         <input id=\"name\" name=\"name\" autocomplete=\"username\" value=\"{}\" required></p>\
         <p><label for=\"password\">Passord</label><br>\
         <input id=\"password\" name=\"password\" type=\"password\" \
         autocomplete=\"current-password\" required></p>\
         <p><button type=\"submit\">Logg inn</button></p></form></main>",
        escape(name)
    );
    let mut response = admin_html(status, "Logg inn", &body);
    let cookie = format!("{FORM_COOKIE}={token}; Path=/admin; HttpOnly; Secure; SameSite=Strict");
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).expect("hex and ASCII"),
    );
    response
}

pub async fn form() -> Response {
    login_page(StatusCode::OK, &crate::secrets::random_id(), "", None)
}

pub async fn log_in(
    State(state): State<Arc<AppState>>,
    ClientAddr(address): ClientAddr,
    headers: HeaderMap,
    Form(login): Form<Login>,
) -> Response {
    let paired = cookie_value(&headers, FORM_COOKIE)
        .is_some_and(|cookie| same_token(&login.form_token, cookie));
    if !paired {
        return refusal_page(state.refuse(
            StatusCode::FORBIDDEN,
            reason::BAD_FORM_TOKEN,
            "Skjemaet er utløpt. Last inn siden på nytt og prøv igjen.",
        ));
    }
    let name = login.name.trim().to_owned();
    let checked =
        GuessGuard::check_admin_login(&state, address, name.clone(), login.password).await;
    let admin = match checked {
        Ok(admin) => admin,
        Err(refusal) => {
            let mut page = login_page(
                refusal.status,
                &login.form_token,
                &name,
                Some(&refusal.reply.message),
            );
            if let Some(seconds) = refusal.reply.retry_after_seconds {
                page.headers_mut().insert(
                    header::RETRY_AFTER,
                    seconds.to_string().parse().expect("digits"),
                );
            }
            return page;
        }
    };
    let started = blocking(&state, move |state| {
        let db = state.db();
        let token = session::start(db.connection(), &admin, session::now_seconds())
            .map_err(|e| internal(state, e))?;
        audit::record(db.connection(), &admin, "login", "-").map_err(|e| internal(state, e))?;
        Ok(token)
    })
    .await;
    match started {
        Ok(token) => {
            let mut response = Redirect::to("/admin").into_response();
            response
                .headers_mut()
                .insert(header::SET_COOKIE, session::cookie_for(&token));
            response
        }
        Err(refusal) => refusal_page(refusal),
    }
}

pub async fn log_out(
    State(state): State<Arc<AppState>>,
    Checked { session, .. }: Checked<Nothing>,
) -> Response {
    let ended = blocking(&state, move |state| {
        let db = state.db();
        session::end(db.connection(), &session).map_err(|e| internal(state, e))?;
        audit::record(db.connection(), &session.admin, "logout", "-")
            .map_err(|e| internal(state, e))
    })
    .await;
    match ended {
        Ok(()) => {
            let mut response = Redirect::to("/admin/login").into_response();
            response
                .headers_mut()
                .insert(header::SET_COOKIE, session::cleared_cookie());
            response
        }
        Err(refusal) => refusal_page(refusal),
    }
}
