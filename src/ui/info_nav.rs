//! Links to every information panel, on every screen; opening one keeps the answers.

use yew::prelude::*;

use super::Action;
use crate::content::Bundle;

/// The list of panels; a link sends [`Action::OpenPanel`] to `on_action`.
pub fn info_nav(bundle: &Bundle, on_action: &Callback<Action>) -> Html {
    html! {
        <nav class="nlc-info-nav" aria-labelledby="nlc-info-nav-title">
            <h2 class="nlc-info-nav__title" id="nlc-info-nav-title">{ bundle.ui.info_title() }</h2>
            <ul class="nlc-info-nav__list">
                { for bundle.listed_panels().map(|panel| {
                    let on_action = on_action.clone();
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
