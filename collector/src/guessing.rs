//! Checking a code, key or password under the guessing guard ([`crate::secret_check`]): one
//! check at a time per address, lockouts or waits after wrong guesses in a row, slower wrong
//! answers for a subject guessed at from everywhere, and the same cost whether the secret names
//! something or nothing.

use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use sync::wire::reason;
use tokio::time::Instant;

use crate::db::Db;
use crate::refusal::{blocking, Refusal};
use crate::secret_check::{
    address_text, decoy, subject_delay, tarpit_delay, Failures, Guess, GuessGuard,
    OnRepeatedFailures, Wording, SUBJECT_FREE_FAILURES,
};
use crate::state::AppState;
use crate::{secrets, throttle};

impl GuessGuard {
    /// Checks `secret` against what `lookup` finds (payload, salt, hash), under the guard.
    pub(crate) async fn check<R: Send + 'static>(
        state: &Arc<AppState>,
        guess: Guess,
        lookup: impl FnOnce(&Db) -> Result<Option<(R, Vec<u8>, Vec<u8>)>, crate::DataError>
            + Send
            + 'static,
        secret: String,
        wording: Wording,
    ) -> Result<R, Refusal> {
        let attempt = move |state: &AppState| {
            let record = lookup(&state.db())?;
            Ok(match record {
                Some((payload, salt, hash)) => {
                    secrets::verify(&secret, &salt, &hash).then_some(payload)
                }
                None => {
                    let decoy = decoy();
                    let _ = secrets::verify(&secret, &decoy.salt, &decoy.hash);
                    None
                }
            })
        };
        Self::guarded(state, guess, attempt, wording).await
    }

    /// The guard around one check: `attempt` looks up and verifies (off the async threads) and
    /// says what the secret opens, if it is right.
    pub(crate) async fn guarded<R: Send + 'static>(
        state: &Arc<AppState>,
        guess: Guess,
        attempt: impl FnOnce(&AppState) -> Result<Option<R>, Refusal> + Send + 'static,
        wording: Wording,
    ) -> Result<R, Refusal> {
        let guard = &state.guesses;
        let slot = guard.address_slot(guess.scope, guess.address);
        // Held until the answer: one check at a time per address, counted before the next.
        let mut failures = slot.lock().await;
        let before = failures.current(Instant::now());
        match guess.policy {
            OnRepeatedFailures::Wait => tokio::time::sleep(tarpit_delay(before)).await,
            OnRepeatedFailures::Refuse => {
                let lockout = Duration::from_secs(throttle::lockout_seconds(before) as u64);
                let last = failures.last.unwrap_or_else(Instant::now);
                let remaining = (last + lockout).saturating_duration_since(Instant::now());
                if !remaining.is_zero() {
                    return Err(Refusal::new(
                        StatusCode::TOO_MANY_REQUESTS,
                        reason::LOCKED_OUT,
                        wording.locked,
                    )
                    .retry_after(remaining.as_secs_f64().ceil() as u64));
                }
            }
        }
        let found = blocking(state, attempt).await?;
        if let Some(payload) = found {
            *failures = Failures::default();
            return Ok(payload);
        }
        let now = Instant::now();
        let in_a_row = failures.add(now);
        if guess.policy == OnRepeatedFailures::Refuse && throttle::lockout_seconds(in_a_row) > 0 {
            log::warn!(
                "security: {} locked out after {in_a_row} wrong guesses in a row from {}",
                guess.scope,
                address_text(guess.address)
            );
        }
        if let Some((kind, subject)) = &guess.subject {
            let for_subject = guard.subject_failed(kind, subject, now);
            let delay = subject_delay(for_subject);
            if !delay.is_zero() {
                if for_subject == SUBJECT_FREE_FAILURES {
                    log::warn!(
                        "security: an {kind} is being guessed at ({for_subject} wrong guesses); wrong guesses now wait"
                    );
                }
                tokio::time::sleep(delay).await;
            }
        }
        Err(Refusal::new(
            StatusCode::UNAUTHORIZED,
            wording.wrong_reason,
            wording.wrong,
        ))
    }
}
