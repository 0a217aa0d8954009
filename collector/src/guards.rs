//! What requests pass through before their handler: a state-changing request from a page of
//! another site is refused (its `Origin`, or `Sec-Fetch-Site: cross-site`), so no other site can
//! spend a visitor's browser on guesses or deliveries; the JSON endpoints take only
//! `application/json`, which a cross-site form cannot send without the browser asking first; and
//! each request leaves one log line, with its route pattern, status and duration, never its
//! body, query or the client's address. Every response carries the headers that keep a page
//! from being framed, sniffed or its address passed on ([`security_headers`]).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sync::wire::reason;

use crate::refusal::{Refusal, Refused};
use crate::state::AppState;

/// Refusals that say someone may be attacking: logged as warnings.
const SECURITY_REASONS: &[&str] = &[
    reason::LOCKED_OUT,
    reason::REVOKED,
    reason::BAD_SIGNATURE,
    reason::UNKNOWN_KIOSK,
    reason::CROSS_ORIGIN,
    reason::BAD_FORM_TOKEN,
    reason::BAD_TICKET,
    reason::KEY_IN_USE,
    reason::NOT_SEALED,
];

/// The policy of a page that sets none: nothing but its own inline styles, no script, no
/// framing. Pages with more (the web survey) set their own, also with `frame-ancestors 'none'`.
pub const DEFAULT_CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; \
    form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/// Two years, the preload lists' minimum: a browser that saw the collector over TLS never
/// tries it in the clear.
const HSTS: &str = "max-age=63072000; includeSubDomains";

/// Adds to every response what a page needs against framing, sniffing and leaking its address,
/// and, when the public address is https, HSTS and `Secure` on every cookie.
pub(crate) async fn security_headers(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let defaults = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // Not "no-referrer": with it a browser posts forms with `Origin: null`, which
        // same_origin must refuse; "same-origin" tells other sites nothing.
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CONTENT_SECURITY_POLICY, DEFAULT_CSP),
    ];
    for (name, value) in defaults {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    if state.config.public_url.starts_with("https://") {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
        let cookies: Vec<HeaderValue> = headers
            .get_all(header::SET_COOKIE)
            .iter()
            .cloned()
            .collect();
        headers.remove(header::SET_COOKIE);
        for cookie in cookies {
            let text = cookie.to_str().unwrap_or_default();
            let secured = match text.to_ascii_lowercase().contains("; secure") {
                true => cookie,
                false => HeaderValue::from_str(&format!("{text}; Secure")).unwrap_or(cookie),
            };
            headers.append(header::SET_COOKIE, secured);
        }
    }
    response
}

fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Refuses state-changing requests that a browser says come from another site.
pub(crate) async fn same_origin(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    if changes_state(request.method()) {
        let from_trusted_proxy = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .is_some_and(|peer| {
                state
                    .config
                    .trusted_proxies
                    .iter()
                    .any(|net| net.contains(&peer.0.ip()))
            });
        if is_cross_site(request.headers(), from_trusted_proxy) {
            return Refusal::new(
                StatusCode::FORBIDDEN,
                reason::CROSS_ORIGIN,
                "requests from other sites are not accepted",
            )
            .into_response();
        }
    }
    next.run(request).await
}

/// A browser's word that the request comes from a page of another site. Requests without
/// `Origin` (kiosks, command-line tools) are not from a page and pass.
pub fn is_cross_site(headers: &HeaderMap, from_trusted_proxy: bool) -> bool {
    let text = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
    if text("sec-fetch-site") == Some("cross-site") {
        return true;
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let Some(origin_host) = origin
        .to_str()
        .ok()
        .and_then(|origin| origin.split_once("://"))
        .map(|(_, host)| host.trim_end_matches('/'))
    else {
        return true; // "null" (a sandboxed or file page) or garbage
    };
    let host = text(header::HOST.as_str());
    // A reverse proxy may pass the host the browser asked for in its own header.
    let forwarded_host = from_trusted_proxy
        .then(|| text("x-forwarded-host"))
        .flatten();
    ![host, forwarded_host]
        .into_iter()
        .flatten()
        .any(|expected| expected.eq_ignore_ascii_case(origin_host))
}

/// Refuses a state-changing request whose body is not declared as JSON.
pub(crate) async fn json_only(request: Request, next: Next) -> Response {
    if changes_state(request.method()) && !declares_json(request.headers()) {
        return Refusal::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            reason::NOT_JSON,
            "send the request as application/json",
        )
        .into_response();
    }
    next.run(request).await
}

fn declares_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

/// One line per request: method, route pattern, status, milliseconds; and a refusal, marked
/// on the response by whoever made it, counted by its reason code.
pub(crate) async fn log_request(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("(no route)", |path| path.as_str())
        .to_owned();
    let response = next.run(request).await;
    let status = response.status();
    let millis = started.elapsed().as_millis();
    if let Some(Refused(reason)) = response.extensions().get::<Refused>().copied() {
        state.metrics.count_refusal(reason);
        // The reason code only: a message may quote what the client sent.
        if SECURITY_REASONS.contains(&reason) {
            log::warn!("security: refused ({reason}, {})", status.as_u16());
        } else {
            log::info!("refused ({reason}, {})", status.as_u16());
        }
    }
    if status == StatusCode::REQUEST_TIMEOUT {
        log::warn!(
            "request {method} {route} {} {millis} ms: timed out",
            status.as_u16()
        );
    } else {
        log::info!("request {method} {route} {} {millis} ms", status.as_u16());
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn a_page_of_another_site_is_cross_site_and_a_kiosk_is_not() {
        let host = ("host", "survey.example.no");
        assert!(
            !is_cross_site(&headers(&[host]), false),
            "no Origin: not a page"
        );
        assert!(!is_cross_site(
            &headers(&[host, ("origin", "https://survey.example.no")]),
            false
        ));
        assert!(!is_cross_site(
            &headers(&[host, ("origin", "https://SURVEY.example.no/")]),
            false
        ));
        assert!(is_cross_site(
            &headers(&[host, ("origin", "https://evil.example")]),
            false
        ));
        assert!(is_cross_site(&headers(&[host, ("origin", "null")]), false));
        assert!(is_cross_site(
            &headers(&[host, ("origin", "https://survey.example.no:8443")]),
            false
        ));
        assert!(is_cross_site(
            &headers(&[host, ("sec-fetch-site", "cross-site")]),
            false
        ));
        assert!(!is_cross_site(
            &headers(&[host, ("sec-fetch-site", "same-origin")]),
            false
        ));
    }

    #[test]
    fn a_forwarded_host_counts_only_from_a_trusted_proxy() {
        let behind_proxy = headers(&[
            ("host", "127.0.0.1:8470"),
            ("x-forwarded-host", "survey.example.no"),
            ("origin", "https://survey.example.no"),
        ]);
        assert!(!is_cross_site(&behind_proxy, true));
        assert!(is_cross_site(&behind_proxy, false));
    }

    #[test]
    fn only_a_json_content_type_is_json() {
        assert!(declares_json(&headers(&[(
            "content-type",
            "application/json"
        )])));
        assert!(declares_json(&headers(&[(
            "content-type",
            "Application/JSON; charset=utf-8"
        )])));
        assert!(!declares_json(&headers(&[("content-type", "text/plain")])));
        assert!(!declares_json(&headers(&[(
            "content-type",
            "application/x-www-form-urlencoded"
        )])));
        assert!(!declares_json(&HeaderMap::new()));
    }
}
