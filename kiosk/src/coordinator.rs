//! Coordinator mode: the PIN that guards it, the throttle on wrong PINs, and the kiosk-wide
//! choices a coordinator makes (practice mode).
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

/// What the coordinator screens need before unlocking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct CoordinatorState {
    pub pin_set: bool,
    pub unlocked: bool,
    pub practice: bool,
}

pub struct Coordinator {
    unlocked: bool,
    practice: bool,
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
            practice: false,
            failures,
            blocked_until: blocked_until(now, failures),
            rng: SystemRandom::new(),
        })
    }

    pub fn state(&self, store: &Store) -> Result<CoordinatorState, KioskError> {
        Ok(CoordinatorState {
            pin_set: store.setting(PIN_SETTING)?.is_some(),
            unlocked: self.unlocked,
            practice: self.practice,
        })
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
        self.unlocked = true;
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
            self.unlocked = true;
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
        self.unlocked
    }

    /// Fails unless coordinator mode is open: every coordinator action goes through here.
    pub fn require_unlocked(&self) -> Result<(), KioskError> {
        if self.unlocked {
            Ok(())
        } else {
            Err(KioskError::CoordinatorLocked)
        }
    }

    /// Whether new participant sessions are practice sessions, which store nothing.
    pub fn practice(&self) -> bool {
        self.practice
    }

    pub fn set_practice(&mut self, on: bool) -> Result<(), KioskError> {
        self.require_unlocked()?;
        self.practice = on;
        Ok(())
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
    fn practice_mode_is_a_coordinator_choice() {
        let (_dir, mut store, mut coordinator) = with_pin("8642");
        assert!(!coordinator.practice());
        assert!(coordinator.set_practice(true).is_err());
        coordinator
            .unlock(&mut store, "8642", Instant::now())
            .unwrap();
        coordinator.set_practice(true).unwrap();
        assert!(coordinator.practice());
        assert!(coordinator.state(&store).unwrap().practice);
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
