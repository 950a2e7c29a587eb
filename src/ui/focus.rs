//! Moving focus after the person's own action: to the heading of the screen that action
//! brought, or to the message or error summary it brought (the widget does this), or to the
//! question page's error summary when it appears (the question page does).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Focuses the element behind a node ref, if it is rendered.
pub fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// Focuses the first element inside the one behind `root` that matches `selector` (a
/// message, the error summary, else the screen's `h1`).
pub fn focus_first(root: &NodeRef, selector: &str) {
    let heading = root
        .cast::<Element>()
        .and_then(|r| r.query_selector(selector).ok().flatten())
        .and_then(|h| h.dyn_into::<HtmlElement>().ok());
    if let Some(h) = heading {
        let _ = h.focus();
    }
}
