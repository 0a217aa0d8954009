//! Measures the time from this process's start to the welcome screen being ready, for the
//! window tests to print. The kernel's record of the process start is used, so time spent
//! before `main` (loading libraries) counts too. The start's own parts (opening the kiosk and
//! verifying its pack, opening the sound device) are logged too, for `cargo xtask floor` to say
//! what the start costs beyond an empty window.

use std::time::{Duration, Instant};

/// Linux's USER_HZ, the unit of /proc/<pid>/stat start times, is 100 on every architecture
/// the kiosk runs on.
const TICKS_PER_SECOND: f64 = 100.0;

/// How long ago this process started, or `None` where /proc cannot tell.
pub fn since_process_start() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name in field 2 may hold spaces; the fields after its ')' are plain.
    let after_name = &stat[stat.rfind(')')? + 2..];
    let start_ticks: f64 = after_name.split(' ').nth(19)?.parse().ok()?;
    let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
    let uptime: f64 = uptime.split(' ').next()?.parse().ok()?;
    Some(Duration::from_secs_f64(
        (uptime - start_ticks / TICKS_PER_SECOND).max(0.0),
    ))
}

/// Runs one part of the start and logs how long it took, as "startup: NAME N ms".
pub fn part<T>(name: &str, run: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let result = run();
    log::info!("startup: {name} {} ms", started.elapsed().as_millis());
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_test_started_a_little_while_ago() {
        let age = since_process_start().expect("this runs on Linux");
        assert!(age < Duration::from_secs(3600), "{age:?}");
    }
}
