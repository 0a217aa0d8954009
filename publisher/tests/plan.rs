//! What the publication contains (pages, questions, breakdowns, answer categories, the withheld
//! list) must be a function of the survey definition and of the respondent counts per
//! municipality and group only. Two data sets with the same counts and different answers must
//! give the same plan; anything else is a published figure that depends on the answers.

mod common;

use collector_data::publication::{Publication, Table};
use common::{publish, rows, Rng};

/// A publication with every figure taken out: what is left is the plan.
fn plan(publication: &Publication) -> String {
    let tables = |tables: &[Table]| -> Vec<String> {
        tables
            .iter()
            .map(|t| {
                let parts: Vec<String> = t
                    .parts
                    .iter()
                    .map(|p| {
                        let options: Vec<String> = p
                            .options
                            .iter()
                            .map(|o| format!("{:?}={}", o.values, o.label))
                            .collect();
                        format!("{} {:?} [{}]", p.label, p.filter, options.join(", "))
                    })
                    .collect();
                format!("{} «{}»: {}", t.question, t.text, parts.join(" | "))
            })
            .collect()
    };
    let mut out = format!(
        "national: {} responses, {} municipalities\n",
        publication.national.responses, publication.national.municipalities
    );
    for line in tables(&publication.national.tables) {
        out += &format!("  {line}\n");
    }
    for (number, results) in &publication.municipalities {
        out += &format!(
            "{number} {}: {} responses, withheld {:?}\n",
            results.name, results.responses, results.withheld
        );
        for line in tables(&results.tables) {
            out += &format!("  {line}\n");
        }
    }
    out
}

/// A random way to answer: per question, options weighted 0 to 3, so that some options are
/// never chosen and some questions are answered alike by everyone.
fn random_style(seed: u64) -> impl Fn(&str, usize, &mut Rng) -> Vec<u64> {
    move |question: &str, n: usize, _: &mut Rng| {
        let mut local = Rng::new(
            seed ^ question.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
            }),
        );
        let mut weights: Vec<u64> = (0..n).map(|_| local.below(4)).collect();
        if weights.iter().all(|w| *w == 0) {
            weights[local.below(n as u64) as usize] = 1;
        }
        weights
    }
}

#[test]
fn the_plan_depends_only_on_the_counts_per_municipality_and_group() {
    let groups = ["group-training", "group-introduction", "group-both"];
    let mut differing = Vec::new();
    for case in 0..200u64 {
        let mut shape = Rng::new(case);
        let municipalities = 1 + shape.below(3) as usize;
        let counts: Vec<Vec<usize>> = (0..municipalities)
            .map(|_| {
                groups
                    .iter()
                    .map(|_| match shape.below(4) {
                        0 => 0,
                        1 => 1 + shape.below(9) as usize,
                        _ => 5 + shape.below(20) as usize,
                    })
                    .collect()
            })
            .collect();
        let data = |seed: u64| {
            let mut rng = Rng::new(seed);
            let style = random_style(seed);
            let mut all = Vec::new();
            for (m, per_group) in counts.iter().enumerate() {
                for (g, count) in per_group.iter().enumerate() {
                    all.extend(rows(
                        0,
                        &format!("{}", 3001 + m),
                        groups[g],
                        *count,
                        &mut rng,
                        &style,
                    ));
                }
            }
            all
        };
        let first = plan(&publish(&data(1000 + case)));
        let second = plan(&publish(&data(5000 + case)));
        if first != second {
            differing.push((case, counts.clone(), first, second));
        }
    }
    if let Some((case, counts, first, second)) = differing.first() {
        let diff: Vec<String> = first
            .lines()
            .zip(second.lines())
            .filter(|(a, b)| a != b)
            .take(4)
            .map(|(a, b)| format!("    {a}\n vs {b}"))
            .collect();
        panic!(
            "{} of 200 data sets gave a plan that depends on the answers; the first, case {case} \
             with counts {counts:?}:\n{}",
            differing.len(),
            diff.join("\n")
        );
    }
}
