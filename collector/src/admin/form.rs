//! A posted admin form, taken only from a live session and only with that session's form token
//! in its body. Another site's page can make a logged-in browser post (the same-site check in
//! [`crate::guards`] refuses what the browser admits is cross-site), but it cannot read the
//! token, so its post is refused here before anything in it is read.

use std::sync::Arc;

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::response::Response;
use serde::de::DeserializeOwned;
use sync::wire::reason;

use super::refusal_page;
use super::session::AdminSession;
use crate::api::{AppState, SMALL_BODY_BYTES};

pub(crate) struct Checked<T> {
    pub session: AdminSession,
    pub form: T,
}

/// Compares in time that does not depend on where the strings first differ.
pub(crate) fn same_token(posted: &str, expected: &str) -> bool {
    posted.len() == expected.len()
        && !expected.is_empty()
        && posted
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

impl<T: DeserializeOwned + Send> FromRequest<Arc<AppState>> for Checked<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &Arc<AppState>) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let session = AdminSession::from_request_parts(&mut parts, state).await?;
        let bytes = axum::body::to_bytes(body, SMALL_BODY_BYTES)
            .await
            .map_err(|_| {
                refusal_page(state.refuse(
                    StatusCode::BAD_REQUEST,
                    reason::MALFORMED,
                    "Skjemaet kunne ikke leses.",
                ))
            })?;
        let fields: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        let posted = fields
            .iter()
            .find(|(name, _)| name == "form_token")
            .map_or("", |(_, value)| value.as_str());
        if !same_token(posted, &session.form_token) {
            return Err(refusal_page(state.refuse(
                StatusCode::FORBIDDEN,
                reason::BAD_FORM_TOKEN,
                "Skjemaet er utløpt eller kom ikke fra denne siden. Last inn siden på nytt og prøv igjen.",
            )));
        }
        let form = serde_urlencoded::from_bytes(&bytes).map_err(|_| {
            refusal_page(state.refuse(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                "Skjemaet mangler noe. Last inn siden på nytt og prøv igjen.",
            ))
        })?;
        Ok(Checked { session, form })
    }
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
}
