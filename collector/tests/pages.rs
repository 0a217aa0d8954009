//! The pages people read, through the router without a listener (`oneshot`): what a contact
//! person and the public see during collection (counts only), after the publication (its
//! figures only), and after results close; and who is refused.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use chrono::NaiveDate;
use collector::db::{Db, NewResponse};
use collector::publication::{
    Filter, MunicipalityResults, National, OptionCount, Part, Publication, Table,
    PUBLICATION_FORMAT,
};
use collector::served_pack::ServedPack;
use collector::{admin_app, app, AppState, ServeConfig};
use common::{pack_dir, repo};
use tower::ServiceExt;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A collector on `today` with Oslo (`oslo` responses, one contact) and Bergen (one contact).
struct Setup {
    _data: tempfile::TempDir,
    state: Arc<AppState>,
    oslo_key: String,
    bergen_key: String,
}

fn setup(today: NaiveDate, oslo: usize) -> Setup {
    let data = tempfile::tempdir().unwrap();
    let key = survey::PackVerifyingKey::from_file(
        &repo().join("demo-keys-NOT-FOR-PRODUCTION/pack-signing-key.pub"),
    )
    .unwrap();
    let pack = ServedPack::load(pack_dir(), &key, today).unwrap();
    let db = Db::open(data.path()).unwrap();
    db.add_municipality("0301", "Oslo").unwrap();
    db.add_municipality("4601", "Bergen").unwrap();
    let oslo_key = db.add_contact("0301", "Kari", "kari@example.org").unwrap();
    let bergen_key = db.add_contact("4601", "Ola", "ola@example.org").unwrap();
    let kiosk = db.add_kiosk("0301", &[5; 32], day(2026, 11, 2)).unwrap();
    let ids: Vec<String> = (0..oslo).map(|n| format!("response-{n}")).collect();
    let rows: Vec<NewResponse<'_>> = ids
        .iter()
        .map(|id| NewResponse {
            response_id: id,
            survey_id: &pack.survey_id,
            survey_version: pack.survey_version,
            completed_on: day(2026, 11, 2),
            sealed: b"sealed",
        })
        .collect();
    db.insert_responses("0301", &rows, Some((&kiosk, day(2026, 11, 1))))
        .unwrap();
    let config = ServeConfig {
        today: Some(today),
        ..ServeConfig::default()
    };
    Setup {
        _data: data,
        state: AppState::new(db, pack, config),
        oslo_key,
        bergen_key,
    }
}

async fn send(router: Router, request: Request<Body>) -> (StatusCode, String) {
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, String::from_utf8(bytes.to_vec()).unwrap())
}

