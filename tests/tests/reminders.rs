//! Reminders from the real `survey-collector serve` process through a real SMTP server process
//! (aiosmtpd): the collector is started on chosen days of the demo survey period (it takes
//! `--today`), restarted on the same day, and moved on. Each reminder arrives once, to each
//! approved contact, and a restart sends nothing twice. The schedule itself is tested day by
//! day in collector/tests/reminders.rs.

use std::time::Duration;

use chrono::NaiveDate;
use collector::db::Db;
use end_to_end::smtp::{ReceivedMail, SmtpServer};
use end_to_end::*;

const MAIL_WAIT: Duration = Duration::from_secs(30);

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn cli(data: &std::path::Path, args: &[&str]) -> String {
    let out = std::process::Command::new(collector_binary())
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn serve(
    data: &std::path::Path,
    port: u16,
    smtp: &SmtpServer,
    today: NaiveDate,
) -> CollectorProcess {
    let args: Vec<String> = [
        "--public-url",
        &format!("http://127.0.0.1:{port}"),
        "--smtp-relay",
        &format!("127.0.0.1:{}", smtp.port),
        "--smtp-tls",
        "none",
        "--mail-from",
        "undersokelse@example.org",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    CollectorProcess::start_with_args(data, port, today, &args)
}

fn subjects_to(mails: &[ReceivedMail], address: &str) -> Vec<String> {
    let mut subjects: Vec<String> = mails
        .iter()
        .filter(|m| m.to.iter().any(|to| to == address))
        .map(|m| m.subject.clone())
        .collect();
    subjects.sort();
    subjects
}

fn outbox_rows(data: &std::path::Path) -> u64 {
    let counts = collector::mail::outbox::counts(Db::open(data).unwrap().connection()).unwrap();
    counts.pending + counts.sent
}

#[test]
fn reminders_arrive_once_per_contact_and_a_restart_sends_nothing_twice() {
    let smtp = SmtpServer::start();
    let data = initialised_data_dir();
    cli(
        data.path(),
        &["municipality", "add", "--number", "0301", "--name", "Oslo"],
    );
    for (name, email) in [
        ("Kari", "kari@oslo.kommune.no"),
        ("Ola", "ola@oslo.kommune.no"),
    ] {
        cli(
            data.path(),
            &[
                "contact",
                "add",
                "--municipality",
                "0301",
                "--name",
                name,
                "--email",
                email,
            ],
        );
    }
    let port = free_port();

    // A week into the demo period (it opens on 10 October): the first weekly status.
    let collector = serve(data.path(), port, &smtp, day("2026-10-17"));
    let mails = smtp.wait_for(2, MAIL_WAIT);
    for contact in ["kari@oslo.kommune.no", "ola@oslo.kommune.no"] {
        assert_eq!(subjects_to(&mails, contact), ["Ukestatus for Oslo"]);
    }
    let weekly = &mails[0];
    assert!(
        weekly.body.contains("Oslo har 0 svar så langt"),
        "{}",
        weekly.body
    );
    assert!(
        weekly.body.contains("Det trengs 10 svar til"),
        "{}",
        weekly.body
    );
    assert!(
        weekly
            .body
            .contains(&format!("http://127.0.0.1:{port}/results/0301")),
        "{}",
        weekly.body
    );

    // Killed and started again on the same day: the schedule runs again at start and finds
    // everything already in the outbox.
    collector.kill();
    let collector = serve(data.path(), port, &smtp, day("2026-10-17"));
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(outbox_rows(data.path()), 2);
    assert_eq!(smtp.mails().len(), 2);

    // Three days before the survey closes on 31 December: this week's status, "more answers
    // needed" and the last call, once each.
    collector.kill();
    let collector = serve(data.path(), port, &smtp, day("2026-12-28"));
    let mails = smtp.wait_for(8, MAIL_WAIT);
    for contact in ["kari@oslo.kommune.no", "ola@oslo.kommune.no"] {
        assert_eq!(
            subjects_to(&mails, contact),
            [
                "Oslo trenger 10 svar til",
                "Ukestatus for Oslo",
                "Ukestatus for Oslo",
                "Undersøkelsen stenger 31.12.2026",
            ]
        );
    }
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(smtp.mails().len(), 8, "a reminder went out twice");
    collector.kill();
}
