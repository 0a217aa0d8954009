//! An exact attacker over everything published. It knows the survey definition, every
//! municipality's respondent count (contacts saw them during collection), every figure on every
//! page, the public rules (the perturbation moves a count by at most `MAX_CHANGE` and never
//! below 0; it does not know the key), and one participant's own full answers. For every
//! municipality, group, question and option it minimises and maximises the count with an
//! integer program; a count is forced when the two are equal.
//!
//! A count forced with nothing published (a municipality of one, say) is forced by the rules of
//! the survey whatever anyone answered, so only counts forced by the publication are findings.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use collector_data::publication::{Publication, Table};
use common::{pack, publish, rows, Rng};
use good_lp::{
    constraint, microlp, variable, Expression, ProblemVariables, Solution, SolverModel, Variable,
};
use publisher::Row;
use survey::{Answer, Definition, QuestionKind};

/// What the attacker takes the rules to allow: how far a published count may be from the truth.
fn max_change() -> i64 {
    publisher::perturb::MAX_CHANGE as i64
}

/// A count the attacker reasons about: (municipality, group, question, option); the group
/// question's count of a group is that group's size.
type Cell = (String, String, String, String);

/// The attacker's unknowns: each cell with the most it can be (its municipality's count).
struct Model {
    vars: Vec<(Cell, i64)>,
}

fn asked<'d>(definition: &'d Definition, group: &str) -> Vec<&'d survey::Question> {
    definition
        .blocks
        .iter()
        .filter(|b| b.groups.iter().any(|g| g == group))
        .flat_map(|b| &b.questions)
        .filter(|q| q.kind != QuestionKind::FreeText)
        .collect()
}

struct Attack<'a> {
    definition: &'a Definition,
    totals: BTreeMap<String, i64>,
    index: BTreeMap<Cell, usize>,
    model: Model,
}

impl<'a> Attack<'a> {
    fn new(definition: &'a Definition, totals: BTreeMap<String, i64>) -> Self {
        let mut attack = Attack {
            definition,
            totals,
            index: BTreeMap::new(),
            model: Model { vars: Vec::new() },
        };
        let group_q = definition.group.id.clone();
        for (m, total) in attack.totals.clone() {
            for g in definition.groups() {
                attack.var((m.clone(), g.clone(), group_q.clone(), g.clone()), total);
                for q in asked(definition, g) {
                    for v in q.answer_values() {
                        attack.var((m.clone(), g.clone(), q.id.clone(), v.into()), total);
                    }
                }
            }
        }
        attack
    }

    fn var(&mut self, cell: Cell, upper: i64) {
        self.index.insert(cell.clone(), self.model.vars.len());
        self.model.vars.push((cell, upper));
    }

    fn cell(&self, m: &str, g: &str, q: &str, v: &str) -> Option<usize> {
        self.index
            .get(&(m.into(), g.into(), q.into(), v.into()))
            .copied()
    }

    fn size(&self, m: &str, g: &str) -> usize {
        self.cell(m, g, &self.definition.group.id, g).unwrap()
    }

    /// The survey's rules: group sizes add up to the municipality, each asked question is
    /// answered once (a follow-up by those who gave the answer that asks it), a multiple-choice
    /// question with at least one option.
    fn structure(&self, x: &[Variable]) -> Vec<(Expression, Option<i64>, Option<i64>)> {
        let mut out = Vec::new();
        for (m, total) in &self.totals {
            let sizes: Expression = self
                .definition
                .groups()
                .iter()
                .map(|g| x[self.size(m, g)])
                .sum();
            out.push((sizes, Some(*total), Some(*total)));
            for g in self.definition.groups() {
                let n = x[self.size(m, g)];
                for q in asked(self.definition, g) {
                    let counts: Vec<Variable> = q
                        .answer_values()
                        .iter()
                        .map(|v| x[self.cell(m, g, &q.id, v).unwrap()])
                        .collect();
                    let asked_of: Expression = match &q.show_if {
                        Some(c) => x[self.cell(m, g, &c.question, &c.answer).unwrap()].into(),
                        None => n.into(),
                    };
                    let sum: Expression = counts.iter().copied().sum();
                    if q.kind == QuestionKind::Multiple {
                        for c in &counts {
                            out.push((Expression::from(*c) - n, None, Some(0)));
                        }
                        out.push((sum - asked_of, Some(0), None));
                    } else {
                        out.push((sum - asked_of, Some(0), Some(0)));
                    }
                }
            }
        }
        out
    }