/// The login form's token, as its cookie and hidden field carry it.
async fn form_token(setup: &Setup, municipality: &str) -> String {
    let response = app(Arc::clone(&setup.state))
        .oneshot(
            Request::get(format!("/results/{municipality}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let token = cookie
        .split(';')
        .next()
        .unwrap()
        .strip_prefix("form_token=")
        .unwrap()
        .to_owned();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    let html = String::from_utf8(bytes.to_vec()).unwrap();
    assert!(html.contains(&format!("name=\"form_token\" value=\"{token}\"")));
    token
}

/// Posts `key` as a browser would: with the form's token in the body and in the cookie.
async fn contact_page(setup: &Setup, municipality: &str, key: &str) -> (StatusCode, String) {
    let token = form_token(setup, municipality).await;
    post_login(
        setup,
        municipality,
        &format!("key={key}&form_token={token}"),
        Some(&token),
        &[],
    )
    .await
}

async fn post_login(
    setup: &Setup,
    municipality: &str,
    body: &str,
    cookie: Option<&str>,
    headers: &[(&str, &str)],
) -> (StatusCode, String) {
    let mut request = Request::post(format!("/results/{municipality}"))
        .header("content-type", "application/x-www-form-urlencoded");
    if let Some(token) = cookie {
        request = request.header("cookie", format!("other=1; form_token={token}"));
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    send(
        app(Arc::clone(&setup.state)),
        request.body(Body::from(body.to_owned())).unwrap(),
    )
    .await
}

#[tokio::test]
async fn a_login_without_its_form_token_is_refused_before_the_key_is_checked() {
    let setup = setup(day(2026, 11, 2), 3);
    let key = setup.oslo_key.clone();
    let token = form_token(&setup, "0301").await;
    // No token at all, a token without its cookie, a cookie with another token.
    for (body, cookie) in [
        (format!("key={key}"), None),
        (format!("key={key}&form_token={token}"), None),
        (
            format!("key={key}&form_token={token}"),
            Some("0123456789abcdef01234567"),
        ),
        (format!("key={key}&form_token="), Some("")),
    ] {
        let (status, page) = post_login(&setup, "0301", &body, cookie, &[]).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{body} {cookie:?}");
        assert!(page.contains("Last inn siden på nytt"), "{page}");
        assert!(!page.contains("svar så langt"));
    }
    // Many such posts with wrong keys spend none of the visitor's guesses.
    for _ in 0..10 {
        let (status, _) = post_login(&setup, "0301", "key=WRONG", None, &[]).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    let (status, _) = contact_page(&setup, "0301", &key).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_login_posted_by_a_page_of_another_site_is_refused() {
    let setup = setup(day(2026, 11, 2), 3);
    let key = setup.oslo_key.clone();
    let token = form_token(&setup, "0301").await;
    let body = format!("key={key}&form_token={token}");
    for headers in [
        [
            ("host", "survey.example.no"),
            ("origin", "https://evil.example"),
        ],
        [
            ("host", "survey.example.no"),
            ("sec-fetch-site", "cross-site"),
        ],
    ] {
        let (status, page) = post_login(&setup, "0301", &body, Some(&token), &headers).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{headers:?}: {page}");
    }
    let same_site = [
        ("host", "survey.example.no"),
        ("origin", "https://survey.example.no"),
    ];
    let (status, _) = post_login(&setup, "0301", &body, Some(&token), &same_site).await;
    assert_eq!(status, StatusCode::OK);
}

async fn get(router: Router, path: &str) -> (StatusCode, String) {
    send(router, Request::get(path).body(Body::empty()).unwrap()).await
}

/// A publication with results for Oslo only.
fn publication() -> Publication {
    let part = Part {
        label: "Alle".into(),
        filter: Filter {
            municipalities: vec!["0301".into()],
            groups: None,
            languages: None,
        },
        respondents: 12,
        options: vec![
            OptionCount {
                values: vec!["yes".into()],
                label: "Ja".into(),
                count: 7,
            },
            OptionCount {
                values: vec!["no".into()],
                label: "Nei".into(),
                count: 5,
            },
        ],
    };
    let table = Table {
        question: "had-work-practice".into(),
        text: "Har du hatt arbeidspraksis?".into(),
        parts: vec![part],
    };
    let mut municipalities = BTreeMap::new();
    municipalities.insert(
        "0301".to_string(),
        MunicipalityResults {
            name: "Oslo".into(),
            responses: 12,
            tables: vec![table.clone()],
            withheld: vec!["Trives du?".into()],
        },
    );
    Publication {
        format: PUBLICATION_FORMAT,
        survey_id: "s".into(),
        survey_version: 1,
        published_on: day(2027, 2, 1),
        threshold: 10,
        results_close: day(2027, 10, 1),
        national: National {
            responses: 12,
            municipalities: 1,
            tables: vec![table],
        },
        municipalities,
    }
}

fn publish(setup: &Setup) {
    let body = publication().to_json();
    setup
        .state
        .db
        .lock()
        .unwrap()
        .store_publication(day(2027, 2, 1), &body, &[], false)
        .unwrap();
}

#[tokio::test]
async fn during_collection_a_contact_sees_progress_and_never_an_answer() {
    let setup = setup(day(2026, 11, 2), 12);
    let (status, page) = contact_page(&setup, "0301", &setup.oslo_key).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<strong>12</strong> svar så langt"), "{page}");
    assert!(page.contains("Kommunen har nok svar"), "{page}");
    assert!(page.contains("åpen i 59 dager til"), "{page}");
    assert!(
        page.contains("01.11.2026"),
        "the kiosk's last delivery: {page}"
    );
    assert!(page.contains("i bruk"), "{page}");
    assert!(!page.contains("<svg"));
}

#[tokio::test]
async fn a_contact_s_page_counts_a_delivery_only_from_the_next_day() {
    let mut setup = setup(day(2026, 11, 2), 12);
    let delivered_today = |setup: &Setup| {
        let db = setup.state.db.lock().unwrap();
        let kiosk = db.kiosks().unwrap()[0].id.clone();
        let rows: Vec<NewResponse<'_>> = ["late-1", "late-2", "late-3"]
            .into_iter()
            .map(|id| NewResponse {
                response_id: id,
                survey_id: &setup.state.pack.survey_id,
                survey_version: setup.state.pack.survey_version,
                completed_on: day(2026, 11, 2),
                sealed: b"sealed",
            })
            .collect();
        db.insert_responses("0301", &rows, Some((&kiosk, day(2026, 11, 2))))
            .unwrap();
    };
    delivered_today(&setup);
    let (_, page) = contact_page(&setup, "0301", &setup.oslo_key).await;
    assert!(page.contains("<strong>12</strong> svar så langt"), "{page}");
    // The same data folder read the next day.
    let key = survey::PackVerifyingKey::from_file(
        &repo().join("demo-keys-NOT-FOR-PRODUCTION/pack-signing-key.pub"),
    )
    .unwrap();
    let next_day = day(2026, 11, 3);
    let pack = ServedPack::load(pack_dir(), &key, next_day).unwrap();
    let db = Db::open(setup._data.path()).unwrap();
    let config = ServeConfig {
        today: Some(next_day),
        ..ServeConfig::default()
    };
    setup.state = AppState::new(db, pack, config);
    let (_, page) = contact_page(&setup, "0301", &setup.oslo_key).await;
    assert!(page.contains("<strong>15</strong> svar så langt"), "{page}");
}

#[tokio::test]
async fn a_contact_below_ten_is_told_how_many_more_are_needed() {
    let setup = setup(day(2026, 12, 31), 7);
    let (_, page) = contact_page(&setup, "0301", &setup.oslo_key).await;
    assert!(page.contains("Det trengs 3 svar til"), "{page}");
    assert!(page.contains("åpen i 0 dager til"), "the last day: {page}");
    let (_, bergen) = contact_page(&setup, "4601", &setup.bergen_key).await;
    assert!(bergen.contains("Ingen kiosker er registrert"), "{bergen}");
    assert!(bergen.contains("Det trengs 10 svar til"), "{bergen}");
}

#[tokio::test]
async fn after_the_survey_closes_the_progress_page_says_so() {
    let setup = setup(day(2027, 1, 1), 12);
    let (_, page) = contact_page(&setup, "0301", &setup.oslo_key).await;
    assert!(page.contains("Undersøkelsen er avsluttet"), "{page}");
}

#[tokio::test]
async fn a_wrong_key_and_another_municipality_s_key_are_refused() {
    let setup = setup(day(2026, 11, 2), 12);
    let (status, page) = contact_page(&setup, "0301", &setup.bergen_key).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(page.contains("annen kommune"), "{page}");
    assert!(!page.contains("svar så langt"));
    let wrong = format!("{}X", setup.oslo_key);
    let (status, page) = contact_page(&setup, "0301", &wrong).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(page.contains("Nøkkelen er feil"), "{page}");
}

#[tokio::test]
async fn the_public_sees_a_count_rounded_to_tens_and_no_counter() {
    let setup = setup(day(2026, 11, 2), 14);
    let (_, national) = get(app(Arc::clone(&setup.state)), "/national").await;
    assert!(national.contains("Om lag 10 svar"), "{national}");
    assert!(!national.contains("14"), "{national}");
    let (status, metrics) = get(app(Arc::clone(&setup.state)), "/metrics").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{metrics}");
    let (_, admin) = get(admin_app(Arc::clone(&setup.state)), "/metrics").await;
    assert!(
        admin.contains("survey_responses_stored{municipality=\"0301\"} 14"),
        "{admin}"
    );
    assert!(
        admin.contains("survey_responses_stored{municipality=\"4601\"} 0"),
        "{admin}"
    );
}

#[tokio::test]
async fn after_publication_pages_show_the_publication_and_nothing_else() {
    let setup = setup(day(2027, 2, 1), 12);
    publish(&setup);
    let (status, oslo) = contact_page(&setup, "0301", &setup.oslo_key).await;
    assert_eq!(status, StatusCode::OK);
    assert!(oslo.contains("12 deltakere har svart"), "{oslo}");
    assert!(oslo.contains("58 % (7)"), "{oslo}");
    assert!(oslo.contains("Trives du?"), "the withheld list: {oslo}");
    let (_, bergen) = contact_page(&setup, "4601", &setup.bergen_key).await;
    assert!(bergen.contains("færre enn 10"), "{bergen}");
    assert!(!bergen.contains("<svg"));
    let (_, national) = get(app(Arc::clone(&setup.state)), "/national").await;
    assert!(national.contains("12 svar fra 1 kommuner"), "{national}");
    assert!(national.contains("<svg"));
}

#[tokio::test]
async fn a_replacement_is_shown_as_soon_as_it_is_stored() {
    let setup = setup(day(2027, 2, 1), 12);
    publish(&setup);
    let (_, first) = get(app(Arc::clone(&setup.state)), "/national").await;
    assert!(first.contains("12 svar fra 1 kommuner"));
    let mut replacement = publication();
    replacement.national.responses = 11;
    setup
        .state
        .db
        .lock()
        .unwrap()
        .store_publication(day(2027, 2, 2), &replacement.to_json(), &[], true)
        .unwrap();
    let (_, second) = get(app(Arc::clone(&setup.state)), "/national").await;
    assert!(second.contains("11 svar fra 1 kommuner"), "{second}");
}

#[tokio::test]
async fn results_close_on_the_first_of_october_of_the_next_year() {
    let open = setup(day(2027, 10, 1), 12);
    publish(&open);
    assert_eq!(
        contact_page(&open, "0301", &open.oslo_key).await.0,
        StatusCode::OK
    );
    assert_eq!(
        get(app(Arc::clone(&open.state)), "/national").await.0,
        StatusCode::OK
    );
    let closed = setup(day(2027, 10, 2), 12);
    publish(&closed);
    let (status, page) = contact_page(&closed, "0301", &closed.oslo_key).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(page.contains("2027-10-01"), "{page}");
    let (status, _) = get(app(Arc::clone(&closed.state)), "/national").await;
    assert_eq!(status, StatusCode::GONE);
}

#[tokio::test]
async fn the_login_form_posts_the_key_to_its_own_municipality_and_escapes_the_address() {
    let setup = setup(day(2026, 11, 2), 0);
    let (status, form) = get(app(Arc::clone(&setup.state)), "/results/0301").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("action=\"/results/0301\""), "{form}");
    assert!(form.contains("type=\"password\""), "{form}");
    let (_, odd) = get(app(Arc::clone(&setup.state)), "/results/%3Cb%3E").await;
    assert!(odd.contains("&lt;b&gt;") && !odd.contains("<b>"), "{odd}");
}

/// Posts to the material download as the contact's page does: the key and the page's token.
async fn post_material(setup: &Setup, municipality: &str, key: &str) -> (StatusCode, Vec<u8>) {
    let token = form_token(setup, municipality).await;
    let request = Request::post(format!("/results/{municipality}/material"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", format!("form_token={token}"))
        .body(Body::from(format!("key={key}&form_token={token}")))
        .unwrap();
    let response = app(Arc::clone(&setup.state))
        .oneshot(request)
        .await
        .unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, bytes.to_vec())
}

#[tokio::test]
async fn a_contact_downloads_the_invitations_with_their_municipality_s_code_and_nobody_else_does() {
    let setup = setup(day(2026, 11, 2), 12);
    let (status, page) = contact_page(&setup, "0301", &setup.oslo_key).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("/results/0301/material") && page.contains("/survey/"),
        "{page}"
    );

    let (status, zip) = post_material(&setup, "0301", &setup.oslo_key).await;
    assert_eq!(status, StatusCode::OK);
    assert!(zip.starts_with(b"PK\x03\x04"), "a zip file");
    let text = String::from_utf8_lossy(&zip);
    for language in ["nb", "ar", "ti", "my", "ps", "ckb"] {
        assert!(
            text.contains(&format!("invitasjoner/{language}/page.html")),
            "{language}"
        );
    }
    let start = text.find("/survey/#0301-").expect("the link with the code") + "/survey/#".len();
    let code: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let (_, salt, hash) = setup
        .state
        .db
        .lock()
        .unwrap()
        .municipality("0301")
        .unwrap()
        .unwrap();
    assert!(collector::secrets::verify(&code, &salt, &hash), "{code}");

    let (status, body) = post_material(&setup, "0301", &setup.bergen_key).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(!body.starts_with(b"PK"));
    let wrong = format!("{}X", setup.oslo_key);
    let (status, body) = post_material(&setup, "0301", &wrong).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(!String::from_utf8_lossy(&body).contains("0301-"));
}
