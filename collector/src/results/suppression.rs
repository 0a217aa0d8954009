//! Which subgroups a breakdown may show, so that no group of fewer than `k` respondents can be
//! worked out from what is published — neither directly nor by subtracting one published figure
//! from another (the total, another subgroup, another breakdown).
//!
//! Respondents fall into cells by (participant group, language). Every published aggregate is a
//! union of cells, so everything a reader can compute by adding and subtracting published
//! figures is a linear combination of those unions. A plan is safe when no union of cells with
//! between 1 and k-1 respondents lies in the span of the published unions. Small subgroups are
//! first merged into "other" (complementary suppression: the merged "other" itself has at least
//! k or is empty); if the exact check still finds a derivable small union, breakdowns are made
//! coarser until none is left.

use std::collections::BTreeMap;

/// One shown part of a breakdown: a single subgroup, or the subgroups merged as "other".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    One(String),
    Other(Vec<String>),
}

impl Part {
    pub fn contains(&self, key: &str) -> bool {
        match self {
            Part::One(k) => k == key,
            Part::Other(keys) => keys.iter().any(|k| k == key),
        }
    }
}

/// For each dimension, the parts to show, or `None` when that breakdown is withheld.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub groups: Option<Vec<Part>>,
    pub languages: Option<Vec<Part>>,
}

/// Respondents per (group, language).
pub type Cells = BTreeMap<(String, String), u64>;

/// How many subsets of small cells the exact check looks at before it gives up and, to be safe,
/// treats the plan as unsafe.
const MAX_CANDIDATES: usize = 200_000;

/// The plan for respondents in `cells` with threshold `k`; `None` when the total is below `k`
/// and nothing at all may be shown.
pub fn plan(cells: &Cells, k: u64) -> Option<Plan> {
    let total: u64 = cells.values().sum();
    if total < k {
        return None;
    }
    let mut groups = merge_small(&marginal(cells, |(g, _)| g), k);
    let mut languages = merge_small(&marginal(cells, |(_, l)| l), k);
    loop {
        if is_safe(cells, groups.as_deref(), languages.as_deref(), k) {
            return Some(Plan { groups, languages });
        }
        // Make the finer breakdown coarser first: languages split respondents more thinly.
        if languages.is_some() {
            languages = coarsen(languages.take().unwrap(), cells, |(_, l)| l, k);
        } else if groups.is_some() {
            groups = coarsen(groups.take().unwrap(), cells, |(g, _)| g, k);
        } else {
            unreachable!("the total alone is safe when it is at least k");
        }
    }
}

fn marginal(cells: &Cells, key: impl Fn(&(String, String)) -> &String) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for (cell, n) in cells {
        *out.entry(key(cell).clone()).or_default() += n;
    }
    out
}

/// Shows subgroups of at least `k`; merges the rest into "other", adding the smallest shown
/// subgroups to it until "other" has at least `k`. `None` when fewer than two parts remain.
fn merge_small(counts: &BTreeMap<String, u64>, k: u64) -> Option<Vec<Part>> {
    merge_with(counts, Vec::new(), k)
}

/// Merges the smallest shown subgroup into "other" as well, and re-applies the rules.
fn coarsen(
    parts: Vec<Part>,
    cells: &Cells,
    key: impl Fn(&(String, String)) -> &String,
    k: u64,
) -> Option<Vec<Part>> {
    let counts = marginal(cells, key);
    let mut hidden: Vec<String> = parts
        .iter()
        .filter_map(|p| match p {
            Part::Other(keys) => Some(keys.clone()),
            Part::One(_) => None,
        })
        .flatten()
        .collect();
    let smallest = parts
        .iter()
        .filter_map(|p| match p {
            Part::One(key) => Some((counts[key], key.clone())),
            Part::Other(_) => None,
        })
        .min()?;
    hidden.push(smallest.1);
    merge_with(&counts, hidden, k)
}

fn merge_with(
    counts: &BTreeMap<String, u64>,
    mut hidden: Vec<String>,
    k: u64,
) -> Option<Vec<Part>> {
    let mut shown: Vec<(u64, String)> = counts
        .iter()
        .filter(|(key, _)| !hidden.contains(key))
        .map(|(key, n)| (*n, key.clone()))
        .collect();
    shown.sort();
    let mut hidden_n: u64 = hidden.iter().map(|key| counts[key]).sum();
    while shown.first().is_some_and(|(n, _)| *n < k) || (!hidden.is_empty() && hidden_n < k) {
        if shown.is_empty() {
            return None;
        }
        let (n, key) = shown.remove(0);
        hidden.push(key);
        hidden_n += n;
    }
    let mut parts: Vec<Part> = shown.into_iter().map(|(_, key)| Part::One(key)).collect();
    parts.sort_by(|a, b| match (a, b) {
        (Part::One(x), Part::One(y)) => x.cmp(y),
        _ => std::cmp::Ordering::Equal,
    });
    if !hidden.is_empty() {
        hidden.sort();
        parts.push(Part::Other(hidden));
    }
    (parts.len() >= 2).then_some(parts)
}

