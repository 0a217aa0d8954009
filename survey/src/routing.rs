//! Which questions a participant is asked, given the answers so far.
//!
//! The order is fixed by the definition: screening, group, then the blocks of the chosen group,
//! skipping questions whose condition is not met. The rules are data: [`rules`] turns the
//! definition into one list of questions, each with the conditions under which it is asked, and
//! [`questions_to_ask`] evaluates them. The kiosk's session and validation use that function; the
//! web survey ships the same [`Rule`]s to the browser, whose evaluator (`ui/js/web/route.js`)
//! follows [`Requirement::is_met`] line by line, so no routing is written twice.

use serde::Serialize;

use crate::answers::Answers;
use crate::definition::{Block, Definition, Question};

/// A question with the conditions under which it is asked, all of which must hold.
#[derive(Debug, Clone, Serialize)]
pub struct Rule<'d> {
    #[serde(skip)]
    pub question: &'d Question,
    #[serde(rename = "question")]
    pub question_id: &'d str,
    pub asked_when: Vec<Requirement>,
}

/// One condition on an earlier question's single answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Requirement {
    /// The question was answered with one of these values.
    AnyOf {
        question: String,
        values: Vec<String>,
    },
    /// The question was not answered with any of these values (or not answered yet).
    NoneOf {
        question: String,
        values: Vec<String>,
    },
}

impl Requirement {
    pub fn is_met(&self, answers: &Answers) -> bool {
        let choice = |question: &str| answers.get(question).and_then(|a| a.as_choice());
        match self {
            Requirement::AnyOf { question, values } => {
                choice(question).is_some_and(|a| values.iter().any(|v| v == a))
            }
            Requirement::NoneOf { question, values } => {
                !choice(question).is_some_and(|a| values.iter().any(|v| v == a))
            }
        }
    }
}

/// Every question of the definition in the order asked, with when it is asked.
pub fn rules(definition: &Definition) -> Vec<Rule<'_>> {
    let screening = &definition.screening;
    let not_screened_out = Requirement::NoneOf {
        question: screening.question.id.clone(),
        values: vec![screening.ends_survey_on.clone()],
    };
    fn rule(question: &Question, asked_when: Vec<Requirement>) -> Rule<'_> {
        Rule {
            question,
            question_id: &question.id,
            asked_when,
        }
    }
    let mut rules = vec![
        rule(&screening.question, Vec::new()),
        rule(&definition.group, vec![not_screened_out.clone()]),
    ];
    for block in &definition.blocks {
        let in_group = Requirement::AnyOf {
            question: definition.group.id.clone(),
            values: block.groups.clone(),
        };
        for question in &block.questions {
            let mut asked_when = vec![not_screened_out.clone(), in_group.clone()];
            if let Some(condition) = &question.show_if {
                asked_when.push(Requirement::AnyOf {
                    question: condition.question.clone(),
                    values: vec![condition.answer.clone()],
                });
            }
            rules.push(rule(question, asked_when));
        }
    }
    rules
}

/// The questions to ask, in order, as far as the answers so far decide them.
pub fn questions_to_ask<'d>(definition: &'d Definition, answers: &Answers) -> Vec<&'d Question> {
    rules(definition)
        .into_iter()
        .filter(|rule| rule.asked_when.iter().all(|r| r.is_met(answers)))
        .map(|rule| rule.question)
        .collect()
}

/// How long the participant's route is, for "question i of n": the questions asked as far as
/// the answers decide them, and before the group is chosen the longest route a group could
/// take, so that the progress bar never fills up before the last question.
pub fn route_length(definition: &Definition, answers: &Answers) -> usize {
    let known = questions_to_ask(definition, answers).len();
    if chosen_group(definition, answers).is_some() {
        return known;
    }
    let group = &definition.group;
    group
        .answer_values()
        .into_iter()
        .map(|value| {
            let mut supposed = answers.clone();
            supposed.insert(group.id.clone(), crate::Answer::choice(value));
            questions_to_ask(definition, &supposed).len()
        })
        .fold(known, usize::max)
}

/// True once the screening question has the answer that ends the survey.
pub fn screened_out(definition: &Definition, answers: &Answers) -> bool {
    let screening = &definition.screening;
    answers
        .get(&screening.question.id)
        .and_then(|a| a.as_choice())
        .is_some_and(|a| a == screening.ends_survey_on)
}

