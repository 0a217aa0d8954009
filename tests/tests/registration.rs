//! Registration through the collector's own mails, against a real SMTP server process
//! (aiosmtpd) and the real `survey-collector serve` process: contacts register on `/register`,
//! confirm through the links in the mails they receive, get the municipality's code and their
//! own key by mail, and the code enrols a real kiosk engine. Each refusal has its own test; the
//! relay going away loses nothing and sends nothing twice, across a collector restart too.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use collector::db::Db;
use collector::mail::outbox;
use collector::registration;
use end_to_end::smtp::{ReceivedMail, SmtpServer};
use end_to_end::*;

const MUNICIPALITIES: &str = "number,name,domains\n0301,Oslo,oslo.kommune.no\n\
    4601,Bergen,bergen.kommune.no\n5001,Trondheim,trondheim.kommune.no\n1103,Stavanger,\n";
const MAIL_WAIT: Duration = Duration::from_secs(30);

/// A collector process with the two-municipality list, sending through `smtp`.
struct Registration {
    data: tempfile::TempDir,
    port: u16,
    url: String,
    process: Option<CollectorProcess>,
    extra: Vec<String>,
}

impl Registration {
    fn start(smtp: &SmtpServer, today: NaiveDate, extra: &[&str]) -> Registration {
        let data = initialised_data_dir();
        let csv = data
            .path()
            .join("..")
            .join(format!("list-{}.csv", free_port()));
        std::fs::write(&csv, MUNICIPALITIES).unwrap();
        let out = std::process::Command::new(collector_binary())
            .arg("--data-dir")
            .arg(data.path())
            .args(["municipality", "import", "--csv"])
            .arg(&csv)
            .output()
            .unwrap();
        std::fs::remove_file(&csv).unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "4 municipalities imported"
        );
        let port = free_port();
        let url = format!("http://127.0.0.1:{port}");
        let mut extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        extra.extend([
            "--public-url".into(),
            url.clone(),
            "--smtp-relay".into(),
            format!("127.0.0.1:{}", smtp.port),
            "--smtp-tls".into(),
            "none".into(),
            "--mail-from".into(),
            "undersokelse@example.org".into(),
            "--mail-first-retry-seconds".into(),
            "1".into(),
        ]);
        let process = CollectorProcess::start_with_args(data.path(), port, today, &extra);
        Registration {
            data,
            port,
            url,
            process: Some(process),
            extra,
        }
    }

    /// Kills the process and starts it again on the same folder and port, on `today`.
    fn restart(&mut self, today: NaiveDate) {
        self.process.take().unwrap().kill();
        self.process = Some(CollectorProcess::start_with_args(
            self.data.path(),
            self.port,
            today,
            &self.extra,
        ));
    }

    fn register(&self, municipality: &str, contacts: &[(&str, &str)]) -> String {
        let mut fields: Vec<(String, String)> = vec![("municipality".into(), municipality.into())];
        for (i, (name, email)) in contacts.iter().enumerate() {
            let n = i + 1;
            fields.push((format!("name-{n}"), name.to_string()));
            fields.push((format!("email-{n}"), email.to_string()));
            fields.push((format!("phone-{n}"), format!("4000000{n}")));
            fields.push((format!("role-{n}"), "adult-education".into()));
        }
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        post_form(&self.url, "/register", "/register", &borrowed)
    }

    /// Registers `contacts` for `municipality` and checks the post was answered with the page
    /// every valid post gets.
    fn registers(&self, municipality: &str, contacts: &[(&str, &str)]) {
        let reply = self.register(municipality, contacts);
        assert_eq!(status(&reply), 200, "{reply}");
    }

    fn confirm(&self, link: &str) -> String {
        let path = link
            .strip_prefix(&self.url)
            .expect("the link names the public address");
        post_form(&self.url, path, path, &[])
    }

    fn outbox(&self) -> outbox::OutboxCounts {
        outbox::counts(Db::open(self.data.path()).unwrap().connection()).unwrap()
    }
}

fn status(reply: &str) -> u16 {
    reply.split(' ').nth(1).unwrap().parse().unwrap()
}

fn to(mail: &ReceivedMail) -> &str {
    &mail.to[0]
}

