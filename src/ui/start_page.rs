//! The start screen: what the guide is for, who it is for, privacy, Start.

use std::rc::Rc;

use yew::prelude::*;

use super::{device::now_ms, focus::use_focus_on_mount, Action};
use crate::content::Bundle;

/// Props for [`StartPage`].
#[derive(Properties, PartialEq)]
pub struct StartPageProps {
    /// Content.
    pub bundle: Rc<Bundle>,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// Move focus to the heading when shown.
    pub focus: bool,
}

/// The start screen.
#[function_component(StartPage)]
pub fn start_page(p: &StartPageProps) -> Html {
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), p.focus);
    let ui = &p.bundle.ui;
    let begin = {
        let a = p.on_action.clone();
        move |_| a.emit(Action::Begin)
    };
    let relief = {
        let a = p.on_action.clone();
        move |_| a.emit(Action::CrampNow(now_ms()))
    };
    html! {
        <div class="nlc-page nlc-start">
            <h1 class="nlc-heading" tabindex="-1" ref={heading}>{ ui.start_title() }</h1>
            <p class="nlc-lead">{ ui.start_intro() }</p>
            <p>{ ui.start_adults() }</p>
            <p>{ ui.start_privacy() }</p>
            <button type="button" class="nlc-button nlc-button--start" onclick={begin}>{ ui.start_button() }</button>
            <p class="nlc-cramp-now">
                <button type="button" class="nlc-link-button nlc-cramp-now__link" onclick={relief}>{ ui.cramp_now() }</button>
            </p>
        </div>
    }
}
