//! What the publisher's integration tests share: the demo pack built once, a small seeded random
//! generator (no dependency, so a failing seed can be rerun as is), and rows made the way the
//! kiosk makes them: every block of the participant's group, each required question answered,
//! a follow-up only after the answer that asks it.

#![allow(dead_code)] // each test binary uses what it needs

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use collector_data::publication::Publication;
use collector_data::served_pack::ServedPack;
use publisher::Row;
use survey::answers::Answers;
use survey::{Answer, Definition, QuestionKind};

pub const K: u64 = 10;

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

pub fn day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()
}

/// The demo pack, built once per test binary with the demo key.
pub fn pack() -> &'static ServedPack {
    static PACK: OnceLock<ServedPack> = OnceLock::new();
    PACK.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep().join("pack");
        let keys = repo().join("demo-keys-NOT-FOR-PRODUCTION");
        let key = survey::PackSigningKey::from_file(&keys.join("pack-signing-key.txt")).unwrap();
        survey::pack::build(&repo(), &key, &dir).unwrap();
        let public =
            survey::PackVerifyingKey::from_file(&keys.join("pack-signing-key.pub")).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        ServedPack::load(&dir, &public, today).unwrap()
    })
}

/// SplitMix64: small, seeded, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    /// An index drawn with the given weights (not all 0).
    pub fn weighted(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        let mut pick = self.below(total);
        for (i, w) in weights.iter().enumerate() {
            if pick < *w {
                return i;
            }
            pick -= w;
        }
        unreachable!()
    }
}

/// How a data set answers: per question, a weight for each option. Weights of 0 make options
/// nobody chooses, and a single non-zero weight makes everyone answer alike: the cases that
/// made the old publisher merge, withhold and drop breakdowns.
pub type Style = dyn Fn(&str, usize, &mut Rng) -> Vec<u64>;

/// Every question answered with options drawn by `style`.
pub fn answers(definition: &Definition, group: &str, rng: &mut Rng, style: &Style) -> Answers {
    let mut answers = Answers::new();
    answers.insert(
        definition.screening.question.id.clone(),
        Answer::choice("no"),
    );
    answers.insert(definition.group.id.clone(), Answer::choice(group));
    for block in definition
        .blocks
        .iter()
        .filter(|b| b.groups.iter().any(|g| g == group))
    {
        for question in &block.questions {
            if let Some(condition) = &question.show_if {
                if answers.get(&condition.question) != Some(&Answer::choice(&condition.answer)) {
                    continue;
                }
            }
            let values = question.answer_values();
            let answer = match question.kind {
                QuestionKind::FreeText => {
                    if rng.below(2) == 0 {
                        continue;
                    }
                    Answer::choice(format!("fritekst {}", rng.below(1000)))
                }
                QuestionKind::Multiple => {
                    let weights = style(&question.id, values.len(), rng);
                    let mut chosen: Vec<String> = values
                        .iter()
                        .zip(&weights)
                        .filter(|(_, w)| **w > 0 && rng.below(3) == 0)
                        .map(|(v, _)| v.to_string())
                        .collect();
                    if chosen.is_empty() {
                        chosen.push(values[rng.weighted(&weights)].to_string());
                    }
                    Answer::Many(chosen)
                }
                _ => {
                    let weights = style(&question.id, values.len(), rng);
                    Answer::choice(values[rng.weighted(&weights)])
                }
            };
            answers.insert(question.id.clone(), answer);
        }
    }
    answers
}

/// Any option equally likely.
pub fn uniform(_: &str, n: usize, _: &mut Rng) -> Vec<u64> {
    vec![1; n]
}

/// `count` rows of `group` in `municipality`, ids starting at `first_id`.
pub fn rows(
    first_id: usize,
    municipality: &str,
    group: &str,
    count: usize,
    rng: &mut Rng,
    style: &Style,
) -> Vec<Row> {
    let definition = &pack().definition;
    let languages = ["nb", "ar", "so", "uk", "ti", "pl"];
    (0..count)
        .map(|n| Row {
            response_id: format!("{municipality}-{group}-{}", first_id + n),
            municipality: municipality.into(),
            group: group.into(),
            language: languages[rng.below(languages.len() as u64) as usize].into(),
            completed_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 10).unwrap()
                + chrono::Duration::days(rng.below(80) as i64),
            answers: answers(definition, group, rng, style),
        })
        .collect()
}

pub fn names(rows: &[Row]) -> BTreeMap<String, String> {
    rows.iter()
        .map(|r| {
            (
                r.municipality.clone(),
                format!("Kommune {}", r.municipality),
            )
        })
        .collect()
}

/// The cell keys the tests publish with.
pub fn keys() -> publisher::perturb::CellKeys {
    publisher::perturb::CellKeys::from_secret(b"publisher tests")
}

/// The publication the publisher builds of `rows`.
pub fn publish(rows: &[Row]) -> Publication {
    publisher::tables::build(
        rows,
        &publisher::tables::Build {
            pack: pack(),
            names: &names(rows),
            threshold: K,
            published_on: day(),
            results_close: day(),
            keys: &keys(),
        },
    )
}
