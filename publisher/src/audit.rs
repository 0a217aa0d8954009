//! The audit: thinks like an attacker who holds every published figure at once (every
//! municipality's page, the national page, the progress counts, and any earlier publication
//! people may have kept) and knows that counts are whole and non-negative.
//!
//! Every figure counts a set of respondents that its [`Filter`] and question describe, so the
//! sets an attacker can measure are unions of the atoms of that family of sets (the classes of
//! respondents that belong to the same published sets), and every count they can derive is a
//! sum over atoms. The publication is safe when every atom that lies inside a published answer
//! figure has at least the threshold of respondents, so no set of 1 to threshold-1 can be
//! measured. Within those sets, no count is certain: every figure is perturbed by the cell key
//! method ([`crate::perturb`]), so a 0 or an "everyone" is no longer a fact about anyone. The
//! audit recomputes every figure, perturbation included, from the opened responses, so a
//! figure that does not count what its filter says, or is not perturbed as the rules say, is
//! refused; and it refuses figures of follow-up or optional questions, whose respondents are
//! chosen by answers. That what is shown never depends on the answers is tested, not audited
//! (`tests/plan.rs`), as is what an exact attacker with one participant's answers can force
//! (`tests/attacker.rs`).
//!
//! The check is linear in respondents times figures: no search, no solver, nothing that a
//! made-up value can make slow.
//!
//! [`Filter`]: collector_data::publication::Filter

use std::collections::{BTreeSet, HashMap};

use collector_data::publication::{Part, Publication, Table};
use survey::{Answer, Definition};

use crate::perturb::CellKeys;
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
    /// A figure does not count what its filter says, is not perturbed as the rules say, or is
    /// of a question whose figures are never published.
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
/// valid response. Every municipality's count of them is taken as known, as its contact persons
/// saw it during collection.
/// One published figure as the audit sees it: whom it counts, its name in a finding, and
/// whether it tells anything of answers (a count of respondents alone does not).
struct Figure {
    members: Vec<usize>,
    name: String,
    of_answers: bool,
}

