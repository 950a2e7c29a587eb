//! The Back link above a question (a button: Back never touches the host page's history).

use yew::prelude::*;

/// A Back link: `label` ("Back"), `onclick` when pressed.
pub fn back_link(label: &str, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="nlc-back-link" {onclick}>{ label }</button>
    }
}
