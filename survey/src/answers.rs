//! Answers, the response they become, and the rules that decide whether a response is complete
//! and valid.
//!
//! A [`Response`] deliberately has no kiosk id, session id or time of day: only the completion
//! date. Its random id exists only so that delivery can be exactly once.
//!
//! Before it is sealed, a response's JSON is padded with spaces to one size per survey
//! ([`Definition::padded_response_bytes`], [`pad_response`]): a sealed response's length would
//! otherwise tell its group, the conditional questions it answered and how much free text it
//! holds to anyone who sees the outbox or the traffic.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::definition::{Definition, Question, QuestionKind};
use crate::routing;

/// One question's answer: a chosen value, or typed text (single, agreement, yes/no, free text),
/// or several chosen values (multiple choice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    One(String),
    Many(Vec<String>),
}

impl Answer {
    pub fn choice(value: impl Into<String>) -> Self {
        Answer::One(value.into())
    }

    pub fn as_choice(&self) -> Option<&str> {
        match self {
            Answer::One(value) => Some(value),
            Answer::Many(_) => None,
        }
    }
}

/// Answers by question id. Ordered, so that serialisation is deterministic.
pub type Answers = BTreeMap<String, Answer>;

/// What one participant's completed survey becomes, before it is sealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// Format of this structure, so that the collector can read old responses.
    pub format: u32,
    /// Random (UUID v4), used only to deliver the response exactly once.
    pub response_id: String,
    pub survey_id: String,
    pub survey_version: u32,
    pub language: String,
    pub group: String,
    /// A date, never a time: a time of day could identify who sat at the kiosk.
    pub completed_on: NaiveDate,
    pub answers: Answers,
}

pub const RESPONSE_FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// The question concerned, or "response" for the response as a whole.
    pub question: String,
    pub problem: ValidationProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValidationProblem {
    Missing,
    NotAsked,
    NotAnOption(String),
    ExpectedOne,
    ExpectedSeveral,
    EmptySelection,
    RepeatedOption(String),
    TooLong { max_chars: usize },
    ScreenedOut,
    Mismatch(String),
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let q = &self.question;
        match &self.problem {
            ValidationProblem::Missing => write!(f, "question '{q}' has no answer"),
            ValidationProblem::NotAsked => {
                write!(f, "question '{q}' is not asked of this participant")
            }
            ValidationProblem::NotAnOption(v) => {
                write!(f, "question '{q}': '{v}' is not one of its options")
            }
            ValidationProblem::ExpectedOne => write!(f, "question '{q}' takes exactly one answer"),
            ValidationProblem::ExpectedSeveral => {
                write!(f, "question '{q}' takes a list of answers")
            }
            ValidationProblem::EmptySelection => {
                write!(f, "question '{q}' needs at least one option chosen")
            }
            ValidationProblem::RepeatedOption(v) => {
                write!(f, "question '{q}': option '{v}' is chosen twice")
            }
            ValidationProblem::TooLong { max_chars } => {
                write!(
                    f,
                    "question '{q}': the text is longer than {max_chars} characters"
                )
            }
            ValidationProblem::ScreenedOut => {
                write!(
                    f,
                    "question '{q}': this participant should not answer the survey"
                )
            }
            ValidationProblem::Mismatch(detail) => write!(f, "{q}: {detail}"),
        }
    }
}

