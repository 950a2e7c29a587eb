//! The view: one file per thing the person sees, named for it. Pages with state of their own
//! are Yew function components; the rest are plain functions returning [`Html`].
//!
//! [`Widget`] holds the only state (a [`State`] reducer around the core's
//! [`Session`](crate::triage::Session)); pages receive what to show and send back an
//! [`Action`]. No page decides anything clinical.

pub mod back_link;
pub mod care_card;
pub mod check_answers;
pub mod cramp_eased_page;
mod device;
pub mod diary_chart;
pub mod diary_form;
pub mod diary_page;
pub mod error_summary;
mod focus;
pub mod hand_off;
pub mod info_nav;
pub mod info_panel;
pub mod keep_answers;
mod kept;
pub mod language_switch;
pub mod outcome_page;
pub mod question_page;
pub mod relief_page;
pub mod shown;
pub mod start_page;
mod state;
pub mod store;
pub mod worried_line;

pub use state::{Action, DiaryScreen, DiaryState, DiaryStep, Notice, ReliefStep, State, View};

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{Bundle, Lang, RegionId};
use crate::embed::{EventKind, HostEvent, Start, Storage, Theme};
use crate::triage::relief::Stage;
use shown::Shown;

/// The widget's configuration, from the host element's attributes.
#[derive(Properties, PartialEq, Clone, Debug)]
pub struct WidgetProps {
    /// The language (none: English).
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// The region (none: the generic wording).
    #[prop_or_default]
    pub region: Option<RegionId>,
    /// Light, dark, or the device's.
    #[prop_or_default]
    pub theme: Theme,
    /// The screen to open on (and to move to when the host changes it).
    #[prop_or_default]
    pub start: Start,
    /// The languages to offer in a switch inside the widget; fewer than two: no switch.
    #[prop_or_default]
    pub languages: Rc<[Lang]>,
    /// The name the host page gives itself (`send-to`): the outcome offers "Send my answers
    /// to `<name>`". Empty: no such button.
    #[prop_or_default]
    pub send_to: AttrValue,
    /// Off: nothing is kept on the device and the choices to keep answers or a diary are
    /// not offered (for hosts whose policy forbids any storage). On: offered.
    #[prop_or_default]
    pub storage: Storage,
    /// Receives the host events (started, step, outcome, restarted, and `answers` when the
    /// person presses send).
    #[prop_or_default]
    pub on_event: Option<Callback<HostEvent>>,
}

