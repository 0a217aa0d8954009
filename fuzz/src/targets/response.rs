//! A sealed response's plaintext, as the publisher reads it once opened: the JSON of a
//! `survey::Response`, validated against the demo survey. A browser seals whatever it likes,
//! so this is outside input too. What validates, with a UUID's length of id and a language tag
//! no longer than a pack's (the bound's own premises; the publisher checks both apart from
//! validation), must also fit the padded size every response is sealed at, or a participant's
//! valid answers could not be sent.

use survey::answers::{pad_response, Answers, MAX_LANGUAGE_TAG_BYTES, RESPONSE_FORMAT};
use survey::{routing, Answer, Definition, QuestionKind, Response};

use crate::{broken, fixtures, FuzzError, Target};

/// The length of a UUID's text, which every response id is.
const UUID_BYTES: usize = 36;

pub struct ResponseTarget {
    definition: Definition,
}

impl ResponseTarget {
    pub fn new() -> Result<Self, FuzzError> {
        let text = String::from_utf8(fixtures::repo_file("content/survey.toml")?)
            .map_err(fixtures::setup)?;
        let definition =
            Definition::from_toml("content/survey.toml", &text).map_err(fixtures::setup)?;
        Ok(ResponseTarget { definition })
    }

    /// A valid response choosing the option at `position` wherever there is a choice.
    fn valid_response(&self, position: usize) -> Response {
        let definition = &self.definition;
        let mut answers = Answers::new();
        answers.insert(
            definition.screening.question.id.clone(),
            Answer::choice("no"),
        );
        let groups = definition.groups();
        answers.insert(
            definition.group.id.clone(),
            Answer::choice(groups[position % groups.len()].clone()),
        );
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
                let answer = match question.kind {
                    QuestionKind::FreeText => Answer::choice("Fritekst med \"sitat\" og æøå"),
                    QuestionKind::Multiple => {
                        Answer::Many(vec![values[position % values.len()].to_owned()])
                    }
                    _ => Answer::choice(values[position % values.len()]),
                };
                answers.insert(question.id.clone(), answer);
            }
        }
        Response {
            format: RESPONSE_FORMAT,
            response_id: "3b241101-e2bb-4255-8caf-4136c566a962".into(),
            survey_id: definition.id.clone(),
            survey_version: definition.version,
            language: definition.source_language.clone(),
            group: groups[position % groups.len()].clone(),
            completed_on: fixtures::open_day(),
            answers,
        }
    }
}

impl Target for ResponseTarget {
    fn name(&self) -> &'static str {
        "response"
    }

    fn seeds(&self) -> Vec<Vec<u8>> {
        (0..3)
            .map(|position| {
                let json = serde_json::to_vec(&self.valid_response(position)).expect("serialises");
                pad_response(json, &self.definition).expect("a valid response fits")
            })
            .collect()
    }

    fn run(&mut self, input: &[u8]) -> Result<String, FuzzError> {
        let Ok(response) = serde_json::from_slice::<Response>(input) else {
            return Ok("unparsed".into());
        };
        let json = serde_json::to_vec(&response)
            .map_err(|e| broken!("a parsed response does not serialise: {e}"))?;
        let reparsed: Response = serde_json::from_slice(&json)
            .map_err(|e| broken!("a response does not parse its own output: {e}"))?;
        crate::ensure!(reparsed == response, "a response changed on a round trip");
        match response.validate(&self.definition) {
            Ok(())
                if response.response_id.len() > UUID_BYTES
                    || response.language.len() > MAX_LANGUAGE_TAG_BYTES =>
            {
                Ok("valid beyond the padding's premises".into())
            }
            Ok(()) => {
                let size = json.len();
                pad_response(json, &self.definition).map_err(|e| {
                    broken!(
                        "a valid response of {size} bytes does not fit the padded size {}",
                        e.limit
                    )
                })?;
                Ok("valid".into())
            }
            Err(errors) => Ok(format!("invalid {}", errors.len().min(3))),
        }
    }
}
