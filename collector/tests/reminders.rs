//! The reminder schedule over a whole survey period, on a real database file: the clock is
//! moved a day at a time from before the survey opens until after publication, and the
//! schedule runs twice each day (as it would every hour). Each reminder goes to the right
//! people once and never twice.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use collector::db::{setting_names, ContactRole, Db, NewContact, NewResponse};
use collector::reminders::{enqueue_due, Schedule};
use survey::manifest::SurveyPeriod;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

const OPENS: &str = "2026-10-05";
const CLOSES: &str = "2026-11-29";

fn period() -> SurveyPeriod {
    SurveyPeriod {
        opens: day(OPENS),
        closes: day(CLOSES),
    }
}

/// Every mail in the outbox: (dedupe key, recipient, subject, body, day it was enqueued).
type Sent = Vec<(String, String, String, String, NaiveDate)>;

struct Town {
    _dir: tempfile::TempDir,
    db: Db,
    kiosk: String,
}

/// Oslo with two approved contacts and a kiosk; Bergen with a contact still waiting for
/// approval; Trondheim on the list with no code issued.
fn town() -> Town {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(dir.path()).unwrap();
    db.add_municipality("0301", "Oslo").unwrap();
    db.add_contact("0301", "Kari", "kari@oslo.kommune.no")
        .unwrap();
    db.add_contact("0301", "Ola", "ola@oslo.kommune.no")
        .unwrap();
    db.add_municipality("4601", "Bergen").unwrap();
    db.register_contact(
        &NewContact {
            municipality: "4601",
            name: "Per",
            email: "per@example.com",
            phone: "12345678",
            role: ContactRole::Other,
        },
        b"token-hash",
        day("2026-09-01"),
        day("2026-09-15"),
    )
    .unwrap();
    db.upsert_listed_municipality("5001", "Trondheim", &["trondheim.kommune.no".into()])
        .unwrap();
    let kiosk = db
        .add_kiosk("0301", b"device key", day("2026-10-06"))
        .unwrap();
    Town {
        _dir: dir,
        db,
        kiosk,
    }
}

fn deliver(town: &mut Town, on: NaiveDate, id: &str) {
    let response = NewResponse {
        response_id: id,
        survey_id: "survey",
        survey_version: 1,
        completed_on: on,
        sealed: b"sealed",
    };
    let kiosk = town.kiosk.clone();
    town.db
        .insert_responses("0301", &[response], Some((&kiosk, on)))
        .unwrap();
}

/// Every unsent mail, (dedupe key, to, subject, body), bodies opened with the data folder's key.
fn outbox(db: &Db) -> Vec<(String, String, String, String)> {
    let mut mails = collector::mail::outbox::due(db, i64::MAX, 100_000).unwrap();
    mails.sort_by_key(|m| m.id);
    mails
        .into_iter()
        .map(|m| (m.mail.dedupe_key, m.mail.to, m.mail.subject, m.mail.body))
        .collect()
}

/// Runs the schedule on every day from `from` to `to`, twice a day, calling `each_day` first;
/// returns every new mail with the day it was enqueued. The second run of a day must add
/// nothing.
fn run_days(
    town: &mut Town,
    from: NaiveDate,
    to: NaiveDate,
    mut each_day: impl FnMut(&mut Town, NaiveDate),
) -> Sent {
    let mut sent = Sent::new();
    let mut today = from;
    while today <= to {
        each_day(town, today);
        let schedule = Schedule {
            today,
            period: period(),
            threshold: 10,
            public_url: "https://survey.example.no/",
        };
        let before = outbox(&town.db).len();
        let new = enqueue_due(&town.db, &schedule).unwrap();
        let after = outbox(&town.db);
        assert_eq!(after.len() - before, new, "the count returned on {today}");
        for (key, to, subject, body) in &after[before..] {
            sent.push((
                key.clone(),
                to.clone(),
                subject.clone(),
                body.clone(),
                today,
            ));
        }
        assert_eq!(
            enqueue_due(&town.db, &schedule).unwrap(),
            0,
            "a second run on {today} sent again"
        );
        today += Duration::days(1);
    }
    sent
}