/// The confirmation link in a mail.
fn link_in(mail: &ReceivedMail) -> String {
    mail.body
        .lines()
        .map(str::trim)
        .find(|l| l.contains("/register/confirm/"))
        .unwrap_or_else(|| panic!("no link in {mail:?}"))
        .to_owned()
}

/// (access code, results key) in a code mail.
fn code_and_key(mail: &ReceivedMail) -> (String, String) {
    let lines: Vec<&str> = mail.body.lines().map(str::trim).collect();
    let code = lines
        .iter()
        .find(|l| l.starts_with("0301-"))
        .unwrap()
        .to_string();
    let key = lines
        .iter()
        .find(|l| {
            l.len() > 9 && l.as_bytes()[8] == b'-' && l[..8].bytes().all(|b| b.is_ascii_hexdigit())
        })
        .unwrap()
        .to_string();
    (code, key)
}

fn code_mails(mails: &[ReceivedMail]) -> Vec<ReceivedMail> {
    mails
        .iter()
        .filter(|m| m.subject.starts_with("Tilgangskode"))
        .cloned()
        .collect()
}

/// No file of the data folder holds `secret` (WAL included).
fn nowhere_in(dir: &Path, secret: &str) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{} holds a secret that was mailed",
                path.display()
            );
        }
    }
}

#[test]
fn two_contacts_register_confirm_get_the_code_by_mail_and_a_kiosk_enrols_and_syncs_with_it() {
    let smtp = SmtpServer::start();
    let mut reg = Registration::start(&smtp, open_day(), &[]);
    let form = http_get(&reg.url, "/register");
    assert!(
        form.contains("Oslo (0301)") && form.contains("Bergen (4601)"),
        "{form}"
    );
    let reply = reg.register(
        "0301",
        &[
            ("Kari Nordmann", "kari.nordmann@oslo.kommune.no"),
            ("Ola Nordmann", "ola.nordmann@oslo.kommune.no"),
        ],
    );
    assert_eq!(status(&reply), 200, "{reply}");
    assert!(reply.contains("en e-post med en lenke"));

    let confirmations = smtp.wait_for(2, MAIL_WAIT);
    assert_eq!(confirmations.len(), 2);
    for mail in &confirmations {
        assert_eq!(mail.from, "undersokelse@example.org");
        // Large providers reject or mark mail without these.
        assert!(
            mail.message_id.starts_with('<') && mail.message_id.ends_with("@example.org>"),
            "{mail:?}"
        );
        assert!(
            mail.date.contains("2026") || mail.date.len() > 20,
            "{mail:?}"
        );
        assert!(
            !mail.body.contains("Kari"),
            "no typed text is repeated: {mail:?}"
        );
        assert!(mail.subject.contains("Oslo"), "{}", mail.subject);
        assert!(link_in(mail).starts_with(&format!("{}/register/confirm/", reg.url)));
    }
    // A mail scanner opening the link confirms nothing: only the button does.
    let link = link_in(&confirmations[0]);
    assert!(http_get(&reg.url, link.strip_prefix(&reg.url).unwrap()).contains("Bekreft"));
    assert_eq!(smtp.mails().len(), 2);
    for mail in &confirmations {
        let reply = reg.confirm(&link_in(mail));
        assert_eq!(status(&reply), 200, "{reply}");
        assert!(reply.contains("tilgangskode"), "{reply}");
        assert!(reply.contains("bekreftet for Oslo"), "{reply}");
    }

    // Two code mails, and Kari, who had the code, is told that Ola got it too.
    let mails = smtp.wait_for(5, MAIL_WAIT);
    let codes = code_mails(&mails);
    assert_eq!(codes.len(), 2, "{mails:?}");
    let told: Vec<&ReceivedMail> = mails
        .iter()
        .filter(|m| m.subject.starts_with("Ny kontaktperson"))
        .collect();
    assert_eq!(told.len(), 1, "{mails:?}");
    assert!(told[0].body.contains("ola.nordmann@oslo.kommune.no"));
    assert_eq!(to(told[0]), "kari.nordmann@oslo.kommune.no");
    let mut recipients: Vec<&str> = codes.iter().map(to).collect();
    recipients.sort();
    assert_eq!(
        recipients,
        [
            "kari.nordmann@oslo.kommune.no",
            "ola.nordmann@oslo.kommune.no"
        ]
    );
    let (code, key) = code_and_key(&codes[0]);
    let (same_code, other_key) = code_and_key(&codes[1]);
    assert_eq!(code, same_code, "one code for the municipality");
    assert_ne!(key, other_key, "each contact has their own key");

    let kiosk_dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(kiosk_dir.path());
    // The coordinator names the kiosk; the contacts see that name, not its id.
    kiosk
        .enrol_named(Some(&reg.url), &code, Some("Rom 204"))
        .unwrap();
    fill(&mut kiosk, 3, 7);
    let report = kiosk.sync(&quick_retries(10), &mut |_| {}).unwrap();
    assert_eq!(kiosk.status().unwrap().responses.synced, 3, "{report:?}");

    // The contact's page counts up to the end of yesterday: today's 3 show tomorrow.
    let page = post_results_key(&reg.url, "0301", &key);
    assert!(page.contains("<strong>0</strong> svar så langt"), "{page}");
    // Sent bodies are overwritten: neither the code nor a key stays in the data folder.
    assert_eq!(reg.outbox().pending, 0);
    reg.restart(open_day() + chrono::Days::new(1));
    let page = post_results_key(&reg.url, "0301", &key);
    assert!(page.contains("<strong>3</strong> svar så langt"), "{page}");
    assert!(page.contains("Rom 204"), "{page}");
    let page = post_results_key(&reg.url, "0301", &other_key);
    assert!(page.contains("<strong>3</strong> svar så langt"), "{page}");

    reg.restart(open_day());
    reg.process.take().unwrap().kill();
    for secret in [&code, &key, &other_key] {
        nowhere_in(reg.data.path(), secret);
    }
}

