//! The widget's state: which screen is shown, the questionnaire session, and navigation.

use std::rc::Rc;

use yew::Reducible;

use crate::content::Bundle;
use crate::embed::CRAMP_NOW;
use crate::triage::{ChoiceMap, Relief, Session};

/// Which screen is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum View {
    /// The start screen.
    Start,
    /// The questionnaire (question pages, check your answers, outcome: the session decides).
    Questions,
    /// A cramp happening now: stretches and a timer (its stage says which screen).
    Relief(Relief),
    /// An information panel, remembering where the person came from.
    Panel {
        /// Panel id.
        id: String,
        /// Where "back" returns to.
        from: Box<View>,
    },
}

/// What a page asks the widget to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Start the questionnaire.
    Begin,
    /// Answer the page shown (already checked by the page): page id, answers per question.
    Answer(String, Vec<(String, Vec<String>)>),
    /// Go back one page.
    Back,
    /// Change an answer from check-your-answers.
    Change(String),
    /// Confirm the answers and see the result.
    Confirm,
    /// From the outcome: back to check-your-answers, or to the red-flag page that ended the
    /// questionnaire early.
    ChangeAnswers,
    /// Choices ticked on a page not yet answered (page id, choices per question).
    Draft(String, ChoiceMap),
    /// Forget every answer and go to the start.
    Restart,
    /// Show an information panel.
    OpenPanel(String),
    /// Leave the panel, back to where the person was.
    ClosePanel,
    /// The host changed the `start` attribute: show that screen (answers are kept), at this
    /// time (ms, for the relief mode's timer).
    StartAt(String, f64),
    /// The language changed: same answers, new words.
    SetBundle(Rc<Bundle>),
    /// "Having a cramp right now?": the relief mode, its timer starting at this time (ms).
    CrampNow(f64),
    /// A step in the relief mode.
    Relief(ReliefStep),
}

/// What the person did in the relief mode (times in ms, from the same clock as `CrampNow`).
#[derive(Clone, Debug, PartialEq)]
pub enum ReliefStep {
    /// Picked a muscle (its panel id).
    Pick(String),
    /// "It started about this many minutes ago".
    StartedAgo(u32, f64),
    /// The time to get help has come.
    Tick(f64),
    /// "It has eased".
    Eased,
    /// "It is not easing".
    NotEasing(f64),
    /// From its outcome, back to the stretches.
    Back,
}

/// The widget's state.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The content in use.
    pub bundle: Rc<Bundle>,
    /// The questionnaire so far.
    pub session: Session,
    /// The screen shown.
    pub view: View,
    /// Choices ticked on a page before Continue (page id, choices per question), kept while
    /// the person reads a panel or goes back; dropped once a page is answered.
    pub draft: Option<(String, ChoiceMap)>,
    /// Whether the screen shown was reached by the person's own action. Only then does focus
    /// move to the new heading: loading the widget, or the host changing an attribute, never
    /// steals focus from the host page.
    pub focus: bool,
}

impl State {
    /// The first state, on the screen named by the `start` attribute (`now_ms` starts the
    /// relief mode's timer if it names that).
    pub fn new(bundle: Rc<Bundle>, start: &str, now_ms: f64) -> State {
        let view = State::view_for(&bundle, start, now_ms);
        State {
            session: Session::start(&bundle),
            bundle,
            view,
            draft: None,
            focus: false,
        }
    }

    /// The screen a `start` value names.
    fn view_for(bundle: &Bundle, start: &str, now_ms: f64) -> View {
        match start {
            "questionnaire" => View::Questions,
            CRAMP_NOW => View::Relief(Relief::start(now_ms)),
            id if bundle.panel(id).is_some() => View::Panel {
                id: id.to_owned(),
                from: Box::new(View::Start),
            },
            _ => View::Start,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let b = &self.bundle;
        s.focus = true;
        match action {
            Action::Begin => s.view = View::Questions,
            Action::Answer(page, answers) => match self.session.answer(b, &page, answers) {
                Ok(next) => {
                    s.session = next;
                    // That page's ticks are answers now; another page's stay a draft.
                    s.draft = self.draft.clone().filter(|(p, _)| *p != page);
                }
                // The page checks answers first; a refused one leaves everything as it was.
                Err(_) => return self,
            },
            Action::Back => {
                if matches!(self.view, View::Relief(_)) {
                    s.view = View::Start;
                } else if self.session.can_go_back() {
                    s.session = self.session.back();
                } else {
                    s.view = View::Start;
                }
            }
            Action::Change(q) => s.session = self.session.change(b, &q),
            Action::Confirm => s.session = self.session.confirm(b),
            Action::ChangeAnswers => s.session = self.session.change_answers(),
            Action::Draft(page, chosen) => {
                s.draft = Some((page, chosen));
                // Ticking a box is not a navigation: focus stays where it is.
                s.focus = self.focus;
            }
            Action::Restart => {
                s.draft = None;
                s.session = Session::start(b);
                s.view = View::Start;
            }
            Action::OpenPanel(id) => {
                let from = match self.view.clone() {
                    View::Panel { from, .. } => from,
                    v => Box::new(v),
                };
                s.view = View::Panel { id, from };
            }
            Action::ClosePanel => {
                if let View::Panel { from, .. } = &self.view {
                    s.view = (**from).clone();
                }
            }
            Action::StartAt(start, now_ms) => {
                s.view = State::view_for(b, &start, now_ms);
                s.focus = false;
            }
            Action::CrampNow(now_ms) => s.view = View::Relief(Relief::start(now_ms)),
            Action::Relief(step) => {
                let View::Relief(r) = &self.view else {
                    return self;
                };
                s.view = View::Relief(match step {
                    ReliefStep::Pick(m) => r.pick(&m),
                    ReliefStep::StartedAgo(m, now) => r.started_ago(b, m, now),
                    ReliefStep::Tick(now) => r.tick(b, now),
                    ReliefStep::Eased => r.eased(),
                    ReliefStep::NotEasing(now) => r.not_easing(b, now),
                    ReliefStep::Back => r.back(),
                });
            }
            Action::SetBundle(bundle) => {
                s.bundle = bundle;
                s.focus = self.focus;
            }
        }
        Rc::new(s)
    }
}
