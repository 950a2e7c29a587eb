//! The Custom Elements Manifest (`custom-elements.json`, schema 2.1) of `<night-leg-cramps>`
//! (feature `review`): what editors, linters and the TypeScript declarations of the npm
//! package know about the element. Generated from the same places the element itself uses:
//! the attributes and their allowed values from [`embed`](crate::embed) and the content, the
//! events from [`embed::EVENTS`](crate::embed::EVENTS), the step ids from the content, and the
//! public custom properties from [`CSS_PROPERTIES`] (a test checks `styles/01-tokens.css`
//! declares exactly these, with these defaults).

use serde_json::{json, Value};

use crate::content::{self, Bundle, CareLevel};
use crate::embed::{self, ATTRIBUTES, CRAMP_NOW, EVENTS};

/// The element's tag name.
pub const TAG: &str = "night-leg-cramps";

/// The public custom properties (the theming API): name, CSS syntax, default, what it sets.
/// `styles/01-tokens.css` declares exactly these on `:host`, in this order (tested).
pub const CSS_PROPERTIES: [(&str, &str, &str, &str); 7] = [
    ("--nlc-brand", "<color>", "#005eb8", "Buttons, links, focus of choices."),
    (
        "--nlc-brand-contrast",
        "<color>",
        "#ffffff",
        "Text on brand-coloured buttons.",
    ),
    (
        "--nlc-font",
        "*",
        "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif",
        "Font family (default: the system UI font).",
    ),
    (
        "--nlc-font-size",
        "<length-percentage>",
        "1.125em",
        "Base size, relative to the person's default text size: use em or % (a px value ignores the person's setting).",
    ),
    ("--nlc-radius", "<length>", "6px", "Corner radius."),
    ("--nlc-space", "<length>", "0.9em", "Padding around the widget."),
    ("--nlc-max-width", "<length>", "40em", "Width of the text column."),
];