/// Registers and confirms `people` for 0301, each through the link in their mail.
fn register_and_confirm(reg: &Registration, smtp: &SmtpServer, people: &[(&str, &str)]) {
    for (name, email) in people {
        reg.registers("0301", &[(name, email)]);
        let deadline = Instant::now() + MAIL_WAIT;
        let link = loop {
            let found = smtp
                .mails()
                .iter()
                .rev()
                .find(|m| to(m) == *email && m.body.contains("/register/confirm/"))
                .map(link_in);
            if let Some(link) = found {
                break link;
            }
            assert!(Instant::now() < deadline, "no link to {email}");
            std::thread::sleep(Duration::from_millis(100));
        };
        assert_eq!(status(&reg.confirm(&link)), 200);
    }
}

#[test]
fn four_unconfirmed_junk_registrations_leave_the_real_contact_s_registration_working() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    let junk: Vec<(String, String)> = (1..=4)
        .map(|n| (format!("Junk {n}"), format!("junk{n}@oslo.kommune.no")))
        .collect();
    let junk: Vec<(&str, &str)> = junk.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    reg.registers("0301", &junk);
    smtp.wait_for(4, MAIL_WAIT);
    register_and_confirm(&reg, &smtp, &[("Kari", "kari@oslo.kommune.no")]);
    let mails = smtp.wait_for(6, MAIL_WAIT);
    let codes = code_mails(&mails);
    assert_eq!(codes.len(), 1, "{mails:?}");
    assert_eq!(to(&codes[0]), "kari@oslo.kommune.no");
}

#[test]
fn a_fifth_contact_is_told_by_mail_and_a_fifth_confirmation_is_refused() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    // The fifth registers while only three are confirmed: a link goes out.
    register_and_confirm(
        &reg,
        &smtp,
        &[
            ("P1", "p1@oslo.kommune.no"),
            ("P2", "p2@oslo.kommune.no"),
            ("P3", "p3@oslo.kommune.no"),
        ],
    );
    reg.registers("0301", &[("P5", "p5@oslo.kommune.no")]);
    let early_link = wait_for_mail_to(&smtp, "p5@oslo.kommune.no");
    register_and_confirm(&reg, &smtp, &[("P4", "p4@oslo.kommune.no")]);
    // Four are confirmed: the fifth's link no longer gives a place.
    let reply = reg.confirm(&link_in(&early_link));
    assert_eq!(status(&reply), 409, "{reply}");
    assert!(reply.contains("fire bekreftede kontaktpersoner"), "{reply}");
    // A sixth registering now is told so by mail; the page says what it always says.
    reg.registers("0301", &[("P6", "p6@oslo.kommune.no")]);
    let told = wait_for_mail_to(&smtp, "p6@oslo.kommune.no");
    assert!(
        told.body.contains("fire bekreftede kontaktpersoner"),
        "{told:?}"
    );
    assert!(!told.body.contains("/register/confirm/"));
    let db = Db::open(reg.data.path()).unwrap();
    assert_eq!(db.places_taken("0301").unwrap(), 4);
    assert!(db
        .contact_by_address("0301", "p5@oslo.kommune.no")
        .unwrap()
        .is_none());
    assert!(db
        .contact_by_address("0301", "p6@oslo.kommune.no")
        .unwrap()
        .is_none());
}

