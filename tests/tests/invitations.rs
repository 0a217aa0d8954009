//! `survey-collector invitation` as a municipality's coordinator runs it: every language gets a
//! printable page whose QR code (read back from the page as Chromium draws it) is the link with
//! the code after "#", an SMS text with its part count, an e-mail and a lesson guide. A code
//! that is not the municipality's is refused.

use std::process::Command;

use end_to_end::browser::{Browser, Device};
use end_to_end::*;

const PAGE: Device = Device {
    name: "print",
    width: 1000,
    height: 1800,
    touch: false,
};

fn invitation(data: &std::path::Path, code: &str, out: &std::path::Path) -> std::process::Output {
    invitation_with(
        data,
        code,
        out,
        &[
            "--closes",
            "2026-12-31",
            "--base-url",
            "https://survey.example.no",
        ],
    )
}

/// The command with the pack it bounds the closing date by, and `args` besides.
fn invitation_with(
    data: &std::path::Path,
    code: &str,
    out: &std::path::Path,
    args: &[&str],
) -> std::process::Output {
    Command::new(collector_binary())
        .env_remove("SURVEY_PUBLIC_URL")
        .arg("--data-dir")
        .arg(data)
        .args(["invitation", "--municipality", "0301", "--code", code])
        .args(args)
        .arg("--pack")
        .arg(demo_pack())
        .arg("--pack-public-key")
        .arg(demo_keys().join("pack-signing-key.pub"))
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

/// Runs the command with `args` for Oslo's right code: it must fail saying `said`, writing nothing.
fn refused(args: &[&str], said: &str) {
    let data = initialised_data_dir();
    let code = collector::db::Db::open(data.path())
        .unwrap()
        .add_municipality("0301", "Oslo")
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let run = invitation_with(data.path(), &code, &out.path().join("inv"), args);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success(), "{args:?} was taken");
    assert!(stderr.contains(said), "{args:?}: {stderr}");
    assert!(!out.path().join("inv").exists(), "nothing written");
}

#[test]
fn a_plain_http_base_url_to_another_machine_is_refused() {
    refused(
        &["--closes", "2026-12-31", "--base-url", "http://survey.example.no"],
        "the invitation would link to http://survey.example.no: participants' codes and answers must travel over https",
    );
}

#[test]
fn a_missing_base_url_is_refused() {
    refused(&["--closes", "2026-12-31"], "--base-url");
}

#[test]
fn a_closing_date_outside_the_survey_period_is_refused() {
    // The demo survey takes responses from 2026-10-10 to 2026-12-31.
    for closes in ["2026-10-09", "2027-01-01"] {
        refused(
            &["--closes", closes, "--base-url", "https://survey.example.no"],
            &format!("the invitation would say the survey closes on {closes}, but the survey takes responses from 2026-10-10 to 2026-12-31"),
        );
    }
}

/// The text of the QR code in a PNG screenshot.
fn read_qr(png_bytes: &[u8]) -> String {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    let channels = frame.color_type.samples();
    let width = frame.width as usize;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, frame.height as usize, |x, y| {
            let at = (y * width + x) * channels;
            ((pixels[at] as u32 + pixels[at + 1] as u32 + pixels[at + 2] as u32) / 3) as u8
        });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the page");
    grids[0].decode().expect("a readable QR code").1
}

#[tokio::test(flavor = "multi_thread")]
async fn every_language_gets_a_page_whose_qr_code_is_the_link_an_sms_an_email_and_a_guide() {
    let data = initialised_data_dir();
    let code = collector::db::Db::open(data.path())
        .unwrap()
        .add_municipality("0301", "Oslo")
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let run = invitation(data.path(), &code, out.path());
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // Each language's page, SMS and e-mail open on its invitation, read aloud; the lesson
    // guide, for a class of many languages, on all of them; each gives the demo too.
    let link_in = |language: &str| format!("https://survey.example.no/survey/#{language}/{code}");
    let link = format!("https://survey.example.no/survey/#{code}");
    let demo = "https://survey.example.no/survey/demo/";

    let sms = std::fs::read_to_string(out.path().join("sms.tsv")).unwrap();
    let rows: Vec<Vec<&str>> = sms
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(rows.len(), 24);
    for row in &rows {
        let parts: usize = row[3].parse().unwrap();
        let units: usize = row[2].parse().unwrap();
        let single = if row[1] == "GSM-7" { 160 } else { 70 };
        assert_eq!(parts == 1, units <= single, "{row:?}");
        assert!(row[4].ends_with(&link_in(row[0])), "{row:?}");
    }
    let part_count = |language: &str| rows.iter().find(|r| r[0] == language).unwrap()[3];
    assert_eq!(part_count("nb"), "1", "Norwegian fits one SMS");
    assert_eq!(
        part_count("ar"),
        "2",
        "Arabic needs UCS-2, and the link makes it two parts"
    );

    let browser = Browser::start(PAGE).await;
    let shots = repo().join("target/invitation-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    for row in &rows {
        let language = row[0];
        let dir = out.path().join(language);
        for file in ["page.html", "sms.txt", "email.txt", "lesson.txt"] {
            assert!(dir.join(file).is_file(), "{language}/{file}");
        }
        let email = std::fs::read_to_string(dir.join("email.txt")).unwrap();
        assert!(
            email.contains(&link_in(language)) && email.contains("Oslo") && email.contains(demo),
            "{language}: {email}"
        );
        let lesson = std::fs::read_to_string(dir.join("lesson.txt")).unwrap();
        assert!(
            lesson.contains(&link) && lesson.contains(demo),
            "{language}: {lesson}"
        );
        browser
            .goto(&format!("file://{}", dir.join("page.html").display()))
            .await;
        browser.wait_for(".qr svg").await;
        let png = browser.screenshot().await;
        std::fs::write(shots.join(format!("{language}.png")), &png).unwrap();
        assert_eq!(read_qr(&png), link_in(language), "{language}");
        let page = std::fs::read_to_string(dir.join("page.html")).unwrap();
        assert!(page.contains(demo), "{language}");
    }
    browser.quit().await;
}

#[test]
fn a_code_that_is_not_the_municipality_s_is_refused() {
    let data = initialised_data_dir();
    collector::db::Db::open(data.path())
        .unwrap()
        .add_municipality("0301", "Oslo")
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let run = invitation(
        data.path(),
        "0301-AAAA-BBBB-CCCC-DDDD",
        &out.path().join("inv"),
    );
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("not municipality 0301's access code"));
    assert!(!out.path().join("inv").exists(), "nothing written");
}
