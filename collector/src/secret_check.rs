//! The one place where secrets people type (access codes, results keys, administrators'
//! passwords) are checked, under a guard against guessing that never turns against the
//! rightful user.
//!
//! - **Per address** (the real client, see [`crate::client_addr`]): checks from one address run
//!   one at a time, so checking and counting are one step. After a few wrong guesses in a row an
//!   address is either refused for a growing while ([`OnRepeatedFailures::Refuse`], kiosks and
//!   contacts) or made to wait before each check ([`OnRepeatedFailures::Wait`], the web survey,
//!   where a classroom shares one address and a participant must never be turned away).
//! - **Per subject** (the municipality a code names, the contact a key names): once many wrong
//!   guesses have been made for it from anywhere, each further *wrong* guess is answered only
//!   after a delay, while its address waits. Guessing across many addresses is slowed; the right
//!   secret is answered at once and never refused because of someone else's guesses.
//! - **Equal cost**: a secret naming nothing is checked against a decoy hash made once, so a
//!   wrong guess costs one PBKDF2 check whether or not the municipality or contact exists.
//!
//! - **Posts that send mail** (the registration form): at most so many per client address and
//!   per e-mail address in a window ([`GuessGuard::allow_post`]), so the form cannot be used to
//!   flood an inbox.
//!
//! Kept in memory, bounded ([`GuessGuard::with_capacity`]) and pruned of what is forgotten: a
//! restart forgives, which an attacker cannot cause and which costs them little.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use tokio::time::Instant;

use crate::secrets;
use crate::throttle::doubling;

/// What a run of wrong guesses from one address leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnRepeatedFailures {
    /// Refuse the address for a while (`429` with `Retry-After`), growing with each failure.
    Refuse,
    /// Make each check from the address wait longer, but never refuse it.
    Wait,
}

