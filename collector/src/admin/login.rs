//! Logging in and out of `/admin`. The login form carries a token that must come back both in
//! its body and in a `SameSite=Strict` cookie (as the results login does), so another site
//! cannot log a browser in, nor spend its guesses; the password is checked under the guessing
//! guard ([`check_password`]).

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use sync::wire::reason;

use std::net::IpAddr;

use super::form::Checked;
use super::session;
use super::{admin_html, refusal_page};
use crate::client_addr::ClientAddr;
use crate::clock::Clock;
use crate::forms::{cookie_value, same_token};
use crate::page::escape;
use crate::refusal::{blocking, Refusal};
use crate::secret_check::{Guess, GuessGuard, OnRepeatedFailures, Wording};
use crate::state::AppState;

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
        return refusal_page(Refusal::new(
            StatusCode::FORBIDDEN,
            reason::BAD_FORM_TOKEN,
            "Skjemaet er utløpt. Last inn siden på nytt og prøv igjen.",
        ));
    }
    let name = login.name.trim().to_owned();
    let checked = check_password(&state, address, name.clone(), login.password).await;
    let admin = match checked {
        Ok(admin) => admin,
        Err(refusal) => {
            if refusal.reason == "wrong_password" {
                audit_failed_login(&state, &name).await;
            }
            return refusal.mark(login_page(
                refusal.status,
                &login.form_token,
                &name,
                Some(&refusal.reply.message),
            ));
        }
    };
    let started = blocking(&state, move |state| {
        let db = state.db();
        let token = session::start(db.connection(), &admin, Clock::now_seconds())?;
        db.audit(&admin, "login", "-")?;
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

/// Writes a failed login to the audit log: the name as typed (cut short, it may be anything),
/// never the password. The guard's limits bound how many such rows an address can cause.
async fn audit_failed_login(state: &Arc<AppState>, name: &str) {
    let typed: String = name.chars().filter(|c| !c.is_control()).take(40).collect();
    let written = blocking(state, move |state| {
        state
            .db()
            .audit("-", "failed login", &typed)
            .map_err(Refusal::from)
    })
    .await;
    if let Err(refusal) = written {
        log::warn!(
            "admin: a failed login could not be audited: {}",
            refusal.reason
        );
    }
}

/// An owner's administrator logging in at `/admin/login`: the name and password (argon2id)
/// under the same guard as results keys: after five wrong in a row an address is refused
/// for a growing while, and many wrong guesses at one name slow further wrong ones. A name
/// that does not exist costs one argon2 check, as a wrong password does.
async fn check_password(
    state: &Arc<AppState>,
    address: Option<IpAddr>,
    name: String,
    password: String,
) -> Result<String, Refusal> {
    let guess = Guess {
        scope: "admin-login",
        address,
        subject: Some(("admin-name", name.clone())),
        policy: OnRepeatedFailures::Refuse,
        budget: &crate::secret_check::ARGON2_CHECKS,
    };
    let attempt = move |state: &AppState| {
        let stored = super::accounts::password_hash_of(state.db().connection(), &name)?;
        Ok(super::accounts::verify_password(&password, stored.as_deref()).then_some(name))
    };
    let wording = Wording {
        locked: "For mange feil forsøk. Vent litt og prøv igjen.",
        wrong_reason: "wrong_password",
        wrong: "Feil navn eller passord.",
    };
    GuessGuard::guarded(state, guess, attempt, wording).await
}

pub async fn log_out(
    State(state): State<Arc<AppState>>,
    Checked { session, .. }: Checked<Nothing>,
) -> Response {
    let ended = blocking(&state, move |state| {
        let db = state.db();
        session::end(db.connection(), &session)?;
        db.audit(&session.admin, "logout", "-")
            .map_err(Refusal::from)
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
