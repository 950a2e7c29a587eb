//! Exports of the questionnaire for other systems (feature `review`): a FHIR R4
//! `Questionnaire`, and a SurveyJS definition for the benchmark. Both are generated from the
//! content, never written by hand.
//!
//! The branching FHIR can express is the early outcome: a question is shown only while no
//! earlier red-flag answer has already settled an urgent or emergency outcome (`enableWhen`
//! with `!=`, all of which must hold; on a checklist FHIR reads `!=` as "no answer equals").
//! The triage itself (levels and reasons) is not expressed, nor is `ask-when` (the duration
//! question skipped for restless legs): both exports ask it always.
//!
//! The FHIR export carries every other compiled locale's words with the standard translation
//! extension (`_text`, `_display`, … on each element whose words differ).

use serde_json::{json, Value};

use crate::content::{self, Bundle, CareLevel, QuestionKind};
use crate::triage::assess::reach_from;

/// The earlier answers that hide question `i`: (question, choice) pairs that on their own set
/// a level of at least urgent that no question from `i` on can exceed. This is exactly when
/// the `Session` stops before `i` (levels only rise, and what later questions can reach only
/// falls).
pub fn hidden_by(b: &Bundle, i: usize) -> Vec<(String, String)> {
    let threshold = reach_from(b)[i].max(CareLevel::Urgent);
    let mut out = Vec::new();
    for q in &b.questions[..i] {
        for c in q.choices.iter() {
            let chosen = [c.id.to_string()];
            let alone = [(q, &chosen[..])];
            let level = crate::triage::assess::level(b, &alone);
            if level >= threshold {
                out.push((q.id.to_string(), c.id.to_string()));
            }
        }
    }
    out
}

/// The FHIR translation extension for `text` in each other locale whose words differ
/// (`words(bundle)` picks the same element's text there), or `None` if none does.
fn translations(b: &Bundle, words: impl Fn(&Bundle) -> Option<String>) -> Option<Value> {
    let base = words(b);
    let ext: Vec<Value> = content::LOCALES
        .iter()
        .filter(|(lang, _)| *lang != &*b.lang)
        .filter_map(|(lang, other)| {
            let text = words(other).filter(|t| Some(t) != base.as_ref())?;
            Some(json!({
                "url": "http://hl7.org/fhir/StructureDefinition/translation",
                "extension": [
                    { "url": "lang", "valueCode": lang },
                    { "url": "content", "valueString": text },
                ],
            }))
        })
        .collect();
    (!ext.is_empty()).then(|| json!({ "extension": ext }))
}

/// Adds `"_<field>"` with the translations of `field` when there are any.
fn translate(target: &mut Value, field: &str, t: Option<Value>) {
    if let Some(t) = t {
        target[format!("_{field}")] = t;
    }
}

/// The questionnaire as a FHIR R4 `Questionnaire` resource, in `b`'s language with the other
/// locales' words as translation extensions.
pub fn fhir(b: &Bundle) -> Value {
    let items: Vec<Value> = b
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let mut item = json!({
                "linkId": q.id,
                "text": q.title,
                "type": "choice",
                "required": !q.optional,
                "repeats": q.kind == QuestionKind::Multiple,
                "answerOption": q.choices.iter().enumerate().map(|(j, c)| {
                    let mut coding = json!({ "system": "urn:night-leg-cramps:choice", "code": c.id, "display": c.label });
                    translate(&mut coding, "display", translations(b, |o| Some(o.questions[i].choices[j].label.to_string())));
                    json!({ "valueCoding": coding })
                }).collect::<Vec<_>>(),
            });
            translate(&mut item, "text", translations(b, |o| Some(o.questions[i].title.to_string())));
            // SDC item control: radios or checkboxes, as this widget shows them.
            let control = if q.kind == QuestionKind::Multiple { "check-box" } else { "radio-button" };
            item["extension"] = json!([{
                "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                "valueCodeableConcept": { "coding": [{ "system": "http://hl7.org/fhir/questionnaire-item-control", "code": control }] },
            }]);
            if let Some(h) = &q.hint {
                let mut hint = json!({ "linkId": format!("{}-hint", q.id), "text": h, "type": "display" });
                translate(&mut hint, "text", translations(b, |o| o.questions[i].hint.as_deref().map(str::to_owned)));
                item["item"] = json!([hint]);
            }
            let hidden = hidden_by(b, i);
            if !hidden.is_empty() {
                item["enableWhen"] = hidden
                    .iter()
                    .map(|(qid, cid)| json!({
                        "question": qid,
                        "operator": "!=",
                        "answerCoding": { "system": "urn:night-leg-cramps:choice", "code": cid },
                    }))
                    .collect();
                item["enableBehavior"] = json!("all");
            }
            item
        })
        .collect();
    let mut q = json!({
        "resourceType": "Questionnaire",
        "id": "night-leg-cramps",
        "url": "urn:night-leg-cramps:questionnaire",
        "version": b.version,
        "name": "NightLegCrampsTriage",
        "title": b.ui.start_title(),
        "status": "active",
        "date": b.reviewed,
        "language": b.lang,
        "description": b.ui.start_intro(),
        "item": items,
    });
    translate(
        &mut q,
        "title",
        translations(b, |o| Some(o.ui.start_title().to_owned())),
    );
    translate(
        &mut q,
        "description",
        translations(b, |o| Some(o.ui.start_intro().to_owned())),
    );
    q
}

/// The same questionnaire as a SurveyJS definition (one question per page, as ours).
pub fn surveyjs(b: &Bundle) -> Value {
    let name = |id: &str| id.replace('-', "_");
    let pages: Vec<Value> = b
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let mut el = json!({
                "type": if q.kind == QuestionKind::Multiple { "checkbox" } else { "radiogroup" },
                "name": name(&q.id),
                "title": q.title,
                "isRequired": !q.optional,
                "choices": q.choices.iter().map(|c| json!({ "value": c.id, "text": c.label })).collect::<Vec<_>>(),
            });
            if let Some(h) = &q.hint {
                el["description"] = json!(h);
            }
            let hidden = hidden_by(b, i);
            let mut page = json!({ "name": q.id, "elements": [el] });
            if !hidden.is_empty() {
                let expr: Vec<String> = hidden
                    .iter()
                    .map(|(qid, cid)| {
                        let multiple = b.question(qid).is_some_and(|x| x.kind == QuestionKind::Multiple);
                        let op = if multiple { "notcontains" } else { "!=" };
                        format!("{{{}}} {op} '{cid}'", name(qid))
                    })
                    .collect();
                page["visibleIf"] = json!(expr.join(" and "));
            }
            page
        })
        .collect();
    json!({ "title": b.ui.start_title(), "pages": pages, "showQuestionNumbers": "off", "checkErrorsMode": "onNextPage" })
}
