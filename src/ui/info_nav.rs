//! Links to every information panel, on every screen; opening one keeps the answers.

use yew::prelude::*;

use super::Action;
use crate::content::{Bundle, PanelId};

/// The list of panels; a link sends [`Action::OpenPanel`] to `on_action`.
pub fn info_nav(bundle: &Bundle, on_action: &Callback<Action>) -> Html {
    html! {
        <nav class="nlc-info-nav" aria-labelledby="nlc-info-nav-title">
            <h2 class="nlc-info-nav__title" id="nlc-info-nav-title">{ bundle.ui.info_title() }</h2>
            <ul class="nlc-info-nav__list">
                { for PanelId::listed().map(|id| {
                    let on_action = on_action.clone();
                    html! {
                        <li>
                            <button type="button" class="nlc-link-button"
                                onclick={move |_| on_action.emit(Action::OpenPanel(id))}>
                                { &*id.of(bundle).title }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