/// Checks one answer against its question, as the participant gives it.
pub fn check_answer(question: &Question, answer: &Answer) -> Result<(), ValidationProblem> {
    match (question.kind, answer) {
        (QuestionKind::FreeText, Answer::One(text)) => {
            let max_chars = question.max_chars();
            if text.chars().count() > max_chars {
                return Err(ValidationProblem::TooLong { max_chars });
            }
            Ok(())
        }
        (QuestionKind::Multiple, Answer::Many(values)) => {
            if values.is_empty() {
                return Err(ValidationProblem::EmptySelection);
            }
            let allowed = question.answer_values();
            for (i, value) in values.iter().enumerate() {
                if !allowed.contains(&value.as_str()) {
                    return Err(ValidationProblem::NotAnOption(value.clone()));
                }
                if values[..i].contains(value) {
                    return Err(ValidationProblem::RepeatedOption(value.clone()));
                }
            }
            Ok(())
        }
        (QuestionKind::Multiple, Answer::One(_)) => Err(ValidationProblem::ExpectedSeveral),
        (_, Answer::Many(_)) => Err(ValidationProblem::ExpectedOne),
        (_, Answer::One(value)) => {
            if question.answer_values().contains(&value.as_str()) {
                Ok(())
            } else {
                Err(ValidationProblem::NotAnOption(value.clone()))
            }
        }
    }
}

