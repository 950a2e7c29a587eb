//! Moving focus to a page's heading when the page appears after a navigation.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Focuses `node` (once, when it mounts) if `enabled`.
#[hook]
pub fn use_focus_on_mount(node: NodeRef, enabled: bool) {
    use_effect_with((), move |_| {
        if enabled {
            focus(&node);
        }
    });
}

/// Focuses the element behind a node ref, if it is rendered.
pub fn focus(node: &NodeRef) {
    if let Some(el) = node.get().and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
