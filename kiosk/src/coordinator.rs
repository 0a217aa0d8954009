//! Coordinator mode: the PIN that guards it, the throttle on wrong PINs, the lock that closes
//! it by itself when the coordinator walks away, and the practice run a coordinator starts.
//!
//! Practice is a run, not a switch: "start practice" makes the next participant session a
//! practice session, and starting that session uses it up. A class's real answers can never be
//! discarded because someone forgot to switch practice off again.
//!
//! The PIN is chosen at first start and kept only as a salted PBKDF2-HMAC-SHA256 hash in the
//! store's settings, so a copy of the data folder does not reveal it. Verification is ring's
//! constant-time comparison. Wrong PINs are throttled with delays that double after the first
//! few, and the count of failures is stored, so restarting the kiosk does not reset the delay.

use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use ring::pbkdf2;
use ring::rand::{SecureRandom, SystemRandom};

use crate::store::Store;
use crate::KioskError;

/// The settings key of the PIN's hash.
pub const PIN_SETTING: &str = "coordinator.pin-hash";
/// The settings key of the number of wrong PINs since the last right one.
pub const FAILURES_SETTING: &str = "coordinator.failed-attempts";
pub const MIN_PIN_DIGITS: usize = 4;
pub const MAX_PIN_DIGITS: usize = 12;

const SCHEME: &str = "pbkdf2-sha256";
/// High enough to make guessing from a stolen database slow (10^4..10^12 PINs), low enough
/// that unlocking stays well under a second on a classroom PC.
const ITERATIONS: u32 = 100_000;
const SALT_LEN: usize = 16;
const HASH_LEN: usize = 32;
/// Wrong PINs allowed before any delay: a coordinator mistyping once or twice waits for nothing.
const FREE_FAILURES: u32 = 2;
const MAX_DELAY: Duration = Duration::from_secs(15 * 60);
/// How long coordinator mode stays open without a coordinator action: long enough to read the
/// screen and wait for a short sync, short enough that a panel left open in a classroom closes
/// before a participant finds it.
pub const AUTO_LOCK_AFTER: Duration = Duration::from_secs(3 * 60);

/// What the coordinator screens need before unlocking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct CoordinatorState {
    pub pin_set: bool,
    pub unlocked: bool,
    pub practice: bool,
}

pub struct Coordinator {
    unlocked: bool,
    /// When coordinator mode was last used; it locks itself [`Coordinator::auto_lock`] later.
    last_used: Instant,
    auto_lock: Duration,
    /// The next participant session is a practice run.
    practice_next: bool,
    failures: u32,
    blocked_until: Option<Instant>,
    rng: SystemRandom,
}

impl Coordinator {
    /// Loads the throttle state; a kiosk restarted after wrong PINs waits the full delay again.
    pub fn load(store: &Store, now: Instant) -> Result<Self, KioskError> {
        let failures = store
            .setting(FAILURES_SETTING)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        Ok(Coordinator {
            unlocked: false,
            last_used: now,
            auto_lock: AUTO_LOCK_AFTER,
            practice_next: false,
            failures,
            blocked_until: blocked_until(now, failures),
            rng: SystemRandom::new(),
        })
    }

    /// Sets how long coordinator mode stays open unused (tests shorten it).
    pub fn set_auto_lock(&mut self, after: Duration) {
        self.auto_lock = after;
    }

    pub fn auto_lock(&self) -> Duration {
        self.auto_lock
    }

    pub fn state(&self, store: &Store) -> Result<CoordinatorState, KioskError> {
        Ok(CoordinatorState {
            pin_set: store.setting(PIN_SETTING)?.is_some(),
            unlocked: self.open_at(Instant::now()),
            practice: self.practice_next,
        })
    }

    /// Sets the PIN at first start from the PIN typed twice; two that differ are refused
    /// before anything is stored, so a slip of the finger cannot lock the coordinator out.
    pub fn choose_pin(
        &mut self,
        store: &mut Store,
        pin: &str,
        repeated: &str,
    ) -> Result<(), KioskError> {
        check_form(pin)?;
        if pin != repeated {
            return Err(KioskError::PinMismatch);
        }
        self.set_pin(store, pin)
    }

