//! The questionnaire as an immutable value with its own history.
//!
//! Every operation returns a new [`Session`]; the view keeps one in state and replaces it.
//! Back never touches the host page's URL or history.

use std::collections::BTreeMap;

use super::assess::{assess, chose, reach_from, Assessment, Given};
use crate::content::{Bundle, CareLevel, Question, QuestionKind};

/// What the person sees now.
#[derive(Clone, Debug, PartialEq)]
pub enum Step<'a> {
    /// A question page, with the answer already given to it (when going back or changing).
    Question(&'a Question, Option<&'a [String]>),
    /// "Check your answers": every answer that counts, in asking order.
    CheckAnswers(Vec<Given<'a>>),
    /// The result.
    Outcome(Assessment<'a>),
}

/// Why an answer was refused. The view shows the question's error text for each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// Nothing was chosen.
    NothingChosen,
    /// More than one choice on a single-choice question.
    OnlyOne,
    /// The exclusive choice ("None of these") together with others.
    ExclusiveWithOthers,
    /// A choice id the question does not have.
    UnknownChoice(String),
    /// The question is not the page being shown.
    NotCurrent(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Page {
    Question(String),
    Check,
    Outcome,
}

/// The state of one run through the questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// Every answer given, by question id, kept even when a changed answer makes its question
    /// not apply (it counts again if the question applies again).
    answers: BTreeMap<String, Vec<String>>,
    /// Pages visited on the way to the current one (the last). Back pops it.
    trail: Vec<Page>,
    /// Set by a Change link: after answering, return to check-your-answers.
    returning: bool,
}

/// Where the walk over the answers ends.
struct Walk<'a> {
    given: Vec<Given<'a>>,
    /// A red flag settled the outcome: nothing later can make it more urgent.
    stopped: bool,
    /// The first question on the path with no answer yet.
    frontier: Option<&'a Question>,
}

