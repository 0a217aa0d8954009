//! The analysts' files: every file `microdata::write` leaves in the folder is read back, and
//! no row may be one of fewer than 10 on what someone who knows a participant could know
//! (municipality, language, group, time), nor may free text stand beside any other column.

mod common;

use std::collections::BTreeMap;

use common::{pack, rows, uniform, Rng, K};
use publisher::microdata::{self, QUASI_IDENTIFIERS};
use publisher::Row;

/// RFC 4180 records.
fn parse(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    records
}

/// A survey with what makes rows unique: small municipalities, rare languages, one-person
/// groups, answers spread over the whole period.
fn survey() -> Vec<Row> {
    let mut rng = Rng::new(18);
    let mut all = Vec::new();
    for (number, sizes) in [
        ("0301", [40, 25, 6]),
        ("4601", [12, 3, 1]),
        ("4602", [2, 0, 0]),
        ("1101", [9, 9, 0]),
        ("1103", [1, 0, 0]),
        ("5001", [30, 30, 30]),
    ] {
        for (group, size) in ["group-training", "group-introduction", "group-both"]
            .into_iter()
            .zip(sizes)
        {
            all.extend(rows(0, number, group, size, &mut rng, &uniform));
        }
    }
    all
}

#[test]
fn every_analysts_file_has_no_combination_under_ten_and_no_free_text_beside_a_column() {
    let all = survey();
    let out = tempfile::tempdir().unwrap();
    let written = microdata::write(out.path(), &all, &pack().definition, K as usize).unwrap();
    let texts: Vec<&str> = all
        .iter()
        .filter_map(|r| r.answers.get("anything-else"))
        .filter_map(|a| a.as_choice())
        .collect();
    assert!(texts.len() > 20, "the survey has free text to protect");
    let mut files = 0;
    let mut free_text_seen = Vec::new();
    for entry in std::fs::read_dir(out.path()).unwrap() {
        let path = entry.unwrap().path();
        files += 1;
        let records = parse(&std::fs::read_to_string(&path).unwrap());
        let header = &records[0];
        assert!(
            records.iter().all(|r| r.len() == header.len()),
            "{path:?}: ragged"
        );
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("free-text-") {
            assert_eq!(header, &["text"], "{name}: free text stands alone");
            free_text_seen.extend(records[1..].iter().map(|r| r[0].clone()));
            continue;
        }
        for text in &texts {
            assert!(
                !records.iter().flatten().any(|f| f == text),
                "{name} holds free text beside other columns"
            );
        }
        let columns: Vec<usize> = QUASI_IDENTIFIERS
            .iter()
            .map(|q| {
                header
                    .iter()
                    .position(|h| h == q)
                    .unwrap_or_else(|| panic!("{name}: no column {q}"))
            })
            .collect();
        let mut combinations: BTreeMap<Vec<&str>, usize> = BTreeMap::new();
        for record in &records[1..] {
            *combinations
                .entry(columns.iter().map(|&c| record[c].as_str()).collect())
                .or_default() += 1;
        }
        for (combination, count) in &combinations {
            assert!(
                count >= &(K as usize),
                "{name}: {combination:?} occurs {count} times"
            );
        }
        assert_eq!(records.len() - 1, written.rows);
        // Coarsened only as far as needed: the big municipalities keep their names.
        assert!(
            combinations.keys().any(|c| c[0] == "0301"),
            "{combinations:?}"
        );
        assert!(
            combinations.keys().any(|c| c[0] == "county 46"),
            "{combinations:?}"
        );
    }
    assert_eq!(files, written.files.len());
    let mut expected: Vec<String> = texts.iter().map(|t| t.to_string()).collect();
    expected.sort();
    free_text_seen.sort();
    assert_eq!(free_text_seen, expected, "every free text, once");
    assert_eq!(written.rows + written.left_out, all.len());
}
