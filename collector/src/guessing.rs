//! Checking a code, key or password under the guessing guard ([`crate::secret_check`]): a
//! bounded number of places per address (beyond them `429` at once), one check at a time per
//! address, a global budget of checks running at once, lockouts (passwords) or slower wrong
//! answers (codes, keys) after wrong guesses in a row, slower wrong answers for a subject guessed
//! at from everywhere, and the same cost whether the secret names something or nothing. The
//! right code or key never waits for anyone's wrong guesses but the check ahead of it.

use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use sync::wire::reason;
use tokio::time::Instant;

use crate::db::Db;
use crate::refusal::{blocking, Refusal};
use crate::secret_check::{
    address_text, decoy, subject_delay, tarpit_delay, Failures, Guess, GuessGuard,
    OnRepeatedFailures, Wording, NO_PLACE_RETRY_SECONDS, PLACES_PER_ADDRESS, SUBJECT_FREE_FAILURES,
    TARPIT_FREE_FAILURES,
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
        let no_place = || {
            Refusal::new(
                StatusCode::TOO_MANY_REQUESTS,
                reason::LOCKED_OUT,
                wording.locked,
            )
            .retry_after(NO_PLACE_RETRY_SECONDS)
        };
        // Held until the answer, waits included: what bounds an address's share.
        let Some(slot) = guard.enter(guess.scope, guess.address, PLACES_PER_ADDRESS) else {
            return Err(no_place());
        };
        // Held for the check only: one check at a time per address, counted before the next.
        let mut failures = slot.lock().await;
        if guess.policy == OnRepeatedFailures::Refuse {
            let before = failures.current(Instant::now());
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
        let permit = guess
            .budget
            .acquire()
            .await
            .expect("the budget is never closed");
        let found = blocking(state, attempt).await?;
        drop(permit);
        if let Some(payload) = found {
            // A password's run of failures ends with the right one. A code's or key's does not:
            // behind a shared address the rightful user's success would forgive the guessers.
            if guess.policy == OnRepeatedFailures::Refuse {
                *failures = Failures::default();
            }
            return Ok(payload);
        }
        let now = Instant::now();
        let before = failures.current(now);
        let in_a_row = failures.add(now);
        drop(failures);
        if guess.policy == OnRepeatedFailures::Refuse && throttle::lockout_seconds(in_a_row) > 0 {
            log::warn!(
                "security: {} locked out after {in_a_row} wrong guesses in a row from {}",
                guess.scope,
                address_text(guess.address)
            );
        }
        if guess.policy == OnRepeatedFailures::Wait && in_a_row == TARPIT_FREE_FAILURES {
            log::warn!(
                "security: {} slowed after {in_a_row} wrong guesses in a row from {}; its wrong answers now wait",
                guess.scope,
                address_text(guess.address)
            );
        }
        let mut delay = match guess.policy {
            // The first few wrong answers (typing mistakes) come at once, as before each check.
            OnRepeatedFailures::Wait => tarpit_delay(before),
            OnRepeatedFailures::Refuse => Duration::ZERO,
        };
        if let Some((kind, subject)) = &guess.subject {
            let for_subject = guard.subject_failed(kind, subject, now);
            if for_subject == SUBJECT_FREE_FAILURES {
                log::warn!(
                    "security: an {kind} is being guessed at ({for_subject} wrong guesses); wrong guesses now wait"
                );
            }
            delay = delay.max(subject_delay(for_subject));
        }
        // A wrong answer waits with its place held but not the address's turn: the next check
        // from the address, perhaps the right one, goes ahead meanwhile.
        tokio::time::sleep(delay).await;
        drop(slot);
        Err(Refusal::new(
            StatusCode::UNAUTHORIZED,
            wording.wrong_reason,
            wording.wrong,
        ))
    }
}
