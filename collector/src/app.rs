//! The routers, assembled and nothing else: each feature gives its routes, this adds the
//! layers every request passes. [`app`] is the public router, built from shared state so tests
//! reach it both with `oneshot` and on a real listener; [`admin_app`] is the operators' router,
//! served on its own (loopback) address; [`serve`] runs a router.
//!
//! The collector reads bottom-up: [`crate::state`], [`crate::refusal`], [`crate::forms`] and
//! the data folder at the bottom; the shared helpers (guards, the guessing guard, pages, mail,
//! contacts) above them; one module per use case above those, none importing another; and this
//! module on top.

use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::Router;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

use crate::refusal::SMALL_BODY_BYTES;
use crate::state::AppState;
use crate::{
    admin, apt_repository, enrol, guards, ingest, pack_files, pages, registration, web_survey,
};

/// The public router: kiosks, participants, contact persons and the owner's staff.
pub fn app(state: Arc<AppState>) -> Router {
    let config = &state.config;
    let json = Router::new()
        .merge(enrol::routes())
        .merge(ingest::routes(config.max_body_bytes))
        .merge(web_survey::routes())
        .route_layer(from_fn(guards::json_only));
    let mut router = Router::new();
    if let Some(repository) = &config.apt_repository {
        router = router.merge(apt_repository::routes(repository));
    }
    router
        .merge(pack_files::routes())
        .merge(pages::routes())
        .merge(admin::routes())
        .merge(registration::routes())
        .merge(json)
        .layer(DefaultBodyLimit::max(SMALL_BODY_BYTES))
        .layer(from_fn_with_state(Arc::clone(&state), guards::same_origin))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.request_timeout,
        ))
        .layer(RequestBodyTimeoutLayer::new(config.body_read_timeout))
        .layer(from_fn_with_state(
            Arc::clone(&state),
            guards::security_headers,
        ))
        .layer(from_fn_with_state(Arc::clone(&state), guards::log_request))
        .with_state(state)
}

/// The operators' router, for the admin address only: metrics with per-municipality figures.
pub fn admin_app(state: Arc<AppState>) -> Router {
    pack_files::operator_routes().with_state(state)
}

/// Serves `router` over plain HTTP with the default limits until `shutdown` completes; see
/// [`crate::server`] for TLS and other limits.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    crate::server::serve(
        listener,
        router,
        crate::server::Transport::Plain,
        crate::server::Limits::default(),
        shutdown,
    )
    .await
}
