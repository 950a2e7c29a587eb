//! The element's attributes: the list, the values each allows, and the check.
//!
//! To add an attribute: append its name to [`ATTRIBUTES`] (the order is the order of the
//! arguments `mount`, `reuse` and `update` take in `web/src/lib.rs`, and of `ATTRS` in
//! `web/entry.js`, which a test compares), give [`EmbedConfig`] its field, list its values in
//! [`allowed`] and check it in [`parse`]; the tests here mostly take the attributes by name
//! (`with`), not by place or count.

use super::events::{Heard, EVENT_LEVELS};
use super::values::{Start, Storage, Theme};
use super::CRAMP_NOW;
use crate::content::{self, Bundle, Lang, RegionId};

/// The checked configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedConfig {
    /// A language the widget has (none: the default, English).
    pub lang: Option<Lang>,
    /// A region (none: the generic wording).
    pub region: Option<RegionId>,
    /// Light, dark or the device's.
    pub theme: Theme,
    /// The screen to open on.
    pub start: Start,
    /// What the host page hears (see [`hears`](super::hears)).
    pub events: Heard,
    /// The languages a person may switch between inside the widget, each once, in the
    /// host's order; empty (no switch) unless at least two are known.
    pub languages: Vec<Lang>,
    /// The name the host page gives itself (`send-to`), trimmed and at most
    /// [`MAX_SEND_TO`] characters; empty: no "Send my answers" button.
    pub send_to: String,
    /// Off: nothing is kept on the device and nothing to keep is offered; on: the person
    /// may choose to keep their answers (a day) or a cramp diary.
    pub storage: Storage,
}

/// The longest `send-to` name kept (longer names are cut, with a warning).
pub const MAX_SEND_TO: usize = 60;

/// The values of the `storage` attribute (the default, nothing set, is `on`: the person may
/// choose to keep things on the device; nothing is kept unless they do).
pub const STORAGE: [&str; 2] = ["on", "off"];

/// The values of the `theme` attribute (the default, nothing set, is `auto`).
pub const THEMES: [&str; 3] = ["light", "dark", "auto"];

/// An attribute value that was not understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The attribute.
    pub attribute: &'static str,
    /// The value given.
    pub value: String,
    /// The values it allows.
    pub allowed: Vec<String>,
}

impl Warning {
    /// The console message.
    pub fn message(&self) -> String {
        format!(
            "<night-leg-cramps>: unknown {}=\"{}\"; using the default. Allowed: {}.",
            self.attribute,
            self.value,
            self.allowed.join(", ")
        )
    }
}

/// The attributes the element reads, in the order [`parse`] takes them.
pub const ATTRIBUTES: [&str; 8] = [
    "lang",
    "region",
    "theme",
    "start",
    "events",
    "languages",
    "send-to",
    "storage",
];

/// The attribute values, in the order of [`ATTRIBUTES`].
pub type Attrs<'a> = [&'a str; ATTRIBUTES.len()];

/// The values [`parse`] accepts for an attribute, as its warning lists them (empty for an
/// attribute the element does not read, and for `send-to`, which takes any name up to
/// [`MAX_SEND_TO`] characters). `lang` also accepts a tag whose primary language is
/// listed (`en-AU`), and `region` any case (`UK`).
pub fn allowed(bundle: &Bundle, attribute: &str) -> Vec<String> {
    let owned = |values: &[&str]| values.iter().map(|v| (*v).to_owned()).collect();
    match attribute {
        "lang" | "languages" => content::languages().map(str::to_owned).collect(),
        "region" => bundle
            .regions
            .iter()
            .filter(|r| r.id != "default")
            .map(|r| r.id.to_string())
            .collect(),
        "theme" => owned(&THEMES),
        "start" => {
            let mut starts: Vec<String> = owned(&["questionnaire", CRAMP_NOW]);
            starts.extend(bundle.listed_panels().map(|p| p.id.to_string()));
            starts
        }
        "events" => owned(&EVENT_LEVELS),
        "storage" => owned(&STORAGE),
        _ => Vec::new(),
    }
}

