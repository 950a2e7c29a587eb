//! The questionnaire as an immutable value with its own history.
//!
//! Every operation returns a new [`Session`]; the view keeps one in state and replaces it.
//! Back never touches the host page's URL or history. The person answers a page (one or more
//! questions) at a time.

use super::assess::{assess, chose, reach_from, Assessment, Given};
use super::choice_map::ChoiceMap;
use crate::content::{Bundle, CareLevel, Page, Question, QuestionKind};

/// One question on the page shown, with the answer already given to it (when going back or
/// changing).
pub type Asked<'a> = (&'a Question, Option<&'a [String]>);

/// What the person sees now.
#[derive(Clone, Debug, PartialEq)]
pub enum Step<'a> {
    /// A page of questions: those of the page that apply to the answers so far.
    Questions(&'a Page, Vec<Asked<'a>>),
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
    /// The page is not the one being shown, or the question is not on it.
    NotCurrent(String),
}

/// A page of the trail.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Visit {
    Page(String),
    Check,
    Outcome,
}

/// The state of one run through the questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// Every answer given, by question id (empty for a skipped optional question), kept even
    /// when a changed answer makes its question not apply (it counts again if it applies
    /// again).
    answers: ChoiceMap,
    /// Pages visited on the way to the current one (the last). Back pops it.
    trail: Vec<Visit>,
    /// Set by a Change link: after answering, return to check-your-answers.
    returning: bool,
}

/// Where the walk over the answers ends.
struct Walk<'a> {
    given: Vec<Given<'a>>,
    /// A red flag settled the outcome: nothing later can make it more urgent.
    stopped: bool,
    /// The first page on the path with a question not yet answered.
    frontier: Option<&'a Page>,
}