/// The newest mail to `address`, waiting for it.
fn wait_for_mail_to(smtp: &SmtpServer, address: &str) -> ReceivedMail {
    let deadline = Instant::now() + MAIL_WAIT;
    loop {
        if let Some(mail) = smtp.mails().into_iter().rev().find(|m| to(m) == address) {
            return mail;
        }
        assert!(Instant::now() < deadline, "no mail to {address}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_answer_page_is_the_same_byte_for_byte_for_a_new_a_known_and_a_full_municipality_s_address() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    let body = |reply: &str| reply.split("\r\n\r\n").nth(1).unwrap().to_owned();
    let new = body(&reg.register("4601", &[("Per", "per@bergen.kommune.no")]));
    register_and_confirm(&reg, &smtp, &[("Kari", "kari@oslo.kommune.no")]);
    let known = body(&reg.register("0301", &[("Kari", "KARI@oslo.kommune.no")]));
    register_and_confirm(
        &reg,
        &smtp,
        &[
            ("P2", "p2@oslo.kommune.no"),
            ("P3", "p3@oslo.kommune.no"),
            ("P4", "p4@oslo.kommune.no"),
        ],
    );
    let full = body(&reg.register("0301", &[("P5", "p5@oslo.kommune.no")]));
    assert_eq!(new, known);
    assert_eq!(new, full);
    // What happened is told to the address's owner.
    let kari = smtp
        .mails()
        .into_iter()
        .filter(|m| to(m) == "kari@oslo.kommune.no")
        .find(|m| m.body.contains("allerede registrert"));
    assert!(kari.is_some(), "{:?}", smtp.mails());
}

#[test]
fn an_expired_registration_s_address_registers_again() {
    let smtp = SmtpServer::start();
    let mut reg = Registration::start(&smtp, open_day(), &[]);
    reg.registers("0301", &[("Kari", "kari@oslo.kommune.no")]);
    let old = smtp.wait_for(1, MAIL_WAIT);
    reg.restart(open_day() + chrono::Days::new(3));
    reg.registers("0301", &[("Kari", "kari@oslo.kommune.no")]);
    let mails = smtp.wait_for(2, MAIL_WAIT);
    assert_eq!(to(&mails[1]), "kari@oslo.kommune.no");
    assert_ne!(link_in(&old[0]), link_in(&mails[1]));
    assert_eq!(
        status(&reg.confirm(&link_in(&old[0]))),
        404,
        "the old link is gone"
    );
    assert_eq!(status(&reg.confirm(&link_in(&mails[1]))), 200);
    assert_eq!(code_mails(&smtp.wait_for(3, MAIL_WAIT)).len(), 1);
}

#[test]
fn quoted_ip_literal_and_lookalike_addresses_are_refused_at_the_form() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    for (address, says) in [
        ("\"x\"@oslo.kommune.no", "gyldig e-postadresse"),
        ("x@[127.0.0.1]", "gyldig e-postadresse"),
        (
            "kari@tr\u{043E}ndheim.kommune.no",
            "ligner vanlige bokstaver",
        ),
        (
            "kari@trondheim.\u{200B}kommune.no",
            "ligner vanlige bokstaver",
        ),
    ] {
        let reply = reg.register("5001", &[("Kari", address)]);
        assert_eq!(status(&reply), 422, "{address}: {reply}");
        assert!(reply.contains(says), "{address}: {reply}");
    }
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(reg.outbox(), outbox::OutboxCounts::default());
    assert!(smtp.mails().is_empty());
}

#[test]
fn a_hundred_posts_for_one_inbox_under_many_tags_deliver_at_most_three_mails() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    let mut answered = 0;
    for n in 0..100 {
        let reply = reg.register(
            "0301",
            &[(
                "Hei, logg inn her: http://x.example",
                &format!("victim+{n}@example.org"),
            )],
        );
        if status(&reply) == 200 {
            answered += 1;
        } else {
            assert_eq!(status(&reply), 429, "{reply}");
        }
    }
    assert!(answered >= 3, "the first posts are answered");
    std::thread::sleep(Duration::from_secs(3));
    let mails = smtp.mails();
    assert_eq!(
        mails.len(),
        registration::PER_INBOX.posts as usize,
        "one inbox gets at most the documented limit: {mails:?}"
    );
    for mail in &mails {
        assert!(
            !mail.body.contains("logg inn her"),
            "no attacker's text in our mail"
        );
    }
}