/// A TypeScript union of string literals.
fn union<S: AsRef<str>>(values: impl IntoIterator<Item = S>) -> String {
    values
        .into_iter()
        .map(|v| format!("\"{}\"", v.as_ref()))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The TypeScript type of an attribute: the values [`embed::allowed`] lists (and, for `lang`,
/// a tag with a subtag of a listed language: `en-GB`).
pub fn attribute_type(b: &Bundle, attribute: &str) -> String {
    if attribute == "languages" || attribute == "send-to" {
        // A space-separated list of `lang` values; any name.
        return "string".to_owned();
    }
    let values = embed::allowed(b, attribute);
    let mut t = union(&values);
    if attribute == "lang" {
        for l in values.iter().filter(|l| !l.contains('-')) {
            t.push_str(&format!(" | `{l}-${{string}}`"));
        }
    }
    t
}

/// Every step id a host can receive in `detail.step` (see `ui::shown::Shown::step_id`): the start screen,
/// each page of questions, check your answers, each outcome, each panel, the relief mode.
pub fn step_ids(b: &Bundle) -> Vec<String> {
    let mut steps = vec!["start".to_owned()];
    steps.extend(b.pages.iter().map(|p| format!("question:{}", p.id)));
    steps.push("check-answers".to_owned());
    steps.extend(levels().map(|l| format!("outcome:{l}")));
    steps.extend(b.panels.iter().map(|p| format!("panel:{}", p.id)));
    steps.push(CRAMP_NOW.to_owned());
    steps.push(format!("{CRAMP_NOW}:eased"));
    steps.extend(["diary", "diary:form", "diary:delete"].map(String::from));
    steps
}

/// The care levels, most urgent first (the `level` of `nlc-outcome`).
fn levels() -> impl Iterator<Item = &'static str> {
    CareLevel::ALL.into_iter().rev().map(CareLevel::id)
}

fn attribute(b: &Bundle, name: &str) -> Value {
    let (default, description) = match name {
        "lang" => (
            Some("en"),
            "The language: a language tag (`en`, `en-GB`, …); the widget speaks the closest one it has.",
        ),
        "region" => (
            None,
            "Which emergency and urgent numbers to name: `us` (911), `uk` (999, NHS 111), `eu` (112), `au` (000). Not set: generic wording (\"your local emergency number\").",
        ),
        "theme" => (
            Some("auto"),
            "`light`, `dark`, or `auto` (follows the device).",
        ),
        "start" => (
            None,
            "Where the guide opens: `questionnaire`, `cramp-now` (the relief mode for a cramp happening now), or an information panel. Not set: the start screen. Changing it later moves the widget there.",
        ),
        "languages" => (
            None,
            "Languages a person may switch between inside the widget, space-separated (`en es`): a row of buttons, each language named in itself; switching keeps the answers and the screen. Not set, or one language: no switch.",
        ),
        "events" => (
            Some("none"),
            "What the host page hears: `none`, `outcome` (`nlc-started`, `nlc-outcome`, `nlc-restarted`), `steps` (those and every `nlc-step`). The order of steps can reveal answers: ask for `steps` only with the person's consent to analytics of that detail.",
        ),
        "send-to" => (
            None,
            "The name the host page gives itself (up to 60 characters; longer is cut, with a console warning). When set, the result after the questionnaire offers \"Send my answers to <name>\"; pressing it, and only that, sends `nlc-answers` with the answers as a FHIR QuestionnaireResponse. Not set: no such button.",
        ),
        "storage" => (
            Some("on"),
            "`on`: the person may choose to keep their answers on the device for 24 hours and to keep a cramp diary there (the browser's local storage; nothing is kept unless they choose it). `off`: nothing is read from or written to the device's storage, and neither is offered.",
        ),
        _ => (None, ""),
    };
    let rest = match name {
        "send-to" => "",
        _ => " Any other value falls back to the default with one console warning naming the values allowed.",
    };
    let mut a = json!({
        "name": name,
        "type": { "text": attribute_type(b, name) },
        "description": format!("{description}{rest}"),
    });
    if let Some(d) = default {
        a["default"] = json!(d);
    }
    a
}

fn event(b: &Bundle, kind: &str) -> Value {
    let step = union(step_ids(b));
    let (detail, description) = match kind {
        "ready" => (
            "null".to_owned(),
            "The first screen has rendered (the element's fallback content is then hidden). Always sent.",
        ),
        "started" => (
            format!("{{ step: {step} }}"),
            "Start was pressed (`events=\"outcome\"` or `\"steps\"`).",
        ),
        "step" => (
            format!("{{ step: {step} }}"),
            "A new screen is shown (`events=\"steps\"`).",
        ),
        "outcome" => (
            format!(
                "{{ step: {}; level: {} }}",
                union(levels().map(|l| format!("outcome:{l}"))),
                union(levels())
            ),
            "A result is shown, with its care level (`events=\"outcome\"` or `\"steps\"`).",
        ),
        "restarted" => (
            format!("{{ step: {step} }}"),
            "Start again was pressed (`events=\"outcome\"` or `\"steps\"`).",
        ),
        "answers" => (
            "{ questionnaireResponse: Record<string, unknown> }".to_owned(),
            "The person pressed \"Send my answers to <name>\" (`send-to` set): their answers as a FHIR R4 QuestionnaireResponse (JSON object) answering `urn:night-leg-cramps:questionnaire`. Sent only on that press, whatever `events` says.",
        ),
        _ => ("unknown".to_owned(), ""),
    };
    let carries = match kind {
        "answers" => "carries the answers the person chose to send",
        _ => "carries ids and the care level only, never free text",
    };
    json!({
        "name": format!("nlc-{kind}"),
        "type": { "text": format!("CustomEvent<{detail}>") },
        "description": format!("{description} Bubbles and crosses the shadow boundary; {carries}."),
    })
}

/// The manifest, for the bundle's content (`version`: the package version).
pub fn custom_elements(b: &Bundle, version: &str) -> Value {
    let module = format!("{TAG}.js");
    json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": module,
            "summary": "Defines <night-leg-cramps> when loaded (a classic script or a side-effect import).",
            "declarations": [{
                "kind": "class",
                "name": "NightLegCramps",
                "tagName": TAG,
                "customElement": true,
                "summary": "A night leg cramps triage guide for patients: red flags first, then how soon to get care, why, what to do now and what to watch for.",
                "description": "Renders in an open shadow root. Runs entirely in the browser (WebAssembly): no network request, no cookie, no storage. Where it cannot run it shows static advice with the emergency number. Languages: ".to_owned()
                    + &content::languages().collect::<Vec<_>>().join(", ") + ".",
                "superclass": { "name": "HTMLElement", "package": "global:" },
                "attributes": ATTRIBUTES.iter().map(|a| attribute(b, a)).collect::<Vec<_>>(),
                "events": EVENTS.iter().map(|k| event(b, k)).collect::<Vec<_>>(),
                "slots": [{
                    "name": "",
                    "description": "Fallback content: shown until the guide has rendered its first screen, and again below the static advice if it cannot run. Keep an \"if you are worried\" sentence with your emergency number there.",
                }],
                "cssProperties": CSS_PROPERTIES.iter().map(|(name, syntax, default, description)| json!({
                    "name": name, "syntax": syntax, "default": default, "description": description,
                })).collect::<Vec<_>>(),
                "cssParts": [],
                "members": [
                    {
                        "kind": "field", "name": "version", "static": true, "readonly": true,
                        "type": { "text": "string" }, "default": format!("\"{version}\""),
                        "description": "The version of the file that defined the element (the first one loaded wins).",
                    },
                    {
                        "kind": "method", "name": "liveCount", "static": true,
                        "return": { "type": { "text": "number" } },
                        "description": "How many widgets are mounted now (for hosts that check clean-up).",
                    },
                    {
                        "kind": "method", "name": "wasmMemoryBytes", "static": true,
                        "return": { "type": { "text": "number" } },
                        "description": "Bytes of WebAssembly linear memory, shared by every widget on the page.",
                    },
                ],
            }],
            "exports": [{
                "kind": "custom-element-definition",
                "name": TAG,
                "declaration": { "name": "NightLegCramps", "module": module },
            }],
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Bundle {
        content::bundle("en").unwrap()
    }

    /// `styles/01-tokens.css` declares on `:host` exactly [`CSS_PROPERTIES`], in order, with
    /// these defaults; the README's theming table lists each.
    #[test]
    fn css_properties_are_the_ones_the_stylesheet_declares() {
        let css = include_str!("../styles/01-tokens.css");
        let host = css
            .split(":host {")
            .nth(1)
            .unwrap()
            .split('}')
            .next()
            .unwrap();
        let declared: Vec<(&str, &str)> = host
            .split(';')
            .filter_map(|d| d.trim().split_once(':'))
            .filter(|(n, _)| n.starts_with("--"))
            .map(|(n, v)| (n.trim(), v.trim()))
            .collect();
        let listed: Vec<(&str, &str)> = CSS_PROPERTIES.iter().map(|p| (p.0, p.2)).collect();
        assert_eq!(declared, listed);
        let readme = include_str!("../README.md");
        for (name, ..) in CSS_PROPERTIES {
            assert!(readme.contains(&format!("| `{name}` |")), "README: {name}");
        }
    }

    #[test]
    fn attributes_and_events_come_from_embed() {
        let m = custom_elements(&en(), "0.0.0");
        let d = &m["modules"][0]["declarations"][0];
        let names = |key: &str| -> Vec<String> {
            d[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x["name"].as_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(names("attributes"), ATTRIBUTES);
        assert_eq!(names("events"), EVENTS.map(|k| format!("nlc-{k}")));
        assert_eq!(
            d["attributes"][2]["type"]["text"],
            "\"light\" | \"dark\" | \"auto\""
        );
        assert_eq!(
            d["attributes"][0]["type"]["text"],
            "\"en\" | \"en-GB\" | \"es\" | `en-${string}` | `es-${string}`"
        );
        assert!(d["attributes"][3]["type"]["text"]
            .as_str()
            .unwrap()
            .contains("\"cramp-now\" | \"overview\""));
        assert_eq!(
            d["events"][3]["type"]["text"],
            "CustomEvent<{ step: \"outcome:emergency\" | \"outcome:urgent\" | \"outcome:routine\" | \"outcome:self-care\"; level: \"emergency\" | \"urgent\" | \"routine\" | \"self-care\" }>"
        );
    }
}
