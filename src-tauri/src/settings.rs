//! How this kiosk was started: the data folder, a fixed date, the idle timeout and the
//! coordinator's auto-lock, from the
//! command line or the environment. Tests and demos use the environment, because tauri-driver
//! starts the app without arguments of their choosing.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use chrono::NaiveDate;
use kiosk::coordinator::AUTO_LOCK_AFTER;
use kiosk::engine::DEFAULT_IDLE_TIMEOUT;
use kiosk::KioskConfig;

pub const TODAY_ENV: &str = "SURVEY_KIOSK_TODAY";
/// A fixed date is for tests and demos, which run debug builds. A release kiosk trusts the
/// system clock, so that nobody at a kiosk can date answers into the survey period.
pub const DATE_OVERRIDE_ALLOWED: bool = cfg!(debug_assertions);
pub const IDLE_ENV: &str = "SURVEY_KIOSK_IDLE_SECONDS";
/// A file where a test build notes each clip it plays (`language<TAB>clip`), so a test can
/// check that everything shown is also heard. Clip ids only: no answer, no time.
pub const PLAYBACK_LOG_ENV: &str = "SURVEY_KIOSK_PLAYBACK_LOG";
/// Shortens the coordinator's auto-lock for window tests. Honoured only where a fixed date is,
/// so that nobody can keep a release kiosk's coordinator screen open for hours.
pub const COORDINATOR_LOCK_ENV: &str = "SURVEY_KIOSK_COORDINATOR_LOCK_SECONDS";
/// The longest idle countdown; a shorter timeout (tests) gets a countdown as long as itself.
const MAX_COUNTDOWN: Duration = Duration::from_secs(30);

#[derive(Debug, Clone)]
pub struct Settings {
    pub config: KioskConfig,
    /// How long the idle warning counts down before the session is discarded.
    pub idle_countdown: Duration,
    /// Debug builds only, see [`PLAYBACK_LOG_ENV`].
    pub playback_log: Option<PathBuf>,
    /// How long coordinator mode stays open without a coordinator action.
    pub coordinator_auto_lock: Duration,
}

impl Settings {
    /// Reads `--data-dir DIR` from the arguments, the rest from the environment.
    pub fn from_env() -> anyhow::Result<Self> {
        let explicit = data_dir_argument(std::env::args().skip(1));
        let data_dir = kiosk::paths::resolve_data_dir(explicit)?;
        let mut config = KioskConfig::new(data_dir);
        config.today = fixed_day(DATE_OVERRIDE_ALLOWED, std::env::var(TODAY_ENV).ok())?;
        config.idle_timeout = match std::env::var(IDLE_ENV) {
            Ok(seconds) => Duration::from_secs(
                seconds
                    .parse()
                    .with_context(|| format!("{IDLE_ENV}={seconds} is not whole seconds"))?,
            ),
            Err(_) => DEFAULT_IDLE_TIMEOUT,
        };
        let playback_log = std::env::var_os(PLAYBACK_LOG_ENV)
            .filter(|_| DATE_OVERRIDE_ALLOWED)
            .map(PathBuf::from);
        Ok(Settings {
            idle_countdown: config.idle_timeout.min(MAX_COUNTDOWN),
            coordinator_auto_lock: auto_lock(
                DATE_OVERRIDE_ALLOWED,
                std::env::var(COORDINATOR_LOCK_ENV).ok(),
            )?,
            config,
            playback_log,
        })
    }
}

/// The date `SURVEY_KIOSK_TODAY` fixes, where the build allows one.
fn fixed_day(allowed: bool, value: Option<String>) -> anyhow::Result<Option<NaiveDate>> {
    let Some(day) = value else {
        return Ok(None);
    };
    if !allowed {
        log::warn!("{TODAY_ENV} is ignored: a release kiosk uses the system clock");
        return Ok(None);
    }
    let day = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
        .with_context(|| format!("{TODAY_ENV}={day} is not a YYYY-MM-DD date"))?;
    Ok(Some(day))
}

/// The coordinator's auto-lock: the fixed [`AUTO_LOCK_AFTER`] unless a debug build was given
/// a number of seconds.
fn auto_lock(allowed: bool, value: Option<String>) -> anyhow::Result<Duration> {
    match value {
        Some(seconds) if allowed => {
            Ok(Duration::from_secs(seconds.parse().with_context(|| {
                format!("{COORDINATOR_LOCK_ENV}={seconds} is not whole seconds")
            })?))
        }
        _ => Ok(AUTO_LOCK_AFTER),
    }
}

fn data_dir_argument(mut args: impl Iterator<Item = String>) -> Option<PathBuf> {
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = arg.strip_prefix("--data-dir=") {
            return Some(PathBuf::from(dir));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_date_is_taken_only_where_the_build_allows_it() {
        let day = Some("2026-11-02".to_string());
        assert_eq!(
            fixed_day(true, day.clone()).unwrap(),
            NaiveDate::from_ymd_opt(2026, 11, 2)
        );
        assert_eq!(fixed_day(false, day).unwrap(), None);
        assert_eq!(fixed_day(true, None).unwrap(), None);
        assert!(fixed_day(true, Some("2.11.2026".into())).is_err());
        assert_eq!(fixed_day(false, Some("2.11.2026".into())).unwrap(), None);
        // Tests and demos run debug builds; release builds are what kiosks run.
        assert_eq!(DATE_OVERRIDE_ALLOWED, cfg!(debug_assertions));
    }

    #[test]
    fn only_a_debug_build_shortens_the_coordinators_auto_lock() {
        let short = Some("5".to_string());
        assert_eq!(
            auto_lock(true, short.clone()).unwrap(),
            Duration::from_secs(5)
        );
        assert_eq!(auto_lock(false, short).unwrap(), AUTO_LOCK_AFTER);
        assert_eq!(auto_lock(true, None).unwrap(), AUTO_LOCK_AFTER);
        assert!(auto_lock(true, Some("soon".into())).is_err());
    }

    #[test]
    fn the_data_folder_comes_from_either_form_of_the_argument() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            data_dir_argument(args(&["--data-dir", "a/b"]).into_iter()),
            Some(PathBuf::from("a/b"))
        );
        assert_eq!(
            data_dir_argument(args(&["-x", "--data-dir=c"]).into_iter()),
            Some(PathBuf::from("c"))
        );
        assert_eq!(data_dir_argument(args(&["--other"]).into_iter()), None);
    }
}
