//! Which questions a participant is asked, given the answers so far.
//!
//! The order is fixed by the definition: screening, group, then the blocks of the chosen group,
//! skipping questions whose condition is not met. Both the kiosk's session (to move forward and
//! back) and validation (to decide what a complete response is) use this one function, so they
//! cannot disagree.

use crate::answers::Answers;
use crate::definition::{Block, Definition, Question};

/// The questions to ask, in order, as far as the answers so far decide them.
pub fn questions_to_ask<'d>(definition: &'d Definition, answers: &Answers) -> Vec<&'d Question> {
    let mut asked = vec![&definition.screening.question];
    if screened_out(definition, answers) {
        return asked;
    }
    asked.push(&definition.group);
    if let Some(group) = chosen_group(definition, answers) {
        for block in blocks_for_group(definition, group) {
            asked.extend(block.questions.iter().filter(|q| condition_met(q, answers)));
        }
    }
    asked
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

pub fn blocks_for_group<'d>(
    definition: &'d Definition,
    group: &str,
) -> impl Iterator<Item = &'d Block> {
    let group = group.to_owned();
    definition
        .blocks
        .iter()
        .filter(move |b| b.groups.contains(&group))
}

/// The block a question belongs to, for showing its title.
pub fn block_of<'d>(definition: &'d Definition, question_id: &str) -> Option<&'d Block> {
    definition
        .blocks
        .iter()
        .find(|b| b.questions.iter().any(|q| q.id == question_id))
}

fn condition_met(question: &Question, answers: &Answers) -> bool {
    match &question.show_if {
        None => true,
        Some(condition) => answers
            .get(&condition.question)
            .and_then(|a| a.as_choice())
            .is_some_and(|a| a == condition.answer),
    }
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
