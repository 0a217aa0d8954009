//! The survey definition: questions, the blocks each participant group answers, and the
//! screening and group questions that route a participant through them.
//!
//! Texts are never stored here, only the rules that derive Fluent message ids from question and
//! option ids, so a definition cannot drift from its translations unnoticed: [`Definition::
//! message_ids`] lists every id the definition needs and the pack verification checks them.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::answers::MAX_PADDED_RESPONSE_BYTES;
use crate::SurveyError;

/// The answer values of a yes/no question.
pub const YES: &str = "yes";
pub const NO: &str = "no";
/// The answer values of a 5-point agreement scale, from "strongly disagree" to "strongly agree".
pub const AGREEMENT_POINTS: [&str; 5] = ["1", "2", "3", "4", "5"];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub id: String,
    pub version: u32,
    pub source_language: String,
    /// Screen texts (in ui.ftl) that are read aloud and so need a clip in every language.
    #[serde(default)]
    pub spoken_ui: Vec<String>,
    pub screening: Screening,
    pub group: Question,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Screening {
    pub question: Question,
    /// The answer that ends the survey politely without storing anything.
    pub ends_survey_on: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Block {
    pub id: String,
    /// The option ids of the group question whose participants answer this block.
    pub groups: Vec<String>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    /// Option ids, for `single` and `multiple` questions only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    /// Free text is optional unless said otherwise; every other kind is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_chars: Option<usize>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Single,
    /// A 5-point agreement scale shown with faces and text.
    Agreement,
    YesNo,
    Multiple,
    FreeText,
}

/// Ask a question only when an earlier question got a given answer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub answer: String,
}

/// A free-text answer longer than this is refused unless the question sets its own limit.
pub const DEFAULT_MAX_CHARS: usize = 2000;

impl Question {
    pub fn message_id(&self) -> String {
        format!("q-{}", self.id)
    }

    pub fn is_required(&self) -> bool {
        self.required.unwrap_or(self.kind != QuestionKind::FreeText)
    }

    pub fn max_chars(&self) -> usize {
        self.max_chars.unwrap_or(DEFAULT_MAX_CHARS)
    }

    /// The values an answer may take, empty for free text.
    pub fn answer_values(&self) -> Vec<&str> {
        match self.kind {
            QuestionKind::Single | QuestionKind::Multiple => {
                self.options.iter().map(String::as_str).collect()
            }
            QuestionKind::Agreement => AGREEMENT_POINTS.to_vec(),
            QuestionKind::YesNo => vec![YES, NO],
            QuestionKind::FreeText => Vec::new(),
        }
    }

    /// The Fluent message id that shows (and speaks) one answer value.
    pub fn option_message_id(&self, value: &str) -> String {
        match self.kind {
            QuestionKind::Agreement => format!("scale-{value}"),
            QuestionKind::YesNo => format!("answer-{value}"),
            _ => format!("opt-{value}"),
        }
    }

    /// (value, message id) for every answer option, in display order.
    pub fn options_with_messages(&self) -> Vec<(String, String)> {
        self.answer_values()
            .into_iter()
            .map(|value| (value.to_owned(), self.option_message_id(value)))
            .collect()
    }
}

impl Block {
    pub fn title_message_id(&self) -> String {
        format!("block-{}", self.id)
    }
}

impl Definition {
    pub fn from_toml(path_for_errors: &str, text: &str) -> Result<Self, SurveyError> {
        let definition: Definition = toml::from_str(text).map_err(|e| SurveyError::Definition {
            path: path_for_errors.to_owned(),
            detail: e.to_string(),
        })?;
        definition
            .check()
            .map_err(|detail| SurveyError::Definition {
                path: path_for_errors.to_owned(),
                detail,
            })?;
        Ok(definition)
    }

    /// Every question in routing order: screening, group, then each block's questions.
    pub fn all_questions(&self) -> impl Iterator<Item = &Question> {
        std::iter::once(&self.screening.question)
            .chain(std::iter::once(&self.group))
            .chain(self.blocks.iter().flat_map(|b| b.questions.iter()))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.all_questions().find(|q| q.id == id)
    }

    /// The participant groups: the option ids of the group question.
    pub fn groups(&self) -> &[String] {
        &self.group.options
    }

