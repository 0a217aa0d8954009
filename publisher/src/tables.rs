//! Building the publication's tables so that the audit can pass by construction.
//!
//! - A municipality has results only with at least the threshold of responses; national figures
//!   add up municipality figures and nothing else, so subtracting a page from the national one
//!   leaves other pages, never a small municipality.
//! - A question is shown for a municipality only if at least the threshold answered it. Its
//!   parts are everyone who answered and, where it is safe, one part per participant group
//!   (small groups merged into "other groups" until that has enough). Languages are never a
//!   breakdown: with 24 languages nearly every cell would be small.
//! - Each shown figure adds sets to what a reader knows (for the group question and the
//!   questions that route to others, also who chose each option). A question, with its
//!   breakdown or without, is shown only if every class of respondents those sets tell apart
//!   still has at least the threshold; otherwise it is withheld, with one reason for all.
//!   This is the audit's own rule ([`crate::audit::no_small_atoms`]), applied as the tables
//!   grow.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use collector::publication::{
    Filter, MunicipalityResults, National, OptionCount, Part, Publication, Table,
    PUBLICATION_FORMAT,
};
use collector::served_pack::ServedPack;
use survey::{Answer, Question, QuestionKind};

use crate::audit::{breakdown_questions, no_small_atoms, option_sets};
use crate::Row;

/// The questions whose answers may be published: not the screening question (everyone who
/// answered it said no), never free text.
pub fn reported_questions(pack: &ServedPack) -> Vec<&Question> {
    let definition = &pack.definition;
    definition
        .all_questions()
        .filter(|q| q.id != definition.screening.question.id && q.kind != QuestionKind::FreeText)
        .collect()
}

/// A message in Norwegian Bokmål, the pages' language.
pub fn label(pack: &ServedPack, message_id: &str) -> String {
    pack.catalog
        .format("nb", message_id, None)
        .map(|t| t.replace(['\u{2068}', '\u{2069}'], ""))
        .unwrap_or_else(|| message_id.to_owned())
}

pub struct Build<'a> {
    pub pack: &'a ServedPack,
    /// Municipality names by number.
    pub names: &'a BTreeMap<String, String>,
    pub threshold: u64,
    pub published_on: NaiveDate,
    pub results_close: NaiveDate,
}

/// The publication of `rows` (the responses it counts).
pub fn build(rows: &[Row], build: &Build<'_>) -> Publication {
    let mut by_municipality: BTreeMap<&str, Vec<&Row>> = BTreeMap::new();
    for row in rows {
        by_municipality
            .entry(row.municipality.as_str())
            .or_default()
            .push(row);
    }
    let municipalities: BTreeMap<String, MunicipalityResults> = by_municipality
        .iter()
        .filter(|(_, rows)| rows.len() as u64 >= build.threshold)
        .map(|(number, rows)| {
            let name = build.names.get(*number).cloned().unwrap_or_default();
            (
                number.to_string(),
                municipality_results(number, name, rows, build),
            )
        })
        .collect();
    let national = national(&municipalities, build.pack);
    Publication {
        format: PUBLICATION_FORMAT,
        survey_id: build.pack.survey_id.clone(),
        survey_version: build.pack.survey_version,
        published_on: build.published_on,
        threshold: build.threshold,
        results_close: build.results_close,
        national,
        municipalities,
    }
}

fn municipality_results(
    number: &str,
    name: String,
    rows: &[&Row],
    build: &Build<'_>,
) -> MunicipalityResults {
    let pack = build.pack;
    let k = build.threshold as usize;
    let routing = breakdown_questions(&pack.definition);
    let mut known: Vec<Vec<usize>> = vec![(0..rows.len()).collect()];
    let mut tables = Vec::new();
    let mut withheld = Vec::new();
    for question in reported_questions(pack) {
        let answered: Vec<usize> = (0..rows.len())
            .filter(|&i| rows[i].answers.contains_key(&question.id))
            .collect();
        if answered.is_empty() {
            continue;
        }
        let text = label(pack, &question.message_id());
        let mut candidates = Vec::new();
        if answered.len() >= k {
            if question.id != pack.definition.group.id {
                if let Some(parts) = group_parts(rows, &answered, pack, k) {
                    candidates.push(parts);
                }
            }
            candidates.push(vec![PartSpec {
                label: "Alle".into(),
                groups: None,
                members: answered.clone(),
            }]);
        }
        let shown = candidates.into_iter().find_map(|mut parts| {
            if parts.len() > 1 {
                parts.insert(
                    0,
                    PartSpec {
                        label: "Alle".into(),
                        groups: None,
                        members: answered.clone(),
                    },
                );
            }
            let mut sets = known.clone();
            for part in &parts {
                sets.push(part.members.clone());
                if routing.contains(&question.id) {
                    sets.extend(option_sets(rows, &part.members, &question.id));
                }
            }
            no_small_atoms(rows.len(), &sets, k).then_some((parts, sets))
        });
        match shown {
            Some((parts, sets)) => {
                known = sets;
                tables.push(Table {
                    question: question.id.clone(),
                    text,
                    parts: parts
                        .into_iter()
                        .map(|part| Part {
                            options: option_counts(pack, question, rows, &part.members),
                            respondents: part.members.len() as u64,
                            label: part.label,
                            filter: Filter {
                                municipalities: vec![number.to_owned()],
                                groups: part.groups,
                                languages: None,
                            },
                        })
                        .collect(),
                });
            }
            None => withheld.push(text),
        }
    }
    MunicipalityResults {
        name,
        responses: rows.len() as u64,
        tables,
        withheld,
    }
}

