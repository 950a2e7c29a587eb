//! The clinical review command, run as a reviewer would.
#![cfg(feature = "review")]

use std::process::Command;

fn review(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_review"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn markdown_lists_every_question_rule_outcome_and_source() {
    let (ok, md) = review(&["markdown"]);
    assert!(ok);
    let b = night_leg_cramps::content::bundle("en").unwrap();
    for q in b.questions.iter() {
        assert!(md.contains(&format!("(`{}`", q.id)), "{}", q.id);
    }
    for r in b.rules.iter() {
        assert!(md.contains(&format!("| `{}` |", r.id)), "{}", r.id);
    }
    for s in b.sources.iter() {
        assert!(md.contains(&*s.url), "{}", s.tag);
    }
    assert!(md.contains("### emergency: ") && md.contains("### self-care: "));
}

#[test]
fn scenarios_pass_and_a_mismatch_exits_non_zero() {
    let (ok, out) = review(&["scenarios", "tests/scenarios.toml"]);
    assert!(ok, "{out}");
    assert!(out.contains(" passed, 0 failed"));
    let bad = std::env::temp_dir().join("nlc-bad-scenarios.toml");
    std::fs::write(
        &bad,
        "[base]\nemergency = [\"lung-clot\"]\n[[scenario]]\nname = \"wrong on purpose\"\nlevel = \"self-care\"\n",
    )
    .unwrap();
    let (ok, out) = review(&["scenarios", bad.to_str().unwrap()]);
    assert!(!ok, "{out}");
    assert!(
        out.contains("FAIL") && out.contains("0 passed, 1 failed"),
        "{out}"
    );
}

#[test]
fn fhir_export_has_the_structure_fhir_requires_and_branches_like_the_session() {
    use night_leg_cramps::triage::{Session, Step};
    use std::collections::{BTreeMap, BTreeSet};

    let (ok, out) = review(&["fhir"]);
    assert!(ok);
    let q: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(q["resourceType"], "Questionnaire");
    assert!(["draft", "active", "retired", "unknown"].contains(&q["status"].as_str().unwrap()));
    let items = q["item"].as_array().unwrap();
    let b = night_leg_cramps::content::bundle("en").unwrap();
    assert_eq!(items.len(), b.questions.len());
    let mut seen = BTreeSet::new();
    for item in items {
        let id = item["linkId"].as_str().unwrap();
        assert!(seen.insert(id.to_owned()), "linkId unique");
        assert_eq!(item["type"], "choice");
        for opt in item["answerOption"].as_array().unwrap() {
            assert!(
                opt["valueCoding"]["code"].is_string() && opt["valueCoding"]["display"].is_string()
            );
        }
        if let Some(ew) = item["enableWhen"].as_array() {
            assert!(
                ew.len() < 2 || item["enableBehavior"] == "all",
                "enableBehavior is required with several enableWhen"
            );
            for e in ew {
                let target = e["question"].as_str().unwrap();
                assert!(
                    seen.contains(target) && target != id,
                    "enableWhen refers to an earlier item"
                );
                assert!(["exists", "=", "!=", ">", "<", ">=", "<="]
                    .contains(&e["operator"].as_str().unwrap()));
                assert!(e["answerCoding"]["code"].is_string());
            }
        }
    }

    // For every combination of red-flag answers (the only branching), FHIR enables exactly
    // the questions the Session asks.
    let red: Vec<&night_leg_cramps::content::Question> = b
        .questions
        .iter()
        .filter(|q| q.screen != night_leg_cramps::content::Screen::Details)
        .collect();
    let mut combos = 0;
    for n in 0..3usize.pow(red.len() as u32) {
        // Each red-flag checklist: "none", its first sign, or "not sure".
        let mut answers: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut k = n;
        for rq in &red {
            let pick = match k % 3 {
                0 => rq.choices.iter().find(|c| c.exclusive).unwrap(),
                1 => &rq.choices[0],
                _ => rq.choices.iter().find(|c| c.unsure).unwrap(),
            };
            answers.insert(rq.id.to_string(), vec![pick.id.to_string()]);
            k /= 3;
        }
        for q in b.questions.iter().filter(|q| !q.optional) {
            answers.entry(q.id.to_string()).or_insert_with(|| {
                vec![q
                    .choices
                    .iter()
                    .find(|c| c.exclusive || c.id == "no")
                    .unwrap_or(&q.choices[0])
                    .id
                    .to_string()]
            });
        }
        answers.insert("feeling".into(), vec!["cramp".into()]);
        answers.insert("duration".into(), vec!["minutes".into()]);
        let mut s = Session::start(&b);
        let mut asked = Vec::new();
        while let Step::Questions(page, qs) = s.step(&b) {
            let a: Vec<(String, Vec<String>)> = qs
                .iter()
                .map(|(q, _)| {
                    (
                        q.id.to_string(),
                        answers.get(&*q.id).cloned().unwrap_or_default(),
                    )
                })
                .collect();
            asked.extend(qs.iter().map(|(q, _)| q.id.to_string()));
            s = s.answer(&b, &page.id, a).unwrap();
        }
        let mut enabled = Vec::new();
        for item in items {
            let on = item["enableWhen"].as_array().is_none_or(|ew| {
                ew.iter().all(|e| {
                    let target = e["question"].as_str().unwrap();
                    let code = e["answerCoding"]["code"].as_str().unwrap();
                    !enabled.contains(&target.to_owned())
                        || !answers[target].iter().any(|x| x == code)
                })
            });
            if on {
                enabled.push(item["linkId"].as_str().unwrap().to_owned());
            }
        }
        assert_eq!(enabled, asked, "red-flag answers {answers:?}");
        combos += 1;
    }
    assert_eq!(combos, 27);
}