/// One guess: who makes it and what it is about.
pub(crate) struct Guess {
    /// Which kind of secret: guesses at one kind never count against another.
    pub scope: &'static str,
    pub address: Option<IpAddr>,
    /// What the secret names, if it names anything: ("access-code", "0301") for a municipality
    /// (the same code opens enrolment and the web survey), ("results-key", id) for a contact.
    pub subject: Option<(&'static str, String)>,
    pub policy: OnRepeatedFailures,
    /// The checks of this kind that may run at once ([`PBKDF2_CHECKS`], [`ARGON2_CHECKS`]).
    pub budget: &'static tokio::sync::Semaphore,
}

/// What a refusal says, in the language of whoever reads it.
pub(crate) struct Wording {
    pub locked: &'static str,
    pub wrong_reason: &'static str,
    pub wrong: &'static str,
}

/// Checks from one address that may be under way or waiting at once (one is checked at a time,
/// the others wait their turn or sit out a wrong answer's wait); a further one is refused at
/// once with `429` and `Retry-After`, so one address holds at most this many connections in
/// the guard. Sized for a classroom of 30 typing the web code at the same moment behind one
/// address; three guessers beside a rightful user leave it room to spare.
pub const PLACES_PER_ADDRESS: usize = 32;

/// Seconds a check refused for want of a place is told to wait.
pub const NO_PLACE_RETRY_SECONDS: u64 = 1;

/// PBKDF2 checks (codes, keys) running at once across every address: each takes a core for its
/// while, so more would only make every one slower.
pub static PBKDF2_CHECKS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Argon2id checks (administrators' passwords) running at once across every address: each
/// needs 19 MiB, so this bounds their memory at 38 MiB whatever the number of addresses.
pub static ARGON2_CHECKS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Wrong guesses in a row after which each further check from an address waits.
pub const TARPIT_FREE_FAILURES: u32 = 5;
const TARPIT_LONGEST: Duration = Duration::from_secs(30);

/// How long a check waits after `failures` wrong guesses in a row from its address: nothing for
/// the first few (typing mistakes), then 1 s doubling to 30 s.
pub fn tarpit_delay(failures: u32) -> Duration {
    doubling(
        TARPIT_FREE_FAILURES,
        Duration::from_secs(1),
        TARPIT_LONGEST,
        failures,
    )
}

/// Wrong guesses for one municipality or contact, from anywhere, before each further wrong
/// guess is answered slowly. Generous: a class of coordinators mistyping stays under it.
pub const SUBJECT_FREE_FAILURES: u32 = 20;
const SUBJECT_LONGEST: Duration = Duration::from_secs(8);

/// How long a wrong guess's answer waits when its subject has had `failures` wrong guesses.
pub fn subject_delay(failures: u32) -> Duration {
    doubling(
        SUBJECT_FREE_FAILURES,
        Duration::from_secs(1),
        SUBJECT_LONGEST,
        failures,
    )
}

/// Failures older than this are forgotten (and their records pruned).
const FORGET_AFTER: Duration = Duration::from_secs(24 * 3600);
/// Records kept at most per table; beyond it the least recently failed are forgotten first.
pub const DEFAULT_CAPACITY: usize = 100_000;

#[derive(Default)]
pub(crate) struct Failures {
    count: u32,
    pub(crate) last: Option<Instant>,
}

impl Failures {
    pub(crate) fn current(&self, now: Instant) -> u32 {
        match self.last {
            Some(last) if now.duration_since(last) < FORGET_AFTER => self.count,
            _ => 0,
        }
    }

    pub(crate) fn add(&mut self, now: Instant) -> u32 {
        self.count = self.current(now).saturating_add(1);
        self.last = Some(now);
        self.count
    }

    fn forgotten(&self, now: Instant) -> bool {
        self.current(now) == 0
    }
}

type AddressSlot = Arc<tokio::sync::Mutex<Failures>>;

/// The guessing guard's memory: per (scope, address) and per (scope, subject).
pub struct GuessGuard {
    addresses: Mutex<HashMap<(&'static str, Option<IpAddr>), AddressSlot>>,
    subjects: Mutex<HashMap<(&'static str, String), Failures>>,
    posts: Mutex<HashMap<(&'static str, String), PostWindow>>,
    capacity: usize,
}

/// Posts counted in the window that started at `start`.
struct PostWindow {
    start: Instant,
    count: u32,
}

/// How many posts of one kind a key may make in a window.
#[derive(Debug, Clone, Copy)]
pub struct PostLimit {
    pub scope: &'static str,
    pub posts: u32,
    pub window: Duration,
}

impl Default for GuessGuard {
    fn default() -> Self {
        Self::with_capacity(DEFAULT_CAPACITY)
    }
}

impl GuessGuard {
    pub fn with_capacity(capacity: usize) -> Self {
        GuessGuard {
            addresses: Mutex::default(),
            subjects: Mutex::default(),
            posts: Mutex::default(),
            capacity: capacity.max(1),
        }
    }

    /// Records held now, (addresses, subjects): never more than the capacity each.
    pub fn len(&self) -> (usize, usize) {
        (lock(&self.addresses).len(), lock(&self.subjects).len())
    }

    /// The address's slot, unless `places` checks from it are under way or waiting already.
    pub(crate) fn enter(
        &self,
        scope: &'static str,
        address: Option<IpAddr>,
        places: usize,
    ) -> Option<AddressSlot> {
        let slot = self.address_slot(scope, address);
        // Each holder counts itself before looking, so two arriving at once may both be refused
        // but never both let in beyond the bound.
        (Arc::strong_count(&slot) <= places + 1).then_some(slot)
    }

    pub(crate) fn address_slot(&self, scope: &'static str, address: Option<IpAddr>) -> AddressSlot {
        let mut addresses = lock(&self.addresses);
        if !addresses.contains_key(&(scope, address)) && addresses.len() >= self.capacity {
            let now = Instant::now();
            // A slot someone holds is in use; one nobody holds with nothing to remember can go.
            addresses
                .retain(|_, slot| in_use(slot) || slot.try_lock().is_ok_and(|f| !f.forgotten(now)));
            if addresses.len() >= self.capacity {
                evict_least_recent(&mut addresses, self.capacity, |slot| {
                    if in_use(slot) {
                        return None;
                    }
                    slot.try_lock().ok().map(|f| f.last)
                });
            }
        }
        Arc::clone(addresses.entry((scope, address)).or_default())
    }

    /// Counts a wrong guess against a subject; returns its failures so far.
    pub(crate) fn subject_failed(&self, scope: &'static str, subject: &str, now: Instant) -> u32 {
        let mut subjects = lock(&self.subjects);
        let key = (scope, subject.to_owned());
        if !subjects.contains_key(&key) && subjects.len() >= self.capacity {
            subjects.retain(|_, failures| !failures.forgotten(now));
            if subjects.len() >= self.capacity {
                evict_least_recent(&mut subjects, self.capacity, |f| Some(f.last));
            }
        }
        subjects.entry(key).or_default().add(now)
    }

    /// Counts a post against `key` (a client address, an e-mail address) under `limit`; when the
    /// window is full, says how long until it is not. Nothing is counted for a refused post.
    pub fn allow_post(&self, limit: PostLimit, key: &str) -> Result<(), Duration> {
        let now = Instant::now();
        let mut posts = lock(&self.posts);
        let map_key = (limit.scope, key.to_owned());
        if !posts.contains_key(&map_key) && posts.len() >= self.capacity {
            posts.retain(|_, w| now.duration_since(w.start) < POST_WINDOW_KEPT);
            if posts.len() >= self.capacity {
                evict_least_recent(&mut posts, self.capacity, |w| Some(Some(w.start)));
            }
        }
        let window = posts.entry(map_key).or_insert(PostWindow {
            start: now,
            count: 0,
        });
        if now.duration_since(window.start) >= limit.window {
            *window = PostWindow {
                start: now,
                count: 0,
            };
        }
        if window.count >= limit.posts {
            return Err((window.start + limit.window).saturating_duration_since(now));
        }
        window.count += 1;
        Ok(())
    }
}

/// Post windows older than this are dropped first when the table is full.
const POST_WINDOW_KEPT: Duration = Duration::from_secs(24 * 3600);

/// Someone holds the slot besides the table: a check from that address is on its way.
fn in_use(slot: &AddressSlot) -> bool {
    Arc::strong_count(slot) > 1
}

pub(crate) fn address_text(address: Option<IpAddr>) -> String {
    address.map_or_else(|| "an unknown address".to_owned(), |a| a.to_string())
}

/// Removes the least recently failed records until `map` holds fewer than `capacity`; records
/// `last_of` cannot read (in use) stay.
fn evict_least_recent<K: Clone + Eq + std::hash::Hash, V>(
    map: &mut HashMap<K, V>,
    capacity: usize,
    last_of: impl Fn(&V) -> Option<Option<Instant>>,
) {
    let mut candidates: Vec<(Option<Instant>, K)> = map
        .iter()
        .filter_map(|(key, value)| last_of(value).map(|last| (last, key.clone())))
        .collect();
    candidates.sort_by_key(|(last, _)| *last);
    let excess = (map.len() + 1).saturating_sub(capacity);
    for (_, key) in candidates.into_iter().take(excess) {
        map.remove(&key);
    }
}

/// A hash made once, checked when a secret names nothing: the same one PBKDF2 check as a wrong
/// secret for something that exists.
pub(crate) fn decoy() -> &'static secrets::Hashed {
    static DECOY: OnceLock<secrets::Hashed> = OnceLock::new();
    DECOY.get_or_init(|| secrets::hash("decoy"))
}

/// Makes the decoy now, so that the first guess after a start costs what every guess costs.
pub fn prepare() {
    decoy();
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    #[tokio::test(start_paused = true)]
    async fn posts_beyond_the_limit_wait_for_the_window_and_other_keys_are_not_held() {
        let guard = super::GuessGuard::with_capacity(10);
        let limit = super::PostLimit {
            scope: "register-email",
            posts: 2,
            window: Duration::from_secs(60),
        };
        assert!(guard.allow_post(limit, "a@x.no").is_ok());
        assert!(guard.allow_post(limit, "a@x.no").is_ok());
        let wait = guard.allow_post(limit, "a@x.no").unwrap_err();
        assert!(wait > Duration::from_secs(50) && wait <= Duration::from_secs(60));
        assert!(guard.allow_post(limit, "b@x.no").is_ok());
        tokio::time::advance(Duration::from_secs(61)).await;
        assert!(guard.allow_post(limit, "a@x.no").is_ok());
    }

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

    #[test]
    fn a_subject_slows_only_after_many_failures_and_never_longer_than_its_cap() {
        assert_eq!(subject_delay(0), Duration::ZERO);
        assert_eq!(subject_delay(SUBJECT_FREE_FAILURES - 1), Duration::ZERO);
        assert_eq!(subject_delay(SUBJECT_FREE_FAILURES), Duration::from_secs(1));
        assert_eq!(
            subject_delay(SUBJECT_FREE_FAILURES + 2),
            Duration::from_secs(4)
        );
        assert_eq!(subject_delay(SUBJECT_FREE_FAILURES + 3), SUBJECT_LONGEST);
        assert_eq!(subject_delay(u32::MAX), SUBJECT_LONGEST);
    }

    #[tokio::test(start_paused = true)]
    async fn failures_are_forgotten_a_day_after_the_last() {
        let mut failures = Failures::default();
        let start = Instant::now();
        assert_eq!(failures.add(start), 1);
        assert_eq!(failures.add(start), 2);
        assert_eq!(
            failures.current(start + Duration::from_secs(23 * 3600)),
            2,
            "remembered for most of a day"
        );
        assert_eq!(
            failures.current(start + FORGET_AFTER - Duration::from_secs(1)),
            2
        );
        assert_eq!(failures.current(start + FORGET_AFTER), 0);
        assert!(failures.forgotten(start + FORGET_AFTER));
        assert_eq!(
            failures.add(start + FORGET_AFTER),
            1,
            "counting starts again"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn the_tables_stay_within_their_capacity_and_forget_the_oldest_first() {
        let guard = GuessGuard::with_capacity(3);
        let now = Instant::now();
        for (i, subject) in ["a", "b", "c"].iter().enumerate() {
            let failed = guard.subject_failed("test", subject, now + Duration::from_secs(i as u64));
            assert_eq!(failed, 1, "{subject}'s first failure");
        }
        assert_eq!(
            guard.subject_failed("test", "c", now + Duration::from_secs(2)),
            2,
            "c's second"
        );
        guard.subject_failed("test", "d", now + Duration::from_secs(10));
        let subjects = lock(&guard.subjects);
        assert_eq!(subjects.len(), 3);
        assert!(
            !subjects.contains_key(&("test", "a".to_owned())),
            "the oldest went"
        );
        assert!(subjects.contains_key(&("test", "d".to_owned())));
        drop(subjects);

        for i in 0..10u8 {
            let slot = guard.address_slot("test", Some(IpAddr::from([10, 0, 0, i])));
            slot.try_lock().unwrap().add(now);
        }
        assert_eq!(guard.len().0, 3);
        // One in use is never dropped, however full the table.
        let held = guard.address_slot("test", Some(IpAddr::from([10, 0, 1, 1])));
        let _in_use = held.try_lock().unwrap();
        for i in 0..10u8 {
            guard.address_slot("test", Some(IpAddr::from([10, 0, 2, i])));
        }
        assert!(lock(&guard.addresses).contains_key(&("test", Some(IpAddr::from([10, 0, 1, 1])))));
        assert!(guard.len().0 <= 3);
    }

    /// Pruning scans a whole table, so it waits until the table is full: scanning on every new
    /// record would make each guess from a new address cost a pass over up to 100 000 records.
    #[tokio::test(start_paused = true)]
    async fn records_are_pruned_only_once_a_table_is_full() {
        let guard = GuessGuard::with_capacity(3);
        let now = Instant::now();
        guard.subject_failed("test", "a", now);
        // A day later "a" is forgotten, but there is room: it stays until room is needed.
        guard.subject_failed("test", "b", now + FORGET_AFTER);
        assert_eq!(guard.len().1, 2);
        guard.subject_failed("test", "c", now + FORGET_AFTER);
        guard.subject_failed("test", "d", now + FORGET_AFTER);
        let subjects = lock(&guard.subjects);
        assert!(
            !subjects.contains_key(&("test", "a".to_owned())),
            "once full, the forgotten one goes"
        );
        assert_eq!(subjects.len(), 3);
        drop(subjects);

        // Slots nobody holds and with nothing to remember stay too while there is room.
        drop(guard.address_slot("test", Some(IpAddr::from([10, 0, 0, 1]))));
        drop(guard.address_slot("test", Some(IpAddr::from([10, 0, 0, 2]))));
        assert_eq!(guard.len().0, 2);
    }
}
