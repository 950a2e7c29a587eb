//! "There is a problem": the error summary that takes focus and links to the first input.

use yew::prelude::*;

use super::focus::{focus, use_focus_on_mount};

/// Props for [`ErrorSummary`].
#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// "There is a problem".
    pub title: AttrValue,
    /// The error text.
    pub message: AttrValue,
    /// The id of the input the link points at.
    pub target_id: AttrValue,
    /// The input itself, focused when the link is followed.
    pub target: NodeRef,
}

/// The error summary. It focuses itself when it appears.
#[function_component(ErrorSummary)]
pub fn error_summary(p: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    use_focus_on_mount(node.clone(), true);
    // Inside a shadow root a fragment link would change the host page's URL and find
    // nothing, so the link focuses its input itself.
    let onclick = {
        let target = p.target.clone();
        move |e: MouseEvent| {
            e.prevent_default();
            focus(&target);
        }
    };
    html! {
        <div class="nlc-error-summary" role="alert" tabindex="-1" ref={node} aria-labelledby="nlc-error-summary-title">
            <h2 class="nlc-error-summary__title" id="nlc-error-summary-title">{ &p.title }</h2>
            <ul class="nlc-error-summary__list">
                <li><a href={format!("#{}", p.target_id)} {onclick}>{ &p.message }</a></li>
            </ul>
        </div>
    }
}
