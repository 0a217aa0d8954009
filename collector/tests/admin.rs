//! The owner's `/admin` through the public router without a listener (`oneshot`): logging in
//! and out, the guessing guard on passwords, the form token every post needs, the session
//! cookie, the overview and its CSV, and the owner's actions with their audit rows.

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use chrono::NaiveDate;
use collector::admin::accounts;
use collector::db::{Db, NewResponse};
use collector::{app, AppState};
use common::state_with;
use tower::ServiceExt;

const PASSWORD: &str = "a long enough password";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Reply {
    fn set_cookie(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect()
    }

    fn location(&self) -> Option<&str> {
        self.headers
            .get(header::LOCATION)
            .map(|v| v.to_str().unwrap())
    }
}

async fn send(state: &Arc<AppState>, request: Request<Body>) -> Reply {
    let response = app(Arc::clone(state)).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

async fn get(state: &Arc<AppState>, path: &str, cookie: Option<&str>) -> Reply {
    let mut request = Request::get(path);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    send(state, request.body(Body::empty()).unwrap()).await
}

async fn post(state: &Arc<AppState>, path: &str, cookie: Option<&str>, form: &str) -> Reply {
    let mut request =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    send(state, request.body(Body::from(form.to_owned())).unwrap()).await
}

fn cookie_pair(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap().to_owned()
}

fn hidden_token(html: &str) -> String {
    let marker = "name=\"form_token\" value=\"";
    let start = html.find(marker).expect("a form token") + marker.len();
    html[start..][..html[start..].find('"').unwrap()].to_owned()
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Posts the login form as a browser would; returns the reply.
async fn try_login(state: &Arc<AppState>, name: &str, password: &str) -> Reply {
    let form = get(state, "/admin/login", None).await;
    assert_eq!(form.status, StatusCode::OK);
    let cookie = cookie_pair(&form.set_cookie()[0]);
    let token = hidden_token(&form.body);
    post(
        state,
        "/admin/login",
        Some(&cookie),
        &format!(
            "form_token={token}&name={}&password={}",
            encode(name),
            encode(password)
        ),
    )
    .await
}

/// A logged-in administrator: the session cookie and the token its forms carry.
struct LoggedIn {
    cookie: String,
    form_token: String,
}

async fn log_in(state: &Arc<AppState>) -> LoggedIn {
    let reply = try_login(state, "ingrid", PASSWORD).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location(), Some("/admin"));
    let cookie = cookie_pair(&reply.set_cookie()[0]);
    let page = get(state, "/admin", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    LoggedIn {
        cookie,
        form_token: hidden_token(&page.body),
    }
}

fn with_admin(db: &mut Db) {
    accounts::add(db.connection(), "ingrid", PASSWORD, day(2026, 11, 1)).unwrap();
}

fn audit_rows(state: &Arc<AppState>) -> Vec<(String, String, String)> {
    let db = state.db.lock().unwrap();
    let mut statement = db
        .connection()
        .prepare("SELECT admin, action, object FROM audit_log ORDER BY id")
        .unwrap();
    let rows = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows
}

#[tokio::test]
async fn the_right_password_logs_in_and_a_wrong_one_is_refused() {
    let (_data, state) = state_with(with_admin);
    let before = get(&state, "/admin", None).await;
    assert_eq!(before.status, StatusCode::SEE_OTHER);
    assert_eq!(before.location(), Some("/admin/login"));
    assert_eq!(
        get(&state, "/admin/overview.csv", None).await.status,
        StatusCode::SEE_OTHER,
        "no CSV without a session"
    );

    let wrong = try_login(&state, "ingrid", "not the password at all").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(
        wrong.body.contains("Feil navn eller passord."),
        "{}",
        wrong.body
    );
    assert!(wrong
        .set_cookie()
        .iter()
        .all(|c| !c.starts_with("admin_session=")));
    let nobody = try_login(&state, "nobody", PASSWORD).await;
    assert_eq!(
        nobody.status,
        StatusCode::UNAUTHORIZED,
        "an unknown name says the same"
    );
    assert!(nobody.body.contains("Feil navn eller passord."));

    let admin = log_in(&state).await;
    let page = get(&state, "/admin", Some(&admin.cookie)).await;
    assert!(page.body.contains("Innlogget som <strong>ingrid</strong>"));
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    let policy = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(
        policy.contains("default-src 'none'") && !policy.contains("script-src"),
        "{policy}"
    );
    assert!(!page.body.contains("<script"));
    // Failed logins are audited with the name as typed, never the password.
    assert_eq!(
        audit_rows(&state),
        [
            ("-".into(), "failed login".into(), "ingrid".into()),
            ("-".into(), "failed login".into(), "nobody".into()),
            ("ingrid".into(), "login".into(), "-".into())
        ]
    );
}

#[tokio::test]
async fn the_session_cookie_is_http_only_secure_strict_and_only_for_admin() {
    let (_data, state) = state_with(with_admin);
    let reply = try_login(&state, "ingrid", PASSWORD).await;
    let cookies = reply.set_cookie();
    let session = cookies
        .iter()
        .find(|c| c.starts_with("admin_session="))
        .expect("a session cookie");
    let attributes: Vec<&str> = session.split(';').map(str::trim).collect();
    for wanted in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/admin"] {
        assert!(
            attributes.contains(&wanted),
            "{wanted} missing in {session}"
        );
    }
    let token = attributes[0].strip_prefix("admin_session=").unwrap();
    assert!(token.len() >= 48, "a long random token: {token}");
    let db = state.db.lock().unwrap();
    let stored: Vec<u8> = db
        .connection()
        .query_row("SELECT token_hash FROM admin_sessions", [], |r| r.get(0))
        .unwrap();
    assert_ne!(stored, token.as_bytes(), "only the token's hash is stored");
}

#[tokio::test]
async fn wrong_passwords_in_a_row_are_refused_for_a_while() {
    let (_data, state) = state_with(with_admin);
    for attempt in 0..5 {
        let reply = try_login(&state, "ingrid", &format!("wrong password {attempt}")).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
    }
    let locked = try_login(&state, "ingrid", PASSWORD).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = locked.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=30).contains(&wait), "{wait}");
    assert!(
        locked.body.contains("For mange feil forsøk"),
        "{}",
        locked.body
    );
    assert!(locked
        .set_cookie()
        .iter()
        .all(|c| !c.starts_with("admin_session=")));
}

