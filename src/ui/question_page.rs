//! One question per page: the question is the `<h1>` inside the `<legend>`, then the hint,
//! "why we ask this", the radios or checkboxes, and Continue. Continue with nothing chosen
//! shows the error summary (which takes focus) and an inline error.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{back_link::BackLink, error_summary::ErrorSummary, focus::use_focus_on_mount, Action};
use crate::content::{Bundle, QuestionKind, Region};
use crate::text::fill;
use crate::triage::Session;

/// Props for [`QuestionPage`].
#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    /// Content.
    pub bundle: Rc<Bundle>,
    /// The person's region (for placeholders).
    pub region: Region,
    /// The question id.
    pub question: AttrValue,
    /// The answer given before, when coming back.
    pub given: Option<Vec<String>>,
    /// Show the Back link.
    pub can_go_back: bool,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// Move focus to the heading when shown.
    pub focus: bool,
}

/// Applies a click on a choice to the current selection: radios replace it; checkboxes toggle,
/// and an exclusive choice ("None of these") clears and is cleared by the others.
pub fn toggle(
    kind: QuestionKind,
    exclusive: &[&str],
    selected: &[String],
    id: &str,
    on: bool,
) -> Vec<String> {
    match kind {
        QuestionKind::Single => vec![id.to_owned()],
        QuestionKind::Multiple => {
            if !on {
                return selected.iter().filter(|s| *s != id).cloned().collect();
            }
            if exclusive.contains(&id) {
                return vec![id.to_owned()];
            }
            let mut next: Vec<String> = selected
                .iter()
                .filter(|s| !exclusive.contains(&s.as_str()) && *s != id)
                .cloned()
                .collect();
            next.push(id.to_owned());
            next
        }
    }
}

/// A question page.
#[function_component(QuestionPage)]
pub fn question_page(p: &QuestionPageProps) -> Html {
    let heading = use_node_ref();
    let first_input = use_node_ref();
    use_focus_on_mount(heading.clone(), p.focus);
    let selected = use_state(|| p.given.clone().unwrap_or_default());
    // Failed Continue presses; each one re-mounts the summary so it takes focus again.
    let attempts = use_state(|| 0u32);
    let Some(q) = p.bundle.question(&p.question) else {
        return Html::default();
    };
    let ui = &p.bundle.ui;
    let qid = q.id.clone();
    let ids = |suffix: &str| format!("nlc-{qid}-{suffix}");
    let hint_id = ids("hint");
    let error_id = ids("error");
    let error = *attempts > 0 && Session::check_answer(q, &selected).is_err();
    let exclusive: Vec<String> = q
        .choices
        .iter()
        .filter(|c| c.exclusive)
        .map(|c| c.id.clone())
        .collect();

    let on_continue = {
        let selected = selected.clone();
        let attempts = attempts.clone();
        let on_action = p.on_action.clone();
        let q = q.clone();
        move |e: SubmitEvent| {
            e.prevent_default();
            match Session::check_answer(&q, &selected) {
                Ok(()) => on_action.emit(Action::Answer(q.id.clone(), (*selected).clone())),
                Err(_) => attempts.set(*attempts + 1),
            }
        }
    };
    let on_back = {
        let a = p.on_action.clone();
        move |_| a.emit(Action::Back)
    };
    let mut described = Vec::new();
    if q.hint.is_some() || q.kind == QuestionKind::Multiple {
        described.push(hint_id.clone());
    }
    if error {
        described.push(error_id.clone());
    }
    let input_type = match q.kind {
        QuestionKind::Single => "radio",
        QuestionKind::Multiple => "checkbox",
    };
    let hint_text = match (&q.hint, q.kind) {
        (Some(h), QuestionKind::Multiple) => format!("{} {}", fill(h, &p.region), ui.select_all),
        (Some(h), _) => fill(h, &p.region),
        (None, _) => ui.select_all.clone(),
    };

    html! {
        <div class="nlc-page nlc-question">
            if p.can_go_back { <BackLink label={ui.back.clone()} onclick={on_back} /> }
            if error {
                <ErrorSummary key={*attempts} title={ui.error_title.clone()} message={q.error.clone()}
                    target_id={ids(&format!("choice-{}", q.choices[0].id))} target={first_input.clone()} />
            }
            <form class="nlc-form" novalidate=true onsubmit={on_continue}>
                <div class={classes!("nlc-form-group", error.then_some("nlc-form-group--error"))}>
                    <fieldset class="nlc-fieldset" aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
                        <legend class="nlc-fieldset__legend">
                            <h1 class="nlc-heading" tabindex="-1" ref={heading}>{ fill(&q.title, &p.region) }</h1>
                        </legend>
                        if q.hint.is_some() || q.kind == QuestionKind::Multiple {
                            <div class="nlc-hint" id={hint_id.clone()}>{ hint_text }</div>
                        }
                        if error {
                            <p class="nlc-error-message" id={error_id.clone()}>
                                <span class="nlc-visually-hidden">{ format!("{}: ", ui.error_title) }</span>{ &q.error }
                            </p>
                        }
                        <div class={classes!("nlc-choices", format!("nlc-choices--{input_type}"))}>
                            { for q.choices.iter().enumerate().map(|(i, c)| {
                                let input_id = ids(&format!("choice-{}", c.id));
                                let choice_hint = ids(&format!("choice-{}-hint", c.id));
                                let checked = selected.contains(&c.id);
                                let onchange = {
                                    let selected = selected.clone();
                                    let id = c.id.clone();
                                    let kind = q.kind;
                                    let exclusive = exclusive.clone();
                                    move |e: Event| {
                                        let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                                        let ex: Vec<&str> = exclusive.iter().map(String::as_str).collect();
                                        selected.set(toggle(kind, &ex, &selected, &id, on));
                                    }
                                };
                                html! {
                                    <>
                                    if c.exclusive { <p class="nlc-choices__divider">{ &ui.or_divider }</p> }
                                    <div class="nlc-choice">
                                        <input class="nlc-choice__input" type={input_type} id={input_id.clone()}
                                            name={qid.clone()} value={c.id.clone()} {checked} {onchange}
                                            ref={if i == 0 { first_input.clone() } else { NodeRef::default() }}
                                            aria-describedby={c.hint.as_ref().map(|_| choice_hint.clone())} />
                                        <label class="nlc-choice__label" for={input_id}>{ fill(&c.label, &p.region) }</label>
                                        if let Some(h) = &c.hint {
                                            <div class="nlc-choice__hint" id={choice_hint}>{ fill(h, &p.region) }</div>
                                        }
                                    </div>
                                    </>
                                }
                            }) }
                        </div>
                    </fieldset>
                </div>
                <details class="nlc-details">
                    <summary class="nlc-details__summary">{ &ui.why_ask }</summary>
                    <p class="nlc-details__text">{ fill(&q.why, &p.region) }</p>
                </details>
                <button type="submit" class="nlc-button">{ &ui.continue_button }</button>
            </form>
        </div>
    }
}