/// Decides whether the answers make a complete, valid response: every question asked of this
/// participant that is required has a valid answer, and nothing else is answered.
pub fn validate_answers(
    definition: &Definition,
    answers: &Answers,
) -> Result<(), Vec<ValidationError>> {
    let mut errors = Vec::new();
    let asked = routing::questions_to_ask(definition, answers);
    for question in &asked {
        match answers.get(&question.id) {
            None if question.is_required() => errors.push(ValidationError {
                question: question.id.clone(),
                problem: ValidationProblem::Missing,
            }),
            None => {}
            Some(answer) => {
                if let Err(problem) = check_answer(question, answer) {
                    errors.push(ValidationError {
                        question: question.id.clone(),
                        problem,
                    });
                }
            }
        }
    }
    if routing::screened_out(definition, answers) {
        errors.push(ValidationError {
            question: definition.screening.question.id.clone(),
            problem: ValidationProblem::ScreenedOut,
        });
    }
    for id in answers.keys() {
        if !asked.iter().any(|q| q.id == *id) {
            errors.push(ValidationError {
                question: id.clone(),
                problem: ValidationProblem::NotAsked,
            });
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

impl Response {
    /// Validates the whole response against the definition it claims to answer.
    pub fn validate(&self, definition: &Definition) -> Result<(), Vec<ValidationError>> {
        let mismatch = |detail: String| ValidationError {
            question: "response".into(),
            problem: ValidationProblem::Mismatch(detail),
        };
        let mut errors = Vec::new();
        if self.format != RESPONSE_FORMAT {
            errors.push(mismatch(format!("unknown format {}", self.format)));
        }
        if self.survey_id != definition.id || self.survey_version != definition.version {
            errors.push(mismatch(format!(
                "answers survey {} version {}, not {} version {}",
                self.survey_id, self.survey_version, definition.id, definition.version
            )));
        }
        if routing::chosen_group(definition, &self.answers) != Some(self.group.as_str()) {
            errors.push(mismatch(format!(
                "group '{}' differs from the answer to '{}'",
                self.group, definition.group.id
            )));
        }
        if let Err(more) = validate_answers(definition, &self.answers) {
            errors.extend(more);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// Every response of a survey is padded to the same multiple of this many bytes.
pub const PADDING_BLOCK_BYTES: usize = 4096;
/// The longest language tag the size bound allows for: RFC 5646 asks software to handle tags of
/// at least 35 characters, and a pack's languages are not part of its survey definition.
pub const MAX_LANGUAGE_TAG_BYTES: usize = 35;
/// The largest padded response a survey may have. Sealing adds about 200 bytes, and a collector
/// refuses any sealed response over 64 KiB, which would leave it stuck in a kiosk's outbox.
pub const MAX_PADDED_RESPONSE_BYTES: usize = 60 * 1024;
/// A response id is a hyphenated UUID.
const RESPONSE_ID_BYTES: usize = 36;
/// The costliest character in JSON text: a control character, escaped as `\u001f`, takes 6
/// bytes; nothing else takes more (UTF-8 needs at most 4).
const COSTLIEST_CHAR: char = '\u{1f}';

/// A response that does not fit the size every response of its survey is padded to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the response takes {bytes} bytes, more than the {limit} every response of this survey is \
     padded to"
)]
pub struct ResponseTooLarge {
    pub bytes: usize,
    pub limit: usize,
}

impl Definition {
    /// An upper bound on the compact JSON size of any response that validates against this
    /// definition (with a UUID response id and a language tag of at most
    /// [`MAX_LANGUAGE_TAG_BYTES`]).
    ///
    /// It is the UTF-8 length of the compact JSON of the widest response imaginable, which no
    /// participant could give: every question of every block answered at once, each choice with
    /// its longest value, each multiple choice with all its options, each free text at its
    /// `max_chars` in characters that cost 6 bytes each (`"\u001f"`), the widest group, a
    /// 36-character id, a 35-character language and the longest date the date type can write
    /// (`+262142-12-31`). A web survey computes the same number the same way.
    pub fn max_response_bytes(&self) -> usize {
        serde_json::to_vec(&self.widest_response())
            .expect("a response serialises")
            .len()
    }

    /// The size every response plaintext of this survey is padded to before sealing, so that the
    /// sealed size tells nothing of the group, the branches taken or how much was written:
    /// [`Definition::max_response_bytes`] rounded up to a multiple of [`PADDING_BLOCK_BYTES`].
    pub fn padded_response_bytes(&self) -> usize {
        self.max_response_bytes().div_ceil(PADDING_BLOCK_BYTES) * PADDING_BLOCK_BYTES
    }

    fn widest_response(&self) -> Response {
        let json_len = |text: &str| serde_json::to_string(text).map_or(0, |json| json.len());
        let widest = |values: Vec<&str>| {
            values
                .into_iter()
                .max_by_key(|value| json_len(value))
                .unwrap_or_default()
                .to_owned()
        };
        let date_len = |date: NaiveDate| serde_json::to_string(&date).map_or(0, |j| j.len());
        let completed_on = [NaiveDate::MIN, NaiveDate::MAX]
            .into_iter()
            .max_by_key(|date| date_len(*date))
            .expect("two dates");
        let answers = self
            .all_questions()
            .map(|question| {
                let answer = match question.kind {
                    QuestionKind::FreeText => Answer::One(
                        std::iter::repeat_n(COSTLIEST_CHAR, question.max_chars()).collect(),
                    ),
                    QuestionKind::Multiple => Answer::Many(question.options.clone()),
                    _ => Answer::One(widest(question.answer_values())),
                };
                (question.id.clone(), answer)
            })
            .collect();
        Response {
            format: RESPONSE_FORMAT,
            response_id: "f".repeat(RESPONSE_ID_BYTES),
            survey_id: self.id.clone(),
            survey_version: self.version,
            language: "x".repeat(MAX_LANGUAGE_TAG_BYTES),
            group: widest(self.groups().iter().map(String::as_str).collect()),
            completed_on,
            answers,
        }
    }
}

/// Pads a response's JSON with trailing spaces to the survey's
/// [`Definition::padded_response_bytes`]. JSON allows whitespace after the value, so every JSON
/// parser reads the padded text as the same response.
///
/// A response longer than that size is refused rather than sealed at a size of its own, which
/// would single it out.
pub fn pad_response(
    mut json: Vec<u8>,
    definition: &Definition,
) -> Result<Vec<u8>, ResponseTooLarge> {
    let limit = definition.padded_response_bytes();
    if json.len() > limit {
        return Err(ResponseTooLarge {
            bytes: json.len(),
            limit,
        });
    }
    json.resize(limit, b' ');
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Definition {
        Definition::from_toml("survey.toml", include_str!("../../content/survey.toml")).unwrap()
    }

    /// A complete training-group response, answering every question "as positively as possible".
    fn complete_training_answers(def: &Definition) -> Answers {
        let mut answers = Answers::new();
        answers.insert("on-leave".into(), Answer::choice("no"));
        answers.insert("group".into(), Answer::choice("group-training"));
        for question in routing::questions_to_ask(def, &answers).into_iter().skip(2) {
            let answer = match question.kind {
                QuestionKind::Multiple => Answer::Many(vec![question.options[0].clone()]),
                QuestionKind::FreeText => continue,
                _ => Answer::choice(*question.answer_values().last().unwrap()),
            };
            answers.insert(question.id.clone(), answer);
        }
        answers
    }

    fn problems(result: Result<(), Vec<ValidationError>>) -> Vec<(String, ValidationProblem)> {
        result
            .unwrap_err()
            .into_iter()
            .map(|e| (e.question, e.problem))
            .collect()
    }

    #[test]
    fn a_complete_response_is_valid_and_optional_free_text_may_be_left_out() {
        let def = demo();
        let answers = complete_training_answers(&def);
        assert!(!answers.contains_key("anything-else"));
        validate_answers(&def, &answers).unwrap();
    }

    #[test]
    fn a_missing_answer_is_named() {
        let def = demo();
        let mut answers = complete_training_answers(&def);
        answers.remove("pace");
        assert_eq!(
            problems(validate_answers(&def, &answers)),
            [("pace".into(), ValidationProblem::Missing)]
        );
        let message = validate_answers(&def, &answers).unwrap_err()[0].to_string();
        assert_eq!(message, "question 'pace' has no answer");
    }

    #[test]
    fn wrong_values_and_shapes_are_named() {
        let def = demo();
        let mut answers = complete_training_answers(&def);
        answers.insert("pace".into(), Answer::choice("6"));
        answers.insert("age".into(), Answer::Many(vec!["age-18-25".into()]));
        answers.insert("helps-learning".into(), Answer::Many(vec![]));
        answers.insert("know-goal".into(), Answer::choice("5"));
        let found = problems(validate_answers(&def, &answers));
        assert!(found.contains(&("pace".into(), ValidationProblem::NotAnOption("6".into()))));
        assert!(found.contains(&("age".into(), ValidationProblem::ExpectedOne)));
        assert!(found.contains(&("helps-learning".into(), ValidationProblem::EmptySelection)));
        assert!(found.contains(&("know-goal".into(), ValidationProblem::NotAsked)));
    }

    #[test]
    fn long_free_text_and_repeated_options_are_refused() {
        let def = demo();
        let mut answers = complete_training_answers(&def);
        answers.insert("anything-else".into(), Answer::choice("x".repeat(1001)));
        answers.insert(
            "helps-learning".into(),
            Answer::Many(vec!["help-apps".into(), "help-apps".into()]),
        );
        let found = problems(validate_answers(&def, &answers));
        assert!(found.contains(&(
            "anything-else".into(),
            ValidationProblem::TooLong { max_chars: 1000 }
        )));
        assert!(found.contains(&(
            "helps-learning".into(),
            ValidationProblem::RepeatedOption("help-apps".into())
        )));
    }

    // A limit counted in bytes would refuse Arabic or Tigrinya text well short of max_chars, so
    // the boundary is tested with characters that take more than one byte.
    #[test]
    fn free_text_of_exactly_max_chars_multi_byte_characters_is_accepted() {
        let def = demo();
        let question = def.question("anything-else").unwrap();
        let text = "ø".repeat(question.max_chars());
        assert!(text.len() > question.max_chars());
        assert_eq!(check_answer(question, &Answer::choice(text)), Ok(()));
    }

    #[test]
    fn free_text_one_character_over_max_chars_is_refused() {
        let def = demo();
        let question = def.question("anything-else").unwrap();
        let max_chars = question.max_chars();
        let text = "ø".repeat(max_chars + 1);
        assert_eq!(
            check_answer(question, &Answer::choice(text)),
            Err(ValidationProblem::TooLong { max_chars })
        );
    }

    #[test]
    fn a_screened_out_participant_has_no_valid_response() {
        let def = demo();
        let mut answers = Answers::new();
        answers.insert("on-leave".into(), Answer::choice("yes"));
        let found = problems(validate_answers(&def, &answers));
        assert_eq!(found, [("on-leave".into(), ValidationProblem::ScreenedOut)]);
    }

    #[test]
    fn a_response_must_match_its_survey_and_group() {
        let def = demo();
        let mut response = Response {
            format: RESPONSE_FORMAT,
            response_id: "00000000-0000-4000-8000-000000000000".into(),
            survey_id: def.id.clone(),
            survey_version: def.version,
            language: "nb".into(),
            group: "group-training".into(),
            completed_on: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            answers: complete_training_answers(&def),
        };
        response.validate(&def).unwrap();
        response.group = "group-both".into();
        response.survey_version = 99;
        assert_eq!(response.validate(&def).unwrap_err().len(), 2);
    }

    #[test]
    fn a_response_serialises_without_any_time_of_day() {
        let def = demo();
        let response = Response {
            format: RESPONSE_FORMAT,
            response_id: "00000000-0000-4000-8000-000000000000".into(),
            survey_id: def.id.clone(),
            survey_version: def.version,
            language: "ar".into(),
            group: "group-training".into(),
            completed_on: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            answers: complete_training_answers(&def),
        };
        let json = serde_json::to_string(&response).unwrap();
        assert!(json.contains("\"completed_on\":\"2026-11-02\""), "{json}");
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "answers",
                "completed_on",
                "format",
                "group",
                "language",
                "response_id",
                "survey_id",
                "survey_version"
            ]
        );
        let back: Response = serde_json::from_str(&json).unwrap();
        assert_eq!(back, response);
    }

    /// A valid response of `group`, every question it is asked answered with its longest value
    /// (or all options), the conditional question opened when `branch`, and `free_text` when
    /// given.
    fn widest_valid_response(
        def: &Definition,
        group: &str,
        branch: bool,
        free_text: Option<String>,
    ) -> Response {
        let mut answers = Answers::new();
        answers.insert("on-leave".into(), Answer::choice("no"));
        answers.insert("group".into(), Answer::choice(group));
        loop {
            let next = routing::questions_to_ask(def, &answers)
                .into_iter()
                .find(|q| !answers.contains_key(&q.id) && q.kind != QuestionKind::FreeText);
            let Some(question) = next else { break };
            let answer = match question.kind {
                QuestionKind::Multiple => Answer::Many(question.options.clone()),
                QuestionKind::YesNo if question.id == "had-work-practice" => {
                    Answer::choice(if branch { "yes" } else { "no" })
                }
                _ => Answer::choice(
                    *question
                        .answer_values()
                        .iter()
                        .max_by_key(|v| v.len())
                        .unwrap(),
                ),
            };
            answers.insert(question.id.clone(), answer);
        }
        if let Some(text) = free_text {
            answers.insert("anything-else".into(), Answer::choice(text));
        }
        let response = Response {
            format: RESPONSE_FORMAT,
            response_id: "ffffffff-ffff-4fff-bfff-ffffffffffff".into(),
            survey_id: def.id.clone(),
            survey_version: def.version,
            language: "nb".into(),
            group: group.into(),
            completed_on: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            answers,
        };
        response.validate(def).unwrap();
        response
    }

    /// Every group, with and without the conditional branch, without free text, with empty free
    /// text and with the most expensive free text allowed.
    fn varied_responses(def: &Definition) -> Vec<Response> {
        let max_chars = def.question("anything-else").unwrap().max_chars();
        let mut responses = Vec::new();
        for group in def.groups() {
            for branch in [false, true] {
                for text in [
                    None,
                    Some(String::new()),
                    Some("\u{1}".repeat(max_chars)),
                    Some("😀".repeat(max_chars)),
                ] {
                    responses.push(widest_valid_response(def, group, branch, text));
                }
            }
        }
        responses
    }

    #[test]
    fn the_demo_survey_pads_every_response_to_8192_bytes() {
        let def = demo();
        // A web survey must arrive at the same number; a change here changes both.
        assert_eq!(def.padded_response_bytes(), 8192);
        assert!(def.max_response_bytes() <= 8192);
    }

    #[test]
    fn a_padded_response_has_the_survey_size_and_parses_back_identical() {
        let def = demo();
        for response in varied_responses(&def) {
            let json = serde_json::to_vec(&response).unwrap();
            let padded = pad_response(json.clone(), &def).unwrap();
            assert_eq!(padded.len(), def.padded_response_bytes());
            assert!(padded[json.len()..].iter().all(|b| *b == b' '));
            let back: Response = serde_json::from_slice(&padded).unwrap();
            assert_eq!(back, response);
            // Any JSON parser, not only this struct's, reads the same value.
            let value: serde_json::Value = serde_json::from_slice(&padded).unwrap();
            assert_eq!(value, serde_json::to_value(&response).unwrap());
        }
    }

    #[test]
    fn the_size_bound_holds_for_a_response_with_every_field_at_its_maximum() {
        let def = demo();
        let languages =
            crate::languages::parse_tsv(include_str!("../../content/languages.tsv")).unwrap();
        let longest_language = languages.iter().map(|l| l.code.len()).max().unwrap();
        assert!(longest_language <= MAX_LANGUAGE_TAG_BYTES);
        let max_chars = def.question("anything-else").unwrap().max_chars();
        for group in def.groups() {
            let mut response =
                widest_valid_response(&def, group, true, Some("\u{1f}".repeat(max_chars)));
            response.language = "x".repeat(MAX_LANGUAGE_TAG_BYTES);
            for date in [NaiveDate::MAX, NaiveDate::MIN] {
                response.completed_on = date;
                response.validate(&def).unwrap();
                let json = serde_json::to_vec(&response).unwrap();
                assert!(
                    json.len() <= def.max_response_bytes(),
                    "{group}: {} > {}",
                    json.len(),
                    def.max_response_bytes()
                );
                pad_response(json, &def).unwrap();
            }
        }
    }

    #[test]
    fn no_character_costs_more_than_six_bytes_in_json() {
        let costliest = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .map(|c| serde_json::to_string(&c.to_string()).unwrap().len() - 2)
            .max()
            .unwrap();
        assert_eq!(costliest, 6);
        assert_eq!(
            serde_json::to_string(&COSTLIEST_CHAR.to_string())
                .unwrap()
                .len()
                - 2,
            6
        );
    }

    #[test]
    fn a_response_over_the_padded_size_is_refused_not_sealed_at_its_own_size() {
        let def = demo();
        let mut response = widest_valid_response(&def, "group-both", true, None);
        response
            .answers
            .insert("anything-else".into(), Answer::choice("\u{1}".repeat(2000)));
        let json = serde_json::to_vec(&response).unwrap();
        let bytes = json.len();
        assert_eq!(
            pad_response(json, &def),
            Err(ResponseTooLarge { bytes, limit: 8192 })
        );
    }

    #[test]
    fn a_response_of_exactly_the_padded_size_is_kept_and_one_byte_more_is_refused() {
        let def = demo();
        let limit = def.padded_response_bytes();
        let with_text = |text: String| {
            let mut response = widest_valid_response(&def, "group-both", true, None);
            response
                .answers
                .insert("anything-else".into(), Answer::choice(text));
            serde_json::to_vec(&response).unwrap()
        };
        // pad_response does not validate, so free text past max_chars can fill the JSON to the
        // exact byte: each ASCII letter adds one.
        let room = limit - with_text(String::new()).len();
        let exact = with_text("x".repeat(room));
        assert_eq!(exact.len(), limit);
        assert_eq!(pad_response(exact.clone(), &def), Ok(exact));
        let over = with_text("x".repeat(room + 1));
        assert_eq!(
            pad_response(over, &def),
            Err(ResponseTooLarge {
                bytes: limit + 1,
                limit
            })
        );
    }
}