pub fn chosen_group<'a>(definition: &Definition, answers: &'a Answers) -> Option<&'a str> {
    answers
        .get(&definition.group.id)
        .and_then(|a| a.as_choice())
}

/// The block a question belongs to, for showing its title.
pub fn block_of<'d>(definition: &'d Definition, question_id: &str) -> Option<&'d Block> {
    definition
        .blocks
        .iter()
        .find(|b| b.questions.iter().any(|q| q.id == question_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;

    fn demo() -> Definition {
        Definition::from_toml("survey.toml", include_str!("../../content/survey.toml")).unwrap()
    }

    fn ids(questions: &[&Question]) -> Vec<String> {
        questions.iter().map(|q| q.id.clone()).collect()
    }

    #[test]
    fn screening_yes_ends_after_the_first_question() {
        let def = demo();
        let mut answers = Answers::new();
        answers.insert("on-leave".into(), Answer::choice("yes"));
        assert_eq!(ids(&questions_to_ask(&def, &answers)), ["on-leave"]);
        assert!(screened_out(&def, &answers));
    }

    #[test]
    fn each_group_gets_its_own_blocks() {
        let def = demo();
        let mut answers = Answers::new();
        answers.insert("on-leave".into(), Answer::choice("no"));
        answers.insert("group".into(), Answer::choice("group-training"));
        let training = ids(&questions_to_ask(&def, &answers));
        assert!(training.contains(&"motivated".to_string()));
        assert!(!training.contains(&"know-goal".to_string()));

        answers.insert("group".into(), Answer::choice("group-introduction"));
        let intro = ids(&questions_to_ask(&def, &answers));
        assert!(intro.contains(&"know-goal".to_string()));
        assert!(!intro.contains(&"motivated".to_string()));

        answers.insert("group".into(), Answer::choice("group-both"));
        let both = ids(&questions_to_ask(&def, &answers));
        assert!(both.len() > training.len() && both.len() > intro.len());
    }

    #[test]
    fn a_conditional_question_follows_its_answer() {
        let def = demo();
        let mut answers = Answers::new();
        answers.insert("on-leave".into(), Answer::choice("no"));
        answers.insert("group".into(), Answer::choice("group-introduction"));
        answers.insert("had-work-practice".into(), Answer::choice("no"));
        assert!(!ids(&questions_to_ask(&def, &answers)).contains(&"work-practice-useful".into()));
        answers.insert("had-work-practice".into(), Answer::choice("yes"));
        assert!(ids(&questions_to_ask(&def, &answers)).contains(&"work-practice-useful".into()));
    }

    // The kiosk shows the block's title above each question; a question outside the first block
    // tells finding its own block apart from returning the first one.
    #[test]
    fn the_route_is_as_long_as_the_longest_group_until_the_group_is_chosen() {
        let def = demo();
        let mut answers = Answers::new();
        let longest = def
            .group
            .answer_values()
            .into_iter()
            .map(|value| {
                let mut a = answers.clone();
                a.insert("group".into(), Answer::choice(value));
                questions_to_ask(&def, &a).len()
            })
            .max()
            .unwrap();
        assert!(longest > 20);
        assert_eq!(route_length(&def, &answers), longest);
        answers.insert("on-leave".into(), Answer::choice("no"));
        assert_eq!(
            route_length(&def, &answers),
            longest,
            "not full at question 2"
        );
        answers.insert("group".into(), Answer::choice("group-introduction"));
        assert_eq!(
            route_length(&def, &answers),
            questions_to_ask(&def, &answers).len()
        );
        let mut screened = Answers::new();
        screened.insert("on-leave".into(), Answer::choice("yes"));
        assert_eq!(route_length(&def, &screened), 1);
    }

    #[test]
    fn block_of_a_block_question_is_its_own_block() {
        let def = demo();
        assert_ne!(def.blocks[0].id, "training");
        assert_eq!(
            block_of(&def, "motivated").map(|b| b.id.as_str()),
            Some("training")
        );
        assert_eq!(
            block_of(&def, "anything-else").map(|b| b.id.as_str()),
            Some("wellbeing")
        );
    }

    #[test]
    fn block_of_the_group_and_screening_questions_is_none() {
        let def = demo();
        assert!(block_of(&def, &def.group.id).is_none());
        assert!(block_of(&def, &def.screening.question.id).is_none());
    }

    #[test]
    fn block_of_an_unknown_question_is_none() {
        assert!(block_of(&demo(), "no-such-question").is_none());
    }
}
