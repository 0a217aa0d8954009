//! Real traffic for the fuzzer's corpus: with `SURVEY_FUZZ_RECORD=DIR` set, every collector
//! these tests start saves the body of each request a fuzz target takes (the web survey's code
//! check and deliveries, enrolment, batches, and each batch's signed body) as
//! `DIR/<target>/<sha256>.bin`, the corpus layout of `survey-fuzz`. `cargo xtask fuzz
//! --record` runs the end-to-end tests so, then a fuzz run keeps what adds coverage.

use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::extract::Request;
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;

/// Names the folder the traffic is saved in; unset, nothing is recorded.
pub const RECORD_ENV: &str = "SURVEY_FUZZ_RECORD";

/// Where to record, when asked to.
pub fn folder() -> Option<PathBuf> {
    std::env::var_os(RECORD_ENV)
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
}

/// The middleware: saves what a fuzz target takes, then passes the request on unchanged.
pub async fn record(request: Request, next: Next) -> Response {
    let (Some(dir), Some(target)) = (folder(), target_of(request.method(), request.uri().path()))
    else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 4 << 20).await else {
        return next.run(Request::from_parts(parts, Body::empty())).await;
    };
    save(&dir, target, &bytes);
    if target == "http_batches" {
        if let Ok(batch) = serde_json::from_slice::<sync::wire::SignedBatch>(&bytes) {
            save(&dir, "http_signed_batch_body", batch.body.as_bytes());
        }
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The fuzz target that takes a request's body, by its route.
fn target_of(method: &Method, path: &str) -> Option<&'static str> {
    if method != Method::POST {
        return None;
    }
    Some(match path {
        "/survey/api/code" => "http_code",
        "/survey/api/responses" => "http_responses",
        "/v1/enrol" => "http_enrol",
        "/v1/batches" => "http_batches",
        _ => return None,
    })
}

/// Saves one input, named by its SHA-256 (a repeat is one file); a failure only loses a seed.
fn save(dir: &Path, target: &str, input: &[u8]) {
    let digest = ring::digest::digest(&ring::digest::SHA256, input);
    let name: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    let folder = dir.join(target);
    if std::fs::create_dir_all(&folder).is_ok() {
        let _ = std::fs::write(folder.join(format!("{name}.bin")), input);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bodies_a_target_takes_are_recorded() {
        assert_eq!(
            target_of(&Method::POST, "/v1/batches"),
            Some("http_batches")
        );
        assert_eq!(
            target_of(&Method::POST, "/survey/api/code"),
            Some("http_code")
        );
        assert_eq!(target_of(&Method::GET, "/v1/batches"), None);
        assert_eq!(target_of(&Method::POST, "/admin/login"), None);
    }
}