    /// Sets the PIN at first start, which also opens coordinator mode. A PIN that is set
    /// already cannot be replaced this way.
    pub fn set_pin(&mut self, store: &mut Store, pin: &str) -> Result<(), KioskError> {
        if store.setting(PIN_SETTING)?.is_some() {
            return Err(KioskError::PinAlreadySet);
        }
        check_form(pin)?;
        let mut salt = [0u8; SALT_LEN];
        self.rng.fill(&mut salt).expect("the system RNG works");
        let mut hash = [0u8; HASH_LEN];
        pbkdf2::derive(algorithm(), iterations(), &salt, pin.as_bytes(), &mut hash);
        let stored = format!("{SCHEME}${ITERATIONS}${}${}", hex(&salt), hex(&hash));
        store.set_settings(&[(PIN_SETTING, &stored), (FAILURES_SETTING, "0")])?;
        self.open(Instant::now());
        Ok(())
    }

    /// Opens coordinator mode when `pin` is right and no delay is running.
    pub fn unlock(&mut self, store: &mut Store, pin: &str, now: Instant) -> Result<(), KioskError> {
        if let Some(until) = self.blocked_until.filter(|until| *until > now) {
            return Err(KioskError::PinThrottled {
                seconds: (until - now).as_secs_f64().ceil() as u64,
            });
        }
        let stored = store.setting(PIN_SETTING)?.ok_or(KioskError::PinNotSet)?;
        if verify(&stored, pin) {
            self.failures = 0;
            self.blocked_until = None;
            store.set_setting(FAILURES_SETTING, "0")?;
            self.open(now);
            return Ok(());
        }
        self.failures = self.failures.saturating_add(1);
        self.blocked_until = blocked_until(now, self.failures);
        store.set_setting(FAILURES_SETTING, &self.failures.to_string())?;
        Err(KioskError::PinWrong)
    }

    /// Leaves coordinator mode; the next visit asks for the PIN again.
    pub fn lock(&mut self) {
        self.unlocked = false;
    }

    pub fn is_unlocked(&self) -> bool {
        self.open_at(Instant::now())
    }

    /// Fails unless coordinator mode is open: every coordinator action goes through here, and
    /// each one keeps it open for another [`AUTO_LOCK_AFTER`].
    pub fn require_unlocked(&mut self) -> Result<(), KioskError> {
        self.require_unlocked_at(Instant::now())
    }

    /// [`Coordinator::require_unlocked`] at `now`: mode left unused too long is locked first.
    pub fn require_unlocked_at(&mut self, now: Instant) -> Result<(), KioskError> {
        if !self.open_at(now) {
            self.unlocked = false;
            return Err(KioskError::CoordinatorLocked);
        }
        self.last_used = now;
        Ok(())
    }

    fn open(&mut self, now: Instant) {
        self.unlocked = true;
        self.last_used = now;
    }

    fn open_at(&self, now: Instant) -> bool {
        self.unlocked && now.saturating_duration_since(self.last_used) < self.auto_lock
    }

    /// Whether the next participant session will be a practice run.
    pub fn practice(&self) -> bool {
        self.practice_next
    }

    /// Starts (`true`) or calls off (`false`) a practice run for the next participant.
    pub fn set_practice(&mut self, on: bool) -> Result<(), KioskError> {
        self.require_unlocked()?;
        self.practice_next = on;
        Ok(())
    }

    /// Called as a participant session starts: whether it is the practice run. Asking uses the
    /// run up, so the session after it is a real one again, whatever became of the practice.
    pub fn take_practice(&mut self) -> bool {
        std::mem::take(&mut self.practice_next)
    }
}

/// Forgets the coordinator PIN and its wrong attempts, and nothing else: the outbox, the
/// enrolment and the content pack stay. For a forgotten PIN, by someone who can run
/// `kiosk-cli reset-pin` on the machine (with the app closed); the app asks for a new PIN at its
/// next start.
pub fn reset_pin(store: &mut Store) -> Result<(), KioskError> {
    store.remove_settings(&[PIN_SETTING, FAILURES_SETTING])
}

/// How long to wait after `failures` wrong PINs in a row: nothing for the first few, then
/// 2, 4, 8 … seconds, at most a quarter of an hour.
pub fn throttle_delay(failures: u32) -> Duration {
    if failures <= FREE_FAILURES {
        return Duration::ZERO;
    }
    let exponent = (failures - FREE_FAILURES).min(20);
    Duration::from_secs(1u64 << exponent).min(MAX_DELAY)
}

fn blocked_until(now: Instant, failures: u32) -> Option<Instant> {
    let delay = throttle_delay(failures);
    (!delay.is_zero()).then(|| now + delay)
}