    /// Each figure of a table, within the published value plus or minus the rules' change.
    fn figures(
        &self,
        tables: &[Table],
        x: &[Variable],
        d: i64,
    ) -> Vec<(Expression, Option<i64>, Option<i64>)> {
        let mut out = Vec::new();
        let near = |p: u64| (Some((p as i64 - d).max(0)), Some(p as i64 + d));
        for table in tables {
            let Some(question) = self.definition.question(&table.question) else {
                continue;
            };
            let is_group = question.id == self.definition.group.id;
            for part in &table.parts {
                let groups: Vec<String> = part
                    .filter
                    .groups
                    .clone()
                    .unwrap_or_else(|| self.definition.groups().to_vec());
                let mut respondents = Expression::from(0);
                for m in &part.filter.municipalities {
                    for g in &groups {
                        if is_group {
                            respondents += x[self.size(m, g)];
                        } else if asked(self.definition, g)
                            .iter()
                            .any(|q| q.id == question.id)
                        {
                            respondents += match &question.show_if {
                                Some(c) => x[self.cell(m, g, &c.question, &c.answer).unwrap()],
                                None => x[self.size(m, g)],
                            };
                        }
                    }
                }
                let (lo, hi) = near(part.respondents);
                out.push((respondents.clone(), lo, hi));
                for option in &part.options {
                    if question.kind == QuestionKind::Multiple && option.values.len() > 1 {
                        continue; // "any of several" is not a sum: the attacker leaves it out
                    }
                    let mut count = Expression::from(0);
                    for m in &part.filter.municipalities {
                        for g in &groups {
                            for v in &option.values {
                                if let Some(i) = self.cell(m, g, &question.id, v) {
                                    count += x[i];
                                }
                            }
                        }
                    }
                    let (lo, hi) = near(option.count);
                    // A multiple-choice count shown as all respondents may have been capped.
                    let capped =
                        question.kind == QuestionKind::Multiple && option.count == part.respondents;
                    out.push((count, lo, if capped { None } else { hi }));
                }
            }
        }
        out
    }

    /// What one participant knows of themself: their group and each of their answers.
    fn insider(&self, row: &Row, x: &[Variable]) -> Vec<(Expression, Option<i64>, Option<i64>)> {
        let mut out = vec![(
            Expression::from(x[self.size(&row.municipality, &row.group)]),
            Some(1),
            None,
        )];
        for (q, answer) in &row.answers {
            let values: Vec<&String> = match answer {
                Answer::One(v) => vec![v],
                Answer::Many(vs) => vs.iter().collect(),
            };
            for v in values {
                if let Some(i) = self.cell(&row.municipality, &row.group, q, v) {
                    out.push((Expression::from(x[i]), Some(1), None));
                }
            }
        }
        out
    }

    /// Fresh variables in the model's order. good_lp's variables are indices, so the
    /// constraints built once over the first set hold over every later one.
    fn variables(&self) -> (ProblemVariables, Vec<Variable>) {
        let mut problem = ProblemVariables::new();
        let x = self
            .model
            .vars
            .iter()
            .map(|(_, upper)| problem.add(variable().integer().min(0).max(*upper as f64)))
            .collect();
        (problem, x)
    }

    /// One integer solution of `constraints` optimising `objective`, or `None` if none exists.
    fn solve(
        &self,
        constraints: &[(Expression, Option<i64>, Option<i64>)],
        objective: Expression,
        maximise: bool,
    ) -> Option<Vec<i64>> {
        let (problem, x) = self.variables();
        let mut model = if maximise {
            problem.maximise(objective)
        } else {
            problem.minimise(objective)
        }
        .using(microlp);
        for (expr, lo, hi) in constraints {
            if let Some(lo) = lo {
                model = model.with(constraint!(expr.clone() >= *lo as f64));
            }
            if let Some(hi) = hi {
                model = model.with(constraint!(expr.clone() <= *hi as f64));
            }
        }
        let solution = model.solve().ok()?;
        Some(
            x.iter()
                .map(|v| solution.value(*v).round() as i64)
                .collect(),
        )
    }

