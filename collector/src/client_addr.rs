//! Who is asking: the client address the guessing guard counts against. Behind a reverse proxy
//! every connection comes from the proxy, so the address is read from `X-Forwarded-For`, but
//! only when the connection comes from a proxy the operator named (`--trusted-proxy`): anyone
//! else could write any address there and guess without limit.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use ipnet::IpNet;

use crate::state::AppState;

/// The client's address when the server knows it (not under `oneshot` in tests).
pub(crate) struct ClientAddr(pub(crate) Option<IpAddr>);

impl FromRequestParts<Arc<AppState>> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0.ip());
        let forwarded_for = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .collect::<Vec<_>>()
            .join(",");
        Ok(ClientAddr(client_address(
            peer,
            &forwarded_for,
            &state.config.trusted_proxies,
        )))
    }
}

/// The address to count a request against. From a trusted proxy, the right-most address in
/// `X-Forwarded-For` that is not itself a trusted proxy (each proxy appends the address it
/// saw, so addresses left of it are whatever the client wrote); from anyone else, the peer.
pub fn client_address(
    peer: Option<IpAddr>,
    forwarded_for: &str,
    trusted_proxies: &[IpNet],
) -> Option<IpAddr> {
    let trusted = |address: &IpAddr| trusted_proxies.iter().any(|net| net.contains(address));
    let peer = peer?;
    if !trusted(&peer) {
        return Some(peer);
    }
    let mut hops = forwarded_for
        .rsplit(',')
        .map(str::trim)
        .filter(|hop| !hop.is_empty());
    for hop in hops.by_ref() {
        match hop.parse::<IpAddr>() {
            Ok(address) if trusted(&address) => continue,
            Ok(address) => return Some(address),
            // Garbage where an address should be: the proxy did not write it; stop at the proxy.
            Err(_) => return Some(peer),
        }
    }
    Some(peer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> Option<IpAddr> {
        Some(text.parse().unwrap())
    }

    #[test]
    fn forwarded_for_is_believed_only_from_a_trusted_proxy() {
        let proxies: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        assert_eq!(
            client_address(ip("203.0.113.9"), "198.51.100.1", &proxies),
            ip("203.0.113.9"),
            "a client cannot name its own address"
        );
        assert_eq!(
            client_address(ip("10.0.0.2"), "198.51.100.1", &proxies),
            ip("198.51.100.1")
        );
        assert_eq!(client_address(ip("10.0.0.2"), "", &proxies), ip("10.0.0.2"));
        assert_eq!(client_address(None, "198.51.100.1", &proxies), None);
    }

    #[test]
    fn the_address_a_trusted_proxy_saw_wins_over_what_the_client_wrote() {
        let proxies: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap(), "fd00::/8".parse().unwrap()];
        // The client wrote 1.2.3.4; the outer proxy saw 198.51.100.7; an inner one saw 10.1.1.1.
        assert_eq!(
            client_address(ip("10.0.0.2"), "1.2.3.4, 198.51.100.7, 10.1.1.1", &proxies),
            ip("198.51.100.7")
        );
        assert_eq!(
            client_address(ip("fd00::1"), " 2001:db8::5 ", &proxies),
            ip("2001:db8::5")
        );
        assert_eq!(
            client_address(ip("10.0.0.2"), "1.2.3.4, not-an-address", &proxies),
            ip("10.0.0.2"),
            "garbage stops the walk at the proxy"
        );
        assert_eq!(
            client_address(ip("10.0.0.2"), "10.0.0.3", &proxies),
            ip("10.0.0.2"),
            "only proxies: the nearest one"
        );
    }
}