fn of_kind<'a>(sent: &'a Sent, kind: &str) -> Vec<&'a (String, String, String, String, NaiveDate)> {
    sent.iter()
        .filter(|m| m.0.starts_with(&format!("{kind}:")))
        .collect()
}

/// How many mails of `kind` each recipient got.
fn per_recipient(sent: &Sent, kind: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for mail in of_kind(sent, kind) {
        *counts.entry(mail.1.clone()).or_default() += 1;
    }
    counts
}

fn both_oslo_contacts(count: usize) -> BTreeMap<String, usize> {
    BTreeMap::from([
        ("kari@oslo.kommune.no".to_owned(), count),
        ("ola@oslo.kommune.no".to_owned(), count),
    ])
}

/// Oslo's kiosk delivers on its first three days, falls silent, delivers again on
/// 1 November and falls silent again; results are published on 10 December.
fn a_whole_period(town: &mut Town) -> Sent {
    run_days(town, day("2026-09-20"), day("2026-12-20"), |town, today| {
        let delivering = ["2026-10-06", "2026-10-07", "2026-10-08", "2026-11-01"];
        if delivering.contains(&today.to_string().as_str()) {
            deliver(town, today, &format!("response-{today}"));
        }
        if today == day("2026-12-10") {
            town.db.store_publication(today, "{}", &[], false).unwrap();
        }
    })
}

#[test]
fn each_reminder_goes_to_each_approved_contact_once_over_a_whole_period() {
    let mut town = town();
    let sent = a_whole_period(&mut town);

    // Only Oslo's two approved contacts hear anything: not Bergen's waiting contact, not
    // Trondheim (no code issued, no contacts).
    for mail in &sent {
        assert!(mail.1.ends_with("@oslo.kommune.no"), "mail to {}", mail.1);
        assert!(
            mail.4 >= day(OPENS),
            "{} sent before the survey opened",
            mail.0
        );
    }

    // A weekly status for every full week of the period: 55 days from opening is 7 weeks.
    assert_eq!(per_recipient(&sent, "weekly"), both_oslo_contacts(7));
    let first_weekly = of_kind(&sent, "weekly")[0];
    assert_eq!(first_weekly.4, day("2026-10-12"));
    assert!(
        first_weekly.3.contains("Oslo har 3 svar så langt"),
        "{}",
        first_weekly.3
    );
    assert!(
        first_weekly.3.contains("Det trengs 7 svar til"),
        "{}",
        first_weekly.3
    );

    // Oslo stays below 10: "more needed" once, 14 days before closing.
    assert_eq!(per_recipient(&sent, "more-needed"), both_oslo_contacts(1));
    let more = of_kind(&sent, "more-needed")[0];
    assert_eq!(more.4, day("2026-11-15"));
    assert!(more.2.contains("trenger 6 svar til"), "{}", more.2);

    // Silent for a week after 8 October, and again after 1 November: two silences.
    assert_eq!(per_recipient(&sent, "silent-kiosk"), both_oslo_contacts(2));
    let silences: Vec<NaiveDate> = of_kind(&sent, "silent-kiosk").iter().map(|m| m.4).collect();
    assert_eq!(
        silences,
        [
            day("2026-10-15"),
            day("2026-10-15"),
            day("2026-11-08"),
            day("2026-11-08")
        ]
    );
    assert!(of_kind(&sent, "silent-kiosk")[0]
        .3
        .contains(&town.kiosk[..8]));

    // The last call, three days before closing.
    assert_eq!(per_recipient(&sent, "last-call"), both_oslo_contacts(1));
    assert_eq!(of_kind(&sent, "last-call")[0].4, day("2026-11-26"));

    // "Results are ready" the day of publication.
    assert_eq!(per_recipient(&sent, "results-ready"), both_oslo_contacts(1));
    assert_eq!(of_kind(&sent, "results-ready")[0].4, day("2026-12-10"));
    assert!(of_kind(&sent, "results-ready")[0]
        .3
        .contains("https://survey.example.no/results/0301"));

    // Nothing else.
    assert_eq!(sent.len(), 2 * (7 + 1 + 2 + 1 + 1));
}

