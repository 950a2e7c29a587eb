//! The view: thin Yew function components, one per file, named for what the person sees.
//!
//! [`Widget`] holds the only state (a [`State`] reducer around the core's
//! [`Session`](crate::triage::Session)); pages receive what to show and send back an
//! [`Action`]. No page decides anything clinical.

pub mod back_link;
pub mod care_card;
pub mod check_answers;
pub mod error_summary;
mod focus;
pub mod info_nav;
pub mod info_panel;
pub mod outcome_page;
pub mod question_page;
pub mod start_page;
mod state;
pub mod worried_line;

pub use state::{Action, State, View};

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{self, Bundle};
use crate::triage::Step;

/// The widget's configuration, from the host element's attributes.
#[derive(Properties, PartialEq, Clone, Debug)]
pub struct WidgetProps {
    /// Language tag (`en`, `en-GB`, …); unknown languages fall back to English.
    #[prop_or_default]
    pub lang: AttrValue,
    /// Region id (`us`, `uk`, `eu`, `au`); anything else uses the generic wording.
    #[prop_or_default]
    pub region: AttrValue,
    /// `light`, `dark` or `auto` (follow the device).
    #[prop_or_default]
    pub theme: AttrValue,
    /// `questionnaire`, a panel id, or empty for the start screen.
    #[prop_or_default]
    pub start: AttrValue,
}

/// Decodes the bundle for a language, falling back to English.
pub fn load_bundle(lang: &str) -> Rc<Bundle> {
    let lang = content::match_language(lang).unwrap_or("en");
    Rc::new(
        content::bundle(lang)
            .or_else(|| content::bundle("en"))
            .expect("the English bundle is validated at build time"),
    )
}

/// The whole widget.
#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let bundle = {
        let lang = props.lang.clone();
        use_memo(lang, |lang| load_bundle(lang))
    };
    let state = {
        let bundle = (*bundle).clone();
        let start = props.start.clone();
        use_reducer(move || State::new(bundle, &start))
    };
    {
        let state = state.clone();
        use_effect_with((*bundle).clone(), move |b| {
            if !Rc::ptr_eq(b, &state.bundle) {
                state.dispatch(Action::SetBundle(b.clone()));
            }
        });
    }
    let b = &state.bundle;
    let region = b.region(&props.region).clone();
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let focus = state.nav > 0;

    let page = match &state.view {
        View::Start => html! {
            <start_page::StartPage bundle={b.clone()} on_action={dispatch.clone()} {focus} />
        },
        View::Panel { id, from } => html! {
            <info_panel::InfoPanel key={id.clone()} bundle={b.clone()} region={region.clone()} id={id.clone()}
                from_start={matches!(**from, View::Start)} on_action={dispatch.clone()} {focus} />
        },
        View::Questions => match state.session.step(b) {
            Step::Question(q, given) => html! {
                <question_page::QuestionPage key={q.id.clone()} bundle={b.clone()} region={region.clone()} question={q.id.clone()}
                    given={given.map(<[String]>::to_vec)} can_go_back={true} on_action={dispatch.clone()} {focus} />
            },
            Step::CheckAnswers(_) => html! {
                <check_answers::CheckAnswers bundle={b.clone()} session={state.session.clone()} on_action={dispatch.clone()} {focus} />
            },
            Step::Outcome(_) => html! {
                <outcome_page::OutcomePage bundle={b.clone()} region={region.clone()} session={state.session.clone()} on_action={dispatch.clone()} {focus} />
            },
        },
    };
    let theme = match props.theme.as_str() {
        "light" | "dark" => props.theme.to_string(),
        _ => "auto".to_owned(),
    };
    html! {
        <div class="nlc" lang={b.lang.clone()} data-theme={theme}>
            <worried_line::WorriedLine region={region.clone()} call={b.ui.call.clone()} label={b.ui.help_label.clone()} />
            <main class="nlc-main">{ page }</main>
            <info_nav::InfoNav bundle={b.clone()} on_action={dispatch} />
        </div>
    }
}
