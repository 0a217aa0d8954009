//! The survey calendar: when responses may be completed, until when they may be delivered, and
//! from when the results may be published. Kiosk batches, web deliveries, the publisher and
//! both command lines ask here, so "when deliveries close" is one function.

use chrono::{Days, NaiveDate};

use crate::manifest::SurveyPeriod;

/// Days after the survey's last day during which responses completed inside the period are
/// still delivered (a kiosk that was offline at the end); the publisher runs only after them.
pub const DEFAULT_GRACE_DAYS: u64 = 30;

/// Why a response's completion date is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRefusal {
    /// Completed after tomorrow: the device's clock is wrong.
    Future,
    /// Completed before the survey opened or after it closed.
    OutsidePeriod,
}

/// The survey period with its grace days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calendar {
    pub period: SurveyPeriod,
    pub grace_days: u64,
}

impl Calendar {
    pub fn new(period: SurveyPeriod, grace_days: u64) -> Calendar {
        Calendar { period, grace_days }
    }

    /// The last day a delivery is taken.
    pub fn last_delivery(&self) -> NaiveDate {
        self.period.closes + Days::new(self.grace_days)
    }

    /// Whether deliveries are still taken `today`.
    pub fn takes_deliveries_on(&self, today: NaiveDate) -> bool {
        today <= self.last_delivery()
    }

    /// The first day the results may be published: the day after the last delivery.
    pub fn first_publishing_day(&self) -> NaiveDate {
        self.last_delivery() + Days::new(1)
    }

    /// Whether a response completed on `completed_on` is taken `today`. A day of leeway: a
    /// device just past midnight may be a day ahead of the server's date.
    pub fn admits(&self, completed_on: NaiveDate, today: NaiveDate) -> Result<(), DateRefusal> {
        if completed_on > today + Days::new(1) {
            Err(DateRefusal::Future)
        } else if !self.period.contains(completed_on) {
            Err(DateRefusal::OutsidePeriod)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn calendar() -> Calendar {
        Calendar::new(
            SurveyPeriod {
                opens: day("2026-10-10"),
                closes: day("2026-12-31"),
            },
            30,
        )
    }

    #[test]
    fn deliveries_close_after_the_grace_days_and_publishing_starts_the_day_after() {
        let calendar = calendar();
        assert_eq!(calendar.last_delivery(), day("2027-01-30"));
        assert!(calendar.takes_deliveries_on(day("2027-01-30")));
        assert!(!calendar.takes_deliveries_on(day("2027-01-31")));
        assert_eq!(calendar.first_publishing_day(), day("2027-01-31"));
    }

    #[test]
    fn a_completion_a_day_ahead_is_taken_two_days_ahead_is_not() {
        let calendar = calendar();
        let today = day("2026-11-02");
        assert_eq!(calendar.admits(day("2026-11-03"), today), Ok(()));
        assert_eq!(
            calendar.admits(day("2026-11-04"), today),
            Err(DateRefusal::Future)
        );
    }

    #[test]
    fn completions_outside_the_period_are_refused_at_both_ends() {
        let calendar = calendar();
        let today = day("2027-01-05");
        assert_eq!(calendar.admits(day("2026-10-10"), today), Ok(()));
        assert_eq!(calendar.admits(day("2026-12-31"), today), Ok(()));
        for outside in ["2026-10-09", "2027-01-01"] {
            assert_eq!(
                calendar.admits(day(outside), today),
                Err(DateRefusal::OutsidePeriod)
            );
        }
    }
}