#[test]
fn a_revoked_kiosk_is_left_out_of_the_status() {
    let mut town = town();
    let kiosk = town.kiosk.clone();
    town.db.revoke_kiosk(&kiosk).unwrap();
    let sent = run_days(&mut town, day(OPENS), day("2026-10-12"), |_, _| {});
    let weekly = of_kind(&sent, "weekly")[0];
    assert!(!weekly.3.contains(&kiosk[..8]), "{}", weekly.3);
    assert!(of_kind(&sent, "silent-kiosk").is_empty());
}

#[test]
fn running_the_whole_period_again_sends_nothing_more() {
    let mut town = town();
    let first = a_whole_period(&mut town);
    assert!(!first.is_empty());
    let again = run_days(&mut town, day("2026-09-20"), day("2026-12-20"), |_, _| {});
    assert!(
        again.is_empty(),
        "sent twice: {:?}",
        again.iter().map(|m| &m.0).collect::<Vec<_>>()
    );
}

#[test]
fn a_reminder_the_owner_switched_off_is_not_sent_and_the_others_are() {
    let mut town = town();
    town.db
        .set_setting(setting_names::REMINDER_WEEKLY, "off")
        .unwrap();
    town.db
        .set_setting(setting_names::REMINDER_LAST_CALL, "off")
        .unwrap();
    let sent = a_whole_period(&mut town);
    assert!(of_kind(&sent, "weekly").is_empty());
    assert!(of_kind(&sent, "last-call").is_empty());
    assert_eq!(per_recipient(&sent, "more-needed"), both_oslo_contacts(1));
    assert_eq!(per_recipient(&sent, "results-ready"), both_oslo_contacts(1));
}

#[test]
fn a_municipality_with_enough_answers_is_not_told_it_needs_more() {
    let mut town = town();
    let sent = run_days(&mut town, day(OPENS), day(CLOSES), |town, today| {
        if today == day("2026-10-06") {
            for n in 0..10 {
                deliver(town, today, &format!("response-{n}"));
            }
        }
    });
    assert!(of_kind(&sent, "more-needed").is_empty());
    let weekly = of_kind(&sent, "weekly")[0];
    assert!(
        weekly.3.contains("nok svar til egne resultater"),
        "{}",
        weekly.3
    );
}

#[test]
fn a_removed_contact_gets_no_more_reminders() {
    let mut town = town();
    let ola = town
        .db
        .contacts_of("0301")
        .unwrap()
        .into_iter()
        .find(|c| c.name == "Ola")
        .unwrap()
        .id;
    let sent = run_days(&mut town, day(OPENS), day(CLOSES), |town, today| {
        if today == day("2026-10-20") {
            town.db.remove_contact(&ola, today).unwrap();
        }
    });
    let to_ola: Vec<NaiveDate> = sent
        .iter()
        .filter(|m| m.1 == "ola@oslo.kommune.no")
        .map(|m| m.4)
        .collect();
    assert!(!to_ola.is_empty());
    assert!(to_ola.iter().all(|d| *d < day("2026-10-20")), "{to_ola:?}");
}

#[test]
fn no_reminder_carries_a_code_or_a_key() {
    let mut town = town();
    let code = town.db.add_municipality("1103", "Stavanger").unwrap();
    let key = town
        .db
        .add_contact("1103", "Siv", "siv@stavanger.kommune.no")
        .unwrap();
    let sent = a_whole_period(&mut town);
    assert!(sent.iter().any(|m| m.1 == "siv@stavanger.kommune.no"));
    for mail in &sent {
        assert!(!mail.3.contains(&code), "{}", mail.0);
        assert!(!mail.3.contains(&key), "{}", mail.0);
    }
}
