//! The analysts' microdata: one row per valid response, one column per question. For the
//! survey owner's analysts only, never for municipalities, and never on the online server.
//!
//! Nothing in it links a row to a kiosk, a delivery or a moment: no response id, rows in a
//! random order. And no row is unique on what someone who knows a participant could know of
//! them: the quasi-identifiers (municipality, language, participant group, completion time)
//! are coarsened until every combination of them occurs at least `k` times. The rule, the same
//! for every survey, takes the rows whose combination is under `k` and coarsens those rows
//! only, one step at a time, until none is left:
//!
//! 1. the ISO week becomes the month;
//! 2. the language becomes "other";
//! 3. the municipality becomes its county ("county 46": the first two digits of its number);
//! 4. the month becomes the whole period;
//! 5. the county becomes "other";
//! 6. the group becomes "other";
//! 7. rows still in a combination under `k` are left out (the report counts them).
//!
//! So "county 46" means "those of county 46 not shown by municipality", and "other" likewise:
//! a row's combination is always shared by at least `k` rows, whatever the attacker knows of
//! the person. Every step looks only at the combinations' sizes, never at answers. Free text
//! is not in the file: each free-text question has a file of its own with that one column, its
//! answers in a random order, so a text is tied to nobody's row.
//!
//! What this does not cover: answers such as age band and time in Norway are in the file as
//! given, and someone who knows them as well can narrow a combination further. The file is for
//! the owner's analysts only.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use chrono::Datelike;
use ring::rand::{SecureRandom, SystemRandom};
use survey::{Answer, Definition, QuestionKind};

use crate::{PublishError, Row};

/// The main file's name.
pub const RESPONSES_FILE: &str = "responses.csv";

/// The columns that someone who knows a participant may know: what is coarsened.
pub const QUASI_IDENTIFIERS: [&str; 4] = ["municipality", "language", "group", "completed"];

/// The coarsened quasi-identifiers of one row.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Coarse {
    pub municipality: String,
    pub language: String,
    pub group: String,
    pub completed: String,
}

/// Each row's coarsened quasi-identifiers, or `None` for a row left out, by the rule above.
pub fn coarsen(rows: &[Row], k: usize) -> Vec<Option<Coarse>> {
    // How far each row has been coarsened: the number of steps applied to it.
    let mut steps = vec![0usize; rows.len()];
    let of = |row: &Row, steps: usize| Coarse {
        completed: match steps {
            0 => week(row.completed_on),
            1..=3 => month(row.completed_on),
            _ => "whole period".into(),
        },
        language: if steps >= 2 {
            "other".into()
        } else {
            row.language.clone()
        },
        municipality: match steps {
            0..=2 => row.municipality.clone(),
            3 | 4 => county(&row.municipality),
            _ => "other".into(),
        },
        group: if steps >= 6 {
            "other".into()
        } else {
            row.group.clone()
        },
    };
    let combos = |steps: &[usize]| -> Vec<Coarse> {
        rows.iter().zip(steps).map(|(r, s)| of(r, *s)).collect()
    };
    let small = |combos: &[Coarse]| -> Vec<usize> {
        let mut sizes: BTreeMap<&Coarse, usize> = BTreeMap::new();
        for c in combos {
            *sizes.entry(c).or_default() += 1;
        }
        (0..combos.len())
            .filter(|&i| sizes[&combos[i]] < k)
            .collect()
    };
    loop {
        let current = combos(&steps);
        let rows_small: Vec<usize> = small(&current)
            .into_iter()
            .filter(|&i| steps[i] < 6)
            .collect();
        if rows_small.is_empty() {
            let left_out = small(&current);
            return current
                .into_iter()
                .enumerate()
                .map(|(i, c)| (!left_out.contains(&i)).then_some(c))
                .collect();
        }
        // One step for every small row at the least coarsened level, so that rows join
        // others before anyone is coarsened further.
        let least = rows_small
            .iter()
            .map(|&i| steps[i])
            .min()
            .expect("not empty");
        for i in rows_small {
            if steps[i] == least {
                steps[i] += 1;
            }
        }
    }
}

/// A municipality's county: the first two digits of its number.
fn county(municipality: &str) -> String {
    if municipality.len() == 4 && municipality.chars().all(|c| c.is_ascii_digit()) {
        format!("county {}", &municipality[..2])
    } else {
        municipality.to_owned()
    }
}

/// What was written for the analysts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub files: Vec<PathBuf>,
    pub rows: usize,
    /// Rows left out because even fully coarsened they were in a combination under `k`.
    pub left_out: usize,
}

