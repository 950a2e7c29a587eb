//! What is on screen, worked out once per render from the state: the widget renders the page
//! from it and tells the host its step id from it, so the two can never disagree, and each
//! page receives exactly the data it shows (a page of questions its questions, the outcome
//! its assessment): no page looks anything up again or has a case to leave blank.

use super::state::{DiaryScreen, State, View};
use crate::content::{Bundle, CareLevel, Page, Panel};
use crate::embed::CRAMP_NOW;
use crate::triage::relief::{self, Relief, Stage};
use crate::triage::{Asked, Assessment, Given, Step};

/// What is on screen.
pub enum Shown<'a> {
    /// The start screen.
    Start,
    /// A page of questions: those of the page that apply.
    Questions(&'a Page, Vec<Asked<'a>>),
    /// "Check your answers".
    CheckAnswers(Vec<Given<'a>>),
    /// The result of the answers.
    Outcome(Assessment<'a>),
    /// A cramp happening now, easing or eased.
    Relief(&'a Relief),
    /// A cramp that did not ease in time: its outcome.
    ReliefOutcome(Assessment<'a>),
    /// An information panel, and where "back" returns to.
    Panel(&'a Panel, &'a View),
    /// One of the cramp diary's screens.
    Diary(&'a DiaryScreen),
}

impl<'a> Shown<'a> {
    /// What `state` shows, with the words of `bundle`.
    pub fn of(state: &'a State, bundle: &'a Bundle) -> Shown<'a> {
        match &state.view {
            View::Start => Shown::Start,
            View::Questions => match state.session.step(bundle) {
                Step::Questions(page, asked) => Shown::Questions(page, asked),
                Step::CheckAnswers(given) => Shown::CheckAnswers(given),
                Step::Outcome(result) => Shown::Outcome(result),
            },
            View::Relief(r) if r.stage == Stage::Outcome => {
                Shown::ReliefOutcome(relief::outcome(bundle))
            }
            View::Relief(r) => Shown::Relief(r),
            View::Panel { panel, from } => Shown::Panel(panel.of(bundle), from),
            View::Diary { screen, .. } => Shown::Diary(screen),
        }
    }

    /// The id the host receives for this screen: `start`, `question:<id>`, `check-answers`,
    /// `outcome:<level>`, `panel:<id>`, `cramp-now`, `cramp-now:eased` or `diary…`; with the
    /// care level of an outcome.
    pub fn step_id(&self) -> (String, Option<CareLevel>) {
        let outcome = |level: CareLevel| (format!("outcome:{}", level.id()), Some(level));
        match self {
            Shown::Start => ("start".into(), None),
            Shown::Questions(page, _) => (format!("question:{}", page.id), None),
            Shown::CheckAnswers(_) => ("check-answers".into(), None),
            Shown::Outcome(a) | Shown::ReliefOutcome(a) => outcome(a.level),
            Shown::Relief(r) if r.stage == Stage::Eased => (format!("{CRAMP_NOW}:eased"), None),
            Shown::Relief(_) => (CRAMP_NOW.into(), None),
            Shown::Panel(p, _) => (format!("panel:{}", p.id), None),
            Shown::Diary(screen) => (
                match screen {
                    DiaryScreen::Overview => "diary",
                    DiaryScreen::Form(..) => "diary:form",
                    DiaryScreen::ConfirmDelete => "diary:delete",
                }
                .into(),
                None,
            ),
        }
    }
}
