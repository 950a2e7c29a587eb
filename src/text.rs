//! Filling the placeholders of content text (`{emergency}`, `{urgent}`, …) for one region.

use crate::content::{Bundle, Region, TextKind};

/// Upper-cases the first letter (for a placeholder at the start of a sentence). Region texts
/// start with an ASCII letter in every locale; ASCII-only keeps Unicode's case tables out of
/// the wasm.
fn capitalise(s: &str) -> String {
    let mut out = s.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The bundle with every content text filled for one region, once, so no page can forget to
/// fill a text (and show a `{placeholder}` to a patient).
pub fn localised(bundle: &Bundle, region: &str) -> Bundle {
    let r = bundle.region(region).clone();
    let mut out = bundle.clone();
    out.for_each_text_mut(&mut |_, kind, t| {
        // Only texts with a placeholder become owned; the rest stay borrowed from the static.
        if kind == TextKind::Content && t.contains('{') {
            *t = fill(t, &r).into();
        }
    });
    out
}

/// Replaces the region placeholders in `text`: `{emergency}`, `{Emergency}`, `{urgent}`,
/// `{Urgent}` and `{quinine}`.
pub fn fill(text: &str, region: &Region) -> String {
    if !text.contains('{') {
        return text.to_owned();
    }
    text.replace("{emergency}", &region.emergency)
        .replace("{Emergency}", &capitalise(&region.emergency))
        .replace("{urgent}", &region.urgent)
        .replace("{Urgent}", &capitalise(&region.urgent))
        .replace("{quinine}", &region.quinine)
}

/// Replaces `{key}` with `value` for each pair (for interface texts such as the version line).
pub fn with(text: &str, pairs: &[(&str, &str)]) -> String {
    pairs.iter().fold(text.to_owned(), |t, (k, v)| {
        t.replace(&format!("{{{k}}}"), v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region() -> Region {
        Region {
            id: "us".into(),
            name: "United States".into(),
            emergency_number: Some("911".into()),
            urgent_number: None,
            emergency: "call 911".into(),
            urgent: "see a doctor today".into(),
            worried: "w".into(),
            quinine: "q".into(),
        }
    }

    #[test]
    fn fills_and_capitalises_placeholders() {
        assert_eq!(
            fill("{Emergency} now, or {urgent}.", &region()),
            "Call 911 now, or see a doctor today."
        );
        assert_eq!(fill("{quinine} x", &region()), "q x");
        assert_eq!(fill("plain", &region()), "plain");
    }

    #[test]
    fn with_replaces_named_values() {
        assert_eq!(
            with("v{version} on {date}", &[("version", "1"), ("date", "d")]),
            "v1 on d"
        );
    }
}
