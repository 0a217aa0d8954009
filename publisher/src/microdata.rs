//! The analysts' microdata: one row per valid response, one column per question, free text
//! included. For the survey owner's analysts only, never for municipalities, and never on the
//! online server.
//!
//! Nothing in it links a row to a kiosk, a delivery or a moment: no response id, the completion
//! date coarsened to its ISO week, and rows in a random order.

use std::fmt::Write;

use chrono::Datelike;
use ring::rand::{SecureRandom, SystemRandom};
use survey::{Answer, Definition};

use crate::Row;

/// The CSV text of `rows`.
pub fn csv(rows: &[Row], definition: &Definition) -> String {
    let questions: Vec<&survey::Question> = definition.all_questions().collect();
    let mut header = vec![
        "row",
        "municipality",
        "survey_version",
        "language",
        "group",
        "completed_week",
    ];
    header.extend(questions.iter().map(|q| q.id.as_str()));
    let mut out = join(header.iter().map(|h| field(h)));
    out.push('\n');
    for (number, row) in shuffled(rows).into_iter().enumerate() {
        let mut fields = vec![
            (number + 1).to_string(),
            row.municipality.clone(),
            definition.version.to_string(),
            row.language.clone(),
            row.group.clone(),
            week(row.completed_on),
        ];
        fields.extend(questions.iter().map(|q| match row.answers.get(&q.id) {
            Some(Answer::One(value)) => value.clone(),
            Some(Answer::Many(values)) => values.join(";"),
            None => String::new(),
        }));
        writeln!(out, "{}", join(fields.iter().map(|f| field(f)))).unwrap();
    }
    out
}

/// "2026-W45": the ISO week of a date.
pub fn week(date: chrono::NaiveDate) -> String {
    let week = date.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// `rows` in an order drawn from the system's random generator.
fn shuffled(rows: &[Row]) -> Vec<&Row> {
    let rng = SystemRandom::new();
    let mut keyed: Vec<([u8; 16], &Row)> = rows
        .iter()
        .map(|row| {
            let mut key = [0u8; 16];
            rng.fill(&mut key).expect("the system RNG works");
            (key, row)
        })
        .collect();
    keyed.sort_unstable_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, row)| row).collect()
}

fn join(fields: impl Iterator<Item = String>) -> String {
    fields.collect::<Vec<_>>().join(",")
}

/// RFC 4180 quoting, and a leading quote mark for text a spreadsheet would run as a formula
/// (OWASP's list: = + - @ tab and carriage return).
fn field(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("\tcmd"), "'\tcmd");
        assert_eq!(field("\rcmd"), "\"'\rcmd\"");
        assert_eq!(field("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn dates_become_iso_weeks() {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        assert_eq!(week(day(2)), "2026-W45");
        assert_eq!(week(day(8)), "2026-W45");
        assert_eq!(week(day(9)), "2026-W46");
        let new_year = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        assert_eq!(week(new_year), "2026-W53");
    }
}