/// Checks the attributes (in the order of [`ATTRIBUTES`]) against the content (`bundle`
/// supplies region and panel ids).
pub fn parse(bundle: &Bundle, attrs: Attrs) -> (EmbedConfig, Vec<Warning>) {
    let [lang, region, theme, start, events, languages, send_to, storage] = attrs;
    let mut warnings = Vec::new();
    let mut check = |attribute: &'static str, value: &str, ok: bool, allowed: Vec<String>| {
        let value = value.trim();
        if value.is_empty() || ok {
            value.to_owned()
        } else {
            warnings.push(Warning {
                attribute,
                value: value.to_owned(),
                allowed,
            });
            String::new()
        }
    };
    let matched = content::match_language(lang);
    if matched.is_none() {
        check("lang", lang, false, allowed(bundle, "lang"));
    }
    let regions = allowed(bundle, "region");
    let known = regions
        .iter()
        .find(|r| r.eq_ignore_ascii_case(region.trim()))
        .and_then(|r| RegionId::from_id(r));
    check(
        "region",
        &region.to_ascii_lowercase(),
        known.is_some(),
        regions,
    );
    let theme = check(
        "theme",
        theme,
        THEMES.contains(&theme.trim()),
        allowed(bundle, "theme"),
    );
    let starts = allowed(bundle, "start");
    let start = check(
        "start",
        start,
        starts.iter().any(|s| s == start.trim()),
        starts,
    );
    let events = check(
        "events",
        events,
        EVENT_LEVELS.contains(&events.trim()),
        allowed(bundle, "events"),
    );
    // Each tag of `languages` as `lang` reads it; the unknown ones in one warning.
    let mut switch: Vec<Lang> = Vec::new();
    let mut unknown: Vec<&str> = Vec::new();
    for tag in languages.split_whitespace() {
        match content::match_language(tag) {
            Some(l) if !switch.contains(&l) => switch.push(l),
            Some(_) => {}
            None => unknown.push(tag),
        }
    }
    check(
        "languages",
        &unknown.join(" "),
        unknown.is_empty(),
        allowed(bundle, "languages"),
    );
    if switch.len() < 2 {
        switch.clear();
    }
    // Any name; one that is too long is cut (and said so).
    let send_to = send_to.trim();
    let fits = send_to.chars().count() <= MAX_SEND_TO;
    check(
        "send-to",
        send_to,
        fits,
        vec![format!("a name of up to {MAX_SEND_TO} characters")],
    );
    let send_to: String = send_to.chars().take(MAX_SEND_TO).collect();
    let storage = check(
        "storage",
        storage,
        STORAGE.contains(&storage.trim()),
        allowed(bundle, "storage"),
    );
    (
        EmbedConfig {
            lang: matched,
            region: known,
            theme: Theme::from_id(&theme).unwrap_or_default(),
            start: Start::from_id(&start),
            events: Heard::from_id(&events),
            languages: switch,
            send_to,
            storage: Storage::from_id(&storage),
        },
        warnings,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::PanelId;

    /// Every attribute empty but `attribute`, set to `value`.
    fn with<'a>(attribute: &str, value: &'a str) -> Attrs<'a> {
        let mut attrs = [""; ATTRIBUTES.len()];
        attrs[ATTRIBUTES.iter().position(|a| *a == attribute).unwrap()] = value;
        attrs
    }

    fn en() -> Bundle {
        content::bundle("en").unwrap()
    }

    #[test]
    fn known_values_pass_and_empty_means_default() {
        let (c, w) = parse(
            &en(),
            [
                "en-AU", "UK", "dark", "relief", "steps", "es EN-gb", " My GP ", "off",
            ],
        );
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(
            c,
            EmbedConfig {
                lang: Some(Lang::En),
                region: Some(RegionId::Uk),
                theme: Theme::Dark,
                start: Start::Panel(PanelId::Relief),
                events: Heard::Steps,
                languages: vec![Lang::Es, Lang::EnGb],
                send_to: "My GP".into(),
                storage: Storage::Off,
            }
        );
        let (c, w) = parse(&en(), [""; ATTRIBUTES.len()]);
        assert!(w.is_empty());
        assert_eq!((c.lang, c.region), (None, None));
        assert_eq!(
            (c.theme, c.start, c.events, c.storage),
            (Theme::Auto, Start::Home, Heard::Nothing, Storage::On)
        );
    }

    #[test]
    fn unknown_values_fall_back_with_one_warning_each() {
        let (c, w) = parse(
            &en(),
            [
                "tlh",
                "mars",
                "neon",
                "nowhere",
                "everything",
                "en tlh",
                &"x".repeat(61),
                "never",
            ],
        );
        assert_eq!(
            c,
            EmbedConfig {
                lang: None,
                region: None,
                theme: Theme::Auto,
                start: Start::Home,
                events: Heard::Nothing,
                languages: Vec::new(),
                send_to: "x".repeat(60),
                storage: Storage::On,
            }
        );
        let attrs: Vec<&str> = w.iter().map(|w| w.attribute).collect();
        assert_eq!(attrs, ATTRIBUTES);
        assert!(
            w[1].message().contains("region=\"mars\"") && w[1].message().contains("us, uk, eu, au")
        );
        assert!(w[3].allowed.contains(&"quinine".to_owned()));
    }

    #[test]
    fn start_opens_the_relief_mode_but_not_its_inner_panels() {
        let (c, w) = parse(&en(), with("start", "cramp-now"));
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.start, Start::CrampNow);
        let (c, w) = parse(&en(), with("start", "relief-calf"));
        assert_eq!((c.start, w.len()), (Start::Home, 1));
        assert!(w[0].allowed.contains(&CRAMP_NOW.to_owned()));
    }

    /// Every value [`allowed`] lists passes [`parse`] without a warning, and an unknown value's
    /// warning lists exactly [`allowed`]: the manifest and the checks cannot disagree.
    #[test]
    fn allowed_is_what_parse_accepts() {
        let b = en();
        for (i, attribute) in ATTRIBUTES.iter().enumerate() {
            if *attribute == "send-to" {
                continue; // any name: see `a_send_to_name_is_any_short_text`
            }
            let values = allowed(&b, attribute);
            assert!(!values.is_empty(), "{attribute}");
            for v in &values {
                let (_, w) = parse(&b, with(attribute, v));
                assert!(w.is_empty(), "{attribute}={v}: {w:?}");
            }
            let mut attrs = ["xx-unknown"; ATTRIBUTES.len()];
            attrs[i] = "zz";
            let (_, w) = parse(&b, attrs);
            let w = w.iter().find(|w| w.attribute == *attribute).unwrap();
            assert_eq!(w.allowed, values, "{attribute}");
        }
        assert!(allowed(&b, "colour").is_empty());
    }

    #[test]
    fn a_send_to_name_is_any_short_text() {
        let b = en();
        assert!(allowed(&b, "send-to").is_empty());
        let (c, w) = parse(&b, with("send-to", "  Clínica \"Sol\" <3  "));
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.send_to, "Clínica \"Sol\" <3");
        let long = "é".repeat(61);
        let (c, w) = parse(&b, with("send-to", &long));
        assert_eq!((c.send_to.chars().count(), w.len()), (60, 1));
    }

    /// Random strings (any bytes read as UTF-8, lossily; attribute-like ASCII; long runs) never
    /// panic the parser, and it always returns a known value or the default for each field.
    #[test]
    fn random_attribute_values_never_panic() {
        let b = en();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet: Vec<char> = "aZ-_ \t\n0é\u{0130}\u{212A}\u{1F600}\u{FEFF}\u{0}UKuk"
            .chars()
            .collect();
        for round in 0..3_000 {
            let mut value = || -> String {
                let len = (next() % 70) as usize;
                match round % 3 {
                    0 => {
                        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
                        String::from_utf8_lossy(&bytes).into_owned()
                    }
                    1 => (0..len)
                        .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                        .collect(),
                    _ => "x".repeat(len * 100),
                }
            };
            let values: [String; ATTRIBUTES.len()] = std::array::from_fn(|_| value());
            let (c, w) = parse(&b, std::array::from_fn(|i| values[i].as_str()));
            // A switch of one language is no switch; each language once.
            assert_ne!(c.languages.len(), 1);
            assert!(c
                .languages
                .iter()
                .enumerate()
                .all(|(i, l)| !c.languages[..i].contains(l)));
            // The generic wording is never asked for by name.
            assert_ne!(c.region, Some(RegionId::Default));
            if let Start::Panel(id) = c.start {
                assert!(b.listed_panels().any(|p| p.id == id.id()), "{id:?}");
            }
            assert!(w.len() <= ATTRIBUTES.len());
            for w in &w {
                let _ = w.message();
            }
        }
    }
}
