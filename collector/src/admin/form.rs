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
use crate::forms::{posted_token, same_token};
use crate::refusal::{Refusal, SMALL_BODY_BYTES};
use crate::state::AppState;

pub(crate) struct Checked<T> {
    pub session: AdminSession,
    pub form: T,
}

impl<T: DeserializeOwned + Send> FromRequest<Arc<AppState>> for Checked<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &Arc<AppState>) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let session = AdminSession::from_request_parts(&mut parts, state).await?;
        let bytes = axum::body::to_bytes(body, SMALL_BODY_BYTES)
            .await
            .map_err(|_| {
                refusal_page(Refusal::new(
                    StatusCode::BAD_REQUEST,
                    reason::MALFORMED,
                    "Skjemaet kunne ikke leses.",
                ))
            })?;
        let fields: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        if !same_token(posted_token(&fields), &session.form_token) {
            return Err(refusal_page(Refusal::new(
                StatusCode::FORBIDDEN,
                reason::BAD_FORM_TOKEN,
                "Skjemaet er utløpt eller kom ikke fra denne siden. Last inn siden på nytt og prøv igjen.",
            )));
        }
        let form = serde_urlencoded::from_bytes(&bytes).map_err(|_| {
            refusal_page(Refusal::new(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                "Skjemaet mangler noe. Last inn siden på nytt og prøv igjen.",
            ))
        })?;
        Ok(Checked { session, form })
    }
}
