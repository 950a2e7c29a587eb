//! The person's answers as a FHIR R4 `QuestionnaireResponse`: valid JSON that answers the
//! exported `Questionnaire` (same linkIds, codings among the item's answer options, `repeats`
//! respected, required items answered), for every clinical scenario, in English and Spanish.
#![cfg(feature = "review")]

use std::collections::BTreeMap;

use night_leg_cramps::content::{self, Bundle};
use night_leg_cramps::export::fhir;
use night_leg_cramps::handoff::questionnaire_response;
use night_leg_cramps::triage::scenario::{ScenarioAnswer, ScenarioFile};
use night_leg_cramps::triage::{Session, Step};
use serde_json::Value;

/// Answers as a person would, returning the session on the outcome.
fn session(
    b: &Bundle,
    base: &BTreeMap<String, ScenarioAnswer>,
    answers: &BTreeMap<String, ScenarioAnswer>,
) -> Session {
    let mut s = Session::start(b);
    for _ in 0..=b.pages.len() * 2 + 2 {
        match s.step(b) {
            Step::Questions(page, questions) => {
                let page_answers = questions
                    .iter()
                    .map(|(q, _)| {
                        let a = match answers.get(&*q.id).or_else(|| base.get(&*q.id)) {
                            Some(ScenarioAnswer::One(c)) => vec![c.clone()],
                            Some(ScenarioAnswer::Many(cs)) => cs.clone(),
                            None => Vec::new(),
                        };
                        (q.id.to_string(), a)
                    })
                    .collect();
                s = s.answer(b, &page.id, page_answers).unwrap();
            }
            Step::CheckAnswers(_) => s = s.confirm(b),
            Step::Outcome(_) => return s,
        }
    }
    panic!("no outcome");
}

/// Checks `response` against the questionnaire `q`; `given` are the question ids answered.
fn validate(q: &Value, response: &Value, b: &Bundle, ended_early: bool) {
    assert_eq!(response["resourceType"], "QuestionnaireResponse");
    assert_eq!(
        response["questionnaire"],
        format!(
            "{}|{}",
            q["url"].as_str().unwrap(),
            q["version"].as_str().unwrap()
        )
    );
    assert_eq!(response["status"], "completed");
    assert_eq!(response["language"], &*b.lang);
    assert_eq!(response["authored"], "2026-11-27T23:59:00Z");
    let items = q["item"].as_array().unwrap();
    let answered = response["item"].as_array().unwrap();
    let mut last = None;
    for a in answered {
        let id = a["linkId"].as_str().unwrap();
        let pos = items.iter().position(|i| i["linkId"] == id);
        let pos = pos.unwrap_or_else(|| panic!("unknown linkId {id}"));
        assert!(last < Some(pos), "{id} out of asking order");
        last = Some(pos);
        let item = &items[pos];
        assert_eq!(a["text"], item["text"], "{id}");
        let answers = a["answer"].as_array().unwrap();
        assert!(!answers.is_empty(), "{id}");
        if item["repeats"] == false {
            assert_eq!(answers.len(), 1, "{id} does not repeat");
        }
        let options = item["answerOption"].as_array().unwrap();
        for x in answers {
            let coding = &x["valueCoding"];
            let option = options
                .iter()
                .map(|o| &o["valueCoding"])
                .find(|o| o["system"] == coding["system"] && o["code"] == coding["code"]);
            let option = option.unwrap_or_else(|| panic!("{id}: {coding} is not an option"));
            assert_eq!(option["display"], coding["display"], "{id}");
        }
    }
    // Through the whole questionnaire (not stopped early by a red flag), every required item
    // that applied is answered; questions skipped by `ask-when` are the only exception.
    if !ended_early {
        for item in items.iter().filter(|i| i["required"] == true) {
            let id = item["linkId"].as_str().unwrap();
            let skipped = b.question(id).unwrap().ask_when.is_some();
            assert!(
                skipped || answered.iter().any(|a| a["linkId"] == id),
                "required {id} missing"
            );
        }
    }
}

#[test]
fn every_scenario_answers_the_exported_questionnaire_in_every_language() {
    let file: ScenarioFile =
        toml::from_str(include_str!("scenarios.toml")).expect("tests/scenarios.toml");
    for lang in ["en", "es"] {
        let b = content::bundle(lang).unwrap();
        let q = fhir(&b);
        let mut runs: Vec<BTreeMap<String, ScenarioAnswer>> =
            file.scenarios.iter().map(|s| s.answers.clone()).collect();
        runs.push(BTreeMap::new());
        for answers in &runs {
            let s = session(&b, &file.base, answers);
            let text = questionnaire_response(&b, &s.given(&b), "2026-11-27T23:59:00Z");
            let response: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
            validate(&q, &response, &b, s.ended_early());
            assert!(!response["item"].as_array().unwrap().is_empty());
        }
    }
}

#[test]
fn the_words_are_the_persons_language_and_skipped_questions_are_left_out() {
    let file: ScenarioFile = toml::from_str(include_str!("scenarios.toml")).unwrap();
    let b = content::bundle("es").unwrap();
    let s = session(&b, &file.base, &BTreeMap::new());
    let text = questionnaire_response(&b, &s.given(&b), "2026-11-27T23:59:00Z");
    let r: Value = serde_json::from_str(&text).unwrap();
    let first = &r["item"][0];
    let q = b.question(first["linkId"].as_str().unwrap()).unwrap();
    assert_eq!(first["text"], &*q.title);
    let code = first["answer"][0]["valueCoding"]["code"].as_str().unwrap();
    let label = &q.choices.iter().find(|c| &*c.id == code).unwrap().label;
    assert_eq!(first["answer"][0]["valueCoding"]["display"], &**label);
    assert_eq!(r["language"], "es");
    // An optional question answered with nothing is not in the response.
    for (q, a) in s.given(&b) {
        let listed = r["item"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["linkId"].as_str() == Some(&*q.id));
        assert_eq!(listed, !a.is_empty(), "{}", q.id);
    }
}
