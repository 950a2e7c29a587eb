//! The wasm entry of the night leg cramps widget. It only mounts: everything testable lives
//! in the `night-leg-cramps` library. `web/entry.js` (the custom element) calls [`mount`] with
//! a `div` inside the element's shadow root and keeps the [`Handle`].

#![forbid(unsafe_code)]

use night_leg_cramps::embed::{self, HostEvent};
use night_leg_cramps::ui::{load_bundle, Widget, WidgetProps};
use wasm_bindgen::prelude::*;
use yew::{AppHandle, Callback};

/// A mounted widget. `destroy()` removes it completely.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<Widget>>,
    notify: js_sys::Function,
    warned: Vec<String>,
}

impl Handle {
    /// Checks the attributes, warns once per unknown value, and builds the props.
    fn props(&mut self, lang: &str, region: &str, theme: &str, start: &str) -> WidgetProps {
        let (config, warnings) = embed::parse(&load_bundle("en"), lang, region, theme, start);
        for w in warnings {
            let message = w.message();
            if !self.warned.contains(&message) {
                web_sys::console::warn_1(&message.as_str().into());
                self.warned.push(message);
            }
        }
        let notify = self.notify.clone();
        WidgetProps {
            lang: config.lang.into(),
            region: config.region.into(),
            theme: config.theme.into(),
            start: config.start.into(),
            on_event: Some(Callback::from(move |e: HostEvent| {
                let level = e.level.map_or(JsValue::UNDEFINED, JsValue::from_str);
                let _ = notify.call3(&JsValue::NULL, &e.kind.into(), &e.step.into(), &level);
            })),
        }
    }
}

#[wasm_bindgen]
impl Handle {
    /// New attribute values (the widget keeps its answers).
    pub fn update(&mut self, lang: &str, region: &str, theme: &str, start: &str) {
        let props = self.props(lang, region, theme, start);
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    /// Unmounts the widget and frees it.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mounts a widget into `root`. `notify(kind, step, level)` receives the host events.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    lang: &str,
    region: &str,
    theme: &str,
    start: &str,
    notify: js_sys::Function,
) -> Handle {
    let mut handle = Handle {
        app: None,
        notify,
        warned: Vec::new(),
    };
    let props = handle.props(lang, region, theme, start);
    handle.app = Some(yew::Renderer::<Widget>::with_root_and_props(root, props).render());
    handle
}

/// Calls `on_panic()` if the widget ever panics, so the page can show the static fallback
/// instead of a frozen widget.
#[wasm_bindgen]
pub fn set_panic_handler(on_panic: js_sys::Function) {
    yew::set_custom_panic_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("<night-leg-cramps> stopped: {info}").into());
        let _ = on_panic.call0(&JsValue::NULL);
    }));
}
