//! After the relief mode: the cramp has eased. How to make the next one less likely, and an
//! offer to answer the questions.

use yew::prelude::*;

use super::info_panel::{blocks, sources};
use super::{Action, DiaryStep};
use crate::content::{Bundle, RELIEF_EASED};
use crate::diary::Draft;

/// The "cramp has eased" page (`b`: texts already filled for the region). With `record`
/// (what the relief mode knows of this cramp), it offers to record it in the diary.
pub fn cramp_eased_page(b: &Bundle, record: Option<Draft>, on_action: &Callback<Action>) -> Html {
    let ui = &b.ui;
    let panel = RELIEF_EASED.of(b);
    let action = |a: Action| {
        let cb = on_action.clone();
        move |_| cb.emit(a.clone())
    };
    html! {
        <div key="eased" class="nlc-page nlc-eased">
            <h1 class="nlc-heading" tabindex="-1">{ ui.relief_eased_title() }</h1>
            <p class="nlc-lead">{ ui.relief_eased_intro() }</p>
            <section class="nlc-section" aria-labelledby="nlc-eased-panel">
                <h2 class="nlc-heading-m" id="nlc-eased-panel">{ &*panel.title }</h2>
                { blocks(&panel.body, 3) }
                <h3 class="nlc-heading-s">{ ui.sources_title() }</h3>
                { sources(b, &panel.sources) }
            </section>
            if let Some(entry) = record {
                <p class="nlc-diary-link">
                    <button type="button" class="nlc-button nlc-button--secondary nlc-diary-record" onclick={action(Action::Diary(DiaryStep::Record(entry)))}>{ ui.diary_record_this() }</button>
                </p>
            }
            <p>{ ui.relief_questions() }</p>
            <div class="nlc-button-group">
                <button type="button" class="nlc-button" onclick={action(Action::Begin)}>{ ui.relief_questions_button() }</button>
                <button type="button" class="nlc-button nlc-button--secondary" onclick={action(Action::Back)}>{ ui.back_to_start() }</button>
            </div>
        </div>
    }
}