#[tokio::test]
async fn a_login_post_without_its_form_cookie_is_refused() {
    let (_data, state) = state_with(with_admin);
    let form = get(&state, "/admin/login", None).await;
    let token = hidden_token(&form.body);
    let reply = post(
        &state,
        "/admin/login",
        None,
        &format!(
            "form_token={token}&name=ingrid&password={}",
            encode(PASSWORD)
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert!(reply
        .set_cookie()
        .iter()
        .all(|c| !c.starts_with("admin_session=")));
}

#[tokio::test]
async fn an_admin_post_without_the_session_s_form_token_is_refused() {
    let (_data, state) = state_with(with_admin);
    let admin = log_in(&state).await;
    let missing = post(&state, "/admin/logout", Some(&admin.cookie), "").await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert!(
        missing.body.contains("Skjemaet er utløpt"),
        "{}",
        missing.body
    );
    let wrong = post(
        &state,
        "/admin/logout",
        Some(&admin.cookie),
        "form_token=0123456789abcdef01234567",
    )
    .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    assert_eq!(
        get(&state, "/admin", Some(&admin.cookie)).await.status,
        StatusCode::OK,
        "the session is still there: nothing was done"
    );
    assert_eq!(audit_rows(&state).len(), 1, "only the login");
}

#[tokio::test]
async fn an_admin_post_from_another_site_is_refused() {
    let (_data, state) = state_with(with_admin);
    let admin = log_in(&state).await;
    let request = Request::post("/admin/logout")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::HOST, "survey.example.no")
        .header(header::ORIGIN, "https://evil.example")
        .header(header::COOKIE, &admin.cookie)
        .body(Body::from(format!("form_token={}", admin.form_token)))
        .unwrap();
    assert_eq!(send(&state, request).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        get(&state, "/admin", Some(&admin.cookie)).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn logging_out_ends_the_session() {
    let (_data, state) = state_with(with_admin);
    let admin = log_in(&state).await;
    let reply = post(
        &state,
        "/admin/logout",
        Some(&admin.cookie),
        &format!("form_token={}", admin.form_token),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), Some("/admin/login"));
    assert!(reply.set_cookie()[0].contains("Max-Age=0"));
    let after = get(&state, "/admin", Some(&admin.cookie)).await;
    assert_eq!(
        after.status,
        StatusCode::SEE_OTHER,
        "the old cookie opens nothing"
    );
    let rows = audit_rows(&state);
    assert_eq!(rows.last().unwrap().1, "logout");
}

#[tokio::test]
async fn a_session_is_stamped_by_the_real_clock_and_ends_after_hours_unused() {
    let (_data, state) = state_with(with_admin);
    let admin = log_in(&state).await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let (started, seen): (i64, i64) = state
        .db
        .lock()
        .unwrap()
        .connection()
        .query_row(
            "SELECT started_at, last_seen_at FROM admin_sessions",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        (started - now).abs() < 60,
        "started at {started}, now {now}"
    );
    assert!((seen - now).abs() < 60, "last seen at {seen}, now {now}");
    assert_eq!(
        get(&state, "/admin", Some(&admin.cookie)).await.status,
        StatusCode::OK
    );
    state
        .db
        .lock()
        .unwrap()
        .connection()
        .execute(
            "UPDATE admin_sessions SET started_at = started_at - 9 * 3600,
                 last_seen_at = last_seen_at - 9 * 3600",
            [],
        )
        .unwrap();
    assert_eq!(
        get(&state, "/admin", Some(&admin.cookie)).await.status,
        StatusCode::SEE_OTHER,
        "a session unused for 9 hours opens nothing"
    );
}

/// Oslo with 12 responses and a kiosk that delivered today, Bergen with 3 from a kiosk silent
/// for 8 days, Trondheim unregistered, and a municipality named like a spreadsheet formula.
fn municipalities(db: &mut Db) {
    with_admin(db);
    db.add_municipality("0301", "Oslo").unwrap();
    db.add_municipality("4601", "Bergen").unwrap();
    db.add_municipality("5001", "Trondheim").unwrap();
    db.add_municipality("9999", "=HYPERLINK(\"http://evil.example\")")
        .unwrap();
    db.add_contact("0301", "Kari", "kari@oslo.kommune.no")
        .unwrap();
    db.add_contact("4601", "@Ola", "ola@bergen.kommune.no")
        .unwrap();
    let oslo = db.add_kiosk("0301", &[1; 32], day(2026, 10, 20)).unwrap();
    let bergen = db.add_kiosk("4601", &[2; 32], day(2026, 10, 20)).unwrap();
    let store = |db: &mut Db, municipality: &str, kiosk: &str, count: usize, on: NaiveDate| {
        let ids: Vec<String> = (0..count)
            .map(|n| format!("{municipality}-{kiosk}-{n}"))
            .collect();
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
    };
    store(db, "0301", &oslo, 12, day(2026, 11, 2));
    store(db, "4601", &bergen, 3, day(2026, 10, 25));
}

#[tokio::test]
async fn the_overview_shows_counts_flags_and_silent_kiosks() {
    let (_data, state) = state_with(municipalities);
    let admin = log_in(&state).await;
    let page = get(&state, "/admin", Some(&admin.cookie)).await.body;
    assert!(
        page.contains("2 av 4 kommuner har registrert seg"),
        "{page}"
    );
    assert!(page.contains("15 svar i alt"));
    assert!(page.contains("3 kommuner har færre enn 10 svar"));
    assert!(page.contains("1 kiosk har ikke levert"));
    let bergen = &page[page.find("4601 Bergen").unwrap()..];
    let bergen = &bergen[..bergen.find("</tr>").unwrap()];
    assert!(
        bergen.contains("3 <span class=\"flag\">under 10</span>"),
        "{bergen}"
    );
    assert!(bergen.contains("25.10.2026"), "{bergen}");
    assert!(
        bergen.contains("<span class=\"flag\">1</span>"),
        "silent: {bergen}"
    );
    let oslo = &page[page.find("0301 Oslo").unwrap()..];
    let oslo = &oslo[..oslo.find("</tr>").unwrap()];
    assert!(
        oslo.contains("<td data-label=\"Svar\">12</td>") && !oslo.contains("under 10"),
        "{oslo}"
    );
    // Oslo gave no domain, so its contact is marked, with the reason.
    assert!(
        oslo.contains("Ikke kommunens domene: kommunen har ikke oppgitt noe e-postdomene"),
        "{oslo}"
    );
    assert!(
        !page.contains("<script") && !page.contains("=HYPERLINK(\"http"),
        "escaped"
    );
}

#[tokio::test]
async fn the_csv_download_has_every_municipality_and_keeps_formulas_as_text() {
    let (_data, state) = state_with(municipalities);
    let admin = log_in(&state).await;
    let reply = get(&state, "/admin/overview.csv", Some(&admin.cookie)).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.headers[header::CONTENT_TYPE],
        "text/csv; charset=utf-8"
    );
    assert!(reply.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    let lines: Vec<&str> = reply.body.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines.len(),
        5,
        "a header and four municipalities: {lines:?}"
    );
    assert!(lines[0].starts_with("\"kommunenummer\",\"kommune\""));
    assert_eq!(
        lines[1],
        "\"0301\",\"Oslo\",\"ja\",\"Kari <kari@oslo.kommune.no> (godkjent)\",\"12\",\"nei\",\"1\",\"2026-11-02\",\"0\""
    );
    assert!(
        lines[2].contains("\"'@Ola <ola@bergen.kommune.no> (godkjent)\",\"3\",\"ja\""),
        "{}",
        lines[2]
    );
    assert!(lines[3].starts_with("\"5001\",\"Trondheim\",\"nei\",\"\",\"0\",\"ja\""));
    assert!(
        lines[4].starts_with("\"9999\",\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"nei\""),
        "{}",
        lines[4]
    );
}

fn contact_id(key: &str) -> String {
    key.split('-').next().unwrap().to_owned()
}

/// The outbox's mails as (recipient, subject, body): bodies are read here only because nothing
/// has sent them yet.
/// The unsent mails, (to, subject, body), their bodies opened with the data folder's key.
fn outbox(state: &Arc<AppState>) -> Vec<(String, String, String)> {
    let db = state.db.lock().unwrap();
    let mut mails = collector::mail::outbox::due(&db, i64::MAX, 1000).unwrap();
    mails.sort_by_key(|m| m.id);
    mails
        .into_iter()
        .map(|m| (m.mail.to, m.mail.subject, m.mail.body))
        .collect()
}

/// The word after `label` in a mail's body.
fn secret_after(body: &str, label: &str) -> String {
    let start = body.find(label).expect(label) + label.len();
    body[start..].split_whitespace().next().unwrap().to_owned()
}

/// Logs in to a municipality's results page with `key`, as a contact's browser does.
async fn results_login(state: &Arc<AppState>, municipality: &str, key: &str) -> StatusCode {
    let form = get(state, &format!("/results/{municipality}"), None).await;
    let cookie = cookie_pair(&form.set_cookie()[0]);
    let token = hidden_token(&form.body);
    post(
        state,
        &format!("/results/{municipality}"),
        Some(&cookie),
        &format!("form_token={token}&key={}", encode(key)),
    )
    .await
    .status
}

struct Oslo {
    _data: tempfile::TempDir,
    state: Arc<AppState>,
    kari_key: String,
    per_key: String,
}

fn oslo() -> Oslo {
    let mut keys = (String::new(), String::new());
    let (data, state) = state_with(|db| {
        with_admin(db);
        db.add_municipality("0301", "Oslo").unwrap();
        keys.0 = db
            .add_contact("0301", "Kari", "kari@oslo.kommune.no")
            .unwrap();
        keys.1 = db
            .add_contact("0301", "Per", "per@oslo.kommune.no")
            .unwrap();
    });
    Oslo {
        _data: data,
        state,
        kari_key: keys.0,
        per_key: keys.1,
    }
}

#[tokio::test]
async fn a_reissued_key_replaces_the_old_one_on_the_results_login() {
    let oslo = oslo();
    let state = &oslo.state;
    assert_eq!(
        results_login(state, "0301", &oslo.kari_key).await,
        StatusCode::OK
    );
    let admin = log_in(state).await;
    let kari = contact_id(&oslo.kari_key);
    let reply = post(
        state,
        &format!("/admin/contacts/{kari}/reissue-key"),
        Some(&admin.cookie),
        &format!("form_token={}", admin.form_token),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("Kari har fått en ny resultatnøkkel"));

    let mails = outbox(state);
    assert_eq!(mails.len(), 1, "only Kari is told: {mails:?}");
    let (to, subject, body) = &mails[0];
    assert_eq!(to, "kari@oslo.kommune.no");
    assert_eq!(subject, "Ny resultatnøkkel for spørreundersøkelsen");
    let new_key = secret_after(body, "Din nye nøkkel: ");
    assert!(new_key.starts_with(&format!("{kari}-")), "{new_key}");
    assert_ne!(new_key, oslo.kari_key);

    assert_eq!(
        results_login(state, "0301", &oslo.kari_key).await,
        StatusCode::UNAUTHORIZED,
        "the old key is refused"
    );
    assert_eq!(results_login(state, "0301", &new_key).await, StatusCode::OK);
    assert_eq!(
        results_login(state, "0301", &oslo.per_key).await,
        StatusCode::OK,
        "Per's key is untouched"
    );
    let rows = audit_rows(state);
    assert_eq!(
        rows.last().unwrap(),
        &(
            "ingrid".to_owned(),
            "reissue-key".to_owned(),
            format!("contact {kari} (0301)")
        )
    );
    assert!(
        rows.iter()
            .all(|(_, _, object)| !object.contains(&new_key[9..])),
        "no key in the audit log"
    );
}

#[tokio::test]
async fn a_removed_contact_and_those_who_stay_are_told_and_the_removed_key_stops_working() {
    let oslo = oslo();
    let state = &oslo.state;
    let admin = log_in(state).await;
    let per = contact_id(&oslo.per_key);
    let reply = post(
        state,
        &format!("/admin/contacts/{per}/remove"),
        Some(&admin.cookie),
        &format!("form_token={}", admin.form_token),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let recipients: Vec<String> = outbox(state).into_iter().map(|m| m.0).collect();
    assert_eq!(recipients, ["per@oslo.kommune.no", "kari@oslo.kommune.no"]);
    assert_eq!(
        results_login(state, "0301", &oslo.per_key).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        results_login(state, "0301", &oslo.kari_key).await,
        StatusCode::OK
    );
    let page = get(state, "/admin", Some(&admin.cookie)).await.body;
    assert!(page.contains("<strong>Per</strong> (fjernet)"), "{page}");
    assert_eq!(audit_rows(state).last().unwrap().1, "remove-contact");
    let again = post(
        state,
        &format!("/admin/contacts/{per}/remove"),
        Some(&admin.cookie),
        &format!("form_token={}", admin.form_token),
    )
    .await;
    assert_eq!(
        again.status,
        StatusCode::NOT_FOUND,
        "a removed contact cannot be removed again"
    );
    assert_eq!(outbox(state).len(), 2, "and nobody is mailed twice");
}

#[tokio::test]
async fn a_replaced_contact_is_removed_and_the_new_one_is_sent_a_confirmation_link() {
    let oslo = oslo();
    let state = &oslo.state;
    let admin = log_in(state).await;
    let per = contact_id(&oslo.per_key);
    let form = get(
        state,
        &format!("/admin/contacts/{per}/replace"),
        Some(&admin.cookie),
    )
    .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Per &lt;per@oslo.kommune.no&gt;"));
    let bad = post(
        state,
        &format!("/admin/contacts/{per}/replace"),
        Some(&admin.cookie),
        &format!(
            "form_token={}&name=Lise&email=not-an-address",
            admin.form_token
        ),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(outbox(state).is_empty(), "a bad address changes nothing");

    let reply = post(
        state,
        &format!("/admin/contacts/{per}/replace"),
        Some(&admin.cookie),
        &format!(
            "form_token={}&name=Lise&email=lise%40oslo.kommune.no&phone=12345678&role=adult-education",
            admin.form_token
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let mails = outbox(state);
    let recipients: Vec<&str> = mails.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(
        recipients,
        [
            "per@oslo.kommune.no",
            "kari@oslo.kommune.no",
            "lise@oslo.kommune.no"
        ]
    );
    assert!(mails[2].2.contains("/register/confirm/"), "{}", mails[2].2);
    let page = get(state, "/admin", Some(&admin.cookie)).await.body;
    assert!(
        page.contains(
            "<strong>Lise</strong> (venter på bekreftelse)<br><span class=\"addr\">lise@oslo.kommune.no</span>"
        ),
        "{page}"
    );
    let actions: Vec<String> = audit_rows(state).into_iter().map(|r| r.1).collect();
    assert_eq!(actions, ["login", "remove-contact", "replace-contact"]);
}

#[tokio::test]
async fn settings_are_stored_audited_and_a_bad_date_keeps_what_was_typed() {
    let (_data, state) = state_with(with_admin);
    let admin = log_in(&state).await;
    let form = get(&state, "/admin/settings", Some(&admin.cookie)).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(
        form.body.matches(" checked").count(),
        5,
        "reminders are on until turned off"
    );

    let bad = post(
        &state,
        "/admin/settings",
        Some(&admin.cookie),
        &format!(
            "form_token={}&deadline=15.10.2026&message=Webinar+tirsdag&reminder.weekly=on",
            admin.form_token
        ),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("Fristen må være en dato"));
    assert!(bad.body.contains("value=\"15.10.2026\"") && bad.body.contains("Webinar tirsdag"));

    let good = post(
        &state,
        "/admin/settings",
        Some(&admin.cookie),
        &format!(
            "form_token={}&deadline=2026-10-15&message=Webinar+tirsdag&reminder.weekly=on&reminder.results-ready=on",
            admin.form_token
        ),
    )
    .await;
    assert_eq!(good.status, StatusCode::OK);
    assert!(good.body.contains("Innstillingene er lagret."));
    {
        let db = state.db.lock().unwrap();
        assert_eq!(
            db.setting("registration.deadline").unwrap().as_deref(),
            Some("2026-10-15")
        );
        assert_eq!(
            db.setting("code-mail.message").unwrap().as_deref(),
            Some("Webinar tirsdag")
        );
        assert_eq!(
            db.setting("reminder.weekly").unwrap(),
            None,
            "unchanged: still on"
        );
        assert_eq!(
            db.setting("reminder.silent-kiosk").unwrap().as_deref(),
            Some("off")
        );
        assert_eq!(
            db.setting("reminder.last-call").unwrap().as_deref(),
            Some("off")
        );
    }
    let rows = audit_rows(&state);
    assert_eq!(
        rows.last().unwrap().2,
        "registration.deadline, code-mail.message, reminder.more-needed, reminder.silent-kiosk, reminder.last-call"
    );
}

/// Oslo with an approved contact and one who confirmed from an address outside its domains,
/// waiting for the owner; returns the waiting contact's id.
fn oslo_with_a_waiting_contact(db: &mut Db) -> String {
    with_admin(db);
    db.add_municipality("0301", "Oslo").unwrap();
    db.add_contact("0301", "Kari", "kari@oslo.kommune.no")
        .unwrap();
    let waiting = collector::db::NewContact {
        municipality: "0301",
        name: "Aisha",
        email: "aisha@example.org",
        phone: "",
        role: collector::db::ContactRole::Other,
    };
    let id = db
        .register_contact(
            &waiting,
            b"confirm-hash",
            day(2026, 11, 1),
            day(2026, 11, 15),
        )
        .unwrap();
    db.confirm_contact(b"confirm-hash", day(2026, 11, 1))
        .unwrap();
    id
}

#[tokio::test]
async fn approving_a_waiting_contact_mails_them_the_code_and_their_own_key_and_is_audited() {
    let mut waiting = String::new();
    let (_data, state) = state_with(|db| waiting = oslo_with_a_waiting_contact(db));
    let admin = log_in(&state).await;
    let before = get(&state, "/admin", Some(&admin.cookie)).await.body;
    assert!(
        before.contains(&format!("/admin/contacts/{waiting}/approve")),
        "{before}"
    );
    let reply = post(
        &state,
        &format!("/admin/contacts/{waiting}/approve"),
        Some(&admin.cookie),
        &format!("form_token={}", admin.form_token),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(
        reply
            .body
            .contains("Aisha er godkjent og får tilgangskoden"),
        "{}",
        reply.body
    );
    // Approving again sends nothing, and the page says no code went out.
    let again = post(
        &state,
        &format!("/admin/contacts/{waiting}/approve"),
        Some(&admin.cookie),
        &format!("form_token={}", admin.form_token),
    )
    .await;
    assert!(again.body.contains("Aisha er godkjent."), "{}", again.body);
    assert!(!again.body.contains("tilgangskoden"), "{}", again.body);
    let mails = outbox(&state);
    assert_eq!(mails.len(), 2, "{mails:?}");
    assert_eq!(mails[0].0, "aisha@example.org");
    assert_eq!(
        mails[1].0, "kari@oslo.kommune.no",
        "the contact who had the code is told"
    );
    assert!(mails[1].1.starts_with("Ny kontaktperson") && !mails[1].2.contains("0301-"));
    assert!(mails[0].2.contains("0301-"), "the code: {}", mails[0].2);
    let key = secret_after(&mails[0].2, "resultatnøkkel er:");
    assert_eq!(results_login(&state, "0301", &key).await, StatusCode::OK);
    assert_eq!(
        audit_rows(&state).last().unwrap(),
        &(
            "ingrid".to_owned(),
            "approve-contact".to_owned(),
            format!("contact {waiting} (0301)")
        )
    );
}

#[tokio::test]
async fn a_contact_who_has_not_confirmed_cannot_be_approved() {
    let (_data, state) = state_with(|db| {
        with_admin(db);
        db.add_municipality("0301", "Oslo").unwrap();
    });
    let id = {
        let db = state.db.lock().unwrap();
        let contact = collector::db::NewContact {
            municipality: "0301",
            name: "Aisha",
            email: "aisha@example.org",
            phone: "",
            role: collector::db::ContactRole::Other,
        };
        db.register_contact(
            &contact,
            b"unused-hash",
            day(2026, 11, 1),
            day(2026, 11, 15),
        )
        .unwrap()
    };
    let admin = log_in(&state).await;
    let reply = post(
        &state,
        &format!("/admin/contacts/{id}/approve"),
        Some(&admin.cookie),
        &format!("form_token={}", admin.form_token),
    )
    .await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert!(reply.body.contains("har ikke bekreftet"), "{}", reply.body);
    assert!(outbox(&state).is_empty());
    assert_eq!(audit_rows(&state).len(), 1, "only the login");
}

#[tokio::test]
async fn a_rotated_code_is_mailed_to_each_approved_contact_and_audited_without_the_code() {
    let mut waiting = String::new();
    let (_data, state) = state_with(|db| waiting = oslo_with_a_waiting_contact(db));
    let admin = log_in(&state).await;
    let reply = post(
        &state,
        "/admin/municipalities/0301/rotate-code",
        Some(&admin.cookie),
        &format!("form_token={}", admin.form_token),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let mails = outbox(&state);
    let recipients: Vec<&str> = mails.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(
        recipients,
        ["kari@oslo.kommune.no"],
        "not the contact still waiting"
    );
    let code = secret_after(&mails[0].2, "Ny tilgangskode: ");
    assert!(code.starts_with("0301-"), "{code}");
    {
        let db = state.db.lock().unwrap();
        let (_, salt, hash) = db.municipality("0301").unwrap().unwrap();
        assert!(collector::secrets::verify(&code, &salt, &hash));
    }
    let rows = audit_rows(&state);
    assert_eq!(
        rows.last().unwrap(),
        &(
            "ingrid".to_owned(),
            "rotate-code".to_owned(),
            "municipality 0301".to_owned()
        )
    );
    assert!(rows
        .iter()
        .all(|(_, _, object)| !object.contains(&code[5..])));
    let unknown = post(
        &state,
        "/admin/municipalities/9999/rotate-code",
        Some(&admin.cookie),
        &format!("form_token={}", admin.form_token),
    )
    .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let _ = waiting;
}

#[tokio::test]
async fn removing_an_administrator_ends_their_session_at_once() {
    let (_data, state) = state_with(with_admin);
    let admin = log_in(&state).await;
    {
        let db = state.db.lock().unwrap();
        accounts::remove(db.connection(), "ingrid").unwrap();
    }
    let after = get(&state, "/admin", Some(&admin.cookie)).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert_eq!(after.location(), Some("/admin/login"));
    let post_after = post(
        &state,
        "/admin/settings",
        Some(&admin.cookie),
        &format!("form_token={}&deadline=2026-10-15", admin.form_token),
    )
    .await;
    assert_eq!(post_after.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        try_login(&state, "ingrid", PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
}

/// Makes the database refuse what a use case writes last (`condition` picks the rows), as a full
/// disk or a crash would in the middle of it.
fn refuse_in_database(state: &Arc<AppState>, table: &str, condition: &str) {
    state
        .db
        .lock()
        .unwrap()
        .connection()
        .execute_batch(&format!(
            "CREATE TRIGGER refuse_write BEFORE INSERT ON {table} WHEN {condition}
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"
        ))
        .unwrap();
}

fn contact_names(state: &Arc<AppState>) -> Vec<(String, bool)> {
    let db = state.db.lock().unwrap();
    db.contacts_of("0301")
        .unwrap()
        .into_iter()
        .map(|c| (c.name.clone(), c.is_active()))
        .collect()
}

#[tokio::test]
async fn a_registration_whose_confirmation_mail_cannot_be_stored_leaves_no_contact() {
    let (_data, state) = state_with(|db| {
        db.upsert_listed_municipality("0301", "Oslo", &[]).unwrap();
    });
    refuse_in_database(&state, "mail_outbox", "NEW.dedupe_key LIKE 'confirm:%'");
    let form = get(&state, "/register", None).await;
    let cookie = cookie_pair(&form.set_cookie()[0]);
    let token = hidden_token(&form.body);
    let reply = post(
        &state,
        "/register",
        Some(&cookie),
        &format!(
            "form_token={token}&municipality=0301&name-1=Kari&email-1=kari%40oslo.kommune.no\
             &phone-1=12345678&role-1=adult-education"
        ),
    )
    .await;
    assert_eq!(
        reply.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{}",
        reply.body
    );
    assert_eq!(
        contact_names(&state),
        [],
        "a contact without a link holds no place"
    );
    assert!(outbox(&state).is_empty());
}

#[tokio::test]
async fn an_approval_whose_audit_row_cannot_be_stored_approves_nothing_and_mails_nothing() {
    let mut waiting = String::new();
    let (_data, state) = state_with(|db| waiting = oslo_with_a_waiting_contact(db));
    let admin = log_in(&state).await;
    refuse_in_database(&state, "audit_log", "NEW.action = 'approve-contact'");
    let reply = post(
        &state,
        &format!("/admin/contacts/{waiting}/approve"),
        Some(&admin.cookie),
        &format!("form_token={}", admin.form_token),
    )
    .await;
    assert_eq!(
        reply.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{}",
        reply.body
    );
    let db = state.db.lock().unwrap();
    let contact = db.contact_row(&waiting).unwrap().unwrap();
    assert!(!contact.is_approved(), "approved without its audit row");
    drop(db);
    assert!(
        outbox(&state).is_empty(),
        "the code was mailed: {:?}",
        outbox(&state)
    );
}

#[tokio::test]
async fn a_replacement_whose_confirmation_mail_cannot_be_stored_changes_nothing() {
    let oslo = oslo();
    let state = &oslo.state;
    let admin = log_in(state).await;
    let per = contact_id(&oslo.per_key);
    refuse_in_database(state, "mail_outbox", "NEW.dedupe_key LIKE 'confirm:%'");
    let reply = post(
        state,
        &format!("/admin/contacts/{per}/replace"),
        Some(&admin.cookie),
        &format!(
            "form_token={}&name=Lise&email=lise%40oslo.kommune.no&phone=12345678&role=adult-education",
            admin.form_token
        ),
    )
    .await;
    assert_eq!(
        reply.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{}",
        reply.body
    );
    assert_eq!(
        contact_names(state),
        [("Kari".to_owned(), true), ("Per".to_owned(), true)],
        "Per is still a contact and Lise is not"
    );
    assert!(
        outbox(state).is_empty(),
        "nobody is told of a change not made"
    );
    let actions: Vec<String> = audit_rows(state).into_iter().map(|r| r.1).collect();
    assert_eq!(actions, ["login"]);
}

#[tokio::test]
async fn a_mail_the_relay_refused_for_good_shows_with_its_reason_and_is_resent_or_cancelled() {
    use collector::mail::outbox;
    let (_data, state) = state_with(with_admin);
    let ids: Vec<i64> = {
        let db = state.db.lock().unwrap();
        for key in ["a", "b"] {
            outbox::enqueue(
                &db,
                &collector::mail::OutgoingMail {
                    dedupe_key: key.into(),
                    to: format!("{key}@oslo.kommune.no"),
                    subject: "Tilgangskode".into(),
                    body: "Koden er 0301-SECRET".into(),
                },
            )
            .unwrap();
        }
        let due = outbox::due(&db, i64::MAX, 10).unwrap();
        for mail in &due {
            outbox::mark_refused(db.connection(), mail.id, 1, "550 5.1.1 No such user").unwrap();
        }
        due.iter().map(|m| m.id).collect()
    };
    let admin = log_in(&state).await;
    let page = get(&state, "/admin", Some(&admin.cookie)).await.body;
    assert!(page.contains("avvist: 550 5.1.1 No such user"), "{page}");
    assert!(
        page.contains(&format!("/admin/mails/{}/resend", ids[0])),
        "{page}"
    );
    assert!(
        page.contains(&format!("/admin/mails/{}/cancel", ids[1])),
        "{page}"
    );

    let token = format!("form_token={}", admin.form_token);
    let resent = post(
        &state,
        &format!("/admin/mails/{}/resend", ids[0]),
        Some(&admin.cookie),
        &token,
    )
    .await;
    assert_eq!(resent.status, StatusCode::OK, "{}", resent.body);
    let cancelled = post(
        &state,
        &format!("/admin/mails/{}/cancel", ids[1]),
        Some(&admin.cookie),
        &token,
    )
    .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);
    let again = post(
        &state,
        &format!("/admin/mails/{}/cancel", ids[1]),
        Some(&admin.cookie),
        &token,
    )
    .await;
    assert_eq!(
        again.status,
        StatusCode::NOT_FOUND,
        "a cancelled mail is not cancelled twice"
    );
    let unsigned = post(
        &state,
        &format!("/admin/mails/{}/resend", ids[1]),
        Some(&admin.cookie),
        "form_token=wrong",
    )
    .await;
    assert_eq!(
        unsigned.status,
        StatusCode::FORBIDDEN,
        "no resend without the session's token"
    );

    let waiting: Vec<String> = outbox(&state).into_iter().map(|m| m.0).collect();
    assert_eq!(
        waiting,
        ["a@oslo.kommune.no"],
        "the resent one is due again, the cancelled one never"
    );
    let actions: Vec<String> = audit_rows(&state).into_iter().map(|r| r.1).collect();
    assert_eq!(actions, ["login", "resend-mail", "cancel-mail"]);
}

#[tokio::test]
async fn removing_a_contact_and_a_new_code_ask_once_more_before_anything_changes() {
    let mut kari = String::new();
    let (_data, state) = state_with(|db| {
        with_admin(db);
        db.add_municipality("0301", "Oslo").unwrap();
        let key = db
            .add_contact("0301", "Kari", "kari@oslo.kommune.no")
            .unwrap();
        kari = key.split('-').next().unwrap().to_owned();
    });
    let admin = log_in(&state).await;
    let overview = get(&state, "/admin", Some(&admin.cookie)).await.body;
    assert!(
        overview.contains(&format!("<a href=\"/admin/contacts/{kari}/remove\"")),
        "{overview}"
    );
    assert!(
        overview.contains("<a href=\"/admin/municipalities/0301/rotate-code\""),
        "{overview}"
    );
    let ask = get(
        &state,
        &format!("/admin/contacts/{kari}/remove"),
        Some(&admin.cookie),
    )
    .await;
    assert_eq!(ask.status, StatusCode::OK);
    assert!(
        ask.body.contains("Ja, fjern Kari") && ask.body.contains("method=\"post\""),
        "{}",
        ask.body
    );
    let ask = get(
        &state,
        "/admin/municipalities/0301/rotate-code",
        Some(&admin.cookie),
    )
    .await;
    assert!(
        ask.body.contains("Ja, lag ny kode for Oslo"),
        "{}",
        ask.body
    );
    assert_eq!(
        get(&state, "/admin/contacts/nobody/remove", Some(&admin.cookie))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(outbox(&state).is_empty(), "asking changed nothing");
    let actions: Vec<String> = audit_rows(&state).into_iter().map(|r| r.1).collect();
    assert_eq!(actions, ["login"]);
}

#[tokio::test]
async fn the_overview_shows_web_deliveries_per_municipality_and_day_and_marks_a_day_far_above_usual(
) {
    let (_data, state) = state_with(|db| {
        with_admin(db);
        db.add_municipality("0301", "Oslo").unwrap();
        let sealed = vec![0u8; 8];
        let ids: Vec<String> = (0..40)
            .map(|i| format!("00000000-0000-4000-8000-{i:012}"))
            .collect();
        // Two quiet web days, then 30 on one day.
        for (range, d) in [(0..3, 2), (3..7, 3), (7..37, 4)] {
            let rows: Vec<_> = ids[range]
                .iter()
                .map(|id| collector::db::NewResponse {
                    response_id: id,
                    survey_id: "s",
                    survey_version: 1,
                    completed_on: day(2026, 10, d),
                    sealed: &sealed,
                })
                .collect();
            db.insert_responses("0301", &rows, Some(("web-0301", day(2026, 10, d))))
                .unwrap();
        }
    });
    let admin = log_in(&state).await;
    let page = get(&state, "/admin", Some(&admin.cookie)).await.body;
    let section = &page[page
        .find("Svar fra nettundersøkelsen per dag</h2>")
        .expect("the web deliveries' section")..];
    let section = &section[..section.find("</table>").unwrap()];
    let rows: Vec<&str> = section
        .split("<tr>")
        .skip(2)
        .map(|r| &r[..r.find("</tr>").unwrap()])
        .collect();
    assert_eq!(rows.len(), 3, "{section}");
    assert!(rows[0].contains("2026-10-02") && rows[0].contains("<td>3</td>"));
    assert!(!rows[1].contains("Langt over"), "{}", rows[1]);
    assert!(
        rows[2].contains("2026-10-04")
            && rows[2].contains("<td>30</td>")
            && rows[2].contains("Langt over det vanlige"),
        "{}",
        rows[2]
    );
}
