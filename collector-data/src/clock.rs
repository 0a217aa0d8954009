//! The collector's one clock. Dates (what day deliveries, registrations, codes and pages belong
//! to) come from [`Clock::today`], which `--today` fixes for demos and tests, so that one
//! setting moves every date at once: the server's, the database's and the pages'. Seconds
//! ([`Clock::now_seconds`]) measure waits (sessions, mail retries) and stay real even when the
//! date is fixed, because a wait must still pass.

use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Clock {
    fixed_today: Option<NaiveDate>,
}

impl Clock {
    /// The machine's local date.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// `today` when given (a demo or a test), the machine's local date otherwise.
    pub fn on(today: Option<NaiveDate>) -> Clock {
        Clock { fixed_today: today }
    }

    pub fn today(&self) -> NaiveDate {
        self.fixed_today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Seconds since the Unix epoch.
    pub fn now_seconds() -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_day_is_today_and_seconds_stay_real() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(Clock::on(Some(day)).today(), day);
        assert_eq!(Clock::on(None), Clock::system());
        let before = Clock::now_seconds();
        // 2026-12-01 at midnight UTC: this clock is no constant.
        assert!(before > 1_796_083_200, "{before}");
        assert!(Clock::now_seconds() >= before);
    }
}
