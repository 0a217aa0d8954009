//! The survey as the web survey's page receives it: the questions with their message ids, the
//! routing rules (the same [`Rule`]s the kiosk evaluates) and the one padded size every response
//! has. Texts travel separately, one language at a time, so a phone fetches only its own.

use serde::Serialize;

use crate::answers::RESPONSE_FORMAT;
use crate::definition::{Definition, QuestionKind};
use crate::routing::{self, Rule};

#[derive(Debug, Serialize)]
pub struct WebSurvey<'d> {
    pub survey_id: &'d str,
    pub survey_version: u32,
    pub response_format: u32,
    pub source_language: &'d str,
    /// Every response's JSON is padded with spaces to exactly this many bytes before sealing,
    /// as the kiosk pads its own, so that a sealed response's size tells nothing.
    pub padded_response_bytes: usize,
    pub screening: Screening<'d>,
    pub group_question: &'d str,
    pub questions: Vec<WebQuestion>,
    pub rules: Vec<Rule<'d>>,
}

#[derive(Debug, Serialize)]
pub struct Screening<'d> {
    pub question: &'d str,
    pub ends_survey_on: &'d str,
}

#[derive(Debug, Serialize)]
pub struct WebQuestion {
    pub id: String,
    pub kind: QuestionKind,
    pub message_id: String,
    pub block_title_message_id: Option<String>,
    pub options: Vec<WebOption>,
    pub required: bool,
    pub max_chars: usize,
}

#[derive(Debug, Serialize)]
pub struct WebOption {
    pub value: String,
    pub message_id: String,
}

impl<'d> WebSurvey<'d> {
    pub fn of(definition: &'d Definition) -> Self {
        let questions = definition
            .all_questions()
            .map(|question| WebQuestion {
                id: question.id.clone(),
                kind: question.kind,
                message_id: question.message_id(),
                block_title_message_id: routing::block_of(definition, &question.id)
                    .map(|block| block.title_message_id()),
                options: question
                    .options_with_messages()
                    .into_iter()
                    .map(|(value, message_id)| WebOption { value, message_id })
                    .collect(),
                required: question.is_required(),
                max_chars: question.max_chars(),
            })
            .collect();
        WebSurvey {
            survey_id: &definition.id,
            survey_version: definition.version,
            response_format: RESPONSE_FORMAT,
            source_language: &definition.source_language,
            padded_response_bytes: definition.padded_response_bytes(),
            screening: Screening {
                question: &definition.screening.question.id,
                ends_survey_on: &definition.screening.ends_survey_on,
            },
            group_question: &definition.group.id,
            questions,
            rules: routing::rules(definition),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Definition {
        Definition::from_toml("survey.toml", include_str!("../../content/survey.toml")).unwrap()
    }

    #[test]
    fn every_question_has_a_rule_in_the_same_order() {
        let definition = demo();
        let web = WebSurvey::of(&definition);
        let questions: Vec<&str> = web.questions.iter().map(|q| q.id.as_str()).collect();
        let rules: Vec<&str> = web.rules.iter().map(|r| r.question_id).collect();
        assert_eq!(questions, rules);
        assert_eq!(questions[0], definition.screening.question.id);
        assert_eq!(
            web.padded_response_bytes,
            definition.padded_response_bytes()
        );
    }

    #[test]
    fn the_json_names_conditions_as_the_page_reads_them() {
        let definition = demo();
        let json = serde_json::to_value(WebSurvey::of(&definition)).unwrap();
        let conditional = json["rules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["question"] == "work-practice-useful")
            .unwrap();
        let when = conditional["asked_when"].as_array().unwrap();
        assert_eq!(when[0]["kind"], "none_of");
        assert_eq!(when[1]["kind"], "any_of");
        assert_eq!(when[2]["question"], "had-work-practice");
        assert_eq!(when[2]["values"][0], "yes");
        let titled = json["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["id"] == "motivated")
            .unwrap();
        assert_eq!(titled["block_title_message_id"], "block-training");
    }
}
