//! Per-question distributions for a set of respondents, overall and by participant group and by
//! language, each breakdown cut by the suppression plan for that question's respondents.

use std::collections::BTreeMap;

use survey::answers::Answers;
use survey::{Answer, Question, QuestionKind};

use super::suppression::{self, Cells, Part};
use crate::served_pack::ServedPack;

/// One opened response, as analysis sees it.
#[derive(Debug, Clone)]
pub struct Row {
    pub municipality: String,
    pub group: String,
    pub language: String,
    pub answers: Answers,
}

/// How the respondents who answered a question spread over its options.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Distribution {
    /// Respondents who answered.
    pub respondents: u64,
    /// (option label, how many chose it), in the question's order.
    pub options: Vec<(String, u64)>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct QuestionResult {
    pub id: String,
    pub text: String,
    /// `None` when fewer than the threshold answered it.
    pub overall: Option<Distribution>,
    pub by_group: Vec<(String, Distribution)>,
    pub by_language: Vec<(String, Distribution)>,
}

/// The questions whose distributions may be reported: not the screening question (everyone who
/// answered said no), never free text.
pub fn reported_questions(pack: &ServedPack) -> Vec<&Question> {
    let definition = &pack.definition;
    definition
        .all_questions()
        .filter(|q| q.id != definition.screening.question.id && q.kind != QuestionKind::FreeText)
        .collect()
}

pub fn question_results(
    pack: &ServedPack,
    rows: &[Row],
    k: u64,
    breakdowns: bool,
) -> Vec<QuestionResult> {
    reported_questions(pack)
        .into_iter()
        .map(|question| {
            let answered: Vec<&Row> = rows
                .iter()
                .filter(|r| r.answers.contains_key(&question.id))
                .collect();
            let mut cells = Cells::new();
            for row in &answered {
                *cells
                    .entry((row.group.clone(), row.language.clone()))
                    .or_default() += 1;
            }
            let text = label(pack, &question.message_id());
            let Some(plan) = suppression::plan(&cells, k) else {
                return QuestionResult {
                    id: question.id.clone(),
                    text,
                    overall: None,
                    by_group: Vec::new(),
                    by_language: Vec::new(),
                };
            };
            let part_results = |parts: Option<Vec<Part>>,
                                pick: fn(&Row) -> &str,
                                name: &dyn Fn(&str) -> String,
                                other: &str| {
                if !breakdowns {
                    return Vec::new();
                }
                parts
                    .unwrap_or_default()
                    .into_iter()
                    .map(|part| {
                        let members: Vec<&Row> = answered
                            .iter()
                            .copied()
                            .filter(|r| part.contains(pick(r)))
                            .collect();
                        let label = match &part {
                            Part::One(key) => name(key),
                            Part::Other(_) => other.to_owned(),
                        };
                        (label, distribution(pack, question, &members))
                    })
                    .collect()
            };
            QuestionResult {
                id: question.id.clone(),
                text,
                overall: Some(distribution(pack, question, &answered)),
                by_group: part_results(
                    plan.groups,
                    |r| &r.group,
                    &|g| label(pack, &format!("opt-{g}")),
                    "Andre grupper",
                ),
                by_language: part_results(
                    plan.languages,
                    |r| &r.language,
                    &|l| language_name(pack, l),
                    "Andre språk",
                ),
            }
        })
        .collect()
}

pub fn distribution(pack: &ServedPack, question: &Question, rows: &[&Row]) -> Distribution {
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for row in rows {
        match row.answers.get(&question.id) {
            Some(Answer::One(value)) => *counts.entry(value.clone()).or_default() += 1,
            Some(Answer::Many(values)) => {
                for value in values {
                    *counts.entry(value.clone()).or_default() += 1;
                }
            }
            None => {}
        }
    }
    Distribution {
        respondents: rows.len() as u64,
        options: question
            .options_with_messages()
            .into_iter()
            .map(|(value, message)| {
                (
                    label(pack, &message),
                    counts.get(&value).copied().unwrap_or(0),
                )
            })
            .collect(),
    }
}

/// A message in Norwegian Bokmål, the reports' language.
pub fn label(pack: &ServedPack, message_id: &str) -> String {
    pack.catalog
        .format("nb", message_id, None)
        .map(|t| t.replace(['\u{2068}', '\u{2069}'], ""))
        .unwrap_or_else(|| message_id.to_owned())
}

pub fn language_name(pack: &ServedPack, code: &str) -> String {
    pack.languages
        .iter()
        .find(|l| l.code == code)
        .map(|l| format!("{} ({})", l.autonym, l.english))
        .unwrap_or_else(|| code.to_owned())
}

pub fn load_rows(
    db: &crate::db::Db,
    municipality: Option<&str>,
) -> Result<Vec<Row>, crate::CollectorError> {
    let mut statement = db.connection().prepare(
        "SELECT municipality, participant_group, language, answers FROM analysis
         WHERE ?1 IS NULL OR municipality = ?1 ORDER BY response_id",
    )?;
    let rows = statement.query_map([municipality], |r| {
        let answers: String = r.get(3)?;
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, answers))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (municipality, group, language, answers) = row?;
        out.push(Row {
            municipality,
            group,
            language,
            answers: serde_json::from_str(&answers)
                .map_err(|e| crate::CollectorError::Corrupt(e.to_string()))?,
        });
    }
    Ok(out)
}
