//! "There is a problem": the error summary that takes focus and links to each question that
//! needs an answer.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Scrolls the input with `id` (inside the same widget) into view, then focuses it.
fn go_to(from: &NodeRef, id: &str) {
    let widget = from
        .cast::<Element>()
        .and_then(|el| el.closest(".nlc").ok().flatten());
    let input = widget.and_then(|w| w.query_selector(&format!("#{id}")).ok().flatten());
    if let Some(input) = input {
        // The legend and label sit above the input: bring the whole question into view.
        let question = input.closest(".nlc-form-group").ok().flatten();
        question.as_ref().unwrap_or(&input).scroll_into_view();
        if let Ok(input) = input.dyn_into::<HtmlElement>() {
            let _ = input.focus();
        }
    }
}

/// The error summary: `title` ("There is a problem") and each problem (the id of the input
/// its link points at, and the error text). `node` is its box, which the question page
/// focuses when the summary appears; `key` makes each failed Continue a new box. The alert
/// role is on its content (as GOV.UK does), not on the focused box.
pub fn error_summary(title: &str, errors: &[(String, String)], node: &NodeRef, key: u32) -> Html {
    html! {
        <div key={key} class="nlc-error-summary" tabindex="-1" ref={node.clone()} aria-labelledby="nlc-error-summary-title">
            <div role="alert">
                <h2 class="nlc-error-summary__title" id="nlc-error-summary-title">{ title }</h2>
                <ul class="nlc-error-summary__list">
                    { for errors.iter().map(|(id, message)| {
                        // Inside a shadow root a fragment link would change the host page's URL
                        // and find nothing, so the link moves to its input itself.
                        let onclick = {
                            let node = node.clone();
                            let id = id.clone();
                            move |e: MouseEvent| {
                                e.prevent_default();
                                go_to(&node, &id);
                            }
                        };
                        html! { <li><a href={format!("#{id}")} {onclick}>{ message }</a></li> }
                    }) }
                </ul>
            </div>
        </div>
    }
}
