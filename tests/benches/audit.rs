//! How long building and auditing a whole national publication takes: 360 municipalities and
//! 10,000 responses, as in a real year. A bench binary rather than criterion: one run of each
//! step is what matters, and it prints what it measured.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use end_to_end::responses as support;
use publisher::audit::{audit, Audited};
use publisher::tables;

fn main() {
    let pack = support::demo_served_pack();
    let started = Instant::now();
    let rows = support::country(&pack, 360, 10_000, 7);
    let made = started.elapsed();
    let names: BTreeMap<String, String> = rows
        .iter()
        .map(|r| {
            (
                r.municipality.clone(),
                format!("Kommune {}", r.municipality),
            )
        })
        .collect();
    let keys = publisher::perturb::CellKeys::from_secret(b"bench");
    let started = Instant::now();
    let publication = tables::build(
        &rows,
        &tables::Build {
            pack: &pack,
            names: &names,
            threshold: 10,
            published_on: end_to_end::publishing_day(),
            results_close: end_to_end::publishing_day(),
            keys: &keys,
        },
    );
    let built = started.elapsed();
    let counted: BTreeSet<String> = rows.iter().map(|r| r.response_id.clone()).collect();
    let started = Instant::now();
    let outcome = audit(
        &[Audited {
            publication: &publication,
            counted: &counted,
        }],
        &rows,
        &pack.definition,
        10,
        &keys,
    );
    let audited = started.elapsed();
    let figures: usize = publication
        .municipalities
        .values()
        .flat_map(|m| &m.tables)
        .map(|t| t.parts.len())
        .sum();
    println!(
        "{} responses in {} municipalities ({} with results, {figures} figures) made in {made:.2?}",
        rows.len(),
        names.len(),
        publication.municipalities.len()
    );
    println!("tables built in {built:.2?}");
    println!(
        "audit of the whole publication: {audited:.2?} ({})",
        if outcome.is_ok() { "passed" } else { "REFUSED" }
    );
    assert!(outcome.is_ok(), "{:?}", outcome.err());
}
