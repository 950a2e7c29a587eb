//! The Back link above a question (a button: Back never touches the host page's history).

use yew::prelude::*;

/// Props for [`BackLink`].
#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    /// "Back".
    pub label: AttrValue,
    /// Pressed.
    pub onclick: Callback<MouseEvent>,
}

/// A Back link.
#[function_component(BackLink)]
pub fn back_link(p: &BackLinkProps) -> Html {
    html! {
        <button type="button" class="nlc-back-link" onclick={p.onclick.clone()}>{ &*p.label }</button>
    }
}
