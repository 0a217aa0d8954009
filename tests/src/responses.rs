//! Made-up valid responses: as a kiosk's participant would give them (for sealing and storing
//! in a collector), or as opened rows (the publisher's tables and audit work on those).

use collector::served_pack::ServedPack;
use publisher::Row;
use survey::answers::{Answers, RESPONSE_FORMAT};
use survey::{routing, Answer, Definition, QuestionKind, Response};

use crate::open_day;

/// The demo pack as the collector and the publisher load it.
pub fn demo_served_pack() -> ServedPack {
    ServedPack::load(crate::demo_pack(), &crate::pack_public_key(), open_day()).unwrap()
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
    /// Every answer drawn at random but these.
    RandomBut(&'a [(&'a str, &'a str)]),
}

/// A valid response of `group` in `language`, completed on the open day.
pub fn response(
    definition: &Definition,
    id: String,
    group: &str,
    language: &str,
    choose: Choose<'_>,
    rng: &mut Rng,
) -> Response {
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
                Choose::RandomBut(fixed) => fixed
                    .iter()
                    .find(|(q, _)| *q == question.id)
                    .map(|(_, a)| a.to_string())
                    .unwrap_or_else(|| values[rng.below(values.len())].to_owned()),
                Choose::Fixed(position, fixed) => fixed
                    .iter()
                    .find(|(q, _)| *q == question.id)
                    .map(|(_, a)| a.to_string())
                    .unwrap_or_else(|| values[position % values.len()].to_owned()),
            };
            let answer = match question.kind {
                QuestionKind::FreeText => Answer::choice(format!("free text of {id}")),
                QuestionKind::Multiple => Answer::Many(vec![pick(rng)]),
                _ => Answer::choice(pick(rng)),
            };
            answers.insert(question.id.clone(), answer);
        }
    }
    let response = Response {
        format: RESPONSE_FORMAT,
        response_id: id,
        survey_id: definition.id.clone(),
        survey_version: definition.version,
        language: language.into(),
        group: group.into(),
        completed_on: open_day(),
        answers,
    };
    response.validate(definition).unwrap();
    response
}

/// A response as the publisher sees it once opened, in `municipality`.
pub fn row(municipality: &str, response: Response) -> Row {
    Row {
        response_id: response.response_id,
        municipality: municipality.into(),
        group: response.group,
        language: response.language,
        completed_on: response.completed_on,
        answers: response.answers,
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
            let id = format!("{municipality}-{group}-{language}-{seed}-{n}");
            row(
                municipality,
                response(&pack.definition, id, group, language, choose, &mut rng),
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
            let id = format!("{number}-{n}");
            let made = response(
                &pack.definition,
                id,
                group,
                language,
                Choose::Random,
                &mut rng,
            );
            out.push(row(&number, made));
        }
    }
    out
}
