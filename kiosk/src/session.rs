//! One participant's way through the survey, held only in memory.
//!
//! The session knows where the participant is (privacy notice, a question, screened out,
//! finished) and their answers so far; the survey crate's routing decides which questions come.
//! Nothing here touches disk: partial answers vanish with the session, which is what happens
//! when a participant walks away and the idle timeout discards it.

use std::time::{Duration, Instant};

use survey::answers::{check_answer, Answers};
use survey::{routing, Answer, Definition, Question, QuestionKind};

use crate::KioskError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Privacy,
    /// Index into the questions to ask (see [`routing::questions_to_ask`]).
    Question(usize),
    ScreenedOut,
    Finished,
}

/// What answering or skipping a question led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advance {
    Next,
    ScreenedOut,
    /// The last question is answered: the response can be completed.
    Complete,
}

pub struct Session {
    pub language: String,
    pub practice: bool,
    stage: Stage,
    answers: Answers,
    last_activity: Instant,
}

impl Session {
    pub fn new(language: String, practice: bool, now: Instant) -> Self {
        Session {
            language,
            practice,
            stage: Stage::Privacy,
            answers: Answers::new(),
            last_activity: now,
        }
    }

    pub fn stage(&self) -> Stage {
        self.stage
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn touch(&mut self, now: Instant) {
        self.last_activity = now;
    }

    pub fn is_idle(&self, now: Instant, timeout: Duration) -> bool {
        now.saturating_duration_since(self.last_activity) >= timeout
    }

    pub fn accept_privacy(&mut self, now: Instant) -> Result<(), KioskError> {
        if self.stage != Stage::Privacy {
            return Err(KioskError::WrongStep);
        }
        self.stage = Stage::Question(0);
        self.touch(now);
        Ok(())
    }

    /// The question on screen, with its position and the number of questions known so far.
    pub fn current<'d>(&self, definition: &'d Definition) -> Option<(&'d Question, usize, usize)> {
        let Stage::Question(index) = self.stage else {
            return None;
        };
        let asked = routing::questions_to_ask(definition, &self.answers);
        asked.get(index).map(|q| (*q, index, asked.len()))
    }

    pub fn answer(
        &mut self,
        definition: &Definition,
        question_id: &str,
        answer: Answer,
        now: Instant,
    ) -> Result<Advance, KioskError> {
        let question = self.expect_current(definition, question_id)?;
        if question.kind != QuestionKind::FreeText && is_empty(&answer) {
            return Err(KioskError::NothingChosen(question_id.into()));
        }
        check_answer(question, &answer).map_err(|problem| KioskError::InvalidAnswer {
            question: question_id.into(),
            problem: survey::ValidationError {
                question: question_id.into(),
                problem,
            }
            .to_string(),
        })?;
        self.answers.insert(question_id.to_owned(), answer);
        self.touch(now);
        Ok(self.advance(definition))
    }

    /// Moves past an optional question without an answer (clearing one given before).
    pub fn skip(
        &mut self,
        definition: &Definition,
        question_id: &str,
        now: Instant,
    ) -> Result<Advance, KioskError> {
        let question = self.expect_current(definition, question_id)?;
        if question.is_required() {
            return Err(KioskError::AnswerRequired(question_id.into()));
        }
        self.answers.remove(question_id);
        self.touch(now);
        Ok(self.advance(definition))
    }

    pub fn back(&mut self, now: Instant) -> Result<(), KioskError> {
        self.stage = match self.stage {
            Stage::Question(0) => Stage::Privacy,
            Stage::Question(index) => Stage::Question(index - 1),
            _ => return Err(KioskError::WrongStep),
        };
        self.touch(now);
        Ok(())
    }

    pub fn finish(&mut self) {
        self.stage = Stage::Finished;
    }

    fn expect_current<'d>(
        &self,
        definition: &'d Definition,
        question_id: &str,
    ) -> Result<&'d Question, KioskError> {
        match self.current(definition) {
            Some((question, _, _)) if question.id == question_id => Ok(question),
            _ => Err(KioskError::WrongStep),
        }
    }

    fn advance(&mut self, definition: &Definition) -> Advance {
        // An answer can change what is asked later (a new group, a condition no longer met):
        // answers to questions no longer asked are dropped, so they can never be stored.
        let asked: Vec<String> = routing::questions_to_ask(definition, &self.answers)
            .iter()
            .map(|q| q.id.clone())
            .collect();
        self.answers.retain(|id, _| asked.contains(id));
        if routing::screened_out(definition, &self.answers) {
            self.stage = Stage::ScreenedOut;
            return Advance::ScreenedOut;
        }
        let Stage::Question(index) = self.stage else {
            unreachable!("only called while a question is on screen")
        };
        if index + 1 >= asked.len() {
            Advance::Complete
        } else {
            self.stage = Stage::Question(index + 1);
            Advance::Next
        }
    }
}