#[test]
fn a_permanently_refused_mail_is_not_retried_and_the_owner_sees_it() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    reg.registers("0301", &[("Nobody", "nobody@oslo.kommune.no")]);
    wait_until("the relay refused the mail", || reg.outbox().refused == 1);
    std::thread::sleep(Duration::from_secs(4));
    let db = Db::open(reg.data.path()).unwrap();
    let entries = outbox::entries(db.connection(), 10).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].attempts, 1, "never tried again: {entries:?}");
    assert!(
        entries[0]
            .last_error
            .as_deref()
            .unwrap_or("")
            .contains("550"),
        "{entries:?}"
    );
    assert!(smtp.mails().is_empty());
}

#[test]
fn a_restart_with_a_deadline_on_the_command_line_keeps_the_owner_s_setting() {
    let smtp = SmtpServer::start();
    let mut reg = Registration::start(
        &smtp,
        open_day(),
        &["--registration-deadline", "2026-11-20"],
    );
    let db = Db::open(reg.data.path()).unwrap();
    assert_eq!(
        db.setting(collector::db::setting_names::REGISTRATION_DEADLINE)
            .unwrap()
            .as_deref(),
        Some("2026-11-20"),
        "a first start seeds the setting"
    );
    // The owner moves the deadline in /admin (the same setting).
    db.set_setting(
        collector::db::setting_names::REGISTRATION_DEADLINE,
        "2026-12-15",
    )
    .unwrap();
    reg.restart(open_day());
    let page = http_get(&reg.url, "/register");
    assert!(page.contains("15.12.2026"), "{page}");
    assert_eq!(
        db.setting(collector::db::setting_names::REGISTRATION_DEADLINE)
            .unwrap()
            .as_deref(),
        Some("2026-12-15")
    );
    let audit = db.audit_recent(10).unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.admin == "system" && e.object.contains("2026-11-20")),
        "the seeding is audited: {audit:?}"
    );
}

