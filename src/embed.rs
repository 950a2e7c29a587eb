//! The host contract: the element's attributes, checked against what the content offers.
//!
//! Pure: the web crate reads the attributes and prints the warnings; this decides. An
//! unknown value falls back to the default, with one warning naming the attribute and the
//! values it allows.

use crate::content::{self, Bundle};

/// The `start` value that opens the relief mode for a cramp happening now.
pub const CRAMP_NOW: &str = "cramp-now";

/// The checked configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedConfig {
    /// A language the widget has (empty: the default, English).
    pub lang: String,
    /// A region id (empty: the generic wording).
    pub region: String,
    /// `light`, `dark` or `auto`.
    pub theme: String,
    /// `questionnaire`, `cramp-now`, a listed panel id, or empty for the start screen.
    pub start: String,
    /// What the host page hears: `outcome`, `steps`, or empty for nothing (see [`hears`]).
    pub events: String,
}

/// The values of the `events` attribute, least revealing first. The default (none) is the
/// private one: the order of `nlc-step` events gives red-flag answers away (a question
/// followed at once by an emergency outcome means "yes"), so a host asks for them.
pub const EVENT_LEVELS: [&str; 3] = ["none", "outcome", "steps"];

/// Whether a host that set `events` hears an event of this kind: `none` (or nothing set)
/// hears none; `outcome` hears `started`, `outcome` (the care level) and `restarted`;
/// `steps` hears those and every `step` too. `nlc-ready` is not an answer and always fires.
pub fn hears(events: &str, kind: &str) -> bool {
    match events {
        "steps" => true,
        "outcome" => kind != "step",
        _ => false,
    }
}

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
pub const ATTRIBUTES: [&str; 5] = ["lang", "region", "theme", "start", "events"];

/// Checks the attributes against the content (`bundle` supplies region and panel ids).
pub fn parse(
    bundle: &Bundle,
    lang: &str,
    region: &str,
    theme: &str,
    start: &str,
    events: &str,
) -> (EmbedConfig, Vec<Warning>) {
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
    let langs: Vec<String> = content::languages().map(str::to_owned).collect();
    let lang = match content::match_language(lang) {
        Some(l) => check("lang", l, true, vec![]),
        None => check("lang", lang, false, langs),
    };
    let regions: Vec<String> = bundle
        .regions
        .iter()
        .filter(|r| r.id != "default")
        .map(|r| r.id.to_string())
        .collect();
    let region_ok = regions
        .iter()
        .any(|r| r.eq_ignore_ascii_case(region.trim()));
    let region = check("region", &region.to_ascii_lowercase(), region_ok, regions);
    let themes = ["light", "dark", "auto"].map(str::to_owned).to_vec();
    let theme = check(
        "theme",
        theme,
        themes.iter().any(|t| t == theme.trim()),
        themes,
    );
    let mut starts = vec!["questionnaire".to_owned(), CRAMP_NOW.to_owned()];
    starts.extend(bundle.listed_panels().map(|p| p.id.to_string()));
    let start = check(
        "start",
        start,
        starts.iter().any(|s| s == start.trim()),
        starts,
    );
    let levels = EVENT_LEVELS.map(str::to_owned).to_vec();
    let events = check(
        "events",
        events,
        EVENT_LEVELS.contains(&events.trim()),
        levels,
    );
    (
        EmbedConfig {
            lang,
            region,
            theme,
            start,
            events,
        },
        warnings,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Bundle {
        content::bundle("en").unwrap()
    }

    #[test]
    fn known_values_pass_and_empty_means_default() {
        let (c, w) = parse(&en(), "en-GB", "UK", "dark", "relief", "steps");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(
            c,
            EmbedConfig {
                lang: "en".into(),
                region: "uk".into(),
                theme: "dark".into(),
                start: "relief".into(),
                events: "steps".into()
            }
        );
        let (c, w) = parse(&en(), "", "", "", "", "");
        assert!(w.is_empty());
        assert_eq!(c.region, "");
    }

    #[test]
    fn unknown_values_fall_back_with_one_warning_each() {
        let (c, w) = parse(&en(), "tlh", "mars", "neon", "nowhere", "everything");
        assert_eq!(
            c,
            EmbedConfig {
                lang: String::new(),
                region: String::new(),
                theme: String::new(),
                start: String::new(),
                events: String::new()
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
    fn the_host_hears_only_what_it_asked_for() {
        for kind in ["started", "step", "outcome", "restarted"] {
            assert!(!hears("", kind) && !hears("none", kind), "{kind}");
            assert!(hears("steps", kind), "{kind}");
            assert_eq!(hears("outcome", kind), kind != "step", "{kind}");
        }
    }

    #[test]
    fn start_opens_the_relief_mode_but_not_its_inner_panels() {
        let (c, w) = parse(&en(), "", "", "", "cramp-now", "");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.start, CRAMP_NOW);
        let (c, w) = parse(&en(), "", "", "", "relief-calf", "");
        assert_eq!((c.start.as_str(), w.len()), ("", 1));
        assert!(w[0].allowed.contains(&CRAMP_NOW.to_owned()));
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
            let (lang, region, theme, start, events) =
                (value(), value(), value(), value(), value());
            let (c, w) = parse(&b, &lang, &region, &theme, &start, &events);
            assert!(c.events.is_empty() || EVENT_LEVELS.contains(&c.events.as_str()));
            assert!(c.theme.is_empty() || ["light", "dark", "auto"].contains(&c.theme.as_str()));
            assert!(c.region.is_empty() || b.regions.iter().any(|r| r.id == c.region));
            assert!(w.len() <= ATTRIBUTES.len());
            for w in &w {
                let _ = w.message();
            }
        }
    }
}

/// What the widget tells the host page (as DOM events `nlc-<kind>`). Ids and levels only:
/// never free text, and nothing a person chose beyond the care level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostEvent {
    /// `started`, `step`, `outcome` or `restarted`.
    pub kind: &'static str,
    /// The step id: `start`, `question:<id>`, `check-answers`, `outcome:<level>`, `panel:<id>`.
    pub step: String,
    /// The care level, on `outcome`.
    pub level: Option<&'static str>,
}
