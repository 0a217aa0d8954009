//! Every fuzz target over arbitrary bytes and over mutated valid inputs, a few hundred cases
//! each (fewer for the collector's routes, whose code checks hash on purpose slowly), so that
//! `cargo test` keeps each parser's promises without the long runs of `cargo xtask fuzz`.

use std::cell::RefCell;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use survey_fuzz::mutate::{mutate, Rng};
use survey_fuzz::runner::execute;
use survey_fuzz::targets;

/// Runs `name` on `cases` arbitrary inputs and `cases` mutations of its seeds.
fn holds_for(name: &str, cases: u32) {
    let target = RefCell::new(targets::build(name).unwrap());
    let seeds = target.borrow().seeds();
    assert!(!seeds.is_empty(), "{name} has no seeds");
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let check = |input: Vec<u8>| {
        execute(target.borrow_mut().as_mut(), &input)
            .map(|_| ())
            .map_err(|failure| TestCaseError::fail(format!("{name}: {failure}")))
    };

    // The seeds themselves are valid inputs and must pass.
    for seed in &seeds {
        check(seed.clone()).unwrap();
    }
    TestRunner::new(config.clone())
        .run(&prop::collection::vec(any::<u8>(), 0..2048), check)
        .unwrap();
    let bases = seeds.clone();
    let mutated =
        (0..seeds.len(), any::<u64>(), 0..seeds.len()).prop_map(move |(base, seed, other)| {
            let mut rng = Rng::new(seed);
            mutate(&mut rng, &bases[base], &bases[other])
        });
    TestRunner::new(config).run(&mutated, check).unwrap();
}

#[test]
fn wire_messages() {
    holds_for("wire", 300);
}

#[test]
fn sealed_envelope() {
    holds_for("seal", 200);
}

#[test]
fn pack_manifest() {
    holds_for("manifest", 200);
}

#[test]
fn pack_manifest_signature() {
    holds_for("manifest_signature", 300);
}

#[test]
fn fluent_files() {
    holds_for("fluent", 150);
}

#[test]
fn response_plaintext() {
    holds_for("response", 300);
}

#[test]
fn web_survey_code_check() {
    holds_for("http_code", 40);
}

#[test]
fn web_survey_deliveries() {
    holds_for("http_responses", 60);
}

#[test]
fn kiosk_enrolment() {
    holds_for("http_enrol", 40);
}

#[test]
fn kiosk_batches() {
    holds_for("http_batches", 60);
}

#[test]
fn kiosk_batch_bodies_behind_a_valid_signature() {
    holds_for("http_signed_batch_body", 60);
}

/// The first finding: 100,000 nested placeables overflowed the stack inside Fluent's parser and
/// aborted the process; `survey::messages` now refuses nesting deeper than it allows.
#[test]
fn deeply_nested_fluent_placeables_are_a_clean_refusal() {
    let mut target = targets::build("fluent").unwrap();
    let deep = format!("welcome-greeting = {}\n", "{ ".repeat(100_000));
    let outcome = execute(target.as_mut(), deep.as_bytes()).unwrap();
    assert_eq!(outcome, "refused in ui.ftl");
}
