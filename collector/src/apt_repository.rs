//! The kiosk's signed apt repository (written by `cargo xtask bundle`) served as plain files
//! under `/apt/`, so that classroom machines update through the channel they already use
//! (`apt update && apt upgrade`) from the collector they sync with. The repository is signed
//! with the owner's OpenPGP key; the collector only hands the files out.

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use tower_http::services::ServeDir;

use crate::state::AppState;

/// Where the repository is served.
pub const PREFIX: &str = "/apt";

/// `/apt/...` from the folder `repository`; no listing of folders, nothing outside it.
pub fn routes(repository: &Path) -> Router<Arc<AppState>> {
    Router::new().nest_service(PREFIX, ServeDir::new(repository))
}
