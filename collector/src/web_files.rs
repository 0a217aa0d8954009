//! The participant screens (`ui/`, embedded at build time) served under `/survey/`: the web
//! survey is the kiosk's own screens with the browser as their back end.

use std::collections::HashMap;
use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use crate::embedded;

/// The page a participant opens; the kiosk app opens `index.html` instead.
pub const SURVEY_PAGE: &str = "survey.html";

/// The demo, at `/survey/demo/`: the same screens, no code, and nothing kept or sent.
pub const DEMO_PAGE: &str = "demo/index.html";

/// What the browser may load and where it may connect: this origin only. No inline script,
/// no other site, no framing (a participant's page inside someone else's page could be
/// watched), and no referrer, so the address never travels on.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self'; \
    connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; \
    base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub fn file(path: &str) -> Option<&'static [u8]> {
    embedded::UI_FILES
        .iter()
        .find(|(name, _)| *name == path)
        .map(|(_, bytes)| *bytes)
}

pub async fn redirect_to_survey() -> Redirect {
    Redirect::permanent("/survey/")
}

pub async fn survey_page(request: HeaderMap) -> Response {
    serve(SURVEY_PAGE, &request)
}

pub async fn redirect_to_demo() -> Redirect {
    Redirect::permanent("/survey/demo/")
}

pub async fn demo_page(request: HeaderMap) -> Response {
    serve(DEMO_PAGE, &request)
}

pub async fn ui_file(Path(path): Path<String>, request: HeaderMap) -> Response {
    serve(&path, &request)
}

/// Each file's entity tag (its SHA-256), so that a phone revalidating what it holds, and the
/// service worker filling its cache, get "not modified" instead of the file again.
fn entity_tag(path: &str) -> Option<&'static str> {
    static TAGS: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    TAGS.get_or_init(|| {
        embedded::UI_FILES
            .iter()
            .map(|(name, bytes)| {
                let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
                let hex: String = digest.as_ref()[..16]
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                (*name, format!("\"{hex}\""))
            })
            .collect()
    })
    .get(path)
    .map(String::as_str)
}

fn serve(path: &str, request: &HeaderMap) -> Response {
    let (Some(bytes), Some(tag)) = (file(path), entity_tag(path)) else {
        return (StatusCode::NOT_FOUND, "no such file").into_response();
    };
    let unchanged = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag));
    let mut response = if unchanged {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        bytes.into_response()
    };
    let headers = response.headers_mut();
    headers.insert(header::ETAG, HeaderValue::from_static(tag));
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(path)),
    );
    // The service worker keeps the page working offline; the network copy is checked each
    // time the page is online, so a fixed screen reaches every phone at its next visit.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if path == "sw.js" {
        headers.insert(
            "service-worker-allowed",
            HeaderValue::from_static("/survey/"),
        );
    }
    response
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("woff2") => "font/woff2",
        Some("json" | "webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_screens_are_embedded_with_the_web_page() {
        for path in [
            SURVEY_PAGE,
            DEMO_PAGE,
            "index.html",
            "js/participant.js",
            "css/kiosk.css",
            "sw.js",
        ] {
            assert!(file(path).is_some_and(|b| !b.is_empty()), "{path}");
        }
        assert!(file("../Cargo.toml").is_none());
        assert!(file("").is_none());
    }

    #[test]
    fn each_kind_of_file_gets_its_type() {
        assert_eq!(content_type("a/b.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("survey.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("fonts/x.woff2"), "font/woff2");
        assert_eq!(content_type("x"), "application/octet-stream");
    }
}
