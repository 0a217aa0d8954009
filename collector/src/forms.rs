//! Cookies and form tokens, for every form the collector serves. A form page sets a random
//! token in a `SameSite=Strict` cookie and in a hidden field; a post is taken only when both
//! match. Another site's page can make a browser post (the same-site check in
//! [`crate::guards`] refuses what the browser admits is cross-site), but it can neither send the
//! cookie nor read the token, so its post is refused before anything in it is read.
//! [`PublicForm`] does this for the public forms; admin forms check the session's token the
//! same way.

use std::sync::Arc;

use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use serde::de::DeserializeOwned;
use sync::wire::reason;

use crate::page;
use crate::refusal::{Refusal, SMALL_BODY_BYTES};
use crate::state::AppState;

/// The cookie that carries a public form's token.
pub const FORM_COOKIE: &str = "form_token";
/// The hidden field every form posts its token in.
pub const TOKEN_FIELD: &str = "form_token";

/// The value of cookie `name` in a request's headers.
pub fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(cookie, _)| *cookie == name)
        .map(|(_, value)| value)
}

/// Compares in time that does not depend on where the strings first differ.
pub fn same_token(posted: &str, expected: &str) -> bool {
    posted.len() == expected.len()
        && !expected.is_empty()
        && posted
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

/// A new token for a form page, and the cookie that carries it for posts under `path`.
pub fn new_form_token(path: &str) -> (String, HeaderValue) {
    let token = crate::secrets::random_id();
    let cookie = format!("{FORM_COOKIE}={token}; Path={path}; HttpOnly; SameSite=Strict");
    (
        token,
        HeaderValue::from_str(&cookie).expect("hex and ASCII"),
    )
}

/// The token a url-encoded body posts, if any.
pub fn posted_token(fields: &[(String, String)]) -> &str {
    fields
        .iter()
        .find(|(name, _)| name == TOKEN_FIELD)
        .map_or("", |(_, value)| value.as_str())
}

/// A public form post whose token matched its cookie: the form, and the token (a form shown
/// again keeps it).
pub struct PublicForm<T> {
    pub form: T,
    pub token: String,
}

impl<T: DeserializeOwned + Send> FromRequest<Arc<AppState>> for PublicForm<T> {
    type Rejection = Response;

    async fn from_request(request: Request, _: &Arc<AppState>) -> Result<Self, Response> {
        let (parts, body) = request.into_parts();
        let unreadable = || {
            expired_form_page(Refusal::new(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                "Skjemaet kunne ikke leses. Last inn siden på nytt og prøv igjen.",
            ))
        };
        let bytes = axum::body::to_bytes(body, SMALL_BODY_BYTES)
            .await
            .map_err(|_| unreadable())?;
        let fields: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        let token = posted_token(&fields).to_owned();
        let from_cookie = cookie_value(&parts.headers, FORM_COOKIE).unwrap_or_default();
        if !same_token(&token, from_cookie) {
            return Err(expired_form_page(Refusal::new(
                StatusCode::FORBIDDEN,
                reason::BAD_FORM_TOKEN,
                "Last inn siden på nytt og prøv igjen.",
            )));
        }
        let form = serde_urlencoded::from_bytes(&bytes).map_err(|_| unreadable())?;
        Ok(PublicForm { form, token })
    }
}

/// The page for a public form post that is refused before it is read.
fn expired_form_page(refusal: Refusal) -> Response {
    let title = "Skjemaet er utløpt";
    let body = format!(
        "<h1>{title}</h1><p class=\"note\">{}</p>",
        page::escape(&refusal.reply.message)
    );
    let mut response = (refusal.status, Html(page::document(title, &body))).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    refusal.mark(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_same_nonempty_token_matches() {
        assert!(same_token("abc123", "abc123"));
        assert!(!same_token("abc124", "abc123"));
        assert!(!same_token("abc12", "abc123"));
        assert!(!same_token("", ""));
        // Two differences that would cancel out if they were not all kept.
        assert!(!same_token("ba", "ab"));
    }

    #[test]
    fn a_cookie_is_found_among_others_by_its_whole_name() {
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, "a=1; form_token_x=2".parse().unwrap());
        headers.append(header::COOKIE, "form_token=3".parse().unwrap());
        assert_eq!(cookie_value(&headers, FORM_COOKIE), Some("3"));
        assert_eq!(cookie_value(&headers, "missing"), None);
    }
}
