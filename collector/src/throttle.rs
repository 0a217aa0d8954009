//! How long to lock out guessing: a few free failures, then lockouts that double with each
//! further failure, up to an hour. Applied per client address and per municipality, kept in the
//! database so that a restart does not reset it.

/// Failures allowed before the first lockout.
pub const FREE_FAILURES: u32 = 5;
const FIRST_LOCKOUT_SECONDS: i64 = 30;
const LONGEST_LOCKOUT_SECONDS: i64 = 3600;

/// The lockout after `failures` failures in a row, in seconds (0 = none).
pub fn lockout_seconds(failures: u32) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    let doublings = (failures - FREE_FAILURES).min(16);
    (FIRST_LOCKOUT_SECONDS << doublings).min(LONGEST_LOCKOUT_SECONDS)
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
