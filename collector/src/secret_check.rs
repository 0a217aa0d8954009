//! The one place where secrets people type (access codes, results keys) are checked, under the
//! guessing throttle.

use std::net::IpAddr;

use axum::http::StatusCode;
use sync::wire::reason;

use crate::api::{internal, AppState, Refusal};
use crate::db::Db;
use crate::{secrets, throttle};

pub(crate) fn address_key(addr: Option<IpAddr>) -> String {
    addr.map(|a| a.to_string()).unwrap_or_default()
}

/// Checks a secret under the guessing throttle, for access codes and results keys alike.
///
/// Refuses while any of `keys` is locked out. `lookup` finds the stored (payload, salt, hash);
/// the hash is checked outside the database lock (it is slow on purpose), and against a
/// throwaway hash when nothing was found, so timing does not tell which records exist. A wrong
/// secret counts a failure against every key (growing lockouts); a right one clears them and
/// returns the payload.
pub(crate) fn check_secret<R>(
    state: &AppState,
    keys: &[String],
    lookup: impl FnOnce(&Db) -> Result<Option<(R, Vec<u8>, Vec<u8>)>, crate::CollectorError>,
    secret: &str,
    locked_message: &str,
    (wrong_reason, wrong_message): (&str, &str),
) -> Result<R, Refusal> {
    let now = chrono::Utc::now().timestamp();
    let record = {
        let db = state.db();
        for key in keys {
            let (_, locked_until) = db.throttle(key).map_err(|e| internal(state, e))?;
            if locked_until > now {
                let mut refusal = state.refuse(
                    StatusCode::TOO_MANY_REQUESTS,
                    reason::LOCKED_OUT,
                    locked_message,
                );
                refusal.reply.retry_after_seconds = Some((locked_until - now) as u64);
                return Err(refusal);
            }
        }
        lookup(&db).map_err(|e| internal(state, e))?
    };
    let matches = match &record {
        Some((_, salt, hash)) => secrets::verify(secret, salt, hash),
        None => {
            let decoy = secrets::hash("decoy");
            let _ = secrets::verify(secret, &decoy.salt, &decoy.hash);
            false
        }
    };
    let mut db = state.db();
    if !matches {
        for key in keys {
            let (failures, _) = db.throttle(key).map_err(|e| internal(state, e))?;
            let until = now + throttle::lockout_seconds(failures + 1);
            db.set_throttle(key, failures + 1, until)
                .map_err(|e| internal(state, e))?;
        }
        return Err(state.refuse(StatusCode::UNAUTHORIZED, wrong_reason, wrong_message));
    }
    for key in keys {
        db.clear_throttle(key).map_err(|e| internal(state, e))?;
    }
    Ok(record.expect("a match has a record").0)
}
