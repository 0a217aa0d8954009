//! The whole chain from a terminal, as an operator would run it: `survey-collector init`,
//! `municipality add`, `serve`; `kiosk-cli enrol`, `fill`, `sync`; then `/metrics` shows the
//! count; after the survey `survey-publish` publishes and writes the analysts' CSV, and
//! `report` writes the municipality's page of the publication.

use std::path::Path;
use std::process::{Command, Output};

use end_to_end::*;

fn run(program: &Path, args: &[&str]) -> String {
    let output: Output = Command::new(program).args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{} {args:?} failed: {}",
        program.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn init_add_serve_enrol_fill_sync_metrics_publish_report() {
    let collector_dir = tempfile::tempdir().unwrap();
    let kiosk_dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let c = |extra: &[&str]| {
        let mut args = vec!["--data-dir", collector_dir.path().to_str().unwrap()];
        args.extend_from_slice(extra);
        run(&collector_binary(), &args)
    };
    let identity = demo_keys().join("collector-identity.txt");
    // The demo pack seals to the demo identity, whose recipient `survey-publish keygen` printed
    // once; a real survey makes its own on the owner's machine.
    let demo_recipient =
        std::fs::read_to_string(demo_keys().join("collector-recipient.txt")).unwrap();
    let recipient = c(&["init", "--recipient", demo_recipient.trim()]);
    assert!(recipient.starts_with("age1"));
    let added = c(&["municipality", "add", "--number", "0301", "--name", "Oslo"]);
    let code = added
        .lines()
        .find_map(|l| l.strip_prefix("access code (shown only now): "))
        .unwrap()
        .to_owned();
    let server = CollectorProcess::start(collector_dir.path(), 0);

    let k = |extra: &[&str]| {
        let mut args = vec![
            "--data-dir",
            kiosk_dir.path().to_str().unwrap(),
            "--today",
            "2026-11-02",
        ];
        args.extend_from_slice(extra);
        run(&workspace_binary("kiosk-cli"), &args)
    };
    assert!(k(&["enrol", "--collector", &server.url, "--code", &code]).contains("for 0301 Oslo"));
    k(&["fill", "--count", "12", "--group", "group-both"]);
    assert!(k(&["sync"]).contains("12 held by the collector, 0 refused, 0 still pending"));
    let status: serde_json::Value = serde_json::from_str(&k(&["status", "--json"])).unwrap();
    assert_eq!(status["responses"]["pending"], 0);
    assert_eq!(status["responses"]["synced"], 12);
    assert_eq!(status["enrolment"]["municipality_number"], "0301");

    let metrics = http_get(&server.admin_url, "/metrics");
    assert!(
        metrics.contains("survey_responses_stored{municipality=\"0301\"} 12"),
        "{metrics}"
    );
    assert!(http_get(&server.url, "/metrics").starts_with("HTTP/1.1 404"));
    server.kill();

    // After the survey and its grace days, the owner publishes with the identity.
    let pack = demo_pack().to_str().unwrap().to_owned();
    let key = demo_keys().join("pack-signing-key.pub");
    let published = run(
        &workspace_binary("survey-publish"),
        &[
            "--collector-data",
            collector_dir.path().to_str().unwrap(),
            "--identity",
            identity.to_str().unwrap(),
            "--out",
            out.path().join("analysts").to_str().unwrap(),
            "--pack",
            &pack,
            "--pack-public-key",
            key.to_str().unwrap(),
            "--today",
            &publishing_day().to_string(),
        ],
    );
    assert!(published.contains("Published publication 1"), "{published}");
    assert!(published.contains("0301 Oslo: 12 responses"), "{published}");
    let csv = std::fs::read_to_string(out.path().join("analysts/responses.csv")).unwrap();
    assert_eq!(csv.lines().count(), 13, "one row per response");
    // Coarsened quasi-identifiers (issue #18): 12 in one municipality and group share them.
    assert!(csv.starts_with("row,survey_version,municipality,language,group,completed,"));

    let report = out.path().join("oslo.html");
    c(&[
        "report",
        "--municipality",
        "0301",
        "--out",
        report.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("12 deltakere har svart"), "{html}");
    assert!(html.contains("<svg"));
}