/// No choice made: "nothing chosen" rather than "does not fit". (An empty free text is an
/// answer of its own, which optional free text questions take.)
fn is_empty(answer: &Answer) -> bool {
    match answer {
        Answer::One(value) => value.trim().is_empty(),
        Answer::Many(values) => values.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Definition {
        Definition::from_toml("survey.toml", include_str!("../../content/survey.toml")).unwrap()
    }

    #[test]
    fn screening_yes_ends_the_session() {
        let def = demo();
        let now = Instant::now();
        let mut session = Session::new("nb".into(), false, now);
        session.accept_privacy(now).unwrap();
        let advance = session
            .answer(&def, "on-leave", Answer::choice("yes"), now)
            .unwrap();
        assert_eq!(advance, Advance::ScreenedOut);
        assert_eq!(session.stage(), Stage::ScreenedOut);
    }

    #[test]
    fn only_the_question_on_screen_can_be_answered_and_only_validly() {
        let def = demo();
        let now = Instant::now();
        let mut session = Session::new("nb".into(), false, now);
        assert!(matches!(
            session.answer(&def, "on-leave", Answer::choice("no"), now),
            Err(KioskError::WrongStep)
        ));
        session.accept_privacy(now).unwrap();
        assert!(matches!(
            session.answer(&def, "group", Answer::choice("group-training"), now),
            Err(KioskError::WrongStep)
        ));
        assert!(matches!(
            session.answer(&def, "on-leave", Answer::choice("maybe"), now),
            Err(KioskError::InvalidAnswer { .. })
        ));
    }

    #[test]
    fn nothing_chosen_is_refused_as_such_and_keeps_the_session_where_it_was() {
        let def = demo();
        let now = Instant::now();
        let mut session = Session::new("nb".into(), false, now);
        session.accept_privacy(now).unwrap();
        for empty in [
            Answer::Many(vec![]),
            Answer::choice(""),
            Answer::choice("  "),
        ] {
            let refused = session.answer(&def, "on-leave", empty, now).unwrap_err();
            assert!(matches!(refused, KioskError::NothingChosen(_)), "{refused}");
            assert_eq!(refused.code(), "error-nothing-chosen");
        }
        assert_eq!(session.stage(), Stage::Question(0));
        assert!(session.answers().is_empty());
    }

    #[test]
    fn a_stale_step_is_refused_with_its_own_code_and_keeps_every_answer() {
        let def = demo();
        let now = Instant::now();
        let mut session = Session::new("nb".into(), false, now);
        session.accept_privacy(now).unwrap();
        session
            .answer(&def, "on-leave", Answer::choice("no"), now)
            .unwrap();
        // The same tap again, after the screen moved on.
        let refused = session
            .answer(&def, "on-leave", Answer::choice("no"), now)
            .unwrap_err();
        assert_eq!(refused.code(), "error-wrong-step");
        assert_eq!(
            session.accept_privacy(now).unwrap_err().code(),
            "error-wrong-step"
        );
        assert_eq!(session.stage(), Stage::Question(1));
        assert!(session.answers().contains_key("on-leave"));
    }

    #[test]
    fn changing_the_group_drops_answers_no_longer_asked() {
        let def = demo();
        let now = Instant::now();
        let mut session = Session::new("nb".into(), false, now);
        session.accept_privacy(now).unwrap();
        session
            .answer(&def, "on-leave", Answer::choice("no"), now)
            .unwrap();
        session
            .answer(&def, "group", Answer::choice("group-training"), now)
            .unwrap();
        for (id, value) in [
            ("age", "age-18-25"),
            ("time-in-norway", "time-1-2"),
            ("course-level", "level-a2"),
        ] {
            session
                .answer(&def, id, Answer::choice(value), now)
                .unwrap();
        }
        session
            .answer(&def, "motivated", Answer::choice("5"), now)
            .unwrap();
        assert!(session.answers().contains_key("motivated"));
        for _ in 0..5 {
            session.back(now).unwrap();
        }
        let (question, index, _) = session.current(&def).unwrap();
        assert_eq!((question.id.as_str(), index), ("group", 1));
        session
            .answer(&def, "group", Answer::choice("group-introduction"), now)
            .unwrap();
        assert!(!session.answers().contains_key("motivated"));
        assert!(
            session.answers().contains_key("age"),
            "still asked, so kept"
        );
    }

    #[test]
    fn idle_is_measured_from_the_last_action() {
        let start = Instant::now();
        let mut session = Session::new("nb".into(), false, start);
        let timeout = Duration::from_secs(120);
        assert!(!session.is_idle(start + Duration::from_secs(119), timeout));
        session.touch(start + Duration::from_secs(100));
        assert!(!session.is_idle(start + Duration::from_secs(200), timeout));
        assert!(session.is_idle(start + Duration::from_secs(220), timeout));
    }
}