/// The exact check: no union of cells with 1..k-1 respondents is a linear combination of the
/// published unions.
pub fn is_safe(cells: &Cells, groups: Option<&[Part]>, languages: Option<&[Part]>, k: u64) -> bool {
    let cell_list: Vec<(&(String, String), u64)> = cells
        .iter()
        .map(|(c, n)| (c, *n))
        .filter(|(_, n)| *n > 0)
        .collect();
    let mut published: Vec<Vec<f64>> = vec![vec![1.0; cell_list.len()]];
    for (parts, pick) in [(groups, 0usize), (languages, 1usize)] {
        for part in parts.unwrap_or(&[]) {
            published.push(
                cell_list
                    .iter()
                    .map(|((g, l), _)| {
                        f64::from(u8::from(part.contains(if pick == 0 { g } else { l })))
                    })
                    .collect(),
            );
        }
    }
    let rank = rank(&published);
    let small: Vec<usize> = (0..cell_list.len())
        .filter(|&i| cell_list[i].1 < k)
        .collect();
    let mut chosen = Vec::new();
    let mut examined = 0;
    !derivable_small_union(
        &cell_list,
        &small,
        0,
        0,
        k,
        &mut chosen,
        &published,
        rank,
        &mut examined,
    )
}

#[allow(clippy::too_many_arguments)]
fn derivable_small_union(
    cells: &[(&(String, String), u64)],
    small: &[usize],
    from: usize,
    size: u64,
    k: u64,
    chosen: &mut Vec<usize>,
    published: &[Vec<f64>],
    rank_published: usize,
    examined: &mut usize,
) -> bool {
    for at in from..small.len() {
        let cell = small[at];
        let new_size = size + cells[cell].1;
        if new_size >= k {
            continue;
        }
        chosen.push(cell);
        *examined += 1;
        if *examined > MAX_CANDIDATES {
            return true; // too many to check: treat as unsafe
        }
        let mut rows = published.to_vec();
        rows.push(
            (0..cells.len())
                .map(|i| f64::from(u8::from(chosen.contains(&i))))
                .collect(),
        );
        if rank(&rows) == rank_published
            || derivable_small_union(
                cells,
                small,
                at + 1,
                new_size,
                k,
                chosen,
                published,
                rank_published,
                examined,
            )
        {
            return true;
        }
        chosen.pop();
    }
    false
}

/// Rank by Gaussian elimination; entries are small integers, so a tolerance is exact enough.
fn rank(rows: &[Vec<f64>]) -> usize {
    let mut m: Vec<Vec<f64>> = rows.to_vec();
    let columns = m.first().map_or(0, Vec::len);
    let mut rank = 0;
    for column in 0..columns {
        let Some(pivot) = (rank..m.len()).find(|&r| m[r][column].abs() > 1e-9) else {
            continue;
        };
        m.swap(rank, pivot);
        for r in 0..m.len() {
            if r != rank {
                let factor = m[r][column] / m[rank][column];
                if factor != 0.0 {
                    for c in column..columns {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
        }
        rank += 1;
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(list: &[(&str, &str, u64)]) -> Cells {
        list.iter()
            .map(|(g, l, n)| ((g.to_string(), l.to_string()), *n))
            .collect()
    }

    #[test]
    fn below_the_threshold_nothing_is_shown() {
        assert_eq!(plan(&cells(&[("a", "nb", 9)]), 10), None);
        assert!(plan(&cells(&[("a", "nb", 10)]), 10).is_some());
    }

    #[test]
    fn a_small_subgroup_is_merged_with_the_next_smallest() {
        let c = cells(&[("a", "nb", 15), ("b", "nb", 12), ("c", "nb", 3)]);
        let plan = plan(&c, 10).unwrap();
        assert_eq!(
            plan.groups,
            Some(vec![
                Part::One("a".into()),
                Part::Other(vec!["b".into(), "c".into()])
            ])
        );
    }

    #[test]
    fn another_breakdown_cannot_reveal_a_merged_subgroup() {
        // Group b (12) all answered in English, group c (3) in Norwegian along with a (15).
        // Showing English (12) beside "other = b + c" (15) would give c = other - English.
        let c = cells(&[("a", "nb", 15), ("b", "en", 12), ("c", "nb", 3)]);
        let plan = plan(&c, 10).unwrap();
        assert!(is_safe(
            &c,
            plan.groups.as_deref(),
            plan.languages.as_deref(),
            10
        ));
        let naive_groups = [
            Part::One("a".into()),
            Part::Other(vec!["b".into(), "c".into()]),
        ];
        let naive_languages = [Part::One("en".into()), Part::One("nb".into())];
        assert!(!is_safe(
            &c,
            Some(&naive_groups),
            Some(&naive_languages),
            10
        ));
    }

    #[test]
    fn the_exact_check_finds_a_difference_of_two_tables() {
        let c = cells(&[("a", "nb", 10), ("a", "ar", 2), ("b", "ar", 10)]);
        // Groups: a = 12, b = 10. Languages: nb = 10, ar = 12. a - nb = the 2 in (a, ar).
        let groups = [Part::One("a".into()), Part::One("b".into())];
        let languages = [Part::One("nb".into()), Part::One("ar".into())];
        assert!(!is_safe(&c, Some(&groups), Some(&languages), 10));
        let chosen = plan(&c, 10).unwrap();
        assert!(is_safe(
            &c,
            chosen.groups.as_deref(),
            chosen.languages.as_deref(),
            10
        ));
        assert!(
            chosen.groups.is_some() || chosen.languages.is_some(),
            "something is still shown"
        );
    }
}