fn applies(q: &Question, given: &[Given<'_>]) -> bool {
    q.ask_when
        .as_ref()
        .is_none_or(|c| c.holds(&|qid, cid| chose(given, qid, cid)))
}

/// The most urgent applying rule among those that read `question`.
fn level_of_rules_reading(bundle: &Bundle, question: &str, given: &[Given<'_>]) -> CareLevel {
    bundle
        .rules
        .iter()
        .filter(|r| r.when.reads(question))
        .filter(|r| r.when.holds(&|q, c| chose(given, q, c)))
        .map(|r| r.level)
        .max()
        .unwrap_or(CareLevel::SelfCare)
}

impl Session {
    /// A new run, on the first question.
    pub fn start(bundle: &Bundle) -> Session {
        let first = bundle
            .questions
            .iter()
            .find(|q| applies(q, &[]))
            .map(|q| Page::Question(q.id.clone()))
            .unwrap_or(Page::Check);
        Session {
            answers: BTreeMap::new(),
            trail: vec![first],
            returning: false,
        }
    }

    /// Whether there is a page to go back to.
    pub fn can_go_back(&self) -> bool {
        self.trail.len() > 1
    }

    /// The answer given to a question, if any.
    pub fn answer_to(&self, question: &str) -> Option<&[String]> {
        self.answers.get(question).map(Vec::as_slice)
    }

    /// The id of the question page being shown, if one is.
    pub fn current_question(&self) -> Option<&str> {
        match self.trail.last() {
            Some(Page::Question(id)) => Some(id),
            _ => None,
        }
    }

    /// Follows the questions in order over the answers given, stopping where a red flag has
    /// settled the outcome (level at least `Urgent` and no later question can set a higher
    /// one) or at the first unanswered question.
    fn walk<'a>(&'a self, bundle: &'a Bundle) -> Walk<'a> {
        let later = reach_from(bundle);
        let mut given: Vec<Given<'a>> = Vec::new();
        let mut now = CareLevel::SelfCare;
        for (i, q) in bundle.questions.iter().enumerate() {
            if !applies(q, &given) {
                continue;
            }
            let Some(a) = self.answers.get(&q.id) else {
                return Walk {
                    given,
                    stopped: false,
                    frontier: Some(q),
                };
            };
            given.push((q, a.as_slice()));
            // Conditions only say "chose", so adding an answer can only make more rules
            // apply: the level so far only needs the rules that read this question.
            now = now.max(level_of_rules_reading(bundle, &q.id, &given));
            if now >= CareLevel::Urgent && later[i + 1] <= now {
                return Walk {
                    given,
                    stopped: true,
                    frontier: None,
                };
            }
        }
        Walk {
            given,
            stopped: false,
            frontier: None,
        }
    }

    /// The answers that count, in asking order (questions that apply, up to where the walk
    /// stops).
    pub fn given<'a>(&'a self, bundle: &'a Bundle) -> Vec<Given<'a>> {
        self.walk(bundle).given
    }

    /// What to show now.
    pub fn step<'a>(&'a self, bundle: &'a Bundle) -> Step<'a> {
        match self.trail.last() {
            Some(Page::Question(id)) => match bundle.question(id) {
                Some(q) => Step::Question(q, self.answer_to(id)),
                None => Step::Outcome(assess(bundle, &self.walk(bundle).given)),
            },
            Some(Page::Check) => Step::CheckAnswers(self.walk(bundle).given),
            Some(Page::Outcome) | None => Step::Outcome(assess(bundle, &self.walk(bundle).given)),
        }
    }

    /// Checks an answer against a question without changing anything.
    pub fn check_answer(question: &Question, chosen: &[String]) -> Result<(), AnswerError> {
        if chosen.is_empty() {
            return Err(AnswerError::NothingChosen);
        }
        if let Some(bad) = chosen
            .iter()
            .find(|c| !question.choices.iter().any(|x| &x.id == *c))
        {
            return Err(AnswerError::UnknownChoice(bad.clone()));
        }
        if question.kind == QuestionKind::Single && chosen.len() > 1 {
            return Err(AnswerError::OnlyOne);
        }
        let exclusive = question
            .choices
            .iter()
            .any(|c| c.exclusive && chosen.contains(&c.id));
        if exclusive && chosen.len() > 1 {
            return Err(AnswerError::ExclusiveWithOthers);
        }
        Ok(())
    }

    /// Answers the current question and moves on: to the outcome when a red flag settles
    /// it, back to check-your-answers after a Change, or to the next question that applies.
    pub fn answer(
        &self,
        bundle: &Bundle,
        question: &str,
        chosen: Vec<String>,
    ) -> Result<Session, AnswerError> {
        if self.current_question() != Some(question) {
            return Err(AnswerError::NotCurrent(question.to_owned()));
        }
        let q = bundle
            .question(question)
            .ok_or_else(|| AnswerError::NotCurrent(question.to_owned()))?;
        Session::check_answer(q, &chosen)?;
        let mut chosen = chosen;
        chosen.sort_unstable_by_key(|c| q.choices.iter().position(|x| &x.id == c));
        chosen.dedup();
        let mut next = self.clone();
        next.answers.insert(question.to_owned(), chosen);
        let walk = next.walk(bundle);
        let page = if walk.stopped {
            next.returning = false;
            Page::Outcome
        } else if next.returning && walk.frontier.is_none() {
            next.returning = false;
            Page::Check
        } else {
            let pos = bundle.questions.iter().position(|x| x.id == question);
            let after = pos.map_or(&bundle.questions[..0], |p| &bundle.questions[p + 1..]);
            match after.iter().find(|x| applies(x, &walk.given)) {
                Some(x) => Page::Question(x.id.clone()),
                None => {
                    next.returning = false;
                    Page::Check
                }
            }
        };
        match next.trail.iter().position(|p| *p == Page::Check) {
            // Back at check-your-answers after a Change: the Change pages leave the history.
            Some(at) if page == Page::Check => next.trail.truncate(at + 1),
            _ => next.trail.push(page),
        }
        Ok(next)
    }

    /// Goes back one page, keeping every answer.
    pub fn back(&self) -> Session {
        let mut next = self.clone();
        if next.can_go_back() {
            next.trail.pop();
        }
        if !matches!(next.trail.last(), Some(Page::Question(_))) {
            next.returning = false;
        }
        next
    }

    /// From check-your-answers: shows a question again, returning to the check page after.
    pub fn change(&self, bundle: &Bundle, question: &str) -> Session {
        let mut next = self.clone();
        if bundle.question(question).is_some() {
            next.trail.push(Page::Question(question.to_owned()));
            next.returning = true;
        }
        next
    }

    /// From check-your-answers: shows the outcome.
    pub fn confirm(&self, bundle: &Bundle) -> Session {
        let mut next = self.clone();
        let walk = self.walk(bundle);
        if matches!(self.trail.last(), Some(Page::Check)) && walk.frontier.is_none() {
            next.trail.push(Page::Outcome);
        }
        next
    }
}
