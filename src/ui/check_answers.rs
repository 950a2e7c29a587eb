//! "Check your answers": every answer that counts, each with a Change link.

use yew::prelude::*;

use super::{back_link::back_link, Action};
use crate::content::Bundle;
use crate::triage::Given;

/// The labels of the chosen choices ("Not answered" for a skipped optional question).
pub fn answer_labels<'a>(
    q: &'a crate::content::Question,
    chosen: &[String],
    ui: &'a crate::content::UiTexts,
) -> Vec<&'a str> {
    if chosen.is_empty() {
        return vec![ui.not_answered()];
    }
    q.choices
        .iter()
        .filter(|c| chosen.iter().any(|x| *x == c.id))
        .map(|c| &*c.label)
        .collect()
}

/// The check-your-answers page: every answer `given` that counts, in asking order.
pub fn check_answers(bundle: &Bundle, given: &[Given], on_action: &Callback<Action>) -> Html {
    let ui = &bundle.ui;
    let confirm = {
        let a = on_action.clone();
        move |_| a.emit(Action::Confirm)
    };
    let back = {
        let a = on_action.clone();
        move |_| a.emit(Action::Back)
    };
    html! {
        <div key="check" class="nlc-page nlc-check">
            { back_link(ui.back(), Callback::from(back)) }
            <h1 class="nlc-heading" tabindex="-1">{ ui.check_title() }</h1>
            <p>{ ui.check_intro() }</p>
            <dl class="nlc-summary-list">
                { for given.iter().map(|(q, chosen)| {
                    let a = on_action.clone();
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