fn check_form(pin: &str) -> Result<(), KioskError> {
    let digits = pin.chars().all(|c| c.is_ascii_digit());
    if !digits || pin.len() < MIN_PIN_DIGITS || pin.len() > MAX_PIN_DIGITS {
        return Err(KioskError::PinTooShort);
    }
    Ok(())
}

/// Checks `pin` against a stored `scheme$iterations$salt$hash`; a malformed record never
/// matches.
fn verify(stored: &str, pin: &str) -> bool {
    let mut parts = stored.split('$');
    let (Some(SCHEME), Some(rounds), Some(salt), Some(hash), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return false;
    };
    let (Some(rounds), Some(salt), Some(hash)) = (
        rounds.parse::<u32>().ok().and_then(NonZeroU32::new),
        unhex(salt),
        unhex(hash),
    ) else {
        return false;
    };
    // ring compares the derived and stored hashes in constant time.
    pbkdf2::verify(algorithm(), rounds, &salt, pin.as_bytes(), &hash).is_ok()
}

fn algorithm() -> pbkdf2::Algorithm {
    pbkdf2::PBKDF2_HMAC_SHA256
}

fn iterations() -> NonZeroU32 {
    NonZeroU32::new(ITERATIONS).expect("ITERATIONS is not zero")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(dir: &tempfile::TempDir) -> Store {
        Store::open(&dir.path().join("kiosk.sqlite")).unwrap()
    }

    fn with_pin(pin: &str) -> (tempfile::TempDir, Store, Coordinator) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = store(&dir);
        let mut coordinator = Coordinator::load(&store, Instant::now()).unwrap();
        coordinator.set_pin(&mut store, pin).unwrap();
        coordinator.lock();
        (dir, store, coordinator)
    }

    #[test]
    fn the_pin_is_stored_only_as_a_salted_hash() {
        let (_dir, store, _) = with_pin("493817");
        let first = store.setting(PIN_SETTING).unwrap().unwrap();
        assert!(first.starts_with("pbkdf2-sha256$100000$"), "{first}");
        assert!(!first.contains("493817"));
        let (_dir2, store2, _) = with_pin("493817");
        let second = store2.setting(PIN_SETTING).unwrap().unwrap();
        assert_ne!(
            first, second,
            "the same PIN on two kiosks must hash differently"
        );
    }

    #[test]
    fn setting_the_pin_opens_coordinator_mode_and_only_works_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = store(&dir);
        let mut coordinator = Coordinator::load(&store, Instant::now()).unwrap();
        assert!(!coordinator.state(&store).unwrap().pin_set);
        coordinator.set_pin(&mut store, "2580").unwrap();
        assert!(coordinator.is_unlocked());
        assert!(coordinator.state(&store).unwrap().pin_set);
        assert!(matches!(
            coordinator.set_pin(&mut store, "1111"),
            Err(KioskError::PinAlreadySet)
        ));
    }

    #[test]
    fn short_or_non_digit_pins_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = store(&dir);
        let mut coordinator = Coordinator::load(&store, Instant::now()).unwrap();
        for bad in ["", "123", "12a4", "１２３４", "1234567890123"] {
            let refused = coordinator.set_pin(&mut store, bad).unwrap_err();
            assert_eq!(refused.code(), "error-pin-too-short", "{bad:?}");
        }
        assert!(store.setting(PIN_SETTING).unwrap().is_none());
    }

    #[test]
    fn the_right_pin_unlocks_and_a_wrong_one_does_not() {
        let (_dir, mut store, mut coordinator) = with_pin("8642");
        let now = Instant::now();
        let wrong = coordinator.unlock(&mut store, "8643", now).unwrap_err();
        assert_eq!(wrong.code(), "error-pin-wrong");
        assert!(!coordinator.is_unlocked());
        coordinator.unlock(&mut store, "8642", now).unwrap();
        assert!(coordinator.is_unlocked());
        coordinator.lock();
        assert!(matches!(
            coordinator.require_unlocked(),
            Err(KioskError::CoordinatorLocked)
        ));
    }

    #[test]
    fn wrong_pins_are_throttled_with_growing_delays() {
        let (_dir, mut store, mut coordinator) = with_pin("8642");
        let mut now = Instant::now();
        let mut previous = Duration::ZERO;
        for attempt in 1..=6u32 {
            let outcome = coordinator.unlock(&mut store, "0000", now).unwrap_err();
            assert_eq!(outcome.code(), "error-pin-wrong");
            let delay = throttle_delay(attempt);
            if attempt > FREE_FAILURES {
                assert!(delay > previous, "attempt {attempt}: {delay:?}");
                // Even the right PIN waits for the delay to pass…
                let throttled = coordinator.unlock(&mut store, "8642", now).unwrap_err();
                let KioskError::PinThrottled { seconds } = throttled else {
                    panic!("expected a throttle, got {throttled:?}");
                };
                assert_eq!(seconds, delay.as_secs());
                assert_eq!(throttled.code(), "error-pin-throttled");
            }
            previous = delay;
            now += delay;
        }
        // …and then unlocks, clearing the count.
        coordinator.unlock(&mut store, "8642", now).unwrap();
        assert_eq!(
            store.setting(FAILURES_SETTING).unwrap().as_deref(),
            Some("0")
        );
        assert_eq!(throttle_delay(1_000), MAX_DELAY);
    }

    #[test]
    fn a_restart_does_not_reset_the_throttle() {
        let (_dir, mut store, mut coordinator) = with_pin("8642");
        let now = Instant::now();
        for _ in 0..4 {
            let _ = coordinator.unlock(&mut store, "0000", now);
        }
        let mut restarted = Coordinator::load(&store, now).unwrap();
        let outcome = restarted.unlock(&mut store, "8642", now).unwrap_err();
        assert!(
            matches!(outcome, KioskError::PinThrottled { .. }),
            "{outcome:?}"
        );
    }

    #[test]
    fn practice_is_one_run_that_a_coordinator_starts_and_that_ends_itself() {
        let (_dir, mut store, mut coordinator) = with_pin("8642");
        assert!(!coordinator.practice());
        assert!(
            coordinator.set_practice(true).is_err(),
            "locked: no practice"
        );
        coordinator
            .unlock(&mut store, "8642", Instant::now())
            .unwrap();
        coordinator.set_practice(true).unwrap();
        assert!(coordinator.state(&store).unwrap().practice);
        assert!(coordinator.take_practice(), "the next session practises");
        assert!(!coordinator.take_practice(), "and the one after is real");
        assert!(!coordinator.state(&store).unwrap().practice);
        // Called off before anyone started it, there is no practice run either.
        coordinator.set_practice(true).unwrap();
        coordinator.set_practice(false).unwrap();
        assert!(!coordinator.take_practice());
    }

    #[test]
    fn two_different_pins_at_first_start_are_refused_and_nothing_is_stored() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = store(&dir);
        let mut coordinator = Coordinator::load(&store, Instant::now()).unwrap();
        let refused = coordinator
            .choose_pin(&mut store, "2580", "2590")
            .unwrap_err();
        assert_eq!(refused.code(), "error-pin-mismatch");
        assert!(store.setting(PIN_SETTING).unwrap().is_none());
        assert!(!coordinator.is_unlocked());
        // The rule comes first: a short PIN typed twice the same is still too short.
        let short = coordinator.choose_pin(&mut store, "12", "12").unwrap_err();
        assert_eq!(short.code(), "error-pin-too-short");
        coordinator.choose_pin(&mut store, "2580", "2580").unwrap();
        assert!(coordinator.is_unlocked());
    }

    #[test]
    fn coordinator_mode_left_unused_locks_itself() {
        let (_dir, mut store, mut coordinator) = with_pin("8642");
        let start = Instant::now();
        coordinator.unlock(&mut store, "8642", start).unwrap();
        let almost = start + AUTO_LOCK_AFTER - Duration::from_secs(1);
        coordinator.require_unlocked_at(almost).unwrap();
        // Each action keeps it open for another full period…
        coordinator
            .require_unlocked_at(almost + AUTO_LOCK_AFTER - Duration::from_secs(1))
            .unwrap();
        // …and a period without any locks it, for good: the PIN is needed again.
        let late = almost + AUTO_LOCK_AFTER * 2;
        assert!(matches!(
            coordinator.require_unlocked_at(late),
            Err(KioskError::CoordinatorLocked)
        ));
        assert!(matches!(
            coordinator.require_unlocked_at(almost),
            Err(KioskError::CoordinatorLocked)
        ));
        coordinator.set_auto_lock(Duration::from_secs(1));
        assert_eq!(coordinator.auto_lock(), Duration::from_secs(1));
    }

    #[test]
    fn a_malformed_record_never_matches() {
        for stored in [
            "",
            "pbkdf2-sha256$0$00$00",
            "md5$1$00$00",
            "pbkdf2-sha256$1$zz$00",
        ] {
            assert!(!verify(stored, "1234"), "{stored}");
        }
    }
}
