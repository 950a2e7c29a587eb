//! The wasm entry of the night leg cramps widget. It only mounts: everything testable lives
//! in the `night-leg-cramps` library. `web/entry.js` (the custom element) calls [`mount`] with
//! a `div` inside the element's shadow root and keeps the [`Handle`].
//!
//! A handle outlives the element it was made for: when an element is really removed, the
//! element parks its handle ([`Handle::park`]: the widget and its state are dropped, the empty
//! Yew app stays) and the next element reuses it ([`Handle::reuse`]). Yew 0.23 never releases
//! the event listeners of an app's root element (it `forget`s their closures, which hold the
//! root), so destroying an app per removal would leak a DOM node, its listeners and about a
//! kilobyte of wasm memory every time; reusing apps keeps the page's memory flat.

#![forbid(unsafe_code)]

use night_leg_cramps::content::{self, Lang};
use night_leg_cramps::embed::{self, HostEvent};
use night_leg_cramps::ui::{Widget, WidgetProps};
use wasm_bindgen::prelude::*;
use yew::{function_component, html, use_effect_with, AppHandle, Callback, Html, Properties};

#[wasm_bindgen]
extern "C" {
    // The host page owns `console`: it may have replaced it with something that throws. A
    // throw must never unwind through the widget (it would leave the handle borrowed for
    // good), so every console call goes through `catch`.
    #[wasm_bindgen(catch, js_namespace = console, js_name = warn)]
    fn console_warn(message: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = console, js_name = error)]
    fn console_error(message: &str) -> Result<(), JsValue>;
}

/// The allocator: small, single-threaded in practice (the lock is never contended).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

/// Longest attribute value quoted in a warning (a host may set megabytes by mistake).
const MAX_QUOTED: usize = 60;

/// The attribute values, in the order of [`embed::ATTRIBUTES`].
use embed::Attrs;

/// What the app root shows: the widget (keyed by `generation`, so a reused app starts a
/// fresh widget) or, parked, nothing.
#[derive(Properties, PartialEq, Clone)]
struct RootProps {
    widget: Option<WidgetProps>,
    generation: u32,
    /// Called once the widget of a generation has rendered for the first time.
    on_rendered: Callback<()>,
}

#[function_component(Root)]
fn root(props: &RootProps) -> Html {
    {
        let on_rendered = props.on_rendered.clone();
        let parked = props.widget.is_none();
        // Effects run after the whole tree has rendered (children first).
        use_effect_with(props.generation, move |_| {
            if !parked {
                on_rendered.emit(());
            }
        });
    }
    match &props.widget {
        Some(w) => html! { <Widget key={props.generation} ..w.clone() /> },
        None => html! {},
    }
}

/// A mounted widget. `park()` frees the widget; `reuse(…)` starts a new one in the same app.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<Root>>,
    /// `notify(kind, step, level, title, heard)`; `None` while parked, so a parked handle keeps no
    /// reference to the element it served.
    notify: Option<js_sys::Function>,
    generation: u32,
    /// The last value warned about, per attribute (bounded: one short string each).
    warned: [String; embed::ATTRIBUTES.len()],
}

