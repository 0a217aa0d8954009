//! An administrator's logged-in session: a random token in an `HttpOnly; Secure;
//! SameSite=Strict` cookie limited to `/admin`, of which the database keeps only the SHA-256.
//! A session ends after 8 hours unused or 12 hours after login, whichever comes first, and
//! carries the token every admin form must post back (see [`super::form`]).

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use rusqlite::{params, Connection, OptionalExtension};

use crate::clock::Clock;
use crate::refusal::blocking;
use crate::state::AppState;
use crate::CollectorError;

pub const COOKIE: &str = "admin_session";
/// A session unused this long has ended.
pub const IDLE_SECONDS: i64 = 8 * 3600;
/// A session this old has ended, however busy.
pub const ABSOLUTE_SECONDS: i64 = 12 * 3600;

/// A live session, as a handler gets it.
#[derive(Debug, Clone)]
pub struct AdminSession {
    pub admin: String,
    /// What every form of this session must post back.
    pub form_token: String,
    token_hash: Vec<u8>,
}

fn token_hash(token: &str) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, token.as_bytes())
        .as_ref()
        .to_vec()
}

/// Whether a session started at `started` and last used at `last_seen` is still live at `now`.
pub fn is_live(started: i64, last_seen: i64, now: i64) -> bool {
    now - last_seen < IDLE_SECONDS && now - started < ABSOLUTE_SECONDS
}

/// Starts a session for `admin`; returns the cookie's token, which is not stored.
pub fn start(conn: &Connection, admin: &str, now: i64) -> Result<String, CollectorError> {
    let token = format!(
        "{}{}",
        crate::secrets::random_id(),
        crate::secrets::random_id()
    );
    conn.execute(
        "INSERT INTO admin_sessions (token_hash, admin, form_token, started_at, last_seen_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![token_hash(&token), admin, crate::secrets::random_id(), now],
    )?;
    // Sessions that ended are of no use to anyone: forget them as new ones start.
    conn.execute(
        "DELETE FROM admin_sessions WHERE last_seen_at <= ?1 OR started_at <= ?2",
        params![now - IDLE_SECONDS, now - ABSOLUTE_SECONDS],
    )?;
    Ok(token)
}

/// The live session a cookie's token names, marked as used now; an ended one is deleted.
pub fn find(
    conn: &Connection,
    token: &str,
    now: i64,
) -> Result<Option<AdminSession>, CollectorError> {
    let hash = token_hash(token);
    let row: Option<(String, String, i64, i64)> = conn
        .query_row(
            "SELECT admin, form_token, started_at, last_seen_at FROM admin_sessions
             WHERE token_hash = ?1",
            [&hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((admin, form_token, started, last_seen)) = row else {
        return Ok(None);
    };
    if !is_live(started, last_seen, now) {
        conn.execute("DELETE FROM admin_sessions WHERE token_hash = ?1", [&hash])?;
        return Ok(None);
    }
    conn.execute(
        "UPDATE admin_sessions SET last_seen_at = ?2 WHERE token_hash = ?1",
        params![hash, now],
    )?;
    Ok(Some(AdminSession {
        admin,
        form_token,
        token_hash: hash,
    }))
}

/// Ends `session` (logout).
pub fn end(conn: &Connection, session: &AdminSession) -> Result<(), CollectorError> {
    conn.execute(
        "DELETE FROM admin_sessions WHERE token_hash = ?1",
        [&session.token_hash],
    )?;
    Ok(())
}

/// The `Set-Cookie` value that carries a new session's token. `Secure` even on a test's plain
/// loopback address: browsers accept it on http://127.0.0.1 and localhost.
pub fn cookie_for(token: &str) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{COOKIE}={token}; Path=/admin; HttpOnly; Secure; SameSite=Strict"
    ))
    .expect("hex and ASCII")
}

/// The `Set-Cookie` value that makes a browser forget the session cookie.
pub fn cleared_cookie() -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{COOKIE}=; Path=/admin; HttpOnly; Secure; SameSite=Strict; Max-Age=0"
    ))
    .expect("ASCII")
}

/// No live session: pages send the browser to the login form; anything else is refused.
pub struct NotLoggedIn(Method);

impl IntoResponse for NotLoggedIn {
    fn into_response(self) -> Response {
        if matches!(self.0, Method::GET | Method::HEAD) {
            Redirect::to("/admin/login").into_response()
        } else {
            super::message_page(
                StatusCode::UNAUTHORIZED,
                "Ikke logget inn",
                "Du er ikke logget inn, eller økten er utløpt. Logg inn på nytt.",
            )
        }
    }
}

impl FromRequestParts<Arc<AppState>> for AdminSession {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let Some(token) = crate::forms::cookie_value(&parts.headers, COOKIE).map(str::to_owned)
        else {
            return Err(NotLoggedIn(parts.method.clone()).into_response());
        };
        let found = blocking(state, move |state| {
            Ok(find(state.db().connection(), &token, Clock::now_seconds())?)
        })
        .await
        .map_err(super::refusal_page)?;
        found.ok_or_else(|| NotLoggedIn(parts.method.clone()).into_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    #[test]
    fn a_session_ends_after_eight_idle_hours_or_twelve_in_all() {
        let hour = 3600;
        assert!(is_live(0, 0, 0));
        assert!(is_live(0, 0, 8 * hour - 1));
        assert!(!is_live(0, 0, 8 * hour), "idle too long");
        assert!(is_live(0, 11 * hour, 12 * hour - 1), "busy, within 12 h");
        assert!(!is_live(0, 12 * hour - 1, 12 * hour), "12 h after login");
    }

    #[test]
    fn only_a_hash_of_the_token_is_kept_and_an_ended_session_is_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        let conn = db.connection();
        super::super::accounts::add(
            conn,
            "ingrid",
            "a long enough password",
            chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
        )
        .unwrap();
        let token = start(conn, "ingrid", 1_000).unwrap();
        let stored: Vec<u8> = conn
            .query_row("SELECT token_hash FROM admin_sessions", [], |r| r.get(0))
            .unwrap();
        assert_ne!(stored, token.as_bytes());
        assert_eq!(stored, token_hash(&token));
        let session = find(conn, &token, 2_000).unwrap().unwrap();
        assert_eq!(session.admin, "ingrid");
        assert!(find(conn, "not-the-token", 2_000).unwrap().is_none());
        // Used at 2 000, so idle until 2 000 + 8 h.
        assert!(find(conn, &token, 2_000 + IDLE_SECONDS - 1)
            .unwrap()
            .is_some());
        assert!(find(conn, &token, 1_000 + ABSOLUTE_SECONDS)
            .unwrap()
            .is_none());
        let left: i64 = conn
            .query_row("SELECT COUNT(*) FROM admin_sessions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0, "the ended session is deleted");
    }
}
