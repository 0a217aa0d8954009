//! Building the publication's tables so that the audit can pass by construction.
//!
//! **The plan never depends on the answers.** Which municipalities have pages, which questions
//! they show, which breakdowns and which answer categories are a function of the survey
//! definition and of the respondent counts per municipality and group only: a decision made by
//! looking at the answers (merging rare options, withholding a question everyone answered
//! alike, dropping a breakdown) would itself be a figure an insider can decode.
//!
//! - A municipality has results only with at least the threshold of responses.
//! - A question is publishable if every participant of the groups it is asked of must answer
//!   it: no follow-up (how many answered it would be how many gave the answer that asks it) and
//!   no optional question. It is shown for a municipality if at least the threshold of its
//!   respondents are asked it, with one part for everyone and, where the groups allow, one part
//!   per participant group (small groups merged into "other groups" until that has enough).
//!   Languages are never a breakdown: with 24 languages nearly every cell would be small.
//! - Each shown figure adds sets of respondents to what a reader can tell apart (the groups, and
//!   the groups a question is asked of). A question, with its breakdown or without, is shown
//!   only if every class of respondents those sets tell apart still has at least the threshold:
//!   the audit's own rule ([`crate::audit::no_small_atoms`]), applied to group counts.
//! - Every option is shown on its own, for every question and every part.
//! - **Counts are perturbed** by the cell key method ([`crate::perturb`]): no shown count is
//!   certain, so a 0, a 1 or an "everyone" tells nobody what anyone answered. A part's total is
//!   its own perturbed cell (the respondents it counts), except where that total is already
//!   public: everyone in a municipality, or everyone on the national page. Percentages are the
//!   page's perturbed option count over that total, and a count is capped at it.
//! - National figures are cells of their own, perturbed like any other (not sums of perturbed
//!   page figures), so subtracting pages from them leaves nothing exact.
//! - Whatever is not shown is listed as withheld, the same list whatever the reason.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use collector_data::publication::{
    Filter, MunicipalityResults, National, OptionCount, Part, Publication, Table,
    PUBLICATION_FORMAT,
};
use collector_data::served_pack::ServedPack;
use survey::{Answer, Definition, Question, QuestionKind};

use crate::audit::no_small_atoms;
use crate::perturb::CellKeys;
use crate::Row;

/// The questions whose answers may be published: not the screening question (everyone who
/// answered it said no), never free text.
pub fn reported_questions(definition: &Definition) -> Vec<&Question> {
    definition
        .all_questions()
        .filter(|q| q.id != definition.screening.question.id && q.kind != QuestionKind::FreeText)
        .collect()
}

/// Whether a question's figures may be published at all: everyone of the groups it is asked of
/// answers it, so who answered it is told by the groups alone.
pub fn publishable(question: &Question) -> bool {
    question.show_if.is_none() && question.is_required()
}

/// The groups a question is asked of (every group for the group question).
pub fn groups_asked(definition: &Definition, question: &str) -> Vec<String> {
    if question == definition.group.id {
        return definition.groups().to_vec();
    }
    let mut groups: Vec<String> = Vec::new();
    for block in definition
        .blocks
        .iter()
        .filter(|b| b.questions.iter().any(|q| q.id == question))
    {
        for group in &block.groups {
            if !groups.contains(group) {
                groups.push(group.clone());
            }
        }
    }
    definition
        .groups()
        .iter()
        .filter(|g| groups.contains(g))
        .cloned()
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
    /// The survey's cell keys, for perturbing every count.
    pub keys: &'a CellKeys,
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
    let national = national(&municipalities, &by_municipality, build);
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

/// The plan of one municipality's page: for each shown question, its parts as (label, groups
/// of the filter, groups counted). A function of the definition and the group sizes only.
pub fn plan(
    definition: &Definition,
    sizes: &BTreeMap<String, usize>,
    threshold: u64,
) -> Vec<(String, Vec<PlannedPart>)> {
    let k = threshold as usize;
    let size = |groups: &[String]| {
        groups
            .iter()
            .map(|g| sizes.get(g).copied().unwrap_or(0))
            .sum::<usize>()
    };
    // Sets a reader can tell apart, as sets of groups; an atom's size is its groups' total.
    let mut known: Vec<BTreeSet<String>> = vec![definition.groups().iter().cloned().collect()];
    let mut shown = Vec::new();
    for question in reported_questions(definition) {
        if !publishable(question) {
            continue;
        }
        let asked = groups_asked(definition, &question.id);
        if size(&asked) < k {
            continue;
        }
        let all = PlannedPart {
            label: "Alle".into(),
            filter_groups: None,
            counted: asked.clone(),
        };
        let is_group = question.id == definition.group.id;
        let mut candidates = Vec::new();
        if !is_group {
            if let Some(parts) = group_parts(&asked, sizes, k) {
                candidates.push(parts);
            }
        }
        candidates.push(Vec::new());
        let chosen = candidates.into_iter().find_map(|breakdown| {
            let mut parts = vec![all.clone()];
            parts.extend(breakdown);
            let mut sets = known.clone();
            for part in &parts {
                sets.push(part.counted.iter().cloned().collect());
            }
            if is_group {
                // Its options are the groups: each becomes a set a reader can tell apart.
                sets.extend(asked.iter().map(|g| BTreeSet::from([g.clone()])));
            }
            group_atoms_large_enough(definition, sizes, &sets, k).then_some((parts, sets))
        });
        if let Some((parts, sets)) = chosen {
            known = sets;
            shown.push((question.id.clone(), parts));
        }
    }
    shown
}

/// One part of a planned table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedPart {
    pub label: String,
    /// The groups its filter names (`None`: everyone).
    pub filter_groups: Option<Vec<String>>,
    /// The groups whose members it counts: the filter's among those asked.
    pub counted: Vec<String>,
}