pub fn audit(
    publications: &[Audited<'_>],
    rows: &[Row],
    definition: &Definition,
    threshold: u64,
    keys: &CellKeys,
) -> Result<(), Vec<Finding>> {
    let rows: Vec<&Row> = rows.iter().collect();
    // The group question's options are sets a reader can tell apart; a routing question's
    // options are too, where a follow-up of it is shown (its respondents are one option).
    let mut breakdown: BTreeSet<String> = BTreeSet::from([definition.group.id.clone()]);
    for audited in publications {
        let p = audited.publication;
        for table in p
            .municipalities
            .values()
            .flat_map(|m| &m.tables)
            .chain(&p.national.tables)
        {
            if let Some(c) = definition
                .question(&table.question)
                .and_then(|q| q.show_if.as_ref())
            {
                breakdown.insert(c.question.clone());
            }
        }
    }
    let mut findings = Vec::new();
    let mut figures: Vec<Figure> = Vec::new();
    // Every municipality's full count was shown to its contacts during collection.
    let mut by_municipality: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (index, row) in rows.iter().enumerate() {
        by_municipality
            .entry(row.municipality.as_str())
            .or_default()
            .push(index);
    }
    for (number, members) in &by_municipality {
        figures.push(Figure {
            members: members.clone(),
            name: format!("progress count of {number}"),
            of_answers: false,
        });
    }
    for (version, audited) in publications.iter().enumerate() {
        let counted: Vec<bool> = rows
            .iter()
            .map(|r| audited.counted.contains(&r.response_id))
            .collect();
        let counted_rows: Vec<&Row> = rows
            .iter()
            .zip(&counted)
            .filter(|(_, c)| **c)
            .map(|(r, _)| *r)
            .collect();
        let publication = audited.publication;
        let by_municipality = &by_municipality;
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
                    if let Some(detail) =
                        recount(keys, definition, &counted_rows, &table.question, part)
                    {
                        findings.push(Finding::Mismatch {
                            figure: name.clone(),
                            detail,
                        });
                    }
                    if breakdown.contains(&table.question) {
                        for chosen in option_sets(&rows, &members, &table.question) {
                            figures.push(Figure {
                                members: chosen,
                                name: format!("{name}, its options"),
                                of_answers: true,
                            });
                        }
                    }
                    figures.push(Figure {
                        members,
                        name,
                        of_answers: true,
                    });
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
            figures.push(Figure {
                members,
                name: format!("publication {}, response count of {number}", version + 1),
                of_answers: false,
            });
        }
    }
    let sets: Vec<Vec<usize>> = figures.iter().map(|f| f.members.clone()).collect();
    for atom in atoms(rows.len(), &sets) {
        let in_answers = atom.sets.iter().any(|&s| figures[s].of_answers);
        if in_answers && (atom.members.len() as u64) < threshold {
            let municipalities: BTreeSet<String> = atom
                .members
                .iter()
                .map(|&m| rows[m].municipality.clone())
                .collect();
            findings.push(Finding::SmallGroup {
                respondents: atom.members.len(),
                municipalities: municipalities.into_iter().collect(),
                figures: atom.sets.iter().map(|&s| figures[s].name.clone()).collect(),
            });
        }
    }
    if findings.is_empty() {
        Ok(())
    } else {
        Err(findings)
    }
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

/// Whether the part's numbers are what the publisher makes of its members, perturbation
/// included; a description of the difference if not.
fn recount(
    keys: &CellKeys,
    definition: &Definition,
    counted: &[&Row],
    question: &str,
    part: &Part,
) -> Option<String> {
    let Some(question) = definition.question(question) else {
        return Some(format!("{question} is not a question of the survey"));
    };
    if question.id != definition.group.id && !crate::tables::publishable(question) {
        return Some("a follow-up or optional question: who answered it depends on answers".into());
    }
    let (respondents, counts) =
        crate::tables::published_part(keys, definition, counted, question, &part.filter);
    if respondents != part.respondents {
        return Some(format!(
            "says {} respondents, the rules give {respondents}",
            part.respondents
        ));
    }
    let expected: Vec<Vec<String>> = question
        .answer_values()
        .into_iter()
        .map(|v| vec![v.to_owned()])
        .collect();
    let shown: Vec<Vec<String>> = part.options.iter().map(|o| o.values.clone()).collect();
    if shown != expected {
        return Some("its options are not the question's options, each on its own".into());
    }
    for (option, count) in part.options.iter().zip(counts) {
        if count != option.count {
            return Some(format!(
                "says {} chose {}, the rules give {count}",
                option.count,
                option.values.join("/")
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use collector_data::publication::{
        Filter, MunicipalityResults, National, OptionCount, Part, Publication, Table,
    };
    use survey::answers::Answers;

    use super::*;

    fn keys() -> CellKeys {
        CellKeys::from_secret(b"audit tests")
    }

    fn definition() -> Definition {
        Definition::from_toml("survey.toml", include_str!("../../content/survey.toml")).unwrap()
    }

    /// A row in `municipality` of `group` and `language` answering `thrive` with `thrive` and
    /// `had-work-practice` with `practice` (and the follow-up when "yes").
    fn row(
        id: usize,
        municipality: &str,
        group: &str,
        language: &str,
        thrive: &str,
        practice: &str,
    ) -> Row {
        let mut answers = Answers::new();
        answers.insert("group".into(), Answer::choice(group));
        answers.insert("thrive".into(), Answer::choice(thrive));
        answers.insert("had-work-practice".into(), Answer::choice(practice));
        if practice == "yes" {
            answers.insert("work-practice-useful".into(), Answer::choice("3"));
        }
        Row {
            response_id: format!("r{id}"),
            municipality: municipality.into(),
            group: group.into(),
            language: language.into(),
            completed_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            answers,
        }
    }

    /// `count` rows whose `thrive` answers cycle through 1..=5 starting at `first`.
    fn rows(
        start: usize,
        count: usize,
        municipality: &str,
        group: &str,
        language: &str,
        first: usize,
    ) -> Vec<Row> {
        (0..count)
            .map(|n| {
                let thrive = ((first + n) % 5 + 1).to_string();
                let practice = if n % 2 == 0 { "yes" } else { "no" };
                row(start + n, municipality, group, language, &thrive, practice)
            })
            .collect()
    }

    fn filter(
        municipalities: &[&str],
        groups: Option<&[&str]>,
        languages: Option<&[&str]>,
    ) -> Filter {
        let owned = |l: &[&str]| l.iter().map(|s| s.to_string()).collect();
        Filter {
            municipalities: owned(municipalities),
            groups: groups.map(owned),
            languages: languages.map(owned),
        }
    }

    /// The part of `question` over `filter`, counted from `rows` as the publisher does.
    fn part(rows: &[Row], definition: &Definition, question: &str, filter: Filter) -> Part {
        let refs: Vec<&Row> = rows.iter().collect();
        let q = definition.question(question).unwrap();
        let (respondents, counts) =
            crate::tables::published_part(&keys(), definition, &refs, q, &filter);
        Part {
            label: "part".into(),
            filter,
            respondents,
            options: q
                .answer_values()
                .into_iter()
                .zip(counts)
                .map(|(v, count)| OptionCount {
                    count,
                    label: v.to_owned(),
                    values: vec![v.to_owned()],
                })
                .collect(),
        }
    }

    /// One question's table for everyone in 0301 who answered it.
    fn whole(rows: &[Row], definition: &Definition, question: &str) -> Table {
        table(
            question,
            vec![part(
                rows,
                definition,
                question,
                filter(&["0301"], None, None),
            )],
        )
    }

    fn table(question: &str, parts: Vec<Part>) -> Table {
        Table {
            question: question.into(),
            text: question.into(),
            parts,
        }
    }

    /// A publication of `tables` for 0301 (every other question withheld) and a national page
    /// that adds up nothing.
    fn publication(definition: &Definition, rows: &[Row], tables: Vec<Table>) -> Publication {
        let reported = crate::tables::reported_questions(definition).len();
        let responses = rows.iter().filter(|r| r.municipality == "0301").count() as u64;
        let mut municipalities = BTreeMap::new();
        municipalities.insert(
            "0301".to_string(),
            MunicipalityResults {
                name: "Oslo".into(),
                responses,
                withheld: vec!["x".into(); reported - tables.len()],
                tables,
            },
        );
        let day = chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
        Publication {
            format: collector_data::publication::PUBLICATION_FORMAT,
            survey_id: definition.id.clone(),
            survey_version: definition.version,
            published_on: day,
            threshold: 10,
            results_close: day,
            national: National {
                responses,
                municipalities: 1,
                tables: Vec::new(),
            },
            municipalities,
        }
    }

    fn run(
        definition: &Definition,
        rows: &[Row],
        publications: &[&Publication],
    ) -> Result<(), Vec<Finding>> {
        let counted: BTreeSet<String> = rows.iter().map(|r| r.response_id.clone()).collect();
        let audited: Vec<Audited<'_>> = publications
            .iter()
            .map(|publication| Audited {
                publication,
                counted: &counted,
            })
            .collect();
        audit(&audited, rows, definition, 10, &keys())
    }

    #[test]
    fn atoms_are_the_classes_of_respondents_in_the_same_sets() {
        let found = atoms(6, &[vec![0, 1, 2, 3], vec![2, 3, 4]]);
        let members: Vec<Vec<usize>> = found.iter().map(|a| a.members.clone()).collect();
        assert_eq!(members, [vec![0, 1], vec![2, 3], vec![4]], "5 is in no set");
        assert_eq!(found[1].sets, [0, 1]);
        assert!(no_small_atoms(6, &[vec![0, 1, 2, 3], vec![2, 3, 4]], 1));
        assert!(!no_small_atoms(6, &[vec![0, 1, 2, 3], vec![2, 3, 4]], 2));
        assert!(no_small_atoms(6, &[vec![0, 1, 2, 3, 4, 5]], 6));
    }

    #[test]
    fn a_safe_table_passes() {
        let definition = definition();
        let rows = rows(0, 20, "0301", "group-training", "nb", 0);
        let safe = whole(&rows, &definition, "thrive");
        assert_eq!(
            run(
                &definition,
                &rows,
                &[&publication(&definition, &rows, vec![safe])]
            ),
            Ok(())
        );
    }

    #[test]
    fn exactly_ten_is_enough() {
        let definition = definition();
        let rows = rows(0, 10, "0301", "group-training", "nb", 0);
        let ten = whole(&rows, &definition, "thrive");
        assert_eq!(
            run(
                &definition,
                &rows,
                &[&publication(&definition, &rows, vec![ten])]
            ),
            Ok(())
        );
    }

    #[test]
    fn the_group_question_s_answers_single_out_a_small_group() {
        let definition = definition();
        let mut all = rows(0, 17, "0301", "group-training", "nb", 0);
        all.extend(rows(50, 3, "0301", "group-introduction", "nb", 0));
        let groups = whole(&all, &definition, "group");
        let findings = run(
            &definition,
            &all,
            &[&publication(&definition, &all, vec![groups])],
        )
        .unwrap_err();
        let small = findings.iter().find_map(|f| match f {
            Finding::SmallGroup { respondents, .. } => Some(*respondents),
            _ => None,
        });
        assert_eq!(small, Some(3), "{findings:?}");
        let said = findings[0].to_string();
        assert!(
            said.contains("3 respondents in 0301 can be singled out by"),
            "{said}"
        );
        assert!(said.contains("group (part), its options"), "{said}");
    }

    #[test]
    fn the_routing_question_s_answers_single_out_a_small_group() {
        let definition = definition();
        let mut all: Vec<Row> = (0..17)
            .map(|n| {
                row(
                    n,
                    "0301",
                    "group-introduction",
                    "nb",
                    &(n % 5 + 1).to_string(),
                    "no",
                )
            })
            .collect();
        all.extend((0..3).map(|n| row(50 + n, "0301", "group-introduction", "nb", "2", "yes")));
        let parent = whole(&all, &definition, "had-work-practice");
        // The follow-up's respondents are the 3 who said yes: its figures single them out.
        let follow_up = whole(&all, &definition, "work-practice-useful");
        let findings = run(
            &definition,
            &all,
            &[&publication(&definition, &all, vec![parent.clone()])],
        );
        assert_eq!(
            findings,
            Ok(()),
            "counted, not singled out, without a follow-up"
        );
        let findings = run(
            &definition,
            &all,
            &[&publication(&definition, &all, vec![parent, follow_up])],
        )
        .unwrap_err();
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::SmallGroup { respondents: 3, .. })),
            "{findings:?}"
        );
    }

    #[test]
    fn a_small_municipality_in_no_figure_is_no_finding_but_in_a_figure_it_is() {
        let definition = definition();
        let mut all = rows(0, 20, "0301", "group-training", "nb", 0);
        all.extend(rows(100, 4, "4601", "group-training", "nb", 0));
        let oslo = whole(&all, &definition, "thrive");
        let published = publication(&definition, &all, vec![oslo]);
        assert_eq!(run(&definition, &all, &[&published]), Ok(()));
        let mut with_bergen = published.clone();
        with_bergen.national.tables.push(table(
            "thrive",
            vec![part(
                &all,
                &definition,
                "thrive",
                filter(&["0301", "4601"], None, None),
            )],
        ));
        let findings = run(&definition, &all, &[&with_bergen]).unwrap_err();
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::SmallGroup { respondents: 4, .. })),
            "{findings:?}"
        );
    }

    #[test]
    fn overlapping_breakdowns_single_out_their_small_cells() {
        let definition = definition();
        let mut all = rows(0, 5, "0301", "group-training", "nb", 0);
        all.extend(rows(10, 20, "0301", "group-training", "ar", 1));
        all.extend(rows(40, 20, "0301", "group-introduction", "nb", 2));
        all.extend(rows(70, 5, "0301", "group-introduction", "ar", 3));
        let p = |f| part(&all, &definition, "thrive", f);
        let both = table(
            "thrive",
            vec![
                p(filter(&["0301"], None, None)),
                p(filter(&["0301"], Some(&["group-training"]), None)),
                p(filter(&["0301"], Some(&["group-introduction"]), None)),
                p(filter(&["0301"], None, Some(&["nb"]))),
                p(filter(&["0301"], None, Some(&["ar"]))),
            ],
        );
        let findings = run(
            &definition,
            &all,
            &[&publication(&definition, &all, vec![both])],
        )
        .unwrap_err();
        let small: Vec<usize> = findings
            .iter()
            .filter_map(|f| match f {
                Finding::SmallGroup { respondents, .. } => Some(*respondents),
                _ => None,
            })
            .collect();
        assert_eq!(small, [5, 5]);
        let one_breakdown = table(
            "thrive",
            vec![
                p(filter(&["0301"], None, None)),
                p(filter(&["0301"], Some(&["group-training"]), None)),
                p(filter(&["0301"], Some(&["group-introduction"]), None)),
            ],
        );
        assert_eq!(
            run(
                &definition,
                &all,
                &[&publication(&definition, &all, vec![one_breakdown])]
            ),
            Ok(())
        );
    }

    #[test]
    fn exact_counts_are_refused_and_perturbed_ones_pass() {
        let definition = definition();
        // Everyone thrives at "3": exact figures would show 100 % and 0 %.
        let same: Vec<Row> = (0..12)
            .map(|n| row(n, "0301", "group-training", "nb", "3", "no"))
            .collect();
        let perturbed = whole(&same, &definition, "thrive");
        assert_eq!(
            run(
                &definition,
                &same,
                &[&publication(&definition, &same, vec![perturbed.clone()])]
            ),
            Ok(())
        );
        let mut exact = perturbed.clone();
        for option in &mut exact.parts[0].options {
            option.count = if option.values == ["3"] { 12 } else { 0 };
        }
        assert_ne!(
            exact, perturbed,
            "the key moves at least one of the five cells"
        );
        let findings = run(
            &definition,
            &same,
            &[&publication(&definition, &same, vec![exact])],
        )
        .unwrap_err();
        assert!(
            findings.iter().any(
                |f| matches!(f, Finding::Mismatch { detail, .. } if detail.contains("the rules give"))
            ),
            "{findings:?}"
        );
        // Another key gives other figures: only the owner's identity makes the published ones.
        let other = CellKeys::from_secret(b"someone else");
        let refs: Vec<&Row> = same.iter().collect();
        let q = definition.question("thrive").unwrap();
        let theirs = crate::tables::published_part(
            &other,
            &definition,
            &refs,
            q,
            &perturbed.parts[0].filter,
        );
        let ours: Vec<u64> = perturbed.parts[0].options.iter().map(|o| o.count).collect();
        assert_ne!(theirs.1, ours);
    }

    #[test]
    fn a_follow_up_is_never_published_who_answered_it_depends_on_answers() {
        let definition = definition();
        let all: Vec<Row> = (0..12)
            .map(|n| {
                row(
                    n,
                    "0301",
                    "group-introduction",
                    "nb",
                    &(n % 5 + 1).to_string(),
                    "yes",
                )
            })
            .collect();
        let follow_up = whole(&all, &definition, "work-practice-useful");
        let findings = run(
            &definition,
            &all,
            &[&publication(&definition, &all, vec![follow_up])],
        )
        .unwrap_err();
        assert!(
            findings.iter().any(|f| matches!(
                f,
                Finding::Mismatch { detail, .. } if detail.contains("follow-up")
            )),
            "{findings:?}"
        );
    }

    #[test]
    fn figures_that_do_not_count_what_they_say_are_refused() {
        let definition = definition();
        let rows = rows(0, 20, "0301", "group-training", "nb", 0);
        let good = whole(&rows, &definition, "thrive");
        let published = publication(&definition, &rows, vec![good]);
        let mismatch = |p: &Publication| {
            run(&definition, &rows, &[p])
                .unwrap_err()
                .iter()
                .any(|f| matches!(f, Finding::Mismatch { .. }))
        };
        let mut wrong_count = published.clone();
        wrong_count.municipalities.get_mut("0301").unwrap().tables[0].parts[0].options[0].count +=
            1;
        assert!(mismatch(&wrong_count));
        let mut wrong_size = published.clone();
        wrong_size.municipalities.get_mut("0301").unwrap().tables[0].parts[0].respondents -= 1;
        assert!(mismatch(&wrong_size));
        let mut wrong_total = published.clone();
        wrong_total.national.responses += 1;
        assert!(mismatch(&wrong_total));
        let mut wrong_municipalities = published.clone();
        wrong_municipalities.national.municipalities = 2;
        assert!(mismatch(&wrong_municipalities));
        let mut wrong_page_total = published.clone();
        wrong_page_total
            .municipalities
            .get_mut("0301")
            .unwrap()
            .responses += 1;
        wrong_page_total.national.responses += 1;
        assert!(mismatch(&wrong_page_total));
        let mut short_withheld = published.clone();
        short_withheld
            .municipalities
            .get_mut("0301")
            .unwrap()
            .withheld
            .pop();
        assert!(mismatch(&short_withheld));
    }

    #[test]
    fn a_replacement_that_leaves_out_a_few_is_refused_with_the_first() {
        let definition = definition();
        let all = rows(0, 23, "0301", "group-training", "nb", 0);
        let first = publication(&definition, &all, vec![whole(&all, &definition, "thrive")]);
        let fewer: Vec<Row> = all[..20].to_vec();
        let second = publication(
            &definition,
            &fewer,
            vec![whole(&fewer, &definition, "thrive")],
        );
        let counted_all: BTreeSet<String> = all.iter().map(|r| r.response_id.clone()).collect();
        let counted_fewer: BTreeSet<String> = fewer.iter().map(|r| r.response_id.clone()).collect();
        let both = [
            Audited {
                publication: &first,
                counted: &counted_all,
            },
            Audited {
                publication: &second,
                counted: &counted_fewer,
            },
        ];
        let findings = audit(&both, &all, &definition, 10, &keys()).unwrap_err();
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::SmallGroup { respondents: 3, .. })),
            "{findings:?}"
        );
        assert_eq!(audit(&both[1..], &all, &definition, 10, &keys()), Ok(()));
    }
}
