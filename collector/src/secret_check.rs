//! The one place where secrets people type (access codes, results keys) are checked, under a
//! guard against guessing: lockouts kept in the database for kiosks and contact persons
//! ([`check_secret`]), and a tarpit for the web survey ([`Tarpit`]), which slows guessing from
//! one address down without ever refusing the right code.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

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
    let matches = record
        .as_ref()
        .is_some_and(|(_, salt, hash)| secrets::verify(secret, salt, hash));
    if record.is_none() {
        burn_a_check(secret);
    }
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

/// A check against a throwaway hash, so that a secret naming nothing takes as long to refuse as
/// a wrong one: timing does not tell which records exist.
fn burn_a_check(secret: &str) {
    let decoy = secrets::hash("decoy");
    let _ = secrets::verify(secret, &decoy.salt, &decoy.hash);
}

/// Wrong guesses in a row after which each further check from an address waits.
pub const TARPIT_FREE_FAILURES: u32 = 5;
const TARPIT_LONGEST: Duration = Duration::from_secs(30);

/// How long a check waits after `failures` wrong guesses in a row from its address: nothing for
/// the first few (typing mistakes), then 1 s doubling to 30 s.
pub fn tarpit_delay(failures: u32) -> Duration {
    if failures < TARPIT_FREE_FAILURES {
        return Duration::ZERO;
    }
    let doublings = (failures - TARPIT_FREE_FAILURES).min(16);
    (Duration::from_secs(1) * (1u32 << doublings)).min(TARPIT_LONGEST)
}

/// The web survey's code check. Checks from one address run one at a time, each after the
/// delay its address has earned, so a guesser gets at most one guess per 30 s per address; a
/// participant with the right code always gets in (a classroom behind one address that mistyped
/// waits, it is not refused). Kept in memory: a restart forgives, which costs a guesser little.
#[derive(Default)]
pub struct Tarpit {
    addresses: Mutex<HashMap<String, Arc<tokio::sync::Mutex<u32>>>>,
}

/// Addresses remembered at most; beyond it, those with no failures are forgotten first.
const TARPIT_ADDRESSES: usize = 100_000;

impl Tarpit {
    fn slot(&self, address: &str) -> Arc<tokio::sync::Mutex<u32>> {
        let mut addresses = self
            .addresses
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if addresses.len() >= TARPIT_ADDRESSES {
            addresses.retain(|_, slot| slot.try_lock().map_or(true, |failures| *failures > 0));
        }
        Arc::clone(addresses.entry(address.to_owned()).or_default())
    }

    /// Checks `secret` against what `lookup` finds, after the address's delay.
    pub(crate) async fn check<R: Send + 'static>(
        state: &Arc<AppState>,
        addr: Option<IpAddr>,
        lookup: impl FnOnce(&Db) -> Result<Option<(R, Vec<u8>, Vec<u8>)>, crate::CollectorError>
            + Send
            + 'static,
        secret: String,
        (wrong_reason, wrong_message): (&'static str, &'static str),
    ) -> Result<R, Refusal> {
        let slot = state.tarpit.slot(&address_key(addr));
        let mut failures = slot.lock().await;
        tokio::time::sleep(tarpit_delay(*failures)).await;
        let found = crate::api::blocking(state, move |state| {
            let record = lookup(&state.db()).map_err(|e| internal(state, e))?;
            Ok(match record {
                Some((payload, salt, hash)) => {
                    secrets::verify(&secret, &salt, &hash).then_some(payload)
                }
                None => {
                    burn_a_check(&secret);
                    None
                }
            })
        })
        .await?;
        match found {
            Some(payload) => {
                *failures = 0;
                Ok(payload)
            }
            None => {
                *failures = failures.saturating_add(1);
                Err(state.refuse(StatusCode::UNAUTHORIZED, wrong_reason, wrong_message))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tarpit_waits_only_after_the_free_failures_and_never_longer_than_its_cap() {
        assert_eq!(tarpit_delay(0), Duration::ZERO);
        assert_eq!(tarpit_delay(TARPIT_FREE_FAILURES - 1), Duration::ZERO);
        assert_eq!(tarpit_delay(TARPIT_FREE_FAILURES), Duration::from_secs(1));
        assert_eq!(
            tarpit_delay(TARPIT_FREE_FAILURES + 1),
            Duration::from_secs(2)
        );
        assert_eq!(
            tarpit_delay(TARPIT_FREE_FAILURES + 4),
            Duration::from_secs(16)
        );
        assert_eq!(
            tarpit_delay(TARPIT_FREE_FAILURES + 5),
            Duration::from_secs(30)
        );
        assert_eq!(tarpit_delay(u32::MAX), Duration::from_secs(30));
    }
}
