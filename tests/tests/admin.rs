//! The owner's `/admin` against a real collector on 127.0.0.1: logged into from headless
//! Chromium at a PC's and a phone's size, checked by axe-core and screenshotted into
//! `target/admin-screenshots/`; and a rotated access code with a real kiosk engine: the old
//! code enrols no new kiosk, while a kiosk enrolled with it goes on syncing; and
//! `survey-collector admin` as its own process, the password on standard input.

use std::sync::Arc;

use chrono::NaiveDate;
use collector::admin::accounts;
use collector::db::{NewContact, NewResponse};
use collector::AppState;
use end_to_end::browser::{Browser, Device, LAPTOP};
use end_to_end::{
    collector_binary, fill, http_get, http_raw, kiosk_in, quick_retries, repo, Collector,
};
use kiosk::KioskError;

const PASSWORD: &str = "a long enough password";

const PHONE_390: Device = Device {
    name: "phone-390x844",
    width: 390,
    height: 844,
    touch: true,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// An administrator and what the overview shows: registered and unregistered municipalities,
/// contacts in each state, responses above and below 10, a silent kiosk.
fn populate(state: &Arc<AppState>) {
    let db = state.db.lock().unwrap();
    accounts::add(db.connection(), "ingrid", PASSWORD, day(2026, 10, 1)).unwrap();
    db.add_municipality("0301", "Oslo").unwrap();
    db.add_municipality("4601", "Bergen").unwrap();
    db.add_municipality("5001", "Trondheim").unwrap();
    db.add_municipality("1103", "Stavanger").unwrap();
    db.add_contact("0301", "Kari Nordmann", "kari@oslo.kommune.no")
        .unwrap();
    db.add_contact("4601", "Ola Hansen", "ola@bergen.kommune.no")
        .unwrap();
    let waiting = NewContact {
        municipality: "4601",
        name: "Aisha Mohammed",
        email: "aisha@example.org",
        phone: "12345678",
        role: collector::db::ContactRole::AdultEducation,
    };
    let id = db
        .register_contact(&waiting, b"token-hash", day(2026, 10, 20), day(2026, 11, 3))
        .unwrap();
    db.confirm_contact(b"token-hash", day(2026, 10, 21))
        .unwrap();
    let _ = id;
    let oslo = db.add_kiosk("0301", &[1; 32], day(2026, 10, 20)).unwrap();
    let bergen = db.add_kiosk("4601", &[2; 32], day(2026, 10, 20)).unwrap();
    for (municipality, kiosk, count, on) in [
        // Delivered the day before: a contact's page counts up to the end of yesterday.
        ("0301", &oslo, 14, day(2026, 11, 1)),
        ("4601", &bergen, 4, day(2026, 10, 24)),
    ] {
        let ids: Vec<String> = (0..count).map(|n| format!("{municipality}-{n}")).collect();
        let rows: Vec<NewResponse<'_>> = ids
            .iter()
            .map(|id| NewResponse {
                response_id: id,
                survey_id: "s",
                survey_version: 1,
                completed_on: on,
                sealed: b"sealed",
            })
            .collect();
        db.insert_responses(municipality, &rows, Some((kiosk, on)))
            .unwrap();
    }
}

async fn page_wider_than_screen(browser: &Browser) -> bool {
    browser
        .js("const e = document.documentElement; \
             return e.scrollWidth > Math.min(e.clientWidth, window.innerWidth) + 1")
        .await
        .as_bool()
        .unwrap()
}

async fn save_screenshot(browser: &Browser, name: &str) {
    let dir = repo().join("target/admin-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), browser.screenshot().await).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_admin_pages_in_chromium_at_pc_and_phone_size_pass_axe() {
    let collector = Collector::start();
    populate(&collector.state);
    let mut problems = Vec::new();
    for device in [LAPTOP, PHONE_390] {
        let browser = Browser::start(device).await;
        browser.goto(&format!("{}/admin", collector.url)).await;
        browser.wait_for("#password").await;
        for problem in browser.axe_violations().await {
            problems.push(format!("{} login: {problem}", device.name));
        }
        save_screenshot(&browser, &format!("login-{}", device.name)).await;
        browser
            .wait_for("#name")
            .await
            .send_keys("ingrid")
            .await
            .unwrap();
        browser
            .wait_for("#password")
            .await
            .send_keys(PASSWORD)
            .await
            .unwrap();
        browser
            .wait_for("button[type=submit]")
            .await
            .click()
            .await
            .unwrap();
        browser.wait_for("header.bar").await;
        let text = browser.js("return document.body.innerText").await;
        let text = text.as_str().unwrap();
        assert!(text.contains("Innlogget som ingrid"), "{text}");
        assert!(
            text.contains("2 av 4 kommuner har registrert seg"),
            "{text}"
        );
        assert!(
            browser
                .js("return document.cookie")
                .await
                .as_str()
                .unwrap()
                .is_empty(),
            "the session cookie is HttpOnly: no script sees it"
        );
        for problem in browser.axe_violations().await {
            problems.push(format!("{} overview: {problem}", device.name));
        }
        if page_wider_than_screen(&browser).await {
            problems.push(format!(
                "{}: the overview is wider than the screen",
                device.name
            ));
        }
        save_screenshot(&browser, &format!("overview-{}", device.name)).await;

        browser
            .goto(&format!("{}/admin/settings", collector.url))
            .await;
        browser.wait_for("#deadline").await;
        for problem in browser.axe_violations().await {
            problems.push(format!("{} settings: {problem}", device.name));
        }
        if page_wider_than_screen(&browser).await {
            problems.push(format!(
                "{}: settings are wider than the screen",
                device.name
            ));
        }
        save_screenshot(&browser, &format!("settings-{}", device.name)).await;
        browser.quit().await;
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The value of a `Set-Cookie` header named `name` in a raw reply.
fn set_cookie(reply: &str, name: &str) -> String {
    reply
        .lines()
        .filter_map(|line| line.strip_prefix("set-cookie: "))
        .find(|cookie| cookie.starts_with(&format!("{name}=")))
        .and_then(|cookie| cookie.split(';').next())
        .unwrap_or_else(|| panic!("no {name} cookie in {reply}"))
        .to_owned()
}

fn form_token(page: &str) -> String {
    let marker = "name=\"form_token\" value=\"";
    let start = page.find(marker).expect("a form token") + marker.len();
    page[start..][..page[start..].find('"').unwrap()].to_owned()
}

fn post_form(url: &str, path: &str, cookie: &str, body: &str) -> String {
    http_raw(
        url,
        &format!(
            "POST {path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Cookie: {cookie}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
}

/// Logs in over HTTP as a browser would; returns the session cookie and its form token.
fn log_in(url: &str) -> (String, String) {
    let form = http_get(url, "/admin/login");
    let form_cookie = set_cookie(&form, "admin_login_form");
    let body = format!(
        "form_token={}&name=ingrid&password={}",
        form_token(&form),
        PASSWORD.replace(' ', "+")
    );
    let reply = post_form(url, "/admin/login", &form_cookie, &body);
    assert!(reply.starts_with("HTTP/1.1 303"), "{reply}");
    let session = set_cookie(&reply, "admin_session");
    let overview = http_raw(
        url,
        &format!(
            "GET /admin HTTP/1.1\r\nHost: test\r\nCookie: {session}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(overview.starts_with("HTTP/1.1 200"), "{overview}");
    let token = form_token(&overview);
    (session, token)
}

#[test]
fn after_a_rotation_the_old_code_enrols_no_new_kiosk_and_an_enrolled_kiosk_still_syncs() {
    let collector = Collector::start();
    let old_code = collector.add_municipality("0301", "Oslo");
    {
        let db = collector.state.db.lock().unwrap();
        accounts::add(db.connection(), "ingrid", PASSWORD, day(2026, 10, 1)).unwrap();
        db.add_contact("0301", "Kari", "kari@oslo.kommune.no")
            .unwrap();
    }
    let enrolled_dir = tempfile::tempdir().unwrap();
    let mut enrolled = kiosk_in(enrolled_dir.path());
    enrolled.enrol(Some(&collector.url), &old_code).unwrap();
    fill(&mut enrolled, 3, 1);
    let report = enrolled.sync(&quick_retries(10), &mut |_| {}).unwrap();
    assert_eq!((report.held, report.remaining), (3, 0));

    let (session, token) = log_in(&collector.url);
    let reply = post_form(
        &collector.url,
        "/admin/municipalities/0301/rotate-code",
        &session,
        &format!("form_token={token}"),
    );
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let new_code = {
        let db = collector.state.db.lock().unwrap();
        // The body waits sealed; the outbox opens it with the data folder's key.
        let body = collector::mail::outbox::due(&db, i64::MAX, 10)
            .unwrap()
            .into_iter()
            .find(|m| m.mail.to == "kari@oslo.kommune.no")
            .unwrap()
            .mail
            .body;
        let start = body.find("Ny tilgangskode: ").unwrap() + "Ny tilgangskode: ".len();
        body[start..].split_whitespace().next().unwrap().to_owned()
    };
    assert_ne!(new_code, old_code);

    let newcomer_dir = tempfile::tempdir().unwrap();
    let mut newcomer = kiosk_in(newcomer_dir.path());
    let refused = newcomer.enrol(Some(&collector.url), &old_code).unwrap_err();
    assert!(matches!(refused, KioskError::WrongCode), "{refused}");
    assert!(newcomer.enrolment().unwrap().is_none());

    fill(&mut enrolled, 4, 2);
    let report = enrolled.sync(&quick_retries(10), &mut |_| {}).unwrap();
    assert_eq!(
        (report.held, report.remaining),
        (4, 0),
        "the kiosk enrolled with the old code still delivers"
    );
    assert_eq!(collector.response_count(), 7);

    newcomer.enrol(Some(&collector.url), &new_code).unwrap();
    fill(&mut newcomer, 2, 3);
    let report = newcomer.sync(&quick_retries(10), &mut |_| {}).unwrap();
    assert_eq!(report.held, 2);
    assert_eq!(collector.response_count(), 9);
}

/// Runs `survey-collector admin ARGS` on `data_dir` with `stdin` piped in.
fn admin_command(data_dir: &std::path::Path, args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(collector_binary())
        .arg("--data-dir")
        .arg(data_dir)
        .arg("admin")
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn admin_add_reads_the_password_from_stdin_refuses_a_short_one_and_stores_only_a_hash() {
    let data = tempfile::tempdir().unwrap();
    let password = "plenty-of-characters-9d1e";
    let short = admin_command(data.path(), &["add", "--name", "ingrid"], "elevenchars\n");
    assert!(!short.status.success());
    assert!(
        String::from_utf8_lossy(&short.stderr).contains("at least 12 characters"),
        "{}",
        String::from_utf8_lossy(&short.stderr)
    );
    let added = admin_command(
        data.path(),
        &["add", "--name", "ingrid"],
        &format!("{password}\n"),
    );
    assert!(added.status.success(), "{added:?}");
    let twice = admin_command(
        data.path(),
        &["add", "--name", "ingrid"],
        &format!("{password}\n"),
    );
    assert!(!twice.status.success(), "the same name twice is refused");
    let listed = admin_command(data.path(), &["list"], "");
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(listed.starts_with("ingrid\tadded "), "{listed}");
    for entry in std::fs::read_dir(data.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes
                .windows(password.len())
                .any(|w| w == password.as_bytes()),
            "{} holds the password",
            path.display()
        );
    }
    let removed = admin_command(data.path(), &["remove", "--name", "ingrid"], "");
    assert!(removed.status.success());
    let listed = admin_command(data.path(), &["list"], "");
    assert!(listed.stdout.is_empty());
    let again = admin_command(data.path(), &["remove", "--name", "ingrid"], "");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("there is no administrator ingrid"));
}

/// A contact's progress page (behind their results key) in Chromium at PC and phone size:
/// the count and kiosks drawn, no axe violation, nothing wider than the screen.
#[tokio::test(flavor = "multi_thread")]
async fn a_contact_s_progress_page_in_chromium_at_pc_and_phone_size_passes_axe() {
    let collector = Collector::start();
    populate(&collector.state);
    let key = collector
        .state
        .db
        .lock()
        .unwrap()
        .add_contact("0301", "Nina Berg", "nina@oslo.kommune.no")
        .unwrap();
    let mut problems = Vec::new();
    for device in [LAPTOP, PHONE_390] {
        let browser = Browser::start(device).await;
        browser
            .goto(&format!("{}/results/0301", collector.url))
            .await;
        browser
            .wait_for("#key")
            .await
            .send_keys(&key)
            .await
            .unwrap();
        browser
            .wait_for("button[type=submit]")
            .await
            .click()
            .await
            .unwrap();
        let text = browser.wait_for_text("Fremdrift for Oslo").await;
        assert!(text.contains("Fremdrift for Oslo"), "{text}");
        assert!(text.contains("14 svar så langt"), "{text}");
        for problem in browser.axe_violations().await {
            problems.push(format!("{} progress: {problem}", device.name));
        }
        if page_wider_than_screen(&browser).await {
            problems.push(format!(
                "{}: progress is wider than the screen",
                device.name
            ));
        }
        save_screenshot(&browser, &format!("progress-{}", device.name)).await;
        browser.quit().await;
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
