//! The owner's actions on municipalities and contacts, each a form post with the session's
//! token, written to the audit log and mailed to the people concerned.

use std::sync::Arc;

use axum::Router;

use crate::api::AppState;

pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
}
