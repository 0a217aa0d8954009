//! What each kiosk delivered, per municipality and day: how the owner sees a burst of made-up
//! responses from one access code before anything is published.

use std::fmt::Write;

use collector_data::db::Delivery;

/// The deliveries as a table for the terminal, with a kiosk's busiest day marked when it is
/// far above the municipality's usual day.
pub fn report(deliveries: &[Delivery]) -> String {
    let mut out = String::from("municipality  kiosk     day         new responses\n");
    for delivery in deliveries {
        let burst = usual_day(deliveries, delivery)
            .is_some_and(|usual| delivery.responses >= 20 && delivery.responses > usual * 3);
        writeln!(
            out,
            "{:<13} {:<9} {:<11} {:>5}{}{}",
            delivery.municipality,
            &delivery.kiosk_id[..delivery.kiosk_id.len().min(8)],
            delivery.day,
            delivery.responses,
            if burst { "  <- far above usual" } else { "" },
            if delivery.revoked { "  (revoked)" } else { "" },
        )
        .unwrap();
    }
    out
}

/// The same as CSV, for the owner's records.
pub fn csv(deliveries: &[Delivery]) -> String {
    let mut out = String::from("municipality,kiosk,revoked,day,new_responses\n");
    for d in deliveries {
        writeln!(
            out,
            "{},{},{},{},{}",
            d.municipality, d.kiosk_id, d.revoked, d.day, d.responses
        )
        .unwrap();
    }
    out
}

/// The median day of the municipality's other kiosks, or of this kiosk's other days when it is
/// the only one; `None` when there is nothing to compare with.
fn usual_day(deliveries: &[Delivery], this: &Delivery) -> Option<u64> {
    let median = |mut days: Vec<u64>| {
        days.sort_unstable();
        days.get(days.len() / 2).copied()
    };
    let same_municipality = || {
        deliveries
            .iter()
            .filter(|d| d.municipality == this.municipality)
    };
    median(
        same_municipality()
            .filter(|d| d.kiosk_id != this.kiosk_id)
            .map(|d| d.responses)
            .collect(),
    )
    .or_else(|| {
        median(
            same_municipality()
                .filter(|d| d.day != this.day)
                .map(|d| d.responses)
                .collect(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delivery(kiosk: &str, day: &str, responses: u64, revoked: bool) -> Delivery {
        Delivery {
            municipality: "0301".into(),
            kiosk_id: kiosk.into(),
            revoked,
            day: day.into(),
            responses,
        }
    }

    #[test]
    fn a_burst_from_one_kiosk_stands_out() {
        let deliveries = [
            delivery("aaaaaaaaaaaa", "2026-11-02", 8, false),
            delivery("aaaaaaaaaaaa", "2026-11-03", 6, false),
            delivery("bbbbbbbbbbbb", "2026-11-03", 7, false),
            delivery("cccccccccccc", "2026-11-04", 300, true),
        ];
        let table = report(&deliveries);
        let marked: Vec<&str> = table
            .lines()
            .filter(|l| l.contains("far above usual"))
            .collect();
        assert_eq!(marked.len(), 1, "{table}");
        assert!(marked[0].contains("cccccccc") && marked[0].contains("(revoked)"));
        assert_eq!(csv(&deliveries).lines().count(), 5);
    }
}
