//! Every page carries the headers that keep it from being framed, sniffed or its address passed
//! on, and under an https public address also HSTS and `Secure` cookies (the registration and
//! results forms' token cookies among them).

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use collector::{AppState, ServeConfig};
use common::state_configured;
use tower::ServiceExt;

const PAGES: &[&str] = &[
    "/register",
    "/results/0301",
    "/national",
    "/admin/login",
    "/survey/",
    "/healthz",
];

async fn get(state: &Arc<AppState>, path: &str) -> axum::http::Response<Body> {
    collector::app(Arc::clone(state))
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap()
}

fn header<'a>(response: &'a axum::http::Response<Body>, name: header::HeaderName) -> &'a str {
    response
        .headers()
        .get(&name)
        .map_or("", |v| v.to_str().unwrap())
}

fn with_municipality(db: &mut collector::db::Db) {
    db.add_municipality("0301", "Oslo").unwrap();
}

#[tokio::test]
async fn every_page_refuses_framing_and_sniffing_and_keeps_its_address() {
    let (_data, state) = state_configured(ServeConfig::default(), with_municipality);
    for path in PAGES {
        let response = get(&state, path).await;
        assert!(
            response.status() != StatusCode::NOT_FOUND,
            "{path} is a page"
        );
        assert!(
            header(&response, header::CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'"),
            "{path}: {:?}",
            response.headers()
        );
        assert_eq!(
            header(&response, header::X_CONTENT_TYPE_OPTIONS),
            "nosniff",
            "{path}"
        );
        assert!(
            ["no-referrer", "same-origin"].contains(&header(&response, header::REFERRER_POLICY)),
            "{path}"
        );
        assert_eq!(header(&response, header::X_FRAME_OPTIONS), "DENY", "{path}");
        assert_eq!(
            header(&response, header::STRICT_TRANSPORT_SECURITY),
            "",
            "{path}: no HSTS on a plain-http address"
        );
    }
}

#[tokio::test]
async fn under_an_https_address_pages_carry_hsts_and_every_cookie_is_secure() {
    let config = ServeConfig {
        public_url: "https://undersokelse.example.no".into(),
        ..ServeConfig::default()
    };
    let (_data, state) = state_configured(config, with_municipality);
    for path in PAGES {
        let response = get(&state, path).await;
        assert!(
            header(&response, header::STRICT_TRANSPORT_SECURITY).starts_with("max-age="),
            "{path}"
        );
    }
    for path in ["/register", "/results/0301", "/admin/login"] {
        let response = get(&state, path).await;
        let cookies: Vec<&str> = response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|c| c.to_str().unwrap())
            .collect();
        assert!(!cookies.is_empty(), "{path} sets its form cookie");
        for cookie in cookies {
            assert!(cookie.contains("; Secure"), "{path}: {cookie}");
        }
    }
}
