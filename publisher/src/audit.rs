//! The audit: thinks like an attacker who holds every published figure at once (every
//! municipality's page, the national page, the progress counts, and any earlier publication
//! people may have kept) and knows that counts are whole and non-negative.
//!
//! Every figure counts a set of respondents that its [`Filter`] and question describe, so the
//! attacker's knowledge is a family of sets with known sizes and known option counts. What can
//! be singled out is exactly what the family tells apart: its atoms, the classes of respondents
//! that belong to the same published sets. Any set an attacker can describe with the published
//! breakdowns (municipality, group, language, routing path) is a union of atoms; any count they
//! can bound is a sum over atoms. So the publication is safe when every atom that lies inside a
//! published answer figure has at least the threshold of respondents: then every describable
//! set is empty or at least that large, and for a set of 1 to threshold-1 respondents that
//! cannot be described, no figure separates its members from those they share an atom with,
//! so nothing pins down how many of them chose an option, not "all" and not "none".
//!
//! The check is exact for that model and linear in respondents times figures: no search, no
//! solver, nothing that a made-up value can make slow. Before the atoms are checked, every
//! figure is recomputed from the opened responses, so a figure that does not count what its
//! filter says is refused too.
//!
//! [`Filter`]: collector::publication::Filter

use std::collections::{BTreeSet, HashMap};

use collector::publication::{Part, Publication, Table};
use survey::{Answer, Definition};

use crate::Row;

/// Something the audit refused, said so the owner can see what and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A class of this many respondents can be singled out; `figures` name the figures that
    /// cover it.
    SmallGroup {
        respondents: usize,
        municipalities: Vec<String>,
        figures: Vec<String>,
    },
    /// A shown count, or one worked out by subtracting shown counts, is 0 or everyone: every
    /// member of a small group inside those respondents would have that answer told.
    AllOrNone {
        figure: String,
        options: String,
        respondents: u64,
        count: u64,
    },
    /// A figure does not count what its filter says.
    Mismatch { figure: String, detail: String },
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Finding::SmallGroup {
                respondents,
                municipalities,
                figures,
            } => write!(
                f,
                "- {respondents} respondents in {} can be singled out by: {}",
                municipalities.join(", "),
                figures.join("; ")
            ),
            Finding::AllOrNone {
                figure,
                options,
                respondents,
                count,
            } => write!(
                f,
                "- {figure}: {count} of {respondents} chose {options}, which tells each of them"
            ),
            Finding::Mismatch { figure, detail } => write!(f, "- {figure}: {detail}"),
        }
    }
}

/// A class of respondents that lie in exactly the same sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Atom {
    pub members: Vec<usize>,
    /// Indices of the sets that hold it.
    pub sets: Vec<usize>,
}

/// The atoms of `sets` over respondents `0..universe` (respondents in no set are left out).
pub fn atoms(universe: usize, sets: &[Vec<usize>]) -> Vec<Atom> {
    let mut membership: Vec<Vec<usize>> = vec![Vec::new(); universe];
    for (index, set) in sets.iter().enumerate() {
        for &member in set {
            membership[member].push(index);
        }
    }
    let mut classes: HashMap<Vec<usize>, Vec<usize>> = HashMap::new();
    for (member, sets) in membership.into_iter().enumerate() {
        if !sets.is_empty() {
            classes.entry(sets).or_default().push(member);
        }
    }
    let mut atoms: Vec<Atom> = classes
        .into_iter()
        .map(|(sets, members)| Atom { members, sets })
        .collect();
    atoms.sort_by(|a, b| a.members.cmp(&b.members));
    atoms
}

/// Whether every atom of `sets` has at least `threshold` respondents.
pub fn no_small_atoms(universe: usize, sets: &[Vec<usize>], threshold: usize) -> bool {
    atoms(universe, sets)
        .iter()
        .all(|atom| atom.members.len() >= threshold)
}

/// The questions whose options single out a breakdown: the group question, and every question
/// another question's `show_if` names (its answers are routing paths).
pub fn breakdown_questions(definition: &Definition) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = definition
        .all_questions()
        .filter_map(|q| q.show_if.as_ref().map(|c| c.question.clone()))
        .collect();
    ids.insert(definition.group.id.clone());
    ids
}

/// The respondents among `members` who chose each option value, for a breakdown question.
pub fn option_sets(rows: &[&Row], members: &[usize], question: &str) -> Vec<Vec<usize>> {
    let mut by_value: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for &member in members {
        match rows[member].answers.get(question) {
            Some(Answer::One(value)) => by_value.entry(value).or_default().push(member),
            Some(Answer::Many(values)) => {
                for value in values {
                    by_value.entry(value).or_default().push(member);
                }
            }
            None => {}
        }
    }
    by_value.into_values().collect()
}

/// One publication to audit with the responses it counted (by response id).
pub struct Audited<'a> {
    pub publication: &'a Publication,
    pub counted: &'a BTreeSet<String>,
}

