//! Completing many valid, varied responses through the real session engine, for demos and load
//! tests (`kiosk-cli fill`). Deterministic for a given seed.

use survey::{Answer, QuestionKind};

use crate::engine::Kiosk;
use crate::KioskError;

/// SplitMix64: a few lines of well-known PRNG, enough to vary demo answers reproducibly.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Completes one response in a random language with random valid answers. Returns the
/// stored response's id.
pub fn complete_one(kiosk: &mut Kiosk, rng: &mut Rng) -> Result<String, KioskError> {
    complete_one_as(kiosk, rng, None)
}

/// Like [`complete_one`]; with a group, every participant is in that group and gives the
/// answers that open conditional questions, so that demos show every question.
pub fn complete_one_as(
    kiosk: &mut Kiosk,
    rng: &mut Rng,
    group: Option<&str>,
) -> Result<String, KioskError> {
    let gates: Vec<(String, String)> = kiosk
        .definition()
        .blocks
        .iter()
        .flat_map(|b| b.questions.iter())
        .filter_map(|q| q.show_if.as_ref())
        .map(|c| (c.question.clone(), c.answer.clone()))
        .collect();
    let group_question = kiosk.definition().group.id.clone();
    let languages: Vec<String> = kiosk.languages().iter().map(|l| l.code.clone()).collect();
    let language = &languages[rng.below(languages.len())];
    kiosk.start_session(language, false)?;
    let mut view = kiosk.accept_privacy()?;
    let screening = kiosk.definition().screening.question.id.clone();
    while let Some(question) = view.question.take() {
        if view.stage != "question" {
            break;
        }
        let values: Vec<String> = question.options.iter().map(|o| o.value.clone()).collect();
        let gate = gates
            .iter()
            .find(|(id, _)| *id == question.id)
            .map(|(_, a)| a.clone());
        let answer = match question.kind {
            _ if question.id == screening => Some(Answer::choice("no")),
            _ if question.id == group_question && group.is_some() => {
                Some(Answer::choice(group.unwrap_or_default()))
            }
            _ if group.is_some() && gate.is_some() => gate.map(Answer::choice),
            QuestionKind::Multiple => {
                let mut chosen: Vec<String> = values
                    .iter()
                    .filter(|_| rng.below(3) == 0)
                    .cloned()
                    .collect();
                if chosen.is_empty() {
                    chosen.push(values[rng.below(values.len())].clone());
                }
                Some(Answer::Many(chosen))
            }
            QuestionKind::FreeText => (rng.below(4) == 0)
                .then(|| Answer::choice(format!("demo comment {}", rng.below(1000)))),
            _ => Some(Answer::choice(values[rng.below(values.len())].clone())),
        };
        view = match answer {
            Some(answer) => kiosk.answer(&question.id, answer)?,
            None => kiosk.skip(&question.id)?,
        };
    }
    let id = kiosk.take_last_completed().ok_or(KioskError::WrongStep)?;
    kiosk.end_session();
    Ok(id)
}
