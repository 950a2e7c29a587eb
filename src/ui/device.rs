//! The few places the view asks the device something: the time, dates in the person's
//! language, and keeping the screen on.
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

/// A content date (`2026-11-27`) written in full the way the language writes it ("November
/// 27, 2026", "27 November 2026", "27 de noviembre de 2026"), by the browser's `Intl`. The ISO
/// date itself outside a browser, or if the browser cannot read it.
pub fn long_date(iso: &str, lang: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        // Noon, so no time zone moves the day.
        let date = js_sys::Date::new(&format!("{iso}T12:00:00").into());
        if date.get_time().is_nan() {
            return iso.to_owned();
        }
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
        date.to_locale_date_string(lang, &options).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        iso.to_owned()
    }
}

/// Now, as the person's browser writes a date and time in their language (for the summary
/// a clinician reads). Empty outside a browser.
pub fn now_in_words(lang: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::new_0()
            .to_locale_string(lang, &wasm_bindgen::JsValue::UNDEFINED)
            .into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        String::new()
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

/// Now as an ISO 8601 date-time in UTC (`Date.toISOString()`), for the `authored` of the
/// answers file. The Unix epoch outside a browser.
pub fn now_iso() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::new_0().to_iso_string().into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "1970-01-01T00:00:00Z".to_owned()
    }
}

/// Offers `text` as a file named `name` to save (a Blob behind a temporary `<a download>`;
/// its object URL is revoked a moment later). Nothing is sent anywhere. Does nothing outside
/// a browser.
pub fn save_file(name: &str, mime: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let save = || -> Option<()> {
            let doc = web_sys::window()?.document()?;
            let opts = web_sys::BlobPropertyBag::new();
            opts.set_type(mime);
            let parts = js_sys::Array::of1(&text.into());
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
            let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
            let a = doc.create_element("a").ok()?;
            let _ = a.set_attribute("href", &url);
            let _ = a.set_attribute("download", name);
            let body = doc.body()?;
            let _ = body.append_with_node_1(&a);
            if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
                a.click();
            }
            a.remove();
            gloo_timers::callback::Timeout::new(1_000, move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            })
            .forget();
            Some(())
        };
        let _ = save();
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, mime, text);
    }
}

/// A moment (ms since 1970) as the person's browser writes it in their language: the date
/// alone (`date_only`, short: "Nov 27") or a medium date with the time ("Nov 27, 2026, 3:05
/// AM"). The number itself outside a browser.
pub fn moment(ms: f64, lang: &str, date_only: bool) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let date = js_sys::Date::new(&ms.into());
        let options = js_sys::Object::new();
        let set = |k: &str, v: &str| {
            let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
        };
        if date_only {
            set("month", "short");
            set("day", "numeric");
        } else {
            set("dateStyle", "medium");
            set("timeStyle", "short");
        }
        date.to_locale_string(lang, &options).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (lang, date_only);
        format!("{ms}")
    }
}

/// A moment as the value of a `datetime-local` input, in the device's time zone
/// (`2026-11-27T03:05`).
pub fn local_input(ms: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new(&ms.into());
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            d.get_full_year(),
            d.get_month() + 1,
            d.get_date(),
            d.get_hours(),
            d.get_minutes()
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ms;
        String::new()
    }
}

/// The moment a `datetime-local` value names, in the device's time zone; `None` if it names
/// none.
pub fn from_local_input(value: &str) -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        // Only the input's own form: `Date` would read other texts in other ways.
        let ok = value.len() == 16
            && value.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                10 => b == b'T',
                13 => b == b':',
                _ => b.is_ascii_digit(),
            });
        let t = js_sys::Date::new(&value.into()).get_time();
        (ok && t.is_finite()).then_some(t)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = value;
        None
    }
}
