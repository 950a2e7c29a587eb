//! The start screen: what the guide is for, who it is for, privacy, Start.

use yew::prelude::*;

use super::{device::now_ms, Action, DiaryStep};
use crate::content::Bundle;

/// The start screen; Start, "Having a cramp right now?" and (with `diary`) "My cramp diary"
/// go to `on_action`.
pub fn start_page(bundle: &Bundle, diary: bool, on_action: &Callback<Action>) -> Html {
    let ui = &bundle.ui;
    let begin = {
        let a = on_action.clone();
        move |_| a.emit(Action::Begin)
    };
    let relief = {
        let a = on_action.clone();
        move |_| a.emit(Action::CrampNow(now_ms()))
    };
    let open_diary = {
        let a = on_action.clone();
        move |_| a.emit(Action::Diary(DiaryStep::Open))
    };
    html! {
        <div key="start" class="nlc-page nlc-start">
            <h1 class="nlc-heading" tabindex="-1">{ ui.start_title() }</h1>
            <p class="nlc-lead">{ ui.start_intro() }</p>
            <p>{ ui.start_adults() }</p>
            <p>{ ui.start_privacy() }</p>
            <button type="button" class="nlc-button nlc-button--start" onclick={begin}>{ ui.start_button() }</button>
            <p class="nlc-cramp-now">
                <button type="button" class="nlc-link-button nlc-cramp-now__link" onclick={relief}>{ ui.cramp_now() }</button>
            </p>
            if diary {
                <p class="nlc-diary-link">
                    <button type="button" class="nlc-link-button" onclick={open_diary}>{ ui.diary_link() }</button>
                </p>
            }
        </div>
    }
}
