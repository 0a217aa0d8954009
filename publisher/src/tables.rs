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
//!   still has at least the threshold. This is the audit's own rule
//!   ([`crate::audit::no_small_atoms`]), applied as the tables grow.
//! - No shown count is 0 or everyone in a part a reader can tell apart: that would tell every
//!   member of any small group inside it what they answered. Neighbouring options are shown
//!   together until it holds; a question asked only after an answer is shown only if not all
//!   of those asked gave that answer. Questions that route or are routed have no breakdown.
//! - Whatever is not shown is listed as withheld, the same list whatever the reason, so that
//!   which questions are missing says nothing about anyone's answers.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use collector_data::publication::{
    Filter, MunicipalityResults, National, OptionCount, Part, Publication, Table,
    PUBLICATION_FORMAT,
};
use collector_data::served_pack::ServedPack;
use survey::{Answer, Definition, Question, QuestionKind};

use crate::audit::{breakdown_questions, no_small_atoms, option_sets};
use crate::Row;

/// The questions whose answers may be published: not the screening question (everyone who
/// answered it said no), never free text.
pub fn reported_questions(definition: &Definition) -> Vec<&Question> {
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
    let definition = &pack.definition;
    let k = build.threshold as usize;
    let routing = breakdown_questions(definition);
    let answered_by = |question: &str| -> Vec<usize> {
        (0..rows.len())
            .filter(|&i| rows[i].answers.contains_key(question))
            .collect()
    };
    let mut known: Vec<Vec<usize>> = vec![(0..rows.len()).collect()];
    let mut tables = Vec::new();
    for question in reported_questions(&pack.definition) {
        let answered = answered_by(&question.id);
        if answered.len() < k {
            continue;
        }
        // A question asked after an answer to another tells, by how many answered it, how many
        // gave that answer: never all of those asked.
        if let Some(condition) = &question.show_if {
            if answered.len() >= answered_by(&condition.question).len() {
                continue;
            }
        }
        let all = PartSpec {
            label: "Alle".into(),
            groups: None,
            members: answered.clone(),
        };
        let mut candidates = Vec::new();
        // Questions that route or are routed are never broken down: their respondent counts
        // would tell each group's routing answers.
        let routed = routing.contains(&question.id) || question.show_if.is_some();
        if question.id != definition.group.id && !routed {
            if let Some(parts) = group_parts(rows, &answered, pack, k) {
                candidates.push(parts);
            }
        }
        candidates.push(Vec::new());
        let shown = candidates.into_iter().find_map(|breakdown| {
            // The parts a reader can tell apart: the groups when broken down, else everyone.
            let atoms: Vec<&[usize]> = if breakdown.is_empty() {
                vec![&answered]
            } else {
                breakdown.iter().map(|p| p.members.as_slice()).collect()
            };
            // The group question is a breakdown, like the municipality: that a municipality's
            // respondents are all in one group is what its block tables show anyway.
            let options = if question.id == definition.group.id {
                question
                    .answer_values()
                    .into_iter()
                    .map(|v| vec![v.to_owned()])
                    .collect()
            } else {
                option_groups(question, rows, &atoms)?
            };
            let mut parts = vec![all.clone()];
            parts.extend(breakdown);
            let mut sets = known.clone();
            for part in &parts {
                sets.push(part.members.clone());
                if routing.contains(&question.id) {
                    sets.extend(option_sets(rows, &part.members, &question.id));
                }
            }
            no_small_atoms(rows.len(), &sets, k).then_some((parts, options, sets))
        });
        if let Some((parts, options, sets)) = shown {
            known = sets;
            tables.push(Table {
                question: question.id.clone(),
                text: label(pack, &question.message_id()),
                parts: parts
                    .into_iter()
                    .map(|part| Part {
                        options: option_counts(pack, question, rows, &part.members, &options),
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
    }
    MunicipalityResults {
        name,
        responses: rows.len() as u64,
        withheld: withheld(pack, &tables),
        tables,
    }
}

/// Every reported question not shown, whatever the reason: which questions are missing must
/// not depend on anyone's answers.
pub fn withheld(pack: &ServedPack, tables: &[Table]) -> Vec<String> {
    reported_questions(&pack.definition)
        .into_iter()
        .filter(|q| !tables.iter().any(|t| t.question == q.id))
        .map(|q| label(pack, &q.message_id()))
        .collect()
}

#[derive(Clone)]
struct PartSpec {
    label: String,
    groups: Option<Vec<String>>,
    members: Vec<usize>,
}

/// How many of `members` chose any of `values`.
pub fn chose_any(rows: &[&Row], members: &[usize], question: &str, values: &[String]) -> u64 {
    members
        .iter()
        .filter(|&&m| match rows[m].answers.get(question) {
            Some(Answer::One(value)) => values.contains(value),
            Some(Answer::Many(chosen)) => chosen.iter().any(|v| values.contains(v)),
            None => false,
        })
        .count() as u64
}

/// The question's options, neighbours merged until, in every part a reader can tell apart,
/// each shown count is neither 0 nor everyone: a 0 or an "everyone" would tell every member of
/// a small group inside that part what they answered. `None` when no merging gets there.
fn option_groups(
    question: &Question,
    rows: &[&Row],
    atoms: &[&[usize]],
) -> Option<Vec<Vec<String>>> {
    let mut groups: Vec<Vec<String>> = question
        .answer_values()
        .into_iter()
        .map(|v| vec![v.to_owned()])
        .collect();
    let count = |group: &[String], atom: &[usize]| chose_any(rows, atom, &question.id, group);
    loop {
        let offending = groups.iter().enumerate().find_map(|(i, group)| {
            atoms
                .iter()
                .map(|atom| (count(group, atom), atom.len() as u64))
                .find(|(c, size)| *c == 0 || c == size)
                .map(|(c, size)| (i, c == size))
        });
        let Some((index, everyone)) = offending else {
            return Some(groups);
        };
        if everyone || groups.len() <= 2 {
            return None;
        }
        let total = |group: &[String]| -> u64 { atoms.iter().map(|a| count(group, a)).sum() };
        let neighbour = match (index.checked_sub(1), groups.get(index + 1)) {
            (Some(before), Some(after)) if total(after) < total(&groups[before]) => index + 1,
            (Some(before), _) => before,
            (None, _) => index + 1,
        };
        let (low, high) = (index.min(neighbour), index.max(neighbour));
        let merged = groups.remove(high);
        groups[low].extend(merged);
    }
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
    groups: &[Vec<String>],
) -> Vec<OptionCount> {
    groups
        .iter()
        .map(|values| OptionCount {
            count: chose_any(rows, members, &question.id, values),
            label: values
                .iter()
                .map(|v| label(pack, &question.option_message_id(v)))
                .collect::<Vec<_>>()
                .join(" / "),
            values: values.clone(),
        })
        .collect()
}

/// National figures: for each question, the sum of the municipality figures that show it with
/// every option on its own, so that the national page adds nothing a reader could not add up
/// from the pages.
fn national(municipalities: &BTreeMap<String, MunicipalityResults>, pack: &ServedPack) -> National {
    let mut tables = Vec::new();
    for question in reported_questions(&pack.definition) {
        let mut numbers = Vec::new();
        let mut respondents = 0;
        let mut options: Vec<OptionCount> = Vec::new();
        for (number, results) in municipalities {
            let Some(table) = results.tables.iter().find(|t| t.question == question.id) else {
                continue;
            };
            let all = &table.parts[0];
            if all.options.iter().any(|o| o.values.len() > 1) {
                // Options merged here cannot be added to other municipalities' single options.
                continue;
            }
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