impl Handle {
    /// Checks the attributes, warns once per new unknown value, and builds the props.
    fn props(&mut self, attrs: Attrs) -> RootProps {
        let (config, warnings) = embed::parse(content::structure(), attrs);
        for w in warnings {
            let slot = embed::ATTRIBUTES
                .iter()
                .position(|a| *a == w.attribute)
                .unwrap_or(0);
            let value: String = w.value.chars().take(MAX_QUOTED).collect();
            if self.warned[slot] != value {
                let shown = embed::Warning {
                    value: value.clone(),
                    ..w
                };
                let _ = console_warn(&shown.message());
                self.warned[slot] = value;
            }
        }
        let notify = self.notify.clone();
        let on_event = notify.clone().map(|notify| {
            let events = config.events;
            let lang = config.lang.unwrap_or(Lang::En);
            Callback::from(move |e: HostEvent| {
                // The title is for the fallback, which keeps the last level shown; the host
                // hears only what its `events` attribute asked for.
                let heard = embed::hears(events, e.kind);
                let (level, title) = match e.level {
                    Some(level) => {
                        // In the language the fallback will speak (the `lang` attribute's).
                        let title = &lang.bundle().outcome(level).title;
                        (JsValue::from_str(level.id()), JsValue::from_str(title))
                    }
                    None => (JsValue::UNDEFINED, JsValue::UNDEFINED),
                };
                let args = js_sys::Array::of5(
                    &e.kind.id().into(),
                    &e.step.into(),
                    &level,
                    &title,
                    &heard.into(),
                );
                let _ = notify.apply(&JsValue::NULL, &args);
            })
        });
        let on_rendered = match notify {
            Some(notify) => Callback::from(move |()| {
                let _ = notify.call1(&JsValue::NULL, &"rendered".into());
            }),
            None => Callback::noop(),
        };
        RootProps {
            widget: Some(WidgetProps {
                lang: config.lang,
                region: config.region,
                theme: config.theme,
                start: config.start,
                languages: config.languages.into(),
                send_to: config.send_to.into(),
                storage: config.storage,
                on_event,
            }),
            generation: self.generation,
            on_rendered,
        }
    }
}

#[wasm_bindgen]
impl Handle {
    /// New attribute values (the widget keeps its answers).
    #[allow(clippy::too_many_arguments)]
    pub fn update(
        &mut self,
        lang: &str,
        region: &str,
        theme: &str,
        start: &str,
        events: &str,
        languages: &str,
        send_to: &str,
        storage: &str,
    ) {
        if self.notify.is_none() {
            return; // parked
        }
        let props = self.props([
            lang, region, theme, start, events, languages, send_to, storage,
        ]);
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    /// Drops the widget and everything it holds, including `notify`; the empty app stays for
    /// [`Handle::reuse`].
    pub fn park(&mut self) {
        self.notify = None;
        self.warned = Default::default();
        if let Some(app) = self.app.as_mut() {
            app.update(RootProps {
                widget: None,
                generation: self.generation,
                on_rendered: Callback::noop(),
            });
        }
    }

    /// Starts a new widget (fresh state) in a parked app, which the caller has moved into the
    /// new element's shadow root.
    // One string per attribute at the wasm boundary (no array conversion glue).
    #[allow(clippy::too_many_arguments)]
    pub fn reuse(
        &mut self,
        lang: &str,
        region: &str,
        theme: &str,
        start: &str,
        events: &str,
        languages: &str,
        send_to: &str,
        storage: &str,
        notify: js_sys::Function,
    ) {
        self.notify = Some(notify);
        self.generation = self.generation.wrapping_add(1);
        self.update(
            lang, region, theme, start, events, languages, send_to, storage,
        );
    }

    /// Unmounts the app and frees it (see the crate docs for what Yew keeps).
    pub fn destroy(&mut self) {
        self.notify = None;
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mounts a widget into `root`. `notify(kind, step, level, title, heard)` receives every host
/// event (`heard`: whether the `events` attribute lets the host page have it),
/// and `notify("rendered")` once the first render is complete.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)]
pub fn mount(
    root: web_sys::Element,
    lang: &str,
    region: &str,
    theme: &str,
    start: &str,
    events: &str,
    languages: &str,
    send_to: &str,
    storage: &str,
    notify: js_sys::Function,
) -> Handle {
    let mut handle = Handle {
        app: None,
        notify: Some(notify),
        generation: 0,
        warned: Default::default(),
    };
    let props = handle.props([
        lang, region, theme, start, events, languages, send_to, storage,
    ]);
    handle.app = Some(yew::Renderer::<Root>::with_root_and_props(root, props).render());
    handle
}

/// Calls `on_panic()` if the widget ever panics, so the page can show the static fallback
/// instead of a frozen widget.
#[wasm_bindgen]
pub fn set_panic_handler(on_panic: js_sys::Function) {
    yew::set_custom_panic_hook(Box::new(move |info| {
        let _ = console_error(&format!("<night-leg-cramps> stopped: {info}"));
        let _ = on_panic.call0(&JsValue::NULL);
    }));
}
