//! The analysts' CSV export: one row per opened response, one column per question, free text
//! included. For the survey owner only, never for municipalities.

use std::fmt::Write;

use survey::Answer;

use crate::db::Db;
use crate::served_pack::ServedPack;
use crate::CollectorError;

/// Writes the CSV and returns how many responses it holds.
pub fn csv(db: &Db, pack: &ServedPack) -> Result<(String, usize), CollectorError> {
    let questions: Vec<&survey::Question> = pack.definition.all_questions().collect();
    let mut out = String::new();
    let mut header = vec![
        "municipality",
        "survey_version",
        "language",
        "group",
        "completed_on",
    ];
    header.extend(questions.iter().map(|q| q.id.as_str()));
    out.push_str(
        &header
            .iter()
            .map(|h| field(h))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push('\n');
    let mut statement = db.connection().prepare(
        "SELECT municipality, survey_version, language, participant_group, completed_on, answers
         FROM analysis ORDER BY municipality, completed_on, response_id",
    )?;
    let mut rows = statement.query([])?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        let answers: survey::answers::Answers = serde_json::from_str(&row.get::<_, String>(5)?)
            .map_err(|e| CollectorError::Corrupt(e.to_string()))?;
        let mut fields = vec![
            row.get::<_, String>(0)?,
            row.get::<_, i64>(1)?.to_string(),
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
        ];
        fields.extend(questions.iter().map(|q| match answers.get(&q.id) {
            Some(Answer::One(value)) => value.clone(),
            Some(Answer::Many(values)) => values.join(";"),
            None => String::new(),
        }));
        writeln!(
            out,
            "{}",
            fields
                .iter()
                .map(|f| field(f))
                .collect::<Vec<_>>()
                .join(",")
        )
        .unwrap();
        count += 1;
    }
    Ok((out, count))
}

/// RFC 4180 quoting, and a leading quote mark for text a spreadsheet would run as a formula.
fn field(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@']) {
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
    use super::field;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("line\nbreak"), "\"line\nbreak\"");
    }
}
