//! The result: one care card, the reasons, what to do now, what to watch for, advice, the
//! linked things to mention, self-care, sources, Print and Start again.

use std::rc::Rc;

use yew::prelude::*;

use super::care_card::CareCard;
use super::check_answers::answer_labels;
use super::focus::use_focus_on_mount;
use super::info_panel::{blocks, sources};
use super::Action;
use crate::content::{Bundle, CareLevel, Region};
use crate::text::{fill, with};
use crate::triage::{Session, Step};

/// Props for [`OutcomePage`].
#[derive(Properties, PartialEq)]
pub struct OutcomePageProps {
    /// Content.
    pub bundle: Rc<Bundle>,
    /// The person's region.
    pub region: Region,
    /// The session (its step is the outcome).
    pub session: Session,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// Move focus to the heading when shown.
    pub focus: bool,
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The outcome page.
#[function_component(OutcomePage)]
pub fn outcome_page(p: &OutcomePageProps) -> Html {
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), p.focus);
    let b = &p.bundle;
    let ui = &b.ui;
    let r = &p.region;
    let Step::Outcome(result) = p.session.step(b) else {
        return Html::default();
    };
    let Some(outcome) = b.outcome(result.level) else {
        return Html::default();
    };
    let call = match result.level {
        CareLevel::Emergency => r.emergency_number.clone(),
        CareLevel::Urgent => r.urgent_number.clone(),
        _ => None,
    };
    let restart = {
        let a = p.on_action.clone();
        move |_| a.emit(Action::Restart)
    };
    let answers: Vec<(String, Vec<String>)> = p
        .session
        .given(b)
        .into_iter()
        .map(|(q, a)| (q.short.clone(), answer_labels(q, a)))
        .collect();
    html! {
        <div class={classes!("nlc-page", "nlc-outcome", format!("nlc-outcome--{}", result.level.id()))}>
            <CareCard level={result.level} title={outcome.title.clone()} summary={outcome.summary.clone()} ui={ui.clone()} heading={heading}>
                <h2 class="nlc-heading-s">{ &ui.do_now_title }</h2>
                <ul class="nlc-list">
                    { for outcome.do_now.iter().map(|t| html! { <li>{ fill(t, r) }</li> }) }
                </ul>
                if let Some(n) = call {
                    <a class="nlc-button nlc-button--call" href={format!("tel:{n}")}>{ format!("{} {n}", ui.call) }</a>
                }
            </CareCard>

            <section class="nlc-section" aria-labelledby="nlc-reasons">
                <h2 class="nlc-heading-m" id="nlc-reasons">{ &ui.reasons_title }</h2>
                <ul class="nlc-list nlc-reasons">
                    { for result.reasons.iter().map(|rule| html! { <li>{ fill(&rule.reason, r) }</li> }) }
                </ul>
            </section>

            <section class="nlc-section nlc-watch-for" aria-labelledby="nlc-watch-for">
                <h2 class="nlc-heading-m" id="nlc-watch-for">{ &ui.watch_for_title }</h2>
                <ul class="nlc-list">
                    { for outcome.watch_for.iter().map(|t| html! { <li>{ fill(t, r) }</li> }) }
                </ul>
            </section>

            if !result.advice.is_empty() {
                <section class="nlc-section" aria-labelledby="nlc-advice">
                    <h2 class="nlc-heading-m" id="nlc-advice">{ &ui.advice_title }</h2>
                    { for result.advice.iter().filter_map(|rule| rule.advice.as_ref()).map(|t| html! { <p>{ fill(t, r) }</p> }) }
                </section>
            }

            if !result.linked.is_empty() {
                <section class="nlc-section" aria-labelledby="nlc-linked">
                    <h2 class="nlc-heading-m" id="nlc-linked">{ &ui.linked_title }</h2>
                    <p>{ &ui.linked_intro }</p>
                    <ul class="nlc-list">
                        { for result.linked.iter().map(|(_, c)| html! { <li>{ fill(&c.label, r) }</li> }) }
                    </ul>
                </section>
            }

            if !outcome.panels.is_empty() {
                <section class="nlc-section nlc-self-care" aria-labelledby="nlc-self-care">
                    <h2 class="nlc-heading-m" id="nlc-self-care">{ &ui.self_care_title }</h2>
                    { for outcome.panels.iter().filter_map(|id| b.panel(id)).map(|panel| html! {
                        <>
                            <h3 class="nlc-heading-s">{ &panel.title }</h3>
                            { blocks(&panel.body, r, 3) }
                        </>
                    }) }
                </section>
            }

            <section class="nlc-section nlc-print-answers" aria-labelledby="nlc-answers">
                <h2 class="nlc-heading-m" id="nlc-answers">{ &ui.answer_list_title }</h2>
                <dl class="nlc-summary-list">
                    { for answers.into_iter().map(|(k, v)| html! {
                        <div class="nlc-summary-list__row">
                            <dt class="nlc-summary-list__key">{ k }</dt>
                            <dd class="nlc-summary-list__value">{ v.join("; ") }</dd>
                        </div>
                    }) }
                </dl>
            </section>

            <section class="nlc-section" aria-labelledby="nlc-sources">
                <h2 class="nlc-heading-s" id="nlc-sources">{ &ui.sources_title }</h2>
                { sources(b, &outcome.sources) }
                <p class="nlc-meta">{ with(&ui.content_version, &[("version", &b.version), ("date", &outcome.reviewed)]) }</p>
            </section>

            <div class="nlc-button-group nlc-no-print">
                <button type="button" class="nlc-button nlc-button--secondary" onclick={|_| print()}>{ &ui.print }</button>
                <button type="button" class="nlc-button nlc-button--secondary" onclick={restart}>{ &ui.restart }</button>
            </div>
        </div>
    }
}
