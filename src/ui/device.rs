//! The few places the view asks the device something: the time, and keeping the screen on.
//! Outside a browser (native tests) the time is 0 and there is no screen to keep on.

/// Milliseconds since 1970 by the browser's clock (`Date.now()`, which a test's fake clock
/// also drives).
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// Whether the page is hidden (another app in front, the phone locked): `document.hidden`.
pub fn page_hidden() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let doc = js_sys::Reflect::get(&js_sys::global(), &"document".into()).ok();
        doc.and_then(|d| js_sys::Reflect::get(&d, &"hidden".into()).ok())
            .and_then(|h| h.as_bool())
            .unwrap_or(false)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// A pending request to keep the screen on (a promise of the wake lock).
pub type ScreenLock = Option<wasm_bindgen::JsValue>;

/// `target[method](arg)`, if `target` has such a method.
#[cfg(target_arch = "wasm32")]
fn call(
    target: &wasm_bindgen::JsValue,
    method: &str,
    arg: &wasm_bindgen::JsValue,
) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let f: js_sys::Function = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    f.call1(target, arg).ok()
}

/// Asks the browser to keep the screen on (Screen Wake Lock API), so it does not go dark
/// while the person stretches. Where the API is missing or refuses (hidden page, battery
/// saver, a host's permissions policy) nothing happens and nothing is logged.
pub fn keep_screen_on() -> ScreenLock {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsValue};
        let nav = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
        let lock = js_sys::Reflect::get(&nav, &"wakeLock".into())
            .ok()
            .filter(JsValue::is_object)?;
        let pending = call(&lock, "request", &"screen".into())?;
        // A refusal settles as `null`: no unhandled rejection in the console.
        call(
            &pending,
            "catch",
            &Closure::once_into_js(|_: JsValue| JsValue::NULL),
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// Lets the screen sleep again (releases the lock once the request has settled).
pub fn let_screen_sleep(lock: ScreenLock) {
    #[cfg(target_arch = "wasm32")]
    if let Some(pending) = lock {
        use wasm_bindgen::{closure::Closure, JsValue};
        let release = Closure::once_into_js(|sentinel: JsValue| {
            if sentinel.is_object() {
                let _ = call(&sentinel, "release", &JsValue::UNDEFINED);
            }
        });
        let _ = call(&pending, "then", &release);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lock;
}
