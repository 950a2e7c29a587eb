//! The widget's state: which screen is shown, the questionnaire session, and navigation.

use std::rc::Rc;

use yew::Reducible;

use crate::content::Bundle;
use crate::triage::Session;

/// Which screen is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum View {
    /// The start screen.
    Start,
    /// The questionnaire (question pages, check your answers, outcome: the session decides).
    Questions,
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
    /// Forget every answer and go to the start.
    Restart,
    /// Show an information panel.
    OpenPanel(String),
    /// Leave the panel, back to where the person was.
    ClosePanel,
    /// The host changed the `start` attribute: show that screen (answers are kept).
    StartAt(String),
    /// The language changed: same answers, new words.
    SetBundle(Rc<Bundle>),
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
    /// Whether the screen shown was reached by the person's own action. Only then does focus
    /// move to the new heading: loading the widget, or the host changing an attribute, never
    /// steals focus from the host page.
    pub focus: bool,
}

impl State {
    /// The first state, on the screen named by the `start` attribute.
    pub fn new(bundle: Rc<Bundle>, start: &str) -> State {
        let view = State::view_for(&bundle, start);
        State {
            session: Session::start(&bundle),
            bundle,
            view,
            focus: false,
        }
    }

    /// The screen a `start` value names.
    fn view_for(bundle: &Bundle, start: &str) -> View {
        match start {
            "questionnaire" => View::Questions,
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
                Ok(next) => s.session = next,
                // The page checks answers first; a refused one leaves everything as it was.
                Err(_) => return self,
            },
            Action::Back => {
                if self.session.can_go_back() {
                    s.session = self.session.back();
                } else {
                    s.view = View::Start;
                }
            }
            Action::Change(q) => s.session = self.session.change(b, &q),
            Action::Confirm => s.session = self.session.confirm(b),
            Action::ChangeAnswers => s.session = self.session.change_answers(),
            Action::Restart => {
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
            Action::StartAt(start) => {
                s.view = State::view_for(b, &start);
                s.focus = false;
            }
            Action::SetBundle(bundle) => {
                s.bundle = bundle;
                s.focus = self.focus;
            }
        }
        Rc::new(s)
    }
}
