//! The widget's state: which screen is shown, the questionnaire session, and navigation.

use std::rc::Rc;

use yew::Reducible;

use super::device;
use super::kept;
use crate::content::{self, PanelId};
use crate::diary::{Diary, Draft, Field};
use crate::embed::Start;
use crate::saved::Resumed;
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
        /// Which (a content id as a type: the panel always exists).
        panel: PanelId,
        /// Where "back" returns to.
        from: Box<View>,
    },
    /// The cramp diary.
    Diary {
        /// Which of its screens.
        screen: DiaryScreen,
        /// Where leaving it returns to.
        from: Box<View>,
    },
}

/// The screens of the cramp diary.
#[derive(Clone, Debug, PartialEq)]
pub enum DiaryScreen {
    /// The chart, the table, the entries and the settings (or the offer to start one).
    Overview,
    /// Recording a cramp: a new one (id 0, perhaps with what the relief mode knows) or a
    /// change to the entry with that id; with the fields to mend after a Save.
    Form(Draft, Vec<Field>),
    /// "Delete every entry in your diary?"
    ConfirmDelete,
}

/// The diary as found on the device.
#[derive(Clone, Debug, PartialEq)]
pub enum DiaryState {
    /// None kept (never started, deleted, or storage is off).
    Off,
    /// A record that could not be read: left untouched until the person deletes it.
    Unreadable,
    /// The diary.
    On(Rc<Diary>),
}

/// A plain message about what was (or could not be) kept on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Kept answers were over a day old and were deleted.
    Expired,
    /// Kept answers could not be read and were deleted.
    Unreadable,
    /// Kept answers no longer fit the questions and were deleted.
    Outdated,
    /// Kept answers came from an older version: check them.
    Migrated,
    /// "Delete my saved answers" was done.
    Deleted,
    /// Storage is blocked.
    Blocked,
    /// Storage is full.
    Full,
    /// A diary entry was saved.
    DiarySaved,
    /// A diary entry was deleted.
    EntryDeleted,
    /// The whole diary was deleted.
    DiaryDeleted,
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
    OpenPanel(PanelId),
    /// Leave the panel, back to where the person was.
    ClosePanel,
    /// The host changed the `start` attribute: show that screen (answers are kept), at this
    /// time (ms, for the relief mode's timer).
    StartAt(Start, f64),
    /// "Having a cramp right now?": the relief mode, its timer starting at this time (ms).
    CrampNow(f64),
    /// A step in the relief mode.
    Relief(ReliefStep),
    /// The host turned storage on or off (`storage` attribute).
    SetStorage(bool),
    /// "Keep my answers on this device" ticked or not.
    KeepAnswers(bool),
    /// "Delete my saved answers".
    DeleteSaved,
    /// "Continue where you left off".
    Resume,
    /// Something in the cramp diary.
    Diary(DiaryStep),
}

/// What the person did in the cramp diary.
#[derive(Clone, Debug, PartialEq)]
pub enum DiaryStep {
    /// Open the diary.
    Open,
    /// "Start my diary".
    Start,
    /// Record a cramp (a new entry, maybe partly filled in from the relief mode).
    Record(Draft),
    /// Change the entry with this id.
    Edit(u32),
    /// Save what the form holds (checked first: the form comes back with what to mend).
    Save(Draft),
    /// Delete the entry with this id.
    Delete(u32),
    /// Keep entries this many days (deleting older ones, as of the time given in ms).
    Keep(u32, f64),
    /// "Delete my diary", then "Yes, delete my diary".
    AskDeleteAll,
    /// Delete the whole diary.
    DeleteAll,
    /// Back to the diary from the form or the question.
    Overview,
    /// Leave the diary.
    Leave,
}

/// What the person did in the relief mode (times in ms, from the same clock as `CrampNow`).
#[derive(Clone, Debug, PartialEq)]
pub enum ReliefStep {
    /// Picked a muscle (its stretch's panel).
    Pick(PanelId),
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

/// The widget's state: ids and choices only, the same whatever the language. The reducer
/// decides with the questionnaire's structure ([`content::structure`]); the widget renders
/// with the words of the language shown, so a new language needs no action at all.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
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
    /// Whether the answers are kept on the device (the person ticked "Keep my answers").
    pub keep: bool,
    /// Kept answers found at start that the person may continue.
    pub offer: Option<Rc<Resumed>>,
    /// A message about what was or could not be kept.
    pub notice: Option<Notice>,
    /// The cramp diary.
    pub diary: DiaryState,
    /// Raised whenever the kept answers must be deleted from the device.
    pub forget: u32,
    /// Raised whenever the person changed the diary (the widget then writes or deletes it).
    pub diary_rev: u32,
    /// Whether the host lets the guide keep anything on the device (`storage` attribute).
    pub storage: bool,
    /// Raised when a message or the form's errors should take focus (the screen may stay).
    pub attention: u32,
}

