//! How this kiosk was started: the data folder, a fixed date and the idle timeout, from the
//! command line or the environment. Tests and demos use the environment, because tauri-driver
//! starts the app without arguments of their choosing.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use chrono::NaiveDate;
use kiosk::engine::DEFAULT_IDLE_TIMEOUT;
use kiosk::KioskConfig;

pub const TODAY_ENV: &str = "SURVEY_KIOSK_TODAY";
pub const IDLE_ENV: &str = "SURVEY_KIOSK_IDLE_SECONDS";
/// The longest idle countdown; a shorter timeout (tests) gets a countdown as long as itself.
const MAX_COUNTDOWN: Duration = Duration::from_secs(30);

#[derive(Debug, Clone)]
pub struct Settings {
    pub config: KioskConfig,
    /// How long the idle warning counts down before the session is discarded.
    pub idle_countdown: Duration,
}

impl Settings {
    /// Reads `--data-dir DIR` from the arguments, the rest from the environment.
    pub fn from_env() -> anyhow::Result<Self> {
        let explicit = data_dir_argument(std::env::args().skip(1));
        let data_dir = kiosk::paths::resolve_data_dir(explicit)?;
        let mut config = KioskConfig::new(data_dir);
        if let Ok(day) = std::env::var(TODAY_ENV) {
            let day = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                .with_context(|| format!("{TODAY_ENV}={day} is not a YYYY-MM-DD date"))?;
            config.today = Some(day);
        }
        config.idle_timeout = match std::env::var(IDLE_ENV) {
            Ok(seconds) => Duration::from_secs(
                seconds
                    .parse()
                    .with_context(|| format!("{IDLE_ENV}={seconds} is not whole seconds"))?,
            ),
            Err(_) => DEFAULT_IDLE_TIMEOUT,
        };
        Ok(Settings {
            idle_countdown: config.idle_timeout.min(MAX_COUNTDOWN),
            config,
        })
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
