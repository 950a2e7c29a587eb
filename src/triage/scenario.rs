//! Named answer paths with an expected level and reasons: the format clinicians read and
//! extend (`tests/scenarios.toml`), run by the tests and by the `review` command.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::session::{Session, Step};
use crate::content::{Bundle, CareLevel};

/// An answer in a scenario: one choice id, or a list for checkbox questions.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum ScenarioAnswer {
    /// A radio answer.
    One(String),
    /// Checkbox answers.
    Many(Vec<String>),
}

impl ScenarioAnswer {
    /// The choice ids of the answer.
    pub fn choices(&self) -> Vec<String> {
        match self {
            ScenarioAnswer::One(c) => vec![c.clone()],
            ScenarioAnswer::Many(cs) => cs.clone(),
        }
    }
}

/// A scenarios file: base answers plus named scenarios that override some of them.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// Answers used for every question a scenario does not mention.
    #[serde(default)]
    pub base: BTreeMap<String, ScenarioAnswer>,
    /// The scenarios.
    #[serde(rename = "scenario", default)]
    pub scenarios: Vec<Scenario>,
}

/// One named scenario.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// What the person is like, in words.
    pub name: String,
    /// The answers that differ from the base.
    #[serde(default)]
    pub answers: BTreeMap<String, ScenarioAnswer>,
    /// Expected level id (`emergency`, `urgent`, `routine`, `self-care`).
    pub level: String,
    /// Rule ids that must be among the reasons (the reasons may include more).
    #[serde(default)]
    pub reasons: Vec<String>,
}

/// What a scenario gave.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioResult {
    /// The level reached.
    pub level: CareLevel,
    /// Ids of the rules that set it.
    pub reasons: Vec<String>,
    /// Question ids in the order they were asked.
    pub asked: Vec<String>,
    /// Screens seen, counting the start screen and the outcome.
    pub screens: usize,
}

/// Answers the questionnaire through a [`Session`], as a person would, with `answers`
/// (falling back to `base`). Errors name the question with no (or an invalid) answer.
pub fn run(
    bundle: &Bundle,
    base: &BTreeMap<String, ScenarioAnswer>,
    answers: &BTreeMap<String, ScenarioAnswer>,
) -> Result<ScenarioResult, String> {
    let mut session = Session::start(bundle);
    let mut asked = Vec::new();
    for _ in 0..=bundle.pages.len() * 2 + 2 {
        match session.step(bundle) {
            Step::Questions(page, questions) => {
                let mut page_answers = Vec::new();
                for (q, _) in questions {
                    let a = answers.get(&*q.id).or_else(|| base.get(&*q.id));
                    let a = match a {
                        Some(a) => a.choices(),
                        None if q.optional => Vec::new(),
                        None => return Err(format!("no answer for question `{}`", q.id)),
                    };
                    asked.push(q.id.to_string());
                    page_answers.push((q.id.to_string(), a));
                }
                session = session
                    .answer(bundle, &page.id, page_answers)
                    .map_err(|e| format!("answers on page `{}` refused: {e:?}", page.id))?;
            }
            Step::CheckAnswers(_) => session = session.confirm(bundle),
            Step::Outcome(a) => {
                return Ok(ScenarioResult {
                    level: a.level,
                    reasons: a.reason_ids().into_iter().map(str::to_owned).collect(),
                    asked,
                    screens: session.screens(),
                })
            }
        }
    }
    Err("the questionnaire did not reach an outcome".into())
}

/// Checks one scenario; `Err` says what differed.
pub fn check(bundle: &Bundle, file: &ScenarioFile, s: &Scenario) -> Result<ScenarioResult, String> {
    for q in s.answers.keys().chain(file.base.keys()) {
        if bundle.question(q).is_none() {
            return Err(format!("unknown question `{q}`"));
        }
    }
    let want =
        CareLevel::from_id(&s.level).ok_or_else(|| format!("unknown level `{}`", s.level))?;
    let got = run(bundle, &file.base, &s.answers)?;
    let missing: Vec<&String> = s
        .reasons
        .iter()
        .filter(|r| !got.reasons.contains(r))
        .collect();
    if got.level != want || !missing.is_empty() {
        return Err(format!(
            "expected {} with reasons {:?}, got {} with reasons {:?}",
            want.id(),
            s.reasons,
            got.level.id(),
            got.reasons
        ));
    }
    Ok(got)
}