/// Writes the analysts' files into `out`: the coarsened responses and one file per free-text
/// question.
pub fn write(
    out: &Path,
    rows: &[Row],
    definition: &Definition,
    k: usize,
) -> Result<Written, PublishError> {
    let write = |name: &str, text: String| -> Result<PathBuf, PublishError> {
        let path = out.join(name);
        std::fs::write(&path, text).map_err(|source| PublishError::Io {
            path: path.clone(),
            source,
        })?;
        Ok(path)
    };
    let (text, written, left_out) = csv(rows, definition, k);
    let mut files = vec![write(RESPONSES_FILE, text)?];
    for question in definition
        .all_questions()
        .filter(|q| q.kind == QuestionKind::FreeText)
    {
        let mut texts: Vec<&str> = rows
            .iter()
            .filter_map(|r| match r.answers.get(&question.id) {
                Some(Answer::One(text)) if !text.trim().is_empty() => Some(text.as_str()),
                _ => None,
            })
            .collect();
        texts = shuffled(&texts).into_iter().copied().collect();
        let mut file = String::from("text\n");
        for text in texts {
            writeln!(file, "{}", field(text)).unwrap();
        }
        files.push(write(&free_text_file(&question.id), file)?);
    }
    Ok(Written {
        files,
        rows: written,
        left_out,
    })
}

/// The file of one free-text question's answers.
pub fn free_text_file(question: &str) -> String {
    format!("free-text-{question}.csv")
}

/// The CSV text of `rows` without free text, coarsened for `k`; with the rows written and
/// left out.
pub fn csv(rows: &[Row], definition: &Definition, k: usize) -> (String, usize, usize) {
    let questions: Vec<&survey::Question> = definition
        .all_questions()
        .filter(|q| q.kind != QuestionKind::FreeText)
        .collect();
    let mut header = vec!["row", "survey_version"];
    header.extend(QUASI_IDENTIFIERS);
    header.extend(questions.iter().map(|q| q.id.as_str()));
    let mut out = join(header.iter().map(|h| field(h)));
    out.push('\n');
    let coarse = coarsen(rows, k);
    let kept: Vec<(&Row, Coarse)> = rows
        .iter()
        .zip(coarse)
        .filter_map(|(row, c)| c.map(|c| (row, c)))
        .collect();
    let left_out = rows.len() - kept.len();
    for (number, (row, coarse)) in shuffled(&kept).into_iter().enumerate() {
        let mut fields = vec![
            (number + 1).to_string(),
            definition.version.to_string(),
            coarse.municipality.clone(),
            coarse.language.clone(),
            coarse.group.clone(),
            coarse.completed.clone(),
        ];
        fields.extend(questions.iter().map(|q| match row.answers.get(&q.id) {
            Some(Answer::One(value)) => value.clone(),
            Some(Answer::Many(values)) => values.join(";"),
            None => String::new(),
        }));
        writeln!(out, "{}", join(fields.iter().map(|f| field(f)))).unwrap();
    }
    (out, kept.len(), left_out)
}

/// "2026-W45": the ISO week of a date.
pub fn week(date: chrono::NaiveDate) -> String {
    let week = date.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// "2026-11": the month of a date.
pub fn month(date: chrono::NaiveDate) -> String {
    format!("{}-{:02}", date.year(), date.month())
}

/// `rows` in an order drawn from the system's random generator.
fn shuffled<T>(rows: &[T]) -> Vec<&T> {
    let rng = SystemRandom::new();
    let mut keyed: Vec<([u8; 16], &T)> = rows
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

    fn row(id: usize, municipality: &str, language: &str, group: &str, day: u32) -> Row {
        Row {
            response_id: format!("r{id}"),
            municipality: municipality.into(),
            group: group.into(),
            language: language.into(),
            completed_on: chrono::NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            answers: Default::default(),
        }
    }

    #[test]
    fn coarsening_goes_only_as_far_as_the_small_combinations_need() {
        // 10 alike in 0301 stay as they are; 3 in 4601 and 7 in 4602 (other weeks, the same
        // month) only make 10 together, as county 46 with their language "other".
        let mut rows: Vec<Row> = (0..10).map(|i| row(i, "0301", "nb", "g1", 2)).collect();
        rows.extend((10..13).map(|i| row(i, "4601", "nb", "g1", 2)));
        rows.extend((13..20).map(|i| row(i, "4602", "nb", "g1", 9)));
        let coarse = coarsen(&rows, 10);
        assert!(coarse.iter().all(Option::is_some));
        let c = |i: usize| coarse[i].clone().unwrap();
        assert_eq!(c(0).municipality, "0301");
        assert_eq!(c(10).municipality, "county 46");
        assert_eq!(c(19).municipality, "county 46");
        assert_eq!(c(0).completed, "2026-W45");
        assert_eq!(c(0).language, "nb");
        assert_eq!(c(10).language, "other");
        assert_eq!(c(10).completed, "2026-11");
        // One more in 4701 alone cannot reach 10 with anyone: left out, not shown.
        rows.push(row(20, "4701", "ar", "g2", 3));
        let coarse = coarsen(&rows, 10);
        assert!(
            coarse[20].is_none()
                || coarse
                    .iter()
                    .flatten()
                    .filter(|c| **c == coarse[20].clone().unwrap())
                    .count()
                    >= 10
        );
        let mut sizes: std::collections::BTreeMap<Coarse, usize> = Default::default();
        for c in coarse.iter().flatten() {
            *sizes.entry(c.clone()).or_default() += 1;
        }
        assert!(sizes.values().all(|n| *n >= 10), "{sizes:?}");
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
