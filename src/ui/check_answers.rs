//! "Check your answers": every answer that counts, each with a Change link.

use std::rc::Rc;

use yew::prelude::*;

use super::{back_link::back_link, focus::use_focus_on_mount, Action};
use crate::content::Bundle;
use crate::triage::{Session, Step};

/// Props for [`CheckAnswers`].
#[derive(Properties, PartialEq)]
pub struct CheckAnswersProps {
    /// Content.
    pub bundle: Rc<Bundle>,
    /// The session (its step is check-your-answers).
    pub session: Session,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// Move focus to the heading when shown.
    pub focus: bool,
}

/// The labels of the chosen choices ("Not answered" for a skipped optional question).
pub fn answer_labels(
    q: &crate::content::Question,
    chosen: &[String],
    ui: &crate::content::UiTexts,
) -> Vec<String> {
    if chosen.is_empty() {
        return vec![ui.not_answered().to_owned()];
    }
    q.choices
        .iter()
        .filter(|c| chosen.iter().any(|x| *x == c.id))
        .map(|c| c.label.to_string())
        .collect()
}

/// The check-your-answers page.
#[function_component(CheckAnswers)]
pub fn check_answers(p: &CheckAnswersProps) -> Html {
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), p.focus);
    let ui = &p.bundle.ui;
    let Step::CheckAnswers(given) = p.session.step(&p.bundle) else {
        return Html::default();
    };
    let confirm = {
        let a = p.on_action.clone();
        move |_| a.emit(Action::Confirm)
    };
    let back = {
        let a = p.on_action.clone();
        move |_| a.emit(Action::Back)
    };
    html! {
        <div class="nlc-page nlc-check">
            { back_link(ui.back(), Callback::from(back)) }
            <h1 class="nlc-heading" tabindex="-1" ref={heading}>{ ui.check_title() }</h1>
            <p>{ ui.check_intro() }</p>
            <dl class="nlc-summary-list">
                { for given.iter().map(|(q, chosen)| {
                    let a = p.on_action.clone();
                    let id = q.id.clone();
                    html! {
                        <div class="nlc-summary-list__row">
                            <dt class="nlc-summary-list__key">{ &*q.short }</dt>
                            <dd class="nlc-summary-list__value">
                                { for answer_labels(q, chosen, ui).into_iter().map(|l| html! { <span class="nlc-summary-list__answer">{ l }</span> }) }
                            </dd>
                            <dd class="nlc-summary-list__actions">
                                <button type="button" class="nlc-link-button" onclick={move |_| a.emit(Action::Change(id.to_string()))}>
                                    { ui.change() }<span class="nlc-visually-hidden">{ format!(": {}", q.short) }</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <button type="button" class="nlc-button" onclick={confirm}>{ ui.confirm_button() }</button>
        </div>
    }
}