    /// Every message id the survey texts need (all of them in survey.ftl, all of them spoken).
    pub fn message_ids(&self) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for question in self.all_questions() {
            ids.insert(question.message_id());
            for (_, message) in question.options_with_messages() {
                ids.insert(message);
            }
        }
        for block in &self.blocks {
            ids.insert(block.title_message_id());
        }
        ids
    }

    /// Every clip a language must have: the survey's messages and the spoken screen texts.
    pub fn clip_ids(&self) -> BTreeSet<String> {
        let mut ids = self.message_ids();
        ids.extend(self.spoken_ui.iter().cloned());
        ids
    }

    /// Structural rules that serde cannot express.
    fn check(&self) -> Result<(), String> {
        let mut seen = BTreeSet::new();
        for question in self.all_questions() {
            if !seen.insert(question.id.as_str()) {
                return Err(format!("question id '{}' is used twice", question.id));
            }
            let needs_options =
                matches!(question.kind, QuestionKind::Single | QuestionKind::Multiple);
            if needs_options && question.options.len() < 2 {
                return Err(format!(
                    "question '{}' needs at least two options",
                    question.id
                ));
            }
            if !needs_options && !question.options.is_empty() {
                return Err(format!(
                    "question '{}' is {:?} and takes no options",
                    question.id, question.kind
                ));
            }
            let mut option_seen = BTreeSet::new();
            if let Some(dup) = question.options.iter().find(|o| !option_seen.insert(*o)) {
                return Err(format!(
                    "question '{}' lists option '{dup}' twice",
                    question.id
                ));
            }
        }
        let screening = &self.screening;
        if !screening
            .question
            .answer_values()
            .contains(&screening.ends_survey_on.as_str())
        {
            return Err(format!(
                "screening ends on '{}', which is not an answer of '{}'",
                screening.ends_survey_on, screening.question.id
            ));
        }
        if self.group.kind != QuestionKind::Single {
            return Err("the group question must be a single choice".into());
        }
        for block in &self.blocks {
            if let Some(g) = block
                .groups
                .iter()
                .find(|g| !self.group.options.contains(g))
            {
                return Err(format!("block '{}' names unknown group '{g}'", block.id));
            }
            for question in &block.questions {
                if let Some(condition) = &question.show_if {
                    self.check_condition(question, condition, &block.questions)?;
                }
            }
        }
        let padded = self.padded_response_bytes();
        if padded > MAX_PADDED_RESPONSE_BYTES {
            return Err(format!(
                "a response could take {padded} bytes once padded, more than the \
                 {MAX_PADDED_RESPONSE_BYTES} a collector takes; lower the free-text questions' \
                 max_chars"
            ));
        }
        Ok(())
    }

    fn check_condition(
        &self,
        question: &Question,
        condition: &Condition,
        block: &[Question],
    ) -> Result<(), String> {
        let position = block.iter().position(|q| q.id == question.id);
        let earlier = block
            .iter()
            .take(position.unwrap_or(0))
            .find(|q| q.id == condition.question)
            .ok_or_else(|| {
                format!(
                    "question '{}' depends on '{}', which is not earlier in its block",
                    question.id, condition.question
                )
            })?;
        if !earlier.answer_values().contains(&condition.answer.as_str()) {
            return Err(format!(
                "question '{}' depends on answer '{}', which '{}' does not have",
                question.id, condition.answer, condition.question
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = include_str!("../../content/survey.toml");

    #[test]
    fn demo_survey_has_about_25_questions_for_both_groups() {
        let def = Definition::from_toml("survey.toml", DEMO).unwrap();
        let block_questions: usize = def.blocks.iter().map(|b| b.questions.len()).sum();
        assert!((24..=30).contains(&block_questions), "{block_questions}");
        for group in def.groups() {
            assert!(def.blocks.iter().any(|b| b.groups.contains(group)));
        }
        assert!(def.message_ids().contains("q-on-leave"));
        assert!(def.message_ids().contains("scale-5"));
        assert!(def.clip_ids().contains("privacy-notice"));
    }

    #[test]
    fn duplicate_question_ids_are_refused() {
        let text = DEMO.replace("id = \"safe\"", "id = \"respect\"");
        let err = Definition::from_toml("survey.toml", &text).unwrap_err();
        assert!(err.to_string().contains("'respect' is used twice"), "{err}");
    }

    #[test]
    fn a_condition_on_a_later_question_is_refused() {
        let text = DEMO.replace(
            "show_if = { question = \"had-work-practice\", answer = \"yes\" }",
            "show_if = { question = \"after-programme\", answer = \"after-work\" }",
        );
        let err = Definition::from_toml("survey.toml", &text).unwrap_err();
        assert!(
            err.to_string().contains("not earlier in its block"),
            "{err}"
        );
    }

    #[test]
    fn a_survey_whose_padded_responses_a_collector_would_refuse_is_refused() {
        let text = DEMO.replace("max_chars = 1000", "max_chars = 11000");
        let err = Definition::from_toml("survey.toml", &text).unwrap_err();
        assert!(err.to_string().contains("lower the free-text"), "{err}");
    }

    #[test]
    fn unknown_fields_are_refused() {
        let text = DEMO.replace("kind = \"agreement\"", "kind = \"agreement\"\ncolour = 1");
        assert!(Definition::from_toml("survey.toml", &text).is_err());
    }
}