#[test]
fn surveyjs_export_has_one_page_per_question() {
    let (ok, out) = review(&["surveyjs"]);
    assert!(ok);
    let s: serde_json::Value = serde_json::from_str(&out).unwrap();
    let b = night_leg_cramps::content::bundle("en").unwrap();
    assert_eq!(s["pages"].as_array().unwrap().len(), b.questions.len());
    assert_eq!(
        s["pages"][1]["visibleIf"]
            .as_str()
            .unwrap()
            .split(" and ")
            .next(),
        Some("{emergency} notcontains 'lung-clot'")
    );
}

#[test]
fn fhir_export_carries_the_spanish_words_as_translation_extensions() {
    let (ok, out) = review(&["fhir"]);
    assert!(ok);
    let q: serde_json::Value = serde_json::from_str(&out).unwrap();
    let es = night_leg_cramps::content::bundle("es").unwrap();
    let translated = |v: &serde_json::Value, lang: &str| -> Option<String> {
        v["extension"].as_array()?.iter().find_map(|e| {
            assert_eq!(
                e["url"],
                "http://hl7.org/fhir/StructureDefinition/translation"
            );
            let parts = e["extension"].as_array().unwrap();
            (parts[0]["url"] == "lang" && parts[0]["valueCode"] == lang)
                .then(|| parts[1]["valueString"].as_str().unwrap().to_owned())
        })
    };
    assert_eq!(
        translated(&q["_title"], "es").as_deref(),
        Some(es.ui.start_title())
    );
    for (item, question) in q["item"]
        .as_array()
        .unwrap()
        .iter()
        .zip(es.questions.iter())
    {
        assert_eq!(
            translated(&item["_text"], "es").as_deref(),
            Some(&*question.title)
        );
        for (opt, choice) in item["answerOption"]
            .as_array()
            .unwrap()
            .iter()
            .zip(question.choices.iter())
        {
            // Words the same in both ("No") need no translation.
            let english = opt["valueCoding"]["display"].as_str().unwrap();
            assert_eq!(
                translated(&opt["valueCoding"]["_display"], "es").as_deref(),
                (english != &*choice.label).then_some(&*choice.label),
                "{}",
                choice.id
            );
        }
    }
    // British English differs from English only in spelling: a translation only there.
    let items = q["item"].as_array().unwrap();
    let conditions = items.iter().find(|i| i["linkId"] == "conditions").unwrap();
    let anemia = conditions["answerOption"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["valueCoding"]["code"] == "anemia")
        .unwrap();
    assert_eq!(
        translated(&anemia["valueCoding"]["_display"], "en-GB").as_deref(),
        Some("Anaemia")
    );
    assert!(
        translated(&items[0]["_text"], "en-GB").is_none(),
        "same words: no en-GB translation"
    );
}
