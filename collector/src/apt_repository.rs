//! The kiosk's signed apt repository (written by `cargo xtask bundle`) served as plain files
//! under `/apt/`, so that classroom machines update through the channel they already use
//! (`apt update && apt upgrade`) from the collector they sync with. The repository is signed
//! with the owner's OpenPGP key; the collector only hands the files out.
//!
//! `/v1/kiosk-release` names the newest kiosk version in it, so that a kiosk's coordinator
//! hears at sync that a newer app waits (installing stays with apt and the owner's key).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use sync::release::{newest, KioskRelease};
use sync::wire::reason;
use sync::PROTOCOL_VERSION;
use tower_http::services::ServeDir;

use crate::refusal::Refusal;
use crate::state::AppState;

/// Where the repository is served.
pub const PREFIX: &str = "/apt";
/// The package whose newest version is offered to kiosks.
const KIOSK_PACKAGE: &str = "survey-kiosk";

/// `/apt/...` from the folder `repository` (no listing of folders, nothing outside it), and
/// `/v1/kiosk-release`.
pub fn routes(repository: &Path) -> Router<Arc<AppState>> {
    let folder = repository.to_owned();
    Router::new()
        .route(
            "/v1/kiosk-release",
            get(move || kiosk_release(folder.clone())),
        )
        .nest_service(PREFIX, ServeDir::new(repository))
}

/// Read at each request, so that a release the owner publishes into the folder is offered at
/// once; the indexes are a few kilobytes.
async fn kiosk_release(repository: PathBuf) -> Result<Json<KioskRelease>, Refusal> {
    let version = tokio::task::spawn_blocking(move || newest_kiosk_version(&repository))
        .await
        .map_err(Refusal::internal)?;
    let version = version.ok_or_else(|| {
        Refusal::new(
            StatusCode::NOT_FOUND,
            reason::NOT_FOUND,
            "this collector offers no kiosk release",
        )
    })?;
    Ok(Json(KioskRelease {
        protocol: PROTOCOL_VERSION,
        version,
    }))
}

/// The newest `survey-kiosk` version listed in any `dists/*/*/binary-*/Packages` index.
fn newest_kiosk_version(repository: &Path) -> Option<String> {
    let mut versions = Vec::new();
    for index in package_indexes(repository) {
        let Ok(text) = std::fs::read_to_string(&index) else {
            continue;
        };
        versions.extend(kiosk_versions(&text));
    }
    newest(versions.iter().map(String::as_str)).map(str::to_owned)
}

fn package_indexes(repository: &Path) -> Vec<PathBuf> {
    let children = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.is_dir())
            .collect()
    };
    let mut indexes = Vec::new();
    for suite in children(&repository.join("dists")) {
        for component in children(&suite) {
            for binary in children(&component) {
                let is_binary = binary
                    .file_name()
                    .and_then(|name| name.to_str())
                    .is_some_and(|name| name.starts_with("binary-"));
                if is_binary {
                    indexes.push(binary.join("Packages"));
                }
            }
        }
    }
    indexes
}

/// The versions of the kiosk's stanzas in one Packages index (stanzas are blank-line separated
/// `Field: value` lines).
fn kiosk_versions(index: &str) -> Vec<String> {
    let mut versions = Vec::new();
    for stanza in index.split("\n\n") {
        let field = |name: &str| {
            stanza.lines().find_map(|line| {
                let (key, value) = line.split_once(':')?;
                (key == name).then(|| value.trim().to_owned())
            })
        };
        if field("Package").as_deref() == Some(KIOSK_PACKAGE) {
            versions.extend(field("Version"));
        }
    }
    versions
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "Package: survey-collector\nVersion: 9.0.0\nArchitecture: amd64\n\n\
        Package: survey-kiosk\nVersion: 0.9.0\nArchitecture: amd64\n\n\
        Package: survey-kiosk\nVersion: 0.10.0\nArchitecture: amd64\n";

    #[test]
    fn only_the_kiosks_versions_are_read_from_an_index() {
        assert_eq!(kiosk_versions(INDEX), ["0.9.0", "0.10.0"]);
    }

    #[test]
    fn the_newest_kiosk_version_of_every_index_is_offered() {
        let repository = tempfile::tempdir().unwrap();
        let write = |arch: &str, text: &str| {
            let dir = repository
                .path()
                .join(format!("dists/stable/main/binary-{arch}"));
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("Packages"), text).unwrap();
        };
        assert_eq!(newest_kiosk_version(repository.path()), None);
        write("amd64", INDEX);
        write("arm64", "Package: survey-kiosk\nVersion: 0.9.9\n");
        assert_eq!(
            newest_kiosk_version(repository.path()).as_deref(),
            Some("0.10.0")
        );
        write("arm64", "Package: survey-kiosk\nVersion: 0.11.0\n");
        assert_eq!(
            newest_kiosk_version(repository.path()).as_deref(),
            Some("0.11.0")
        );
    }
}
