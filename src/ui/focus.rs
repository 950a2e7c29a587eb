//! Moving focus after the person's own action: to the heading of the screen that action
//! brought (the widget does this, once for every screen), or to the error summary when it
//! appears (the question page does).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Focuses the element behind a node ref, if it is rendered.
pub fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// Focuses the screen's heading: the one `h1` inside the element behind `root`.
pub fn focus_heading(root: &NodeRef) {
    let heading = root
        .cast::<Element>()
        .and_then(|r| r.query_selector("h1").ok().flatten())
        .and_then(|h| h.dyn_into::<HtmlElement>().ok());
    if let Some(h) = heading {
        let _ = h.focus();
    }
}