struct PartSpec {
    label: String,
    groups: Option<Vec<String>>,
    members: Vec<usize>,
}

/// One part per participant group with enough respondents, the rest merged into "other groups"
/// (made big enough by merging the smallest shown group in too); `None` when fewer than two
/// parts would remain.
fn group_parts(
    rows: &[&Row],
    answered: &[usize],
    pack: &ServedPack,
    k: usize,
) -> Option<Vec<PartSpec>> {
    let groups = pack.definition.groups();
    let members_of = |group: &str| -> Vec<usize> {
        answered
            .iter()
            .copied()
            .filter(|&i| rows[i].group == group)
            .collect()
    };
    let mut shown: Vec<(String, Vec<usize>)> = groups
        .iter()
        .map(|g| (g.clone(), members_of(g)))
        .filter(|(_, members)| members.len() >= k)
        .collect();
    let mut rest: Vec<String> = groups
        .iter()
        .filter(|g| !shown.iter().any(|(s, _)| s == *g))
        .cloned()
        .collect();
    let rest_size = |rest: &[String]| rest.iter().map(|g| members_of(g).len()).sum::<usize>();
    while (1..k).contains(&rest_size(&rest)) && !shown.is_empty() {
        let smallest = (0..shown.len())
            .min_by_key(|&i| shown[i].1.len())
            .expect("not empty");
        rest.push(shown.remove(smallest).0);
    }
    let mut parts: Vec<PartSpec> = shown
        .into_iter()
        .map(|(group, members)| PartSpec {
            label: label(pack, &format!("opt-{group}")),
            groups: Some(vec![group]),
            members,
        })
        .collect();
    let rest_members: Vec<usize> = answered
        .iter()
        .copied()
        .filter(|&i| rest.contains(&rows[i].group))
        .collect();
    if !rest_members.is_empty() {
        parts.push(PartSpec {
            label: "Andre grupper".into(),
            groups: Some(rest),
            members: rest_members,
        });
    }
    (parts.len() >= 2).then_some(parts)
}

fn option_counts(
    pack: &ServedPack,
    question: &Question,
    rows: &[&Row],
    members: &[usize],
) -> Vec<OptionCount> {
    let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
    for &member in members {
        match rows[member].answers.get(&question.id) {
            Some(Answer::One(value)) => *counts.entry(value).or_default() += 1,
            Some(Answer::Many(values)) => {
                for value in values {
                    *counts.entry(value).or_default() += 1;
                }
            }
            None => {}
        }
    }
    question
        .options_with_messages()
        .into_iter()
        .map(|(value, message)| OptionCount {
            count: counts.get(value.as_str()).copied().unwrap_or(0),
            label: label(pack, &message),
            value,
        })
        .collect()
}

/// National figures: for each question, the sum of the municipality figures that show it, so
/// that the national page adds nothing a reader could not add up from the pages.
fn national(municipalities: &BTreeMap<String, MunicipalityResults>, pack: &ServedPack) -> National {
    let mut tables = Vec::new();
    for question in reported_questions(pack) {
        let mut numbers = Vec::new();
        let mut respondents = 0;
        let mut options: Vec<OptionCount> = Vec::new();
        for (number, results) in municipalities {
            let Some(table) = results.tables.iter().find(|t| t.question == question.id) else {
                continue;
            };
            let all = &table.parts[0];
            numbers.push(number.clone());
            respondents += all.respondents;
            if options.is_empty() {
                options = all.options.clone();
            } else {
                for (sum, option) in options.iter_mut().zip(&all.options) {
                    sum.count += option.count;
                }
            }
        }
        if numbers.is_empty() {
            continue;
        }
        tables.push(Table {
            question: question.id.clone(),
            text: label(pack, &question.message_id()),
            parts: vec![Part {
                label: "Alle".into(),
                filter: Filter {
                    municipalities: numbers,
                    groups: None,
                    languages: None,
                },
                respondents,
                options,
            }],
        });
    }
    National {
        responses: municipalities.values().map(|m| m.responses).sum(),
        municipalities: municipalities.len() as u64,
        tables,
    }
}