#[test]
fn a_code_mail_holds_no_code_in_the_data_folder_before_it_is_sent() {
    let mut smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    reg.registers("0301", &[("Kari", "kari@oslo.kommune.no")]);
    let mails = smtp.wait_for(1, MAIL_WAIT);
    smtp.stop();
    assert_eq!(status(&reg.confirm(&link_in(&mails[0]))), 200);
    wait_until("the code mail waits", || reg.outbox().failed == 1);
    let copy = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(reg.data.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, copy.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    smtp.restart();
    let mails = smtp.wait_for(2, MAIL_WAIT);
    let (code, key) = code_and_key(&code_mails(&mails)[0]);
    nowhere_in(copy.path(), &code);
    nowhere_in(copy.path(), &key);
}

#[test]
fn registration_after_the_deadline_is_refused() {
    let smtp = SmtpServer::start();
    let deadline = open_day().pred_opt().unwrap().to_string();
    let reg = Registration::start(&smtp, open_day(), &["--registration-deadline", &deadline]);
    let page = http_get(&reg.url, "/register");
    assert_eq!(status(&page), 410, "{page}");
    assert!(
        page.contains("Registreringen er stengt") && page.contains("01.11.2026"),
        "{page}"
    );
    // A form fetched before the deadline and posted after it is refused too.
    let mut fields = vec![
        ("municipality", "0301"),
        ("name-1", "Kari"),
        ("email-1", "kari@oslo.kommune.no"),
    ];
    fields.extend([("phone-1", "40000001"), ("role-1", "other")]);
    let reply = http_raw(
        &reg.url,
        &format!(
            "POST /register HTTP/1.1\r\nHost: test\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Cookie: form_token=abc\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n{body}",
            body = form_body(&fields, "abc"),
            len = form_body(&fields, "abc").len()
        ),
    );
    assert_eq!(status(&reply), 410, "{reply}");
    std::thread::sleep(Duration::from_secs(2));
    assert!(smtp.mails().is_empty());
    assert_eq!(reg.outbox(), outbox::OutboxCounts::default());
    // The owner still adds a contact by hand.
    let out = std::process::Command::new(collector_binary())
        .arg("--data-dir")
        .arg(reg.data.path())
        .args([
            "contact",
            "add",
            "--municipality",
            "0301",
            "--name",
            "Kari",
            "--email",
            "kari@oslo.kommune.no",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_post_without_its_form_token_is_refused() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    let fields = [
        ("municipality", "0301"),
        ("name-1", "Kari"),
        ("email-1", "kari@oslo.kommune.no"),
        ("phone-1", "40000001"),
        ("role-1", "other"),
    ];
    let body = form_body(&fields, "guessed");
    let reply = http_raw(
        &reg.url,
        &format!(
            "POST /register HTTP/1.1\r\nHost: test\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert_eq!(status(&reply), 403, "{reply}");
    assert!(reply.contains("Skjemaet er utløpt"));
    assert_eq!(reg.outbox(), outbox::OutboxCounts::default());
}

#[test]
fn a_fourth_mail_to_one_inbox_in_a_day_is_not_sent() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    for municipality in ["0301", "4601", "5001", "1103"] {
        reg.registers(municipality, &[("Kari", "kari@example.org")]);
    }
    smtp.wait_for(3, MAIL_WAIT);
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(smtp.mails().len(), 3);
    assert!(Db::open(reg.data.path())
        .unwrap()
        .contacts_of("1103")
        .unwrap()
        .is_empty());
}

#[test]
fn many_posts_from_one_client_are_refused_for_a_while() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    for _ in 0..20 {
        assert_eq!(
            status(&reg.register("0301", &[("", "not an address")])),
            422
        );
    }
    let reply = reg.register("0301", &[("Kari", "kari@oslo.kommune.no")]);
    assert_eq!(status(&reply), 429, "{reply}");
    assert_eq!(reg.outbox(), outbox::OutboxCounts::default());
}

fn form_body(fields: &[(&str, &str)], token: &str) -> String {
    let mut body = url::form_urlencoded::Serializer::new(String::new());
    body.append_pair("form_token", token);
    for (name, value) in fields {
        body.append_pair(name, value);
    }
    body.finish()
}

#[test]
fn an_address_on_another_domain_waits_for_the_owner_and_gets_no_code() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    reg.registers("0301", &[("Kari", "kari@gmail.example")]);
    let mails = smtp.wait_for(1, MAIL_WAIT);
    let reply = reg.confirm(&link_in(&mails[0]));
    assert_eq!(status(&reply), 200, "{reply}");
    assert!(reply.contains("direktoratet må godkjenne"), "{reply}");
    assert!(reply.contains("bekreftet for Oslo"), "{reply}");
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(smtp.mails().len(), 1, "no code mail");
    let db = Db::open(reg.data.path()).unwrap();
    assert_eq!(db.code_issued_on("0301").unwrap(), None, "no code issued");
    let contact = &db.contacts_of("0301").unwrap()[0];
    assert!(contact.confirmed_on.is_some() && contact.approved_on.is_none());
}

#[test]
fn an_unconfirmed_contact_gets_no_code_and_a_used_link_is_refused() {
    let smtp = SmtpServer::start();
    let reg = Registration::start(&smtp, open_day(), &[]);
    let reply = reg.register(
        "0301",
        &[
            ("Kari", "kari@oslo.kommune.no"),
            ("Ola", "ola@oslo.kommune.no"),
        ],
    );
    assert_eq!(status(&reply), 200);
    let mails = smtp.wait_for(2, MAIL_WAIT);
    let kari = mails
        .iter()
        .find(|m| to(m) == "kari@oslo.kommune.no")
        .unwrap();
    assert_eq!(status(&reg.confirm(&link_in(kari))), 200);
    let mails = smtp.wait_for(3, MAIL_WAIT);
    let codes = code_mails(&mails);
    assert_eq!(codes.len(), 1);
    assert_eq!(
        to(&codes[0]),
        "kari@oslo.kommune.no",
        "Ola has not confirmed"
    );
    let reused = reg.confirm(&link_in(kari));
    assert_eq!(status(&reused), 404, "{reused}");
    assert!(reused.contains("allerede brukt"));
    let made_up = reg.confirm(&format!(
        "{}/register/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        reg.url
    ));
    assert_eq!(status(&made_up), 404);
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(code_mails(&smtp.mails()).len(), 1);
}

#[test]
fn an_expired_link_is_refused_and_sends_no_code() {
    let smtp = SmtpServer::start();
    let mut reg = Registration::start(&smtp, open_day(), &[]);
    reg.registers("0301", &[("Kari", "kari@oslo.kommune.no")]);
    let mails = smtp.wait_for(1, MAIL_WAIT);
    reg.restart(open_day() + chrono::Days::new(15));
    let reply = reg.confirm(&link_in(&mails[0]));
    assert_eq!(status(&reply), 410, "{reply}");
    assert!(reply.contains("Lenken er utløpt"));
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(smtp.mails().len(), 1);
}

#[test]
fn mails_wait_while_the_relay_is_down_and_go_out_once_also_across_a_collector_restart() {
    let mut smtp = SmtpServer::start();
    let mut reg = Registration::start(&smtp, open_day(), &[]);
    smtp.stop();
    reg.registers("0301", &[("Kari", "kari@oslo.kommune.no")]);
    wait_until("a failed attempt is recorded", || reg.outbox().failed == 1);
    smtp.restart();
    let mails = smtp.wait_for(1, MAIL_WAIT);
    assert_eq!(to(&mails[0]), "kari@oslo.kommune.no");

    smtp.stop();
    reg.registers("4601", &[("Per", "per@bergen.kommune.no")]);
    wait_until("the second mail failed", || reg.outbox().failed == 1);
    reg.restart(open_day());
    assert_eq!(reg.outbox().pending, 1, "the mail waits across the restart");
    smtp.restart();
    let mails = smtp.wait_for(2, MAIL_WAIT);
    assert_eq!(to(&mails[1]), "per@bergen.kommune.no");
    std::thread::sleep(Duration::from_secs(4));
    let all = smtp.mails();
    assert_eq!(all.len(), 2, "each mail went out once: {all:?}");
    assert_eq!(
        reg.outbox(),
        outbox::OutboxCounts {
            pending: 0,
            sent: 2,
            failed: 0,
            refused: 0,
        }
    );
}

fn wait_until(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + MAIL_WAIT;
    while !condition() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A phone of the size the owner's guidance names (iPhone 12 to 14).
const PHONE_390: end_to_end::browser::Device = end_to_end::browser::Device {
    name: "phone-390x844",
    width: 390,
    height: 844,
    touch: true,
};

#[tokio::test(flavor = "multi_thread")]
async fn the_register_confirmation_contact_and_waiting_pages_pass_axe_and_fit_on_a_pc_and_a_phone()
{
    use end_to_end::browser::{Browser, LAPTOP};
    use fantoccini::Locator::Css;
    let smtp = SmtpServer::start();
    let reg = Registration::start(
        &smtp,
        open_day(),
        &["--registration-deadline", "2026-12-01"],
    );
    // Kari (on Oslo's domain) has the code and her key; Aisha (off it) waits for the owner.
    let url = reg.url.clone();
    register_and_confirm(&reg, &smtp, &[("Kari Nordmann", "kari@oslo.kommune.no")]);
    let codes = code_mails(&smtp.wait_for(2, MAIL_WAIT));
    let (_, kari_key) = code_and_key(&codes[0]);
    reg.registers("0301", &[("Aisha Ali", "aisha@gmail.example")]);
    let aisha_link = link_in(&wait_for_mail_to(&smtp, "aisha@gmail.example"));
    assert_eq!(status(&reg.confirm(&aisha_link)), 200);
    {
        let db = Db::open(reg.data.path()).unwrap();
        collector::admin::accounts::add(db.connection(), "ingrid", ADMIN_PASSWORD, open_day())
            .unwrap();
    }
    let shots = repo().join("target/register-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    for device in [LAPTOP, PHONE_390] {
        let browser = Browser::start(device).await;
        browser.goto(&format!("{url}/register")).await;
        browser.wait_for("form").await;
        let form = browser.js("return document.body.innerText").await;
        let form = form.as_str().unwrap();
        assert!(
            form.contains("Personvern") && form.contains("Behandlingsansvarlig"),
            "{form}"
        );
        assert!(
            form.contains("Integrerings- og mangfoldsdirektoratet"),
            "{form}"
        );
        check_screen(&browser, &shots, device.name, "form").await;
        // Sent empty: the same page with every problem named at its field.
        browser
            .client
            .find(Css("button[type=submit]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        browser.wait_for(".summary").await;
        check_screen(&browser, &shots, device.name, "refused").await;

        // A new contact confirms through the link, in the browser, as a person does.
        let email = format!("{}@oslo.kommune.no", device.name.split('-').next().unwrap());
        reg.registers("0301", &[("Per", &email)]);
        let link = link_in(&wait_for_mail_to(&smtp, &email));
        browser.goto(&link).await;
        browser.wait_for("form button").await;
        check_screen(&browser, &shots, device.name, "confirm").await;
        browser
            .client
            .find(Css("form button"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let said = browser
            .wait_for_text("Adressen er bekreftet for Oslo")
            .await;
        assert!(said.contains("tilgangskode"), "{said}");
        check_screen(&browser, &shots, device.name, "confirmed").await;

        // The contact's page with the web link and the material download.
        browser.goto(&format!("{url}/results/0301")).await;
        browser
            .wait_for("#key")
            .await
            .send_keys(&kari_key)
            .await
            .unwrap();
        browser
            .client
            .find(Css("form button"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let page = browser.wait_for_text("Last ned invitasjonene").await;
        assert!(page.contains("/survey/"), "{page}");
        check_screen(&browser, &shots, device.name, "contact-page").await;

        // The owner's waiting view, with the reason Aisha waits.
        browser.goto(&format!("{url}/admin/login")).await;
        browser
            .wait_for("#name")
            .await
            .send_keys("ingrid")
            .await
            .unwrap();
        browser
            .client
            .find(Css("#password"))
            .await
            .unwrap()
            .send_keys(ADMIN_PASSWORD)
            .await
            .unwrap();
        browser
            .client
            .find(Css("form button"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        browser.wait_for_text("Innlogget som").await;
        check_screen(&browser, &shots, device.name, "admin-overview").await;
        browser.goto(&format!("{url}/admin/waiting")).await;
        let waiting = browser.wait_for_text("Aisha Ali").await;
        assert!(
            waiting.contains("gmail.example er ikke kommunens domene"),
            "{waiting}"
        );
        assert!(
            waiting.contains("40000001"),
            "the phone is shown: {waiting}"
        );
        check_screen(&browser, &shots, device.name, "admin-waiting").await;
        browser.quit().await;
    }
}

const ADMIN_PASSWORD: &str = "a long enough password";

/// axe-core finds no WCAG 2.x A/AA violation, nothing is wider than the screen, and a
/// screenshot is kept for a person to look at.
async fn check_screen(
    browser: &end_to_end::browser::Browser,
    shots: &Path,
    device: &str,
    screen: &str,
) {
    let violations = browser.axe_violations().await;
    assert!(violations.is_empty(), "{device} {screen}: {violations:#?}");
    let overflow = browser
        .js("return document.documentElement.scrollWidth - window.innerWidth;")
        .await;
    assert!(
        overflow.as_i64().unwrap() <= 1,
        "{device} {screen}: wider than the screen by {overflow}"
    );
    let png = browser.screenshot().await;
    std::fs::write(shots.join(format!("register-{screen}-{device}.png")), png).unwrap();
}
