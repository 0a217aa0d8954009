//! The one rule for a day of deliveries "far above usual", which the publisher's deliveries
//! report and the owner's /admin both mark. It looks only at counts of new responses per
//! sender and day (never at an answer), and compares like with like: a web day with the same
//! municipality's other web days, a kiosk's day with the municipality's other kiosks' days (or
//! its own other days when it is the only one).
//!
//! A day is far above usual when it has at least [`LEAST_BURST`] new responses and more than
//! [`TIMES_USUAL`] times the usual day (the median of those it is compared with). A day with
//! nothing to compare it with is marked when it has [`ALONE_BURST`] or more: two classes.

use crate::db::Delivery;

pub const LEAST_BURST: u64 = 20;
pub const TIMES_USUAL: u64 = 3;
pub const ALONE_BURST: u64 = 60;

/// What the rule says of one sender's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Usual,
    /// Far above the usual day, which is given.
    FarAboveUsual {
        usual: u64,
    },
    /// Many, with no other day of its kind to compare with.
    ManyWithNothingToCompare,
}

/// Whether the web survey delivered it: its sender is "web-<municipality>".
pub fn is_web(delivery: &Delivery) -> bool {
    delivery.kiosk_id == format!("web-{}", delivery.municipality)
}

/// The mark of `this`, one of `deliveries`.
pub fn mark(deliveries: &[Delivery], this: &Delivery) -> Mark {
    let median = |mut days: Vec<u64>| {
        days.sort_unstable();
        days.get(days.len() / 2).copied()
    };
    let like = || {
        deliveries
            .iter()
            .filter(|d| d.municipality == this.municipality && is_web(d) == is_web(this))
    };
    let usual = if is_web(this) {
        median(
            like()
                .filter(|d| d.day != this.day)
                .map(|d| d.responses)
                .collect(),
        )
    } else {
        median(
            like()
                .filter(|d| d.kiosk_id != this.kiosk_id)
                .map(|d| d.responses)
                .collect(),
        )
        .or_else(|| {
            median(
                like()
                    .filter(|d| d.kiosk_id == this.kiosk_id && d.day != this.day)
                    .map(|d| d.responses)
                    .collect(),
            )
        })
    };
    match usual {
        Some(usual) if this.responses >= LEAST_BURST && this.responses > usual * TIMES_USUAL => {
            Mark::FarAboveUsual { usual }
        }
        None if this.responses >= ALONE_BURST => Mark::ManyWithNothingToCompare,
        _ => Mark::Usual,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(sender: &str, day: &str, responses: u64) -> Delivery {
        Delivery {
            municipality: "0301".into(),
            kiosk_id: sender.into(),
            revoked: false,
            day: day.into(),
            responses,
        }
    }

    #[test]
    fn a_web_day_is_compared_with_the_municipality_s_other_web_days_only() {
        let days = [
            day("web-0301", "2026-11-02", 4),
            day("web-0301", "2026-11-03", 6),
            day("web-0301", "2026-11-04", 30),
            day("web-0301", "2026-11-05", 18),
            // Busy kiosks do not make a web burst look usual.
            day("aaaaaaaaaaaa", "2026-11-04", 200),
        ];
        let marks: Vec<Mark> = days.iter().map(|d| mark(&days, d)).collect();
        assert_eq!(
            marks[..4],
            [
                Mark::Usual,
                Mark::Usual,
                Mark::FarAboveUsual { usual: 6 },
                Mark::Usual
            ]
        );
        // 19 is never a burst, however quiet the usual day; 20 over a usual 6 is.
        let mut quiet = days.to_vec();
        quiet[2].responses = 19;
        assert_eq!(mark(&quiet, &quiet[2]), Mark::Usual);
    }

    #[test]
    fn a_first_web_day_is_marked_only_when_it_is_many() {
        let days = [day("web-0301", "2026-11-02", 59)];
        assert_eq!(mark(&days, &days[0]), Mark::Usual);
        let days = [day("web-0301", "2026-11-02", 60)];
        assert_eq!(mark(&days, &days[0]), Mark::ManyWithNothingToCompare);
    }
}
