//! The person's answers as a FHIR R4 `QuestionnaireResponse`, for the person to save or hand to
//! their doctor's system. It answers the `Questionnaire` of the `review fhir` export
//! (`urn:night-leg-cramps:questionnaire`, this content version): one item per answered
//! question, in asking order, each answer the choice's coding
//! (`urn:night-leg-cramps:choice`). Skipped optional questions are left out.
//!
//! Pure and written by hand (no JSON library in the wasm). Nothing here sends anything: the
//! view offers the file, or hands it to the host page, only when the person presses a button.

use crate::content::Bundle;
use crate::triage::Given;

/// The coding system of the answers (the choice ids).
pub const CHOICE_SYSTEM: &str = "urn:night-leg-cramps:choice";

/// The canonical URL of the questionnaire answered.
pub const QUESTIONNAIRE: &str = "urn:night-leg-cramps:questionnaire";

/// The file name the outcome page offers.
pub const FILE_NAME: &str = "night-leg-cramps-answers.json";

/// Appends `s` as a JSON string (quotes, backslashes and control characters escaped).
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `"key":"value"`.
fn field(out: &mut String, key: &str, value: &str) {
    string(out, key);
    out.push(':');
    string(out, value);
}

/// The answers `given` (in asking order, as [`Session::given`](crate::triage::Session::given)
/// returns them) as a FHIR R4 `QuestionnaireResponse` in JSON, in `b`'s language.
/// `authored` is the ISO 8601 date-time the caller gives (the device's clock).
pub fn questionnaire_response(b: &Bundle, given: &[Given<'_>], authored: &str) -> String {
    let mut out = String::with_capacity(256 + given.len() * 200);
    out.push('{');
    field(&mut out, "resourceType", "QuestionnaireResponse");
    out.push(',');
    field(
        &mut out,
        "questionnaire",
        &format!("{QUESTIONNAIRE}|{}", b.version),
    );
    out.push(',');
    field(&mut out, "status", "completed");
    out.push(',');
    field(&mut out, "authored", authored);
    out.push(',');
    field(&mut out, "language", &b.lang);
    out.push_str(",\"item\":[");
    let mut first = true;
    for (q, chosen) in given.iter().filter(|(_, a)| !a.is_empty()) {
        if !first {
            out.push(',');
        }
        first = false;
        out.push('{');
        field(&mut out, "linkId", &q.id);
        out.push(',');
        field(&mut out, "text", &q.title);
        out.push_str(",\"answer\":[");
        let choices = q
            .choices
            .iter()
            .filter(|c| chosen.iter().any(|x| *x == c.id));
        for (i, c) in choices.enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"valueCoding\":{");
            field(&mut out, "system", CHOICE_SYSTEM);
            out.push(',');
            field(&mut out, "code", &c.id);
            out.push(',');
            field(&mut out, "display", &c.label);
            out.push_str("}}");
        }
        out.push_str("]}");
    }
    out.push_str("]}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\nd\u{1}é");
        assert_eq!(out, r#""a\"b\\c\nd\u0001é""#);
    }
}
