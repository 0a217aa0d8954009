//! Waits that grow with failures: one doubling rule ([`doubling`]) for every lockout, wait and
//! retry in the collector (guesses from an address, guesses at a subject, mails that failed).
//! Here also the lockout of guessing: a few free failures, then lockouts that double with each
//! further failure, up to an hour.

use std::time::Duration;

/// No wait for the first `free` failures, then `first`, doubling with each further failure, never
/// more than `longest`.
pub fn doubling(free: u32, first: Duration, longest: Duration, failures: u32) -> Duration {
    if failures < free {
        return Duration::ZERO;
    }
    let doublings = (failures - free).min(16);
    (first * (1u32 << doublings)).min(longest)
}

/// Failures allowed before the first lockout.
pub const FREE_FAILURES: u32 = 5;
const FIRST_LOCKOUT_SECONDS: i64 = 30;
const LONGEST_LOCKOUT_SECONDS: i64 = 3600;

/// The lockout after `failures` failures in a row, in seconds (0 = none).
pub fn lockout_seconds(failures: u32) -> i64 {
    doubling(
        FREE_FAILURES,
        Duration::from_secs(FIRST_LOCKOUT_SECONDS as u64),
        Duration::from_secs(LONGEST_LOCKOUT_SECONDS as u64),
        failures,
    )
    .as_secs() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lockouts_start_after_the_free_failures_and_grow_to_a_cap() {
        assert_eq!(lockout_seconds(4), 0);
        assert_eq!(lockout_seconds(5), 30);
        assert_eq!(lockout_seconds(6), 60);
        assert_eq!(lockout_seconds(7), 120);
        assert_eq!(lockout_seconds(40), 3600);
    }
}