fn applies(q: &Question, given: &[Given<'_>]) -> bool {
    q.ask_when
        .as_ref()
        .is_none_or(|c| c.holds(&|qid, cid| chose(given, qid, cid)))
}

/// The questions of a page that apply, given the answers on earlier pages.
fn applying<'a>(bundle: &'a Bundle, page: &Page, given: &[Given<'_>]) -> Vec<&'a Question> {
    page.questions
        .iter()
        .filter_map(|id| bundle.question(id))
        .filter(|q| applies(q, given))
        .collect()
}

/// The most urgent applying rule among those that read one of `questions`.
fn level_of_rules_reading(
    bundle: &Bundle,
    questions: &[&Question],
    given: &[Given<'_>],
) -> CareLevel {
    bundle
        .rules
        .iter()
        .filter(|r| questions.iter().any(|q| r.when.reads(&q.id)))
        .filter(|r| r.when.holds(&|q, c| chose(given, q, c)))
        .map(|r| r.level)
        .max()
        .unwrap_or(CareLevel::SelfCare)
}

impl Session {
    /// A new run, on the first page.
    pub fn start(bundle: &Bundle) -> Session {
        let first = bundle
            .pages
            .iter()
            .find(|p| !applying(bundle, p, &[]).is_empty())
            .map(|p| Visit::Page(p.id.to_string()))
            .unwrap_or(Visit::Check);
        Session {
            answers: ChoiceMap::new(),
            trail: vec![first],
            returning: false,
        }
    }

    /// How many screens the person has seen on the way to the one shown, counting the start
    /// screen and the one shown.
    pub fn screens(&self) -> usize {
        1 + self.trail.len()
    }

    /// Whether there is a page to go back to.
    pub fn can_go_back(&self) -> bool {
        self.trail.len() > 1
    }

    /// The answer given to a question, if any.
    pub fn answer_to(&self, question: &str) -> Option<&[String]> {
        self.answers.get(question).map(Vec::as_slice)
    }

    /// The id of the page of questions being shown, if one is.
    pub fn current_page(&self) -> Option<&str> {
        match self.trail.last() {
            Some(Visit::Page(id)) => Some(id),
            _ => None,
        }
    }

    /// Whether the outcome is shown and was reached before check-your-answers (a red flag
    /// settled it).
    pub fn ended_early(&self) -> bool {
        matches!(self.trail.last(), Some(Visit::Outcome)) && !self.trail.contains(&Visit::Check)
    }

    /// Follows the pages in order over the answers given, stopping where a red flag has
    /// settled the outcome (level at least `Urgent` and no later page can set a higher one) or
    /// at the first page with an unanswered question.
    fn walk<'a>(&'a self, bundle: &'a Bundle) -> Walk<'a> {
        let later = reach_from(bundle);
        let mut given: Vec<Given<'a>> = Vec::new();
        let mut now = CareLevel::SelfCare;
        let mut asked = 0;
        for page in bundle.pages.iter() {
            let qs = applying(bundle, page, &given);
            asked += page.questions.len();
            if qs.is_empty() {
                continue;
            }
            if qs.iter().any(|q| !self.answers.contains_key(&q.id)) {
                return Walk {
                    given,
                    stopped: false,
                    frontier: Some(page),
                };
            }
            for q in &qs {
                given.push((q, self.answers.get(&q.id).map_or(&[][..], Vec::as_slice)));
            }
            // Conditions only say "chose", so adding answers can only make more rules apply:
            // the level so far only needs the rules that read this page.
            now = now.max(level_of_rules_reading(bundle, &qs, &given));
            if now >= CareLevel::Urgent && later[asked] <= now {
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
    /// stops). A skipped optional question counts with an empty answer.
    pub fn given<'a>(&'a self, bundle: &'a Bundle) -> Vec<Given<'a>> {
        self.walk(bundle).given
    }

    /// What to show now.
    pub fn step<'a>(&'a self, bundle: &'a Bundle) -> Step<'a> {
        match self.trail.last() {
            Some(Visit::Page(id)) => match bundle.page(id) {
                Some(page) => {
                    let walk = self.walk(bundle);
                    let before: Vec<Given<'a>> = walk
                        .given
                        .into_iter()
                        .take_while(|(q, _)| q.page != page.id)
                        .collect();
                    let asked = applying(bundle, page, &before)
                        .into_iter()
                        .map(|q| (q, self.answer_to(&q.id)))
                        .collect();
                    Step::Questions(page, asked)
                }
                None => Step::Outcome(assess(bundle, &self.walk(bundle).given)),
            },
            Some(Visit::Check) => Step::CheckAnswers(self.walk(bundle).given),
            Some(Visit::Outcome) | None => Step::Outcome(assess(bundle, &self.walk(bundle).given)),
        }
    }

    /// Checks an answer against a question without changing anything. An optional question
    /// may be left empty.
    pub fn check_answer(question: &Question, chosen: &[String]) -> Result<(), AnswerError> {
        if chosen.is_empty() {
            return if question.optional {
                Ok(())
            } else {
                Err(AnswerError::NothingChosen)
            };
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
            .any(|c| c.exclusive && chosen.iter().any(|x| *x == c.id));
        if exclusive && chosen.len() > 1 {
            return Err(AnswerError::ExclusiveWithOthers);
        }
        Ok(())
    }

    /// Answers the page shown and moves on: to the outcome when a red flag settles it, back
    /// to check-your-answers after a Change, or to the next page that applies. Every question
    /// of the page that applies needs an answer; refusals name their question.
    pub fn answer(
        &self,
        bundle: &Bundle,
        page: &str,
        answers: Vec<(String, Vec<String>)>,
    ) -> Result<Session, Vec<(String, AnswerError)>> {
        let refuse = |e: AnswerError| vec![(page.to_owned(), e)];
        if self.current_page() != Some(page) {
            return Err(refuse(AnswerError::NotCurrent(page.to_owned())));
        }
        let Step::Questions(p, asked) = self.step(bundle) else {
            return Err(refuse(AnswerError::NotCurrent(page.to_owned())));
        };
        let mut errors = Vec::new();
        let mut next = self.clone();
        for (q, _) in &asked {
            let chosen = answers
                .iter()
                .find(|(id, _)| *id == q.id)
                .map(|(_, a)| a.clone())
                .unwrap_or_default();
            match Session::check_answer(q, &chosen) {
                Ok(()) => {
                    // Each choice once, in the question's order (every one is a known choice).
                    let chosen = q
                        .choices
                        .iter()
                        .filter(|c| chosen.iter().any(|x| *x == c.id))
                        .map(|c| c.id.to_string())
                        .collect();
                    next.answers.insert(q.id.to_string(), chosen);
                }
                Err(e) => errors.push((q.id.to_string(), e)),
            }
        }
        if let Some((id, _)) = answers
            .iter()
            .find(|(id, _)| !asked.iter().any(|(q, _)| q.id == *id))
        {
            errors.push((id.clone(), AnswerError::NotCurrent(id.clone())));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let walk = next.walk(bundle);
        let visit = if walk.stopped {
            next.returning = false;
            Visit::Outcome
        } else if next.returning && walk.frontier.is_none() {
            next.returning = false;
            Visit::Check
        } else {
            let pos = bundle.pages.iter().position(|x| x.id == p.id);
            let after = pos.map_or(&bundle.pages[..0], |i| &bundle.pages[i + 1..]);
            match after
                .iter()
                .find(|x| !applying(bundle, x, &walk.given).is_empty())
            {
                Some(x) => Visit::Page(x.id.to_string()),
                None => {
                    next.returning = false;
                    Visit::Check
                }
            }
        };
        match next.trail.iter().position(|v| *v == Visit::Check) {
            // Back at check-your-answers after a Change: the Change pages leave the history.
            Some(at) if visit == Visit::Check => next.trail.truncate(at + 1),
            _ => next.trail.push(visit),
        }
        Ok(next)
    }

    /// Goes back one page, keeping every answer.
    pub fn back(&self) -> Session {
        let mut next = self.clone();
        if next.can_go_back() {
            next.trail.pop();
        }
        if !matches!(next.trail.last(), Some(Visit::Page(_))) {
            next.returning = false;
        }
        next
    }

    /// From check-your-answers: shows the page of a question again, returning to the check
    /// page after.
    pub fn change(&self, bundle: &Bundle, question: &str) -> Session {
        let mut next = self.clone();
        if let Some(q) = bundle.question(question) {
            next.trail.push(Visit::Page(q.page.to_string()));
            next.returning = true;
        }
        next
    }

    /// From the outcome: "Change my answers". After check-your-answers that is the check
    /// page; after an early outcome, the red-flag page that ended the questionnaire, with its
    /// answers. Either way the outcome is worked out again from the changed answers.
    pub fn change_answers(&self) -> Session {
        if matches!(self.trail.last(), Some(Visit::Outcome)) {
            self.back()
        } else {
            self.clone()
        }
    }

    /// From check-your-answers: shows the outcome.
    pub fn confirm(&self, bundle: &Bundle) -> Session {
        let mut next = self.clone();
        let walk = self.walk(bundle);
        if matches!(self.trail.last(), Some(Visit::Check)) && walk.frontier.is_none() {
            next.trail.push(Visit::Outcome);
        }
        next
    }
}
