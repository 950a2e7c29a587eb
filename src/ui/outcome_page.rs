//! The result: one care card, the reasons, what to do now, what to watch for, advice, the
//! linked things to mention, self-care, sources, Print, the hand-off of the answers (after the
//! questionnaire) and Start again.

use std::rc::Rc;

use yew::prelude::*;

use super::care_card::{care_card, classed, prefix};
use super::check_answers::answer_labels;
use super::hand_off::hand_off;
use super::info_panel::{blocks, sources};
use super::{Action, ReliefStep};
use crate::content::{Bundle, CareLevel, Region};
use crate::text::with;
use crate::triage::{Assessment, Session};

/// What the outcome page shows.
pub struct OutcomePage<'a> {
    /// Content (texts already filled for the region).
    pub bundle: &'a Rc<Bundle>,
    /// The person's region (for the numbers to call).
    pub region: &'a Region,
    /// The result shown.
    pub result: &'a Assessment<'a>,
    /// The answers it came from; `None` for a cramp happening now that did not ease (its
    /// outcome is not of the answers: no summary of them, no hand-off).
    pub answers: Option<&'a Session>,
    /// The name the host page gave with `send-to` (empty: no send button).
    pub send_to: &'a str,
    /// Receives the answers (FHIR `QuestionnaireResponse` JSON) when the person presses send.
    pub on_send: Callback<String>,
    /// The cramp diary's last weeks in words, for the summary (empty: no diary entries).
    pub diary: &'a str,
    /// When the outcome was reached, in words (empty: the date is not known).
    pub completed: &'a str,
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The outcome page.
pub fn outcome_page(p: &OutcomePage, on_action: &Callback<Action>) -> Html {
    let b = p.bundle;
    let ui = &b.ui;
    let r = p.region;
    let result = p.result;
    let outcome = b.outcome(result.level);
    let call = match result.level {
        CareLevel::Emergency => r.emergency_number.clone(),
        CareLevel::Urgent => r.urgent_number.clone(),
        _ => None,
    };
    let action = |a: Action| {
        let cb = on_action.clone();
        move |_| cb.emit(a.clone())
    };
    let answers: Vec<(&str, Vec<&str>)> = match p.answers {
        None => Vec::new(),
        Some(session) => session
            .given(b)
            .into_iter()
            .map(|(q, a)| (&*q.short, answer_labels(q, a, ui)))
            .collect(),
    };
    // Undo: back to the answers, or from a cramp that did not ease, back to the stretches.
    let (change, change_label) = match p.answers {
        None => (Action::Relief(ReliefStep::Back), ui.relief_back()),
        Some(_) => (Action::ChangeAnswers, ui.change_answers()),
    };
    let advice: Vec<&str> = result
        .advice
        .iter()
        .filter_map(|rule| rule.advice.as_deref())
        .collect();
    let panels = result.panels();
    let level_in_words = format!("{}{}", prefix(result.level, ui), outcome.title);
    let page = html! {
        <div>
            { care_card(result.level, &outcome.title, &outcome.summary, prefix(result.level, ui), html! {
                <>
                    <h2 class="nlc-heading-s">{ ui.do_now_title() }</h2>
                    <ul class="nlc-list">
                        { for outcome.do_now.iter().map(|t| html! { <li>{ &**t }</li> }) }
                    </ul>
                    if let Some(n) = call {
                        <a class="nlc-button nlc-button--call" href={format!("tel:{n}")}>{ format!("{} {n}", ui.call()) }</a>
                    }
                </>
            }) }

            <section class="nlc-section" aria-labelledby="nlc-reasons">
                <h2 class="nlc-heading-m" id="nlc-reasons">{ ui.reasons_title() }</h2>
                <ul class="nlc-list nlc-reasons">
                    { for result.reasons.iter().map(|rule| html! { <li>{ &*rule.reason }</li> }) }
                </ul>
            </section>

            <section class="nlc-section nlc-watch-for" aria-labelledby="nlc-watch-for">
                <h2 class="nlc-heading-m" id="nlc-watch-for">{ ui.watch_for_title() }</h2>
                <ul class="nlc-list">
                    { for outcome.watch_for.iter().map(|t| html! { <li>{ &**t }</li> }) }
                </ul>
            </section>

            if !advice.is_empty() {
                <section class="nlc-section nlc-advice" aria-labelledby="nlc-advice">
                    <h2 class="nlc-heading-m" id="nlc-advice">{ ui.advice_title() }</h2>
                    { for advice.iter().map(|t| html! { <p>{ *t }</p> }) }
                </section>
            }

            if !result.linked.is_empty() {
                <section class="nlc-section" aria-labelledby="nlc-linked">
                    <h2 class="nlc-heading-m" id="nlc-linked">{ ui.linked_title() }</h2>
                    <p>{ ui.linked_intro() }</p>
                    <ul class="nlc-list">
                        { for result.linked.iter().map(|(_, c)| html! { <li>{ &*c.label }</li> }) }
                    </ul>
                </section>
            }

            if !panels.is_empty() {
                <section class="nlc-section nlc-self-care" aria-labelledby="nlc-self-care">
                    <h2 class="nlc-heading-m" id="nlc-self-care">{ ui.self_care_title() }</h2>
                    { for panels.iter().map(|id| id.of(b)).map(|panel| html! {
                        <>
                            <h3 class="nlc-heading-s">{ &*panel.title }</h3>
                            { blocks(&panel.body, 3) }
                        </>
                    }) }
                </section>
            }

            // The summary a clinician needs; shown on paper (CLINICAL.md §4a).
            <section class="nlc-section nlc-print-answers" aria-labelledby="nlc-answers">
                <h2 class="nlc-heading-m" id="nlc-answers">{ ui.summary_title() }</h2>
                <p class="nlc-print-note">{ ui.checklist_note() }</p>
                if !p.completed.is_empty() {
                    <p>{ with(ui.completed(), &[("date", p.completed)]) }</p>
                }
                <dl class="nlc-summary-list">
                    <div class="nlc-summary-list__row nlc-write-in">
                        <dt class="nlc-summary-list__key">{ ui.name_line() }</dt><dd class="nlc-summary-list__value"></dd>
                    </div>
                    <div class="nlc-summary-list__row nlc-write-in">
                        <dt class="nlc-summary-list__key">{ ui.age_line() }</dt><dd class="nlc-summary-list__value"></dd>
                    </div>
                    <div class="nlc-summary-list__row">
                        <dt class="nlc-summary-list__key">{ ui.level_label() }</dt><dd class="nlc-summary-list__value">{ level_in_words }</dd>
                    </div>
                    { for answers.into_iter().map(|(k, v)| html! {
                        <div class="nlc-summary-list__row">
                            <dt class="nlc-summary-list__key">{ k }</dt>
                            <dd class="nlc-summary-list__value">{ v.join("; ") }</dd>
                        </div>
                    }) }
                    if !p.diary.is_empty() {
                        <div class="nlc-summary-list__row nlc-summary-diary">
                            <dt class="nlc-summary-list__key">{ ui.diary_title() }</dt>
                            <dd class="nlc-summary-list__value">{ p.diary }</dd>
                        </div>
                    }
                    <div class="nlc-summary-list__row nlc-write-in nlc-write-in--wide">
                        <dt class="nlc-summary-list__key">{ ui.medicine_names() }</dt><dd class="nlc-summary-list__value"></dd>
                    </div>
                </dl>
            </section>

            <section class="nlc-section" aria-labelledby="nlc-sources">
                <h2 class="nlc-heading-s" id="nlc-sources">{ ui.sources_title() }</h2>
                { sources(b, &result.sources()) }
                <p class="nlc-meta">{ with(ui.content_version(), &[("version", &b.version), ("date", &super::device::long_date(&outcome.reviewed, &b.lang))]) }</p>
            </section>

            <div class="nlc-button-group nlc-no-print">
                <button type="button" class="nlc-button nlc-button--secondary" onclick={action(change)}>{ change_label }</button>
                <button type="button" class="nlc-button nlc-button--secondary" onclick={|_| print()}>{ ui.print() }</button>
                if let Some(session) = p.answers {
                    { hand_off(b, session, p.send_to, &p.on_send) }
                }
                <button type="button" class="nlc-button nlc-button--secondary" onclick={action(Action::Restart)}>{ ui.restart() }</button>
            </div>
        </div>
    };
    classed(
        page,
        &["class"],
        &[],
        format!("nlc-page nlc-outcome nlc-outcome--{}", result.level.id()).into(),
    )
}