/// Audits `publications` together (a replacement with the one it replaces) over `rows`, every
/// valid response. `progress` holds every municipality's full count, as contact persons saw it
/// during collection.
pub fn audit(
    publications: &[Audited<'_>],
    rows: &[Row],
    definition: &Definition,
    threshold: u64,
) -> Result<(), Vec<Finding>> {
    let rows: Vec<&Row> = rows.iter().collect();
    let breakdown = breakdown_questions(definition);
    let mut findings = Vec::new();
    let mut sets: Vec<Vec<usize>> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut answer_figure: Vec<bool> = Vec::new();
    let mut shown: Vec<Shown> = Vec::new();
    // Every municipality's full count was shown to its contacts during collection.
    let mut by_municipality: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (index, row) in rows.iter().enumerate() {
        by_municipality
            .entry(row.municipality.as_str())
            .or_default()
            .push(index);
    }
    for (number, members) in &by_municipality {
        sets.push(members.clone());
        names.push(format!("progress count of {number}"));
        answer_figure.push(false);
    }
    for (version, audited) in publications.iter().enumerate() {
        let counted: Vec<bool> = rows
            .iter()
            .map(|r| audited.counted.contains(&r.response_id))
            .collect();
        let publication = audited.publication;
        let by_municipality = &by_municipality;
        let shown = &mut shown;
        let mut figure = |tables: &[Table], page: &str| {
            for table in tables {
                for part in &table.parts {
                    let name = format!(
                        "publication {}, {page}, {} ({})",
                        version + 1,
                        table.question,
                        part.label
                    );
                    let members =
                        members_of(&rows, by_municipality, &counted, &table.question, part);
                    if let Some(detail) = recount(&rows, &members, &table.question, part) {
                        findings.push(Finding::Mismatch {
                            figure: name.clone(),
                            detail,
                        });
                    }
                    shown.push(Shown {
                        question: table.question.clone(),
                        name: name.clone(),
                        municipalities: part.filter.municipalities.clone(),
                        members: members.clone(),
                        options: part
                            .options
                            .iter()
                            .map(|o| (o.values.clone(), o.count))
                            .collect(),
                    });
                    if let Some(condition) = definition
                        .question(&table.question)
                        .and_then(|q| q.show_if.as_ref())
                    {
                        // Who answered a follow-up is who gave the answer that asks it: a
                        // count of that answer among those asked the first question.
                        let asked_first =
                            members_of(&rows, by_municipality, &counted, &condition.question, part);
                        shown.push(Shown {
                            question: condition.question.clone(),
                            name: format!("{name}, its respondents"),
                            municipalities: part.filter.municipalities.clone(),
                            members: asked_first,
                            options: vec![(vec![condition.answer.clone()], members.len() as u64)],
                        });
                    }
                    if breakdown.contains(&table.question) {
                        for chosen in option_sets(&rows, &members, &table.question) {
                            sets.push(chosen);
                            names.push(format!("{name}, its options"));
                            answer_figure.push(true);
                        }
                    }
                    sets.push(members);
                    names.push(name);
                    answer_figure.push(true);
                }
            }
        };
        for (number, results) in &publication.municipalities {
            figure(&results.tables, &format!("page of {number}"));
        }
        figure(&publication.national.tables, "national page");
        let page_totals: u64 = publication
            .municipalities
            .values()
            .map(|m| m.responses)
            .sum();
        if publication.national.responses != page_totals
            || publication.national.municipalities != publication.municipalities.len() as u64
        {
            findings.push(Finding::Mismatch {
                figure: format!("publication {}, national page", version + 1),
                detail: "its totals are not the sum of the municipality pages".into(),
            });
        }
        let reported = crate::tables::reported_questions(definition).len();
        for (number, results) in &publication.municipalities {
            if results.withheld.len() + results.tables.len() != reported {
                findings.push(Finding::Mismatch {
                    figure: format!("publication {}, page of {number}", version + 1),
                    detail: "the withheld list is not every question not shown".into(),
                });
            }
        }
        for (number, results) in &publication.municipalities {
            let members: Vec<usize> = by_municipality
                .get(number.as_str())
                .into_iter()
                .flatten()
                .copied()
                .filter(|&i| counted[i])
                .collect();
            if members.len() as u64 != results.responses {
                findings.push(Finding::Mismatch {
                    figure: format!("publication {}, page of {number}", version + 1),
                    detail: format!(
                        "says {} responses, counted {}",
                        results.responses,
                        members.len()
                    ),
                });
            }
            sets.push(members);
            names.push(format!(
                "publication {}, response count of {number}",
                version + 1
            ));
            answer_figure.push(false);
        }
    }
    findings.extend(all_or_none(&shown, &definition.group.id));
    for atom in atoms(rows.len(), &sets) {
        let in_answers = atom.sets.iter().any(|&s| answer_figure[s]);
        if in_answers && (atom.members.len() as u64) < threshold {
            let municipalities: BTreeSet<String> = atom
                .members
                .iter()
                .map(|&m| rows[m].municipality.clone())
                .collect();
            findings.push(Finding::SmallGroup {
                respondents: atom.members.len(),
                municipalities: municipalities.into_iter().collect(),
                figures: atom.sets.iter().map(|&s| names[s].clone()).collect(),
            });
        }
    }
    if findings.is_empty() {
        Ok(())
    } else {
        Err(findings)
    }
}

/// A shown figure as the all-or-none check needs it.
struct Shown {
    question: String,
    name: String,
    municipalities: Vec<String>,
    members: Vec<usize>,
    /// (the options shown together, how many chose any of them)
    options: Vec<(Vec<String>, u64)>,
}

/// Every shown count, and every count worked out by taking the figures inside a figure away
/// from it, must be neither 0 nor everyone. The group question is left out: the group is a
/// breakdown, like the municipality.
fn all_or_none(shown: &[Shown], group_question: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut by_question: std::collections::BTreeMap<&str, Vec<&Shown>> = Default::default();
    for figure in shown.iter().filter(|f| f.question != group_question) {
        by_question
            .entry(&figure.question)
            .or_default()
            .push(figure);
    }
    let mut check = |figure: &str, values: &[String], respondents: u64, count: i64| {
        if respondents > 0 && (count <= 0 || count >= respondents as i64) {
            findings.push(Finding::AllOrNone {
                figure: figure.to_owned(),
                options: values.join("/"),
                respondents,
                count: count.max(0) as u64,
            });
        }
    };
    for figures in by_question.values() {
        let universe = figures
            .iter()
            .flat_map(|f| f.members.iter())
            .max()
            .map_or(0, |m| m + 1);
        for figure in figures {
            for (values, count) in &figure.options {
                check(
                    &figure.name,
                    values,
                    figure.members.len() as u64,
                    *count as i64,
                );
            }
            // The largest figures strictly inside this one that do not overlap each other: what
            // is left when they are taken away is a part a reader can work out.
            let mut inside = vec![false; universe];
            for &m in &figure.members {
                inside[m] = true;
            }
            let mut candidates: Vec<&&Shown> = figures
                .iter()
                .filter(|other| {
                    other.members.len() < figure.members.len()
                        && other
                            .municipalities
                            .iter()
                            .all(|m| figure.municipalities.contains(m))
                        && other.members.iter().all(|&m| inside[m])
                })
                .collect();
            candidates.sort_by_key(|c| std::cmp::Reverse(c.members.len()));
            let mut taken = vec![false; universe];
            let mut children = Vec::new();
            for candidate in candidates {
                if candidate.members.iter().all(|&m| !taken[m]) {
                    for &m in &candidate.members {
                        taken[m] = true;
                    }
                    children.push(candidate);
                }
            }
            if children.is_empty() {
                continue;
            }
            let rest =
                figure.members.len() - children.iter().map(|c| c.members.len()).sum::<usize>();
            for (values, count) in &figure.options {
                let known: Option<u64> = children
                    .iter()
                    .map(|c| c.options.iter().find(|(v, _)| v == values).map(|(_, n)| *n))
                    .sum();
                if let Some(known) = known {
                    let name = format!("{} minus the figures inside it", figure.name);
                    check(&name, values, rest as u64, *count as i64 - known as i64);
                }
            }
        }
    }
    findings
}

/// The counted respondents a part describes who answered the question.
fn members_of(
    rows: &[&Row],
    by_municipality: &std::collections::BTreeMap<&str, Vec<usize>>,
    counted: &[bool],
    question: &str,
    part: &Part,
) -> Vec<usize> {
    let filter = &part.filter;
    let within = |list: &Option<Vec<String>>, value: &str| {
        list.as_ref().is_none_or(|l| l.iter().any(|v| v == value))
    };
    let mut members: Vec<usize> = filter
        .municipalities
        .iter()
        .filter_map(|number| by_municipality.get(number.as_str()))
        .flatten()
        .copied()
        .filter(|&i| {
            let row = rows[i];
            counted[i]
                && within(&filter.groups, &row.group)
                && within(&filter.languages, &row.language)
                && row.answers.contains_key(question)
        })
        .collect();
    members.sort_unstable();
    members.dedup();
    members
}

/// Whether the part's numbers are what its members give; a description of the difference if not.
fn recount(rows: &[&Row], members: &[usize], question: &str, part: &Part) -> Option<String> {
    if members.len() as u64 != part.respondents {
        return Some(format!(
            "says {} respondents, counted {}",
            part.respondents,
            members.len()
        ));
    }
    for option in &part.options {
        let count = crate::tables::chose_any(rows, members, question, &option.values);
        if count != option.count {
            return Some(format!(
                "says {} chose {}, counted {count}",
                option.count,
                option.values.join("/")
            ));
        }
    }
    None
}