    /// The cells whose count is the same in every integer solution of `constraints`, with that
    /// count. Solutions found on the way are kept: a cell seen with two values is not forced,
    /// so only the rest need their own minimum and maximum.
    fn forced(
        &self,
        constraints: &[(Expression, Option<i64>, Option<i64>)],
    ) -> BTreeMap<Cell, i64> {
        let (_, x) = self.variables();
        let n = x.len();
        let mut seen: Vec<BTreeSet<i64>> = vec![BTreeSet::new(); n];
        let add = |solution: &[i64], seen: &mut Vec<BTreeSet<i64>>| {
            for (i, v) in solution.iter().enumerate() {
                if seen[i].len() < 2 {
                    seen[i].insert(*v);
                }
            }
        };
        let first = self
            .solve(constraints, Expression::from(0), false)
            .expect("the truth is a solution, so the model is feasible");
        add(&first, &mut seen);
        let mut rng = Rng::new(7);
        for round in 0..6 {
            let objective: Expression = x.iter().map(|v| (rng.below(5) as f64 - 2.0) * *v).sum();
            if let Some(s) = self.solve(constraints, objective, round % 2 == 0) {
                add(&s, &mut seen);
            }
        }
        let mut forced = BTreeMap::new();
        for i in 0..n {
            if seen[i].len() >= 2 {
                continue;
            }
            let value = *seen[i].iter().next().unwrap();
            let low = self.solve(constraints, x[i].into(), false).unwrap();
            add(&low, &mut seen);
            if seen[i].len() >= 2 {
                continue;
            }
            let high = self.solve(constraints, x[i].into(), true).unwrap();
            add(&high, &mut seen);
            if seen[i].len() < 2 {
                forced.insert(self.model.vars[i].0.clone(), value);
            }
        }
        forced
    }

    /// The counts the publication forces for an attacker who is `insider`, beyond those the
    /// survey's rules force with the insider's knowledge alone.
    fn run(&self, publication: &Publication, insider: &Row, d: i64) -> Vec<(Cell, i64)> {
        let (_, x) = self.variables();
        let mut known = self.structure(&x);
        known.extend(self.insider(insider, &x));
        let by_rules = self.forced(&known);
        for results in publication.municipalities.values() {
            known.extend(self.figures(&results.tables, &x, d));
        }
        known.extend(self.figures(&publication.national.tables, &x, d));
        self.forced(&known)
            .into_iter()
            .filter(|(cell, _)| !by_rules.contains_key(cell))
            .collect()
    }
}

/// Every way the answers fall the same for one question: option `keep` for all.
fn alike(keep: usize) -> impl Fn(&str, usize, &mut Rng) -> Vec<u64> {
    move |_: &str, n: usize, _: &mut Rng| {
        let mut w = vec![0; n];
        w[keep.min(n - 1)] = 1;
        w
    }
}

/// Nobody chooses the first option of any question.
fn never_first(_: &str, n: usize, _: &mut Rng) -> Vec<u64> {
    let mut w = vec![1; n];
    w[0] = 0;
    w
}

/// The review's cases in one survey: a municipality of 10 who all answered alike, one of 12
/// where nobody chose one option, one split 10/12 between the groups, and one of 2.
fn the_cases() -> Vec<Row> {
    let mut rng = Rng::new(2027);
    let mut all = Vec::new();
    all.extend(rows(0, "6005", "group-training", 10, &mut rng, &alike(2)));
    all.extend(rows(
        0,
        "6002",
        "group-introduction",
        12,
        &mut rng,
        &never_first,
    ));
    all.extend(rows(
        0,
        "6001",
        "group-training",
        10,
        &mut rng,
        &common::uniform,
    ));
    all.extend(rows(
        0,
        "6001",
        "group-introduction",
        12,
        &mut rng,
        &common::uniform,
    ));
    all.extend(rows(0, "6003", "group-both", 2, &mut rng, &common::uniform));
    all
}

#[test]
fn an_insider_with_every_page_forces_no_count_of_anyone_else() {
    let definition = &pack().definition;
    let all = the_cases();
    let publication = publish(&all);
    let mut totals: BTreeMap<String, i64> = BTreeMap::new();
    for row in &all {
        *totals.entry(row.municipality.clone()).or_default() += 1;
    }
    let attack = Attack::new(definition, totals);
    let mut findings = Vec::new();
    // One insider in each municipality: the first of each group there.
    let mut insiders: BTreeMap<(String, String), &Row> = BTreeMap::new();
    for row in &all {
        insiders
            .entry((row.municipality.clone(), row.group.clone()))
            .or_insert(row);
    }
    for insider in insiders.values() {
        let forced = attack.run(&publication, insider, max_change());
        let in_truth = |cell: &Cell| {
            all.iter()
                .filter(|r| r.municipality == cell.0 && r.group == cell.1)
                .filter(|r| {
                    if cell.2 == definition.group.id {
                        return true;
                    }
                    match r.answers.get(&cell.2) {
                        Some(Answer::One(v)) => *v == cell.3,
                        Some(Answer::Many(vs)) => vs.contains(&cell.3),
                        None => false,
                    }
                })
                .count() as i64
        };
        for (cell, value) in forced {
            assert_eq!(value, in_truth(&cell), "the attacker is exact: {cell:?}");
            findings.push(format!(
                "insider {} in {}/{}: {cell:?} forced to {value}",
                insider.response_id, insider.municipality, insider.group
            ));
        }
    }
    assert!(
        findings.is_empty(),
        "{} counts forced, e.g.:\n{}",
        findings.len(),
        findings
            .iter()
            .take(12)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
