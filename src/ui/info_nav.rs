//! Links to every information panel, on every screen; opening one keeps the answers.

use std::rc::Rc;

use yew::prelude::*;

use super::Action;
use crate::content::Bundle;

/// Props for [`InfoNav`].
#[derive(Properties, PartialEq)]
pub struct InfoNavProps {
    /// Content.
    pub bundle: Rc<Bundle>,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The list of panels.
#[function_component(InfoNav)]
pub fn info_nav(p: &InfoNavProps) -> Html {
    html! {
        <nav class="nlc-info-nav" aria-labelledby="nlc-info-nav-title">
            <h2 class="nlc-info-nav__title" id="nlc-info-nav-title">{ p.bundle.ui.info_title() }</h2>
            <ul class="nlc-info-nav__list">
                { for p.bundle.listed_panels().map(|panel| {
                    let on_action = p.on_action.clone();
                    let id = panel.id.clone();
                    html! {
                        <li>
                            <button type="button" class="nlc-link-button"
                                onclick={move |_| on_action.emit(Action::OpenPanel(id.to_string()))}>
                                { &*panel.title }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
