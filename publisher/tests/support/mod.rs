//! What the publisher's tests and benchmark share: the demo pack, and varied valid responses
//! made without sealing (the tables and the audit work on opened rows).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use collector::served_pack::ServedPack;
use publisher::Row;
use survey::answers::Answers;
use survey::{routing, Answer, QuestionKind};

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

pub fn demo_keys() -> PathBuf {
    repo().join("demo-keys-NOT-FOR-PRODUCTION")
}

/// A day inside the demo survey period.
pub fn open_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
}

/// A day after the demo survey's close and 30 grace days.
pub fn publishing_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()
}

pub fn demo_pack_dir() -> &'static Path {
    static PACK: OnceLock<PathBuf> = OnceLock::new();
    PACK.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep().join("pack");
        let key =
            survey::PackSigningKey::from_file(&demo_keys().join("pack-signing-key.txt")).unwrap();
        survey::pack::build(&repo(), &key, &dir).unwrap();
        dir
    })
}

pub fn demo_pack() -> ServedPack {
    let key =
        survey::PackVerifyingKey::from_file(&demo_keys().join("pack-signing-key.pub")).unwrap();
    ServedPack::load(demo_pack_dir(), &key, open_day()).unwrap()
}

/// A small deterministic generator (xorshift), so that runs can be repeated.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// How the answers of a made-up respondent are chosen.
#[derive(Clone, Copy)]
pub enum Choose<'a> {
    /// Every answer drawn at random.
    Random,
    /// The option at this position wherever it exists (the first option when 0), and this
    /// answer to the given yes/no questions.
    Fixed(usize, &'a [(&'a str, &'a str)]),
}

/// A valid row for `group` and `language` in `municipality`.
pub fn row(
    pack: &ServedPack,
    id: String,
    municipality: &str,
    group: &str,
    language: &str,
    choose: Choose<'_>,
    rng: &mut Rng,
) -> Row {
    let definition = &pack.definition;
    let mut answers = Answers::new();
    answers.insert(
        definition.screening.question.id.clone(),
        Answer::choice("no"),
    );
    answers.insert(definition.group.id.clone(), Answer::choice(group));
    loop {
        let pending: Vec<_> = routing::questions_to_ask(definition, &answers)
            .into_iter()
            .filter(|q| !answers.contains_key(&q.id))
            .collect();
        if pending.is_empty() {
            break;
        }
        for question in pending {
            let values = question.answer_values();
            let pick = |rng: &mut Rng| match choose {
                Choose::Random => values[rng.below(values.len())].to_owned(),
                Choose::Fixed(position, fixed) => fixed
                    .iter()
                    .find(|(q, _)| *q == question.id)
                    .map(|(_, a)| a.to_string())
                    .unwrap_or_else(|| values[position.min(values.len() - 1)].to_owned()),
            };
            let answer = match question.kind {
                QuestionKind::FreeText => Answer::choice(format!("free text of {id}")),
                QuestionKind::Multiple => Answer::Many(vec![pick(rng)]),
                _ => Answer::choice(pick(rng)),
            };
            answers.insert(question.id.clone(), answer);
        }
    }
    let response = survey::Response {
        format: survey::answers::RESPONSE_FORMAT,
        response_id: id.clone(),
        survey_id: definition.id.clone(),
        survey_version: definition.version,
        language: language.into(),
        group: group.into(),
        completed_on: open_day(),
        answers: answers.clone(),
    };
    response.validate(definition).unwrap();
    Row {
        response_id: id,
        municipality: municipality.into(),
        group: group.into(),
        language: language.into(),
        completed_on: open_day(),
        answers,
    }
}

/// `count` rows of one municipality, group and language.
pub fn rows(
    pack: &ServedPack,
    municipality: &str,
    group: &str,
    language: &str,
    count: usize,
    choose: Choose<'_>,
    seed: u64,
) -> Vec<Row> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|n| {
            row(
                pack,
                format!("{municipality}-{group}-{language}-{seed}-{n}"),
                municipality,
                group,
                language,
                choose,
                &mut rng,
            )
        })
        .collect()
}

/// A whole country: `municipalities` municipalities sharing `responses` responses unevenly
/// (a few large, many small), random groups and languages.
pub fn country(pack: &ServedPack, municipalities: usize, responses: usize, seed: u64) -> Vec<Row> {
    let mut rng = Rng::new(seed);
    let groups = pack.definition.groups().to_vec();
    let languages: Vec<String> = pack.languages.iter().map(|l| l.code.clone()).collect();
    // Municipality i gets a weight of about 1/(i+1), as real populations fall off.
    let weights: Vec<f64> = (0..municipalities)
        .map(|i| 1.0 / (i as f64 + 1.0))
        .collect();
    let total: f64 = weights.iter().sum();
    let mut out = Vec::with_capacity(responses);
    for (i, weight) in weights.iter().enumerate() {
        let share = ((weight / total) * responses as f64).round() as usize;
        let number = format!("{:04}", 101 + i);
        for n in 0..share.max(1) {
            if out.len() == responses {
                break;
            }
            let group = &groups[rng.below(groups.len())];
            let language = &languages[rng.below(languages.len())];
            out.push(row(
                pack,
                format!("{number}-{n}"),
                &number,
                group,
                language,
                Choose::Random,
                &mut rng,
            ));
        }
    }
    out
}
