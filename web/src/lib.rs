//! The wasm entry of the night leg cramps widget. It only mounts: everything testable lives
//! in the `night-leg-cramps` library. `web/entry.js` (the custom element) calls [`mount`] with
//! a `div` inside the element's shadow root and keeps the [`Handle`].

#![forbid(unsafe_code)]

use night_leg_cramps::ui::{Widget, WidgetProps};
use wasm_bindgen::prelude::*;
use yew::AppHandle;

/// A mounted widget. `destroy()` removes it completely.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<Widget>>,
}

fn props(lang: String, region: String, theme: String, start: String) -> WidgetProps {
    WidgetProps {
        lang: lang.into(),
        region: region.into(),
        theme: theme.into(),
        start: start.into(),
    }
}

#[wasm_bindgen]
impl Handle {
    /// New attribute values (the widget keeps its answers).
    pub fn update(&mut self, lang: String, region: String, theme: String, start: String) {
        if let Some(app) = self.app.as_mut() {
            app.update(props(lang, region, theme, start));
        }
    }

    /// Unmounts the widget and frees it.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mounts a widget into `root`.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    lang: String,
    region: String,
    theme: String,
    start: String,
) -> Handle {
    let app = yew::Renderer::<Widget>::with_root_and_props(root, props(lang, region, theme, start))
        .render();
    Handle { app: Some(app) }
}
