//! What each kiosk and the web survey delivered, per municipality and day: how the owner sees a
//! burst of made-up responses from one access code, or from one municipality's web code,
//! before anything is published.

use std::fmt::Write;

use collector_data::db::Delivery;
use collector_data::delivery_days::{self, Mark};

/// The web survey's sender for a municipality is "web-<number>"; shown as "web".
fn sender(delivery: &Delivery) -> &str {
    if is_web(delivery) {
        "web"
    } else {
        &delivery.kiosk_id[..delivery.kiosk_id.len().min(8)]
    }
}

fn is_web(delivery: &Delivery) -> bool {
    delivery_days::is_web(delivery)
}

/// The deliveries as a table for the terminal, each municipality's kiosks and its web survey
/// per day, with a day marked by `delivery_days`' rule (counts only, never an answer).
pub fn report(deliveries: &[Delivery]) -> String {
    let mut out = String::from("municipality  sender    day         new responses\n");
    for delivery in deliveries {
        let mark = match delivery_days::mark(deliveries, delivery) {
            Mark::Usual => String::new(),
            Mark::FarAboveUsual { usual } => format!("  <- far above usual ({usual} a day)"),
            Mark::ManyWithNothingToCompare => "  <- many, and no usual day to compare".into(),
        };
        writeln!(
            out,
            "{:<13} {:<9} {:<11} {:>5}{}{}",
            delivery.municipality,
            sender(delivery),
            delivery.day,
            delivery.responses,
            mark,
            if delivery.revoked { "  (revoked)" } else { "" },
        )
        .unwrap();
    }
    out
}

/// The same as CSV, for the owner's records.
pub fn csv(deliveries: &[Delivery]) -> String {
    let mut out = String::from("municipality,sender,revoked,day,new_responses\n");
    for d in deliveries {
        let sender = if is_web(d) {
            "web"
        } else {
            d.kiosk_id.as_str()
        };
        writeln!(
            out,
            "{},{},{},{},{}",
            d.municipality, sender, d.revoked, d.day, d.responses
        )
        .unwrap();
    }
    out
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
    fn web_deliveries_are_listed_beside_the_kiosks_and_a_web_burst_stands_out() {
        let dir = tempfile::tempdir().unwrap();
        let db = collector_data::db::Db::open(dir.path()).unwrap();
        db.add_municipality("0301", "Oslo").unwrap();
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let sealed = vec![0u8; 8];
        let ids: Vec<String> = (0..40).map(|i| format!("id-{i:03}")).collect();
        // Two quiet web days, then 30 in one day.
        for (range, d) in [(0..2, 2), (2..4, 3), (4..34, 4)] {
            let batch: Vec<_> = ids[range]
                .iter()
                .map(|id| collector_data::db::NewResponse {
                    response_id: id,
                    survey_id: "s",
                    survey_version: 1,
                    completed_on: day(d),
                    sealed: &sealed,
                })
                .collect();
            db.insert_responses("0301", &batch, Some(("web-0301", day(d))))
                .unwrap();
        }
        let delivered = db.deliveries().unwrap();
        assert_eq!(delivered.len(), 3, "{delivered:?}");
        let table = report(&delivered);
        let marked: Vec<&str> = table
            .lines()
            .filter(|l| l.contains("far above usual"))
            .collect();
        assert_eq!(marked.len(), 1, "{table}");
        assert!(
            marked[0].contains("web") && marked[0].contains("2026-11-04"),
            "{table}"
        );
        let csv = csv(&delivered);
        assert!(csv.contains("0301,web,false,2026-11-04,30"), "{csv}");
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