impl State {
    /// The first state, on the screen named by the `start` attribute (`now_ms` starts the
    /// relief mode's timer if it names that), with what is kept on the device when `storage`.
    pub fn new(start: Start, now_ms: f64, storage: bool) -> State {
        let b = content::structure();
        let mut s = State {
            session: Session::start(b),
            view: State::view_for(start, now_ms),
            draft: None,
            focus: false,
            keep: false,
            offer: None,
            notice: None,
            diary: DiaryState::Off,
            forget: 0,
            diary_rev: 0,
            storage,
            attention: 0,
        };
        if storage {
            kept::find(&mut s, b, now_ms);
        }
        s
    }

    /// The screen a `start` value names.
    fn view_for(start: Start, now_ms: f64) -> View {
        match start {
            Start::Home => View::Start,
            Start::Questionnaire => View::Questions,
            Start::CrampNow => View::Relief(Relief::start(now_ms)),
            Start::Panel(panel) => View::Panel {
                panel,
                from: Box::new(View::Start),
            },
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let b = content::structure();
        s.focus = true;
        // A message belongs to the moment it was given (a new storage setting keeps it,
        // without moving focus to it).
        s.notice = None;
        let quiet = matches!(action, Action::SetStorage(_));
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
                // "Start again" also forgets kept answers.
                s.keep = false;
                s.offer = None;
                s.forget += 1;
            }
            Action::OpenPanel(panel) => {
                let from = match self.view.clone() {
                    View::Panel { from, .. } => from,
                    v => Box::new(v),
                };
                s.view = View::Panel { panel, from };
            }
            Action::ClosePanel => {
                if let View::Panel { from, .. } = &self.view {
                    s.view = (**from).clone();
                }
            }
            Action::StartAt(start, now_ms) => {
                s.view = State::view_for(start, now_ms);
                s.focus = false;
            }
            Action::CrampNow(now_ms) => s.view = View::Relief(Relief::start(now_ms)),
            Action::Relief(step) => {
                let View::Relief(r) = &self.view else {
                    return self;
                };
                s.view = View::Relief(match step {
                    ReliefStep::Pick(m) => r.pick(m),
                    ReliefStep::StartedAgo(m, now) => r.started_ago(b, m, now),
                    ReliefStep::Tick(now) => r.tick(b, now),
                    ReliefStep::Eased => r.eased(),
                    ReliefStep::NotEasing(now) => r.not_easing(b, now),
                    ReliefStep::Back => r.back(),
                });
            }
            Action::SetStorage(on) => {
                s.storage = on;
                s.focus = self.focus;
                s.notice = self.notice;
            }
            Action::KeepAnswers(keep) => {
                s.keep = keep;
                s.focus = self.focus;
                if !keep {
                    s.forget += 1;
                }
            }
            Action::DeleteSaved => {
                s.keep = false;
                s.offer = None;
                s.forget += 1;
                s.notice = Some(Notice::Deleted);
            }
            Action::Resume => {
                if let Some(offer) = &self.offer {
                    s.session = offer.session.clone();
                    s.view = View::Questions;
                    s.keep = true;
                    s.draft = None;
                    s.notice = offer.migrated.then_some(Notice::Migrated);
                }
                s.offer = None;
            }
            Action::Diary(step) => super::diary_page::reduce(&self, &mut s, step),
        }
        if s.notice.is_some() && !quiet && s.focus {
            s.attention += 1;
        }
        if s.storage {
            kept::sync(&self, &mut s, device::now_ms());
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panel_opens_over_the_questions_or_a_panel_and_back_returns_to_the_questions() {
        let s = Rc::new(State::new(Start::Questionnaire, 0.0, false));
        let open = s.reduce(Action::OpenPanel(PanelId::Quinine));
        let over = open.clone().reduce(Action::OpenPanel(PanelId::Causes));
        assert!(matches!(
            over.view,
            View::Panel {
                panel: PanelId::Causes,
                ..
            }
        ));
        // One panel over another still returns to the questions, not to the first panel.
        assert_eq!(over.reduce(Action::ClosePanel).view, View::Questions);
        assert_eq!(open.reduce(Action::ClosePanel).view, View::Questions);
    }
}