/// Whether every class of groups that `sets` tell apart (respondents in no set aside) has at
/// least `k` respondents or none.
fn group_atoms_large_enough(
    definition: &Definition,
    sizes: &BTreeMap<String, usize>,
    sets: &[BTreeSet<String>],
    k: usize,
) -> bool {
    // The respondents as one stand-in per group member: the same atoms as the real rows.
    let mut members: Vec<&String> = Vec::new();
    for group in definition.groups() {
        for _ in 0..sizes.get(group).copied().unwrap_or(0) {
            members.push(group);
        }
    }
    let as_indices: Vec<Vec<usize>> = sets
        .iter()
        .map(|set| {
            (0..members.len())
                .filter(|&i| set.contains(members[i]))
                .collect()
        })
        .collect();
    no_small_atoms(members.len(), &as_indices, k)
}

fn municipality_results(
    number: &str,
    name: String,
    rows: &[&Row],
    build: &Build<'_>,
) -> MunicipalityResults {
    let pack = build.pack;
    let definition = &pack.definition;
    let mut sizes: BTreeMap<String, usize> = BTreeMap::new();
    for row in rows {
        *sizes.entry(row.group.clone()).or_default() += 1;
    }
    let municipalities = vec![number.to_owned()];
    let tables: Vec<Table> = plan(definition, &sizes, build.threshold)
        .into_iter()
        .map(|(id, parts)| {
            let question = definition
                .question(&id)
                .expect("planned from the definition");
            Table {
                question: id.clone(),
                text: label(pack, &question.message_id()),
                parts: parts
                    .into_iter()
                    .map(|part| {
                        let filter = Filter {
                            municipalities: municipalities.clone(),
                            groups: part.filter_groups.clone(),
                            languages: None,
                        };
                        let (respondents, counts) =
                            published_part(build.keys, definition, rows, question, &filter);
                        Part {
                            label: if part.label.starts_with("opt-") {
                                label(pack, &part.label)
                            } else {
                                part.label
                            },
                            filter,
                            respondents,
                            options: option_counts(pack, question, counts),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    MunicipalityResults {
        name,
        responses: rows.len() as u64,
        withheld: withheld(pack, &tables),
        tables,
    }
}

/// The published figures of one part: its total and each option's count, every one a cell
/// perturbed with `keys`. The audit calls this too, so figures are checked as they were made.
///
/// A cell is described by the municipalities, the groups it counts, and the question and
/// option (none for a total): the same records under the same description are the same cell,
/// so a group's size shows the same in the group table and in every breakdown.
pub fn published_part(
    keys: &CellKeys,
    definition: &Definition,
    rows: &[&Row],
    question: &Question,
    filter: &Filter,
) -> (u64, Vec<u64>) {
    let asked = groups_asked(definition, &question.id);
    let counted: Vec<String> = asked
        .iter()
        .filter(|g| filter.groups.as_ref().is_none_or(|f| f.contains(g)))
        .cloned()
        .collect();
    let members: Vec<&Row> = rows
        .iter()
        .copied()
        .filter(|r| {
            filter.municipalities.contains(&r.municipality)
                && counted.contains(&r.group)
                && filter
                    .languages
                    .as_ref()
                    .is_none_or(|l| l.contains(&r.language))
        })
        .collect();
    let mut place = format!("{}|{}", filter.municipalities.join(","), counted.join(","));
    if let Some(languages) = &filter.languages {
        place = format!("{place}|languages {}", languages.join(","));
    }
    let is_group = question.id == definition.group.id;
    // Everyone of the municipalities: their number was public during collection, and bounds
    // every group's shown size.
    let everyone = rows
        .iter()
        .filter(|r| filter.municipalities.contains(&r.municipality))
        .count() as u64;
    let respondents = if counted.len() == definition.groups().len() && filter.languages.is_none() {
        members.len() as u64
    } else {
        keys.published(
            &place,
            members.iter().map(|r| r.response_id.as_str()),
            everyone,
        )
    };
    let total = members.len() as u64;
    let counts = question
        .answer_values()
        .into_iter()
        .map(|value| {
            let chose = members.iter().filter(|r| {
                if is_group {
                    r.group == value
                } else {
                    match r.answers.get(&question.id) {
                        Some(Answer::One(v)) => v == value,
                        Some(Answer::Many(vs)) => vs.iter().any(|v| v == value),
                        None => false,
                    }
                }
            });
            // A group's count is the cell of that group's members, as in every breakdown.
            let count = if is_group {
                keys.published(
                    &format!("{}|{value}", filter.municipalities.join(",")),
                    chose.map(|r| r.response_id.as_str()),
                    everyone,
                )
            } else {
                keys.published(
                    &format!("{place}|{}|{value}", question.id),
                    chose.map(|r| r.response_id.as_str()),
                    total,
                )
            };
            // Never more than the part's shown total: no share above 100 %.
            count.min(respondents)
        })
        .collect();
    (respondents, counts)
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

/// One part per group asked with at least `k` respondents, the rest merged into "other groups"
/// (made big enough by merging the smallest shown group in too); `None` when fewer than two
/// parts would remain.
fn group_parts(
    asked: &[String],
    sizes: &BTreeMap<String, usize>,
    k: usize,
) -> Option<Vec<PlannedPart>> {
    let size = |g: &String| sizes.get(g).copied().unwrap_or(0);
    let mut shown: Vec<String> = asked.iter().filter(|g| size(g) >= k).cloned().collect();
    let mut rest: Vec<String> = asked
        .iter()
        .filter(|g| !shown.contains(g))
        .cloned()
        .collect();
    let rest_size = |rest: &[String]| rest.iter().map(size).sum::<usize>();
    while (1..k).contains(&rest_size(&rest)) && !shown.is_empty() {
        let smallest = (0..shown.len())
            .min_by_key(|&i| size(&shown[i]))
            .expect("not empty");
        rest.push(shown.remove(smallest));
    }
    let mut parts: Vec<PlannedPart> = shown
        .into_iter()
        .map(|group| PlannedPart {
            label: format!("opt-{group}"),
            filter_groups: Some(vec![group.clone()]),
            counted: vec![group],
        })
        .collect();
    if rest_size(&rest) > 0 {
        rest.sort_by_key(|g| asked.iter().position(|a| a == g));
        parts.push(PlannedPart {
            label: "Andre grupper".into(),
            filter_groups: Some(rest.clone()),
            counted: rest,
        });
    }
    (parts.len() >= 2).then_some(parts)
}

fn option_counts(pack: &ServedPack, question: &Question, counts: Vec<u64>) -> Vec<OptionCount> {
    question
        .answer_values()
        .into_iter()
        .zip(counts)
        .map(|(value, count)| OptionCount {
            values: vec![value.to_owned()],
            label: label(pack, &question.option_message_id(value)),
            count,
        })
        .collect()
}

/// National figures: for each question, one part over every municipality whose page shows it
/// (so the national page covers nobody the pages do not), counted as cells of their own.
fn national(
    municipalities: &BTreeMap<String, MunicipalityResults>,
    rows: &BTreeMap<&str, Vec<&Row>>,
    build: &Build<'_>,
) -> National {
    let pack = build.pack;
    let mut tables = Vec::new();
    for question in reported_questions(&pack.definition) {
        let numbers: Vec<String> = municipalities
            .iter()
            .filter(|(_, results)| results.tables.iter().any(|t| t.question == question.id))
            .map(|(number, _)| number.clone())
            .collect();
        if numbers.is_empty() {
            continue;
        }
        let counted: Vec<&Row> = numbers
            .iter()
            .flat_map(|n| rows.get(n.as_str()).into_iter().flatten().copied())
            .collect();
        let filter = Filter {
            municipalities: numbers,
            groups: None,
            languages: None,
        };
        let (respondents, counts) =
            published_part(build.keys, &pack.definition, &counted, question, &filter);
        tables.push(Table {
            question: question.id.clone(),
            text: label(pack, &question.message_id()),
            parts: vec![Part {
                label: "Alle".into(),
                filter,
                respondents,
                options: option_counts(pack, question, counts),
            }],
        });
    }
    National {
        responses: municipalities.values().map(|m| m.responses).sum(),
        municipalities: municipalities.len() as u64,
        tables,
    }
}
