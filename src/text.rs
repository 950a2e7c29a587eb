//! Filling the placeholders of content text (`{emergency}`, `{urgent}`, …) for one region.

use crate::content::{Bundle, Region, RegionId, TextKind};

/// Upper-cases the letter at byte `at` of `out` (for a placeholder at the start of a
/// sentence). Region texts start with an ASCII letter in every locale; ASCII-only keeps
/// Unicode's case tables out of the wasm.
fn capitalise(out: &mut str, at: usize) {
    if let Some(first) = out.get_mut(at..at + 1) {
        first.make_ascii_uppercase();
    }
}

/// The bundle with every content text filled for one region, once, so no page can forget to
/// fill a text (and show a `{placeholder}` to a patient).
pub fn localised(bundle: &Bundle, region: RegionId) -> Bundle {
    let r = region.of(bundle).clone();
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
    fill_in(text, &mut |key, out| {
        let (value, upper) = match key {
            "emergency" => (&region.emergency, false),
            "Emergency" => (&region.emergency, true),
            "urgent" => (&region.urgent, false),
            "Urgent" => (&region.urgent, true),
            "quinine" => (&region.quinine, false),
            _ => return false,
        };
        let at = out.len();
        out.push_str(value);
        if upper {
            capitalise(out, at);
        }
        true
    })
}

/// Replaces `{key}` with `value` for each pair (for interface texts such as the version line).
pub fn with(text: &str, pairs: &[(&str, &str)]) -> String {
    fill_in(
        text,
        &mut |key, out| match pairs.iter().find(|(k, _)| *k == key) {
            Some((_, v)) => {
                out.push_str(v);
                true
            }
            None => false,
        },
    )
}

/// Copies `text`, handing each `{key}` to `value`, which pushes its value and says `true`, or
/// says `false` to keep the braces as written. One scan for every kind of placeholder: no
/// substring search in the wasm (`str::replace` brings one).
fn fill_in(text: &str, value: &mut dyn FnMut(&str, &mut String) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if value(&after[..close], &mut out) => rest = &after[close + 1..],
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
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
        assert_eq!(
            fill("{Urgent}; {x} {", &region()),
            "See a doctor today; {x} {"
        );
    }

    #[test]
    fn with_replaces_named_values() {
        assert_eq!(
            with("v{version} on {date}", &[("version", "1"), ("date", "d")]),
            "v1 on d"
        );
    }
}