thread_local! {
    /// Bundles shared by every widget on the page (one `Rc` each, so props compare by
    /// pointer), with their texts filled once for each region asked for (filling copies every
    /// list; content never changes while the page lives): (language, region, bundle).
    static BUNDLES: std::cell::RefCell<Vec<(Lang, RegionId, Rc<Bundle>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The bundle for a language with every text filled for a region; filled once per page.
pub fn load_bundle(lang: Lang, region: RegionId) -> Rc<Bundle> {
    let found = BUNDLES.with(|c| {
        c.borrow()
            .iter()
            .find(|(l, r, _)| (*l, *r) == (lang, region))
            .map(|(_, _, b)| b.clone())
    });
    found.unwrap_or_else(|| {
        let b = Rc::new(crate::text::localised(lang.bundle(), region));
        BUNDLES.with(|c| c.borrow_mut().push((lang, region, b.clone())));
        b
    })
}

/// The content as pages receive it, compared by identity rather than text by text:
/// [`load_bundle`] shares one `Rc` per language and region for the page's lifetime, so
/// another pointer means other content.
#[derive(Clone, Debug)]
pub struct SharedBundle(pub Rc<Bundle>);

impl PartialEq for SharedBundle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedBundle {
    type Target = Bundle;
    fn deref(&self) -> &Bundle {
        &self.0
    }
}

impl yew::html::IntoPropValue<SharedBundle> for Rc<Bundle> {
    fn into_prop_value(self) -> SharedBundle {
        SharedBundle(self)
    }
}

/// The whole widget. It has no `<main>` landmark: the host page has its own.
#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    // The language the person picked in the switch, until the host sets `lang` again.
    let picked = use_state_eq(|| None::<Lang>);
    {
        let picked = picked.clone();
        use_effect_with(props.lang, move |_| picked.set(None));
    }
    let lang = picked.or(props.lang).unwrap_or(Lang::En);
    let region = props.region.unwrap_or(RegionId::Default);
    let bundle = use_memo((lang, region), |(lang, region)| load_bundle(*lang, *region));
    let storage = props.storage == Storage::On;
    let state = {
        let start = props.start;
        use_reducer(move || State::new(start, device::now_ms(), storage))
    };
    // A new `start` attribute after mounting moves to that screen; a new `storage` turns
    // keeping on or off (one effect for both: each effect costs kilobytes of wasm).
    {
        let state = state.clone();
        let last = use_mut_ref(|| None::<(Start, bool)>);
        use_effect_with((props.start, storage), move |(start, storage)| {
            let before = last.borrow_mut().replace((*start, *storage));
            if let Some((was_start, was_storage)) = before {
                if was_start != *start {
                    state.dispatch(Action::StartAt(*start, device::now_ms()));
                }
                if was_storage != *storage {
                    state.dispatch(Action::SetStorage(*storage));
                }
            }
        });
    }
    let b: &Rc<Bundle> = &bundle;
    // What is on screen: worked out once, for the host's step id and for the page.
    let shown = Shown::of(&state, b);
    let (step, level) = shown.step_id();
    // When an outcome was reached, in the person's words, for the printed summary: kept while
    // that outcome is shown in that language (a new language, or coming back from a panel,
    // reads the clock again).
    let completed = use_memo(
        (step.clone(), b.lang.clone()),
        move |(_, lang)| match level {
            Some(_) => device::now_in_words(lang),
            None => String::new(),
        },
    );
    let root = use_node_ref();
    {
        let on_event = props.on_event.clone();
        let root = root.clone();
        let focus = state.focus;
        let last = use_mut_ref(String::new);
        use_effect_with((step.clone(), state.attention), move |(step, _)| {
            let new_screen = *last.borrow() != *step;
            *last.borrow_mut() = step.clone();
            // A new screen brought by the person's own action: focus moves to its heading
            // (never on load, nor when the host changes an attribute). A message or the
            // form's errors it brought take focus instead (the control pressed may be gone,
            // as after deleting an entry).
            if focus {
                focus::focus_first(&root, ".nlc-notice, .nlc-error-summary, h1");
            }
            if !new_screen {
                return;
            }
            if let Some(cb) = on_event {
                cb.emit(HostEvent {
                    kind: EventKind::Step,
                    step: step.clone(),
                    level: None,
                });
                if level.is_some() {
                    cb.emit(HostEvent {
                        kind: EventKind::Outcome,
                        step: step.clone(),
                        level,
                    });
                }
            }
        });
    }
    let region = region.of(b).clone();
    // Where every page sends the person's actions: one callback while the screen and the
    // host's listener stay the same, so a page whose own props did not change is not
    // rendered again.
    let dispatch = {
        let state = state.clone();
        use_callback(
            (step.clone(), props.on_event.clone()),
            move |a: Action, (step, on_event)| {
                let kind = match a {
                    Action::Begin => Some(EventKind::Started),
                    Action::Restart => Some(EventKind::Restarted),
                    _ => None,
                };
                if let (Some(kind), Some(cb)) = (kind, on_event) {
                    cb.emit(HostEvent {
                        kind,
                        step: step.clone(),
                        level: None,
                    });
                }
                state.dispatch(a)
            },
        )
    };

    // The diary's last four weeks, for the doctor's summary (on an outcome only).
    let diary = match (&state.diary, level) {
        (DiaryState::On(d), Some(_)) if storage => {
            let now = device::now_ms();
            let w = d.span(now - 28.0 * crate::diary::DAY_MS, now);
            if w.count == 0 {
                String::new()
            } else {
                crate::text::with(
                    b.ui.diary_summary(),
                    &[
                        ("count", &w.count.to_string()),
                        ("minutes", &w.average_minutes.to_string()),
                        ("awake", &w.awake_long.to_string()),
                    ],
                )
            }
        }
        _ => String::new(),
    };
    let page = match &shown {
        Shown::Start => start_page::start_page(b, storage, &dispatch),
        Shown::Diary(screen) => match screen {
            DiaryScreen::Overview => diary_page::diary_page(b, &state.diary, &dispatch),
            DiaryScreen::Form(draft, errors) => diary_form::diary_form(b, draft, errors, &dispatch),
            DiaryScreen::ConfirmDelete => diary_page::confirm_delete(b, &dispatch),
        },
        Shown::Panel(panel, from) => {
            let back_label = match from {
                View::Start => b.ui.back_to_start(),
                View::Relief(_) => b.ui.relief_back(),
                View::Questions | View::Panel { .. } => b.ui.back_to_questions(),
                View::Diary { .. } => b.ui.back(),
            };
            info_panel::info_panel(b, panel, back_label, &dispatch)
        }
        Shown::Relief(r) if r.stage == Stage::Eased => {
            // What the relief mode knows of this cramp, for the diary.
            let record = storage.then(|| crate::diary::Draft {
                muscle: r.muscle.map_or_else(String::new, |m| m.id().to_owned()),
                minutes: r.minutes(device::now_ms()).max(1).to_string(),
                ..crate::diary::Draft::new(r.started_ms())
            });
            cramp_eased_page::cramp_eased_page(b, record, &dispatch)
        }
        Shown::Relief(r) => html! {
            <relief_page::ReliefPage key="relief" bundle={b.clone()} relief={(*r).clone()} on_action={dispatch.clone()} />
        },
        Shown::Questions(page, asked) => html! {
            <question_page::QuestionPage key={&*page.id} bundle={b.clone()} page={page.id.clone()}
                draft={state.draft.as_ref().filter(|(id, _)| *id == page.id).map(|(_, d)| d.clone())}
                asked={question_page::QuestionPageProps::asked(asked)} on_action={dispatch.clone()} />
        },
        Shown::CheckAnswers(given) => check_answers::check_answers(b, given, &dispatch),
        Shown::Outcome(result) | Shown::ReliefOutcome(result) => {
            // The outcome of a cramp that did not ease is not of the answers: no summary of
            // them, no hand-off.
            let answers = matches!(shown, Shown::Outcome(_)).then_some(&state.session);
            outcome_page::outcome_page(
                &outcome_page::OutcomePage {
                    bundle: b,
                    region: &region,
                    result,
                    answers,
                    send_to: &props.send_to,
                    // The person's own act: the host hears it whatever `events` says.
                    on_send: match &props.on_event {
                        Some(cb) => cb.reform(|json: String| HostEvent {
                            kind: EventKind::Answers,
                            step: json,
                            level: None,
                        }),
                        None => Callback::noop(),
                    },
                    diary: &diary,
                    completed: &completed,
                },
                &dispatch,
            )
        }
    };
    html! {
        <div class="nlc" lang={b.lang.clone()} data-theme={props.theme.id()} ref={root}>
            { language_switch::language_switch(&props.languages, lang, b.ui.language_label(), &picked) }
            { worried_line::worried_line(&region, b.ui.call(), b.ui.help_label()) }
            <div class="nlc-main">
                if let Some(n) = state.notice {
                    { keep_answers::notice(b, n) }
                }
                if let Some(offer) = state.offer.as_ref().filter(|_| {
                    storage
                        && matches!(state.view, View::Start | View::Questions)
                        && !state.session.can_go_back()
                }) {
                    { keep_answers::resume_offer(b, offer, &dispatch) }
                }
                { page }
                if storage && state.view == View::Questions {
                    { keep_answers::keep_answers(b, state.keep, &dispatch) }
                }
            </div>
            { info_nav::info_nav(b, &dispatch) }
            // Whatever screen a host starts on, the person learns who the guide is for (the
            // start screen says it in full already).
            if state.view != View::Start {
                <p class="nlc-meta nlc-footer">{ format!("{} {}", b.ui.start_adults(), b.ui.start_privacy()) }</p>
            }
        </div>
    }
}
