//! Content: the shipped files validate, every fact of the seed page is reachable in the
//! English and the Spanish text, and deliberately broken content reports each problem (all at
//! once).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use night_leg_cramps::content::{self, Block, CareLevel, Condition, Lang};
use night_leg_cramps::content::{resolve, validate, Problem};

#[test]
fn shipped_content_is_valid_and_decodes() {
    let (s, _) = common::authored();
    let locales = common::authored_locales();
    let langs: Vec<&str> = locales.iter().map(|l| l.lang.as_str()).collect();
    assert_eq!(
        langs,
        content::languages().collect::<Vec<_>>(),
        "every content file is compiled in"
    );
    assert!(langs.contains(&"en") && langs.contains(&"es"), "{langs:?}");
    let problems = validate(&s, &locales);
    assert!(problems.is_empty(), "problems: {problems:#?}");
    for l in &locales {
        let shipped = content::bundle(&l.lang).expect("every locale's bundle is compiled in");
        assert_eq!(
            shipped,
            resolve(&s, l),
            "the embedded `{}` bundle matches the content files",
            l.lang
        );
    }
}

#[test]
fn language_matching_falls_back_to_the_primary_tag() {
    assert_eq!(content::match_language("en"), Some(Lang::En));
    assert_eq!(content::match_language("EN-gb"), Some(Lang::EnGb));
    assert_eq!(content::match_language("en-AU"), Some(Lang::En));
    assert_eq!(content::match_language("es"), Some(Lang::Es));
    assert_eq!(content::match_language("es-MX"), Some(Lang::Es));
    assert_eq!(content::match_language("xx"), None);
}

/// Every word a person can read in one locale's bundle, lower-cased, placeholders filled for
/// every region (so region-specific wording counts too).
fn all_text(lang: &str) -> String {
    let b = content::bundle(lang).unwrap();
    b.regions
        .iter()
        .map(|r| common::texts(&b, &r.id).join("\n"))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase()
}

/// Each fact of seed/night-leg-cramps-mayo-2021.txt, as the words that must appear
/// (every word of one alternative, lower case). Our sentences differ; the facts do not.
#[derive(serde::Deserialize)]
struct Facts {
    fact: Vec<Fact>,
}

#[derive(serde::Deserialize)]
struct Fact {
    name: String,
    any: Vec<Vec<String>>,
}

/// The facts listed in `file`, and the names of those not found in `lang`'s text.
fn seed_facts_missing(file: &str, lang: &str) -> (Facts, Vec<String>) {
    let facts: Facts = toml::from_str(&common::read(file)).unwrap();
    let text = all_text(lang);
    let missing = facts
        .fact
        .iter()
        .filter(|f| {
            !f.any
                .iter()
                .any(|words| words.iter().all(|w| text.contains(w.as_str())))
        })
        .map(|f| f.name.clone())
        .collect();
    (facts, missing)
}

#[test]
fn every_fact_of_the_seed_is_in_the_english_content() {
    let (facts, missing) = seed_facts_missing("tests/seed_facts.toml", "en");
    assert!(
        facts.fact.len() >= 45,
        "the fact list covers the whole seed page"
    );
    assert!(
        missing.is_empty(),
        "seed facts not found in the English content: {missing:#?}"
    );
}

#[test]
fn every_fact_of_the_seed_is_in_the_spanish_content() {
    let (facts, missing) = seed_facts_missing("tests/seed_facts_es.toml", "es");
    // The same facts as the English list, by name: a fact dropped in one is caught.
    let (en, _) = seed_facts_missing("tests/seed_facts.toml", "en");
    let names = |f: &Facts| f.fact.iter().map(|x| x.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&facts), names(&en), "the Spanish list has every fact");
    assert!(
        missing.is_empty(),
        "seed facts not found in the Spanish content: {missing:#?}"
    );
}

#[test]
fn every_locale_finds_the_outcome_of_each_level_by_index() {
    // `Bundle::outcome` is an index into outcomes sorted by level: the content files list
    // them most urgent first, so without the sort every level would get another's words.
    for lang in content::languages() {
        let b = content::bundle(lang).unwrap();
        assert_eq!(b.outcomes.len(), CareLevel::ALL.len(), "{lang}");
        for level in CareLevel::ALL {
            assert_eq!(b.outcome(level).level, level, "{lang}");
        }
    }
    // A bundle made some other way, outcomes in another order: still each level's own words.
    let mut b = content::bundle("en").unwrap();
    let mut reversed: Vec<_> = b.outcomes.iter().cloned().collect();
    reversed.reverse();
    b.outcomes = reversed.into();
    for level in CareLevel::ALL {
        assert_eq!(b.outcome(level).level, level);
    }
}

#[test]
fn every_outcome_has_safety_netting_and_every_rule_and_panel_a_source() {
    let b = content::bundle("en").unwrap();
    for level in CareLevel::ALL {
        let o = b.outcome(level);
        assert!(!o.watch_for.is_empty() && !o.do_now.is_empty(), "{level:?}");
    }
    for r in b.rules.iter() {
        assert!(!r.sources.is_empty() && !r.reason.is_empty(), "{}", r.id);
    }
    for p in b.panels.iter() {
        assert!(!p.sources.is_empty(), "{}", p.id);
    }
}

#[test]
fn every_region_names_its_numbers() {
    for lang in content::languages() {
        let b = content::bundle(lang).unwrap();
        for (id, number) in [("us", "911"), ("uk", "999"), ("eu", "112"), ("au", "000")] {
            let r = b.region(id);
            assert_eq!(r.id, id);
            assert_eq!(r.emergency_number.as_deref(), Some(number));
            assert!(
                r.emergency.contains(number) && r.worried.contains(number),
                "{lang} {id}"
            );
        }
        assert!(b.region("uk").urgent.contains("NHS 111"), "{lang}");
        assert!(b.region("eu").urgent.contains("116 117"), "{lang}");
        assert!(b.region("au").urgent.contains("1800MEDICARE"), "{lang}");
    }
    let es = content::bundle("es").unwrap();
    assert!(es
        .region("default")
        .emergency
        .contains("número local de emergencias"));
    for r in es.regions.iter() {
        assert!(
            r.quinine.to_lowercase().contains("nunca empiece a tomarla"),
            "es {}",
            r.id
        );
    }
    let b = content::bundle("en").unwrap();
    assert_eq!(b.region("nowhere").id, "default");
    assert!(b
        .region("default")
        .emergency
        .contains("local emergency number"));
    // Quinine wording differs by region; none may suggest starting it.
    assert_ne!(b.region("uk").quinine, b.region("us").quinine);
    for r in b.regions.iter() {
        assert!(
            r.quinine.to_lowercase().contains("never start it"),
            "{}",
            r.id
        );
    }
}

// ---------------------------------------------------------------- broken content

fn problems_after(edit: impl FnOnce(&mut toml::Table, &mut toml::Table)) -> Vec<Problem> {
    let mut s: toml::Table = toml::from_str(&common::read("content/questionnaire.toml")).unwrap();
    let mut l: toml::Table = toml::from_str(&common::read("content/en.toml")).unwrap();
    edit(&mut s, &mut l);
    let s = toml::to_string(&s).unwrap();
    let l = toml::to_string(&l).unwrap();
    validate(&toml::from_str(&s).unwrap(), &[toml::from_str(&l).unwrap()])
}

fn arr<'a>(t: &'a mut toml::Table, k: &str) -> &'a mut Vec<toml::Value> {
    t.get_mut(k).unwrap().as_array_mut().unwrap()
}

fn find<'a>(t: &'a mut toml::Table, k: &str, id: &str) -> &'a mut toml::Table {
    arr(t, k)
        .iter_mut()
        .map(|v| v.as_table_mut().unwrap())
        .find(|x| x.get("id").and_then(|v| v.as_str()) == Some(id))
        .unwrap()
}

#[test]
fn reports_every_problem_at_once() {
    let problems = problems_after(|s, l| {
        // A duplicate question id.
        let dup = find(s, "question", "other-signs").clone();
        arr(s, "question").push(toml::Value::Table(dup));
        // A rule reading an unknown choice, and one reading an unknown question.
        find(s, "rule", "wound")["when"] =
            toml::Value::Table(toml::toml! { chose = "leg-signs.maybe" });
        find(s, "rule", "toxin")["when"] = toml::Value::Table(toml::toml! { chose = "poison.yes" });
        // A rule without sources, and one naming an unknown source.
        find(s, "rule", "sleep").remove("sources");
        find(s, "rule", "numbness")["sources"] = toml::Value::Array(vec!["NOPE".into()]);
        // A missing English question text and a missing choice label.
        l["question"].as_table_mut().unwrap().remove("duration");
        l["question"]["feeling"]["choice"]
            .as_table_mut()
            .unwrap()
            .remove("cramp");
        // An outcome without safety-netting.
        l["outcome"]["routine"]["watch-for"] = toml::Value::Array(vec![]);
        // A missing interface text.
        l["ui"].as_table_mut().unwrap().remove("continue_button");
    });
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    assert!(has("duplicate question id `other-signs`"), "{text:#?}");
    assert!(has("unknown choice `leg-signs.maybe`"), "{text:#?}");
    assert!(has("unknown question `poison`"), "{text:#?}");
    assert!(has("rule `sleep` names no source"), "{text:#?}");
    assert!(has("unknown source `NOPE`"), "{text:#?}");
    assert!(has("missing text: question `duration`"), "{text:#?}");
    assert!(has("missing text: choice `feeling.cramp`"), "{text:#?}");
    assert!(has("outcome `routine` watch-for"), "{text:#?}");
    assert!(has("missing text: ui.continue_button"), "{text:#?}");
}

#[test]
fn reports_ids_that_cannot_name_a_rust_variant() {
    // Ids become enum variants (`leg-signs` → `LegSigns`): `Leg_Signs` and `2nd-panel` could
    // not, and `a1` would collide with `a-1`.
    let problems = problems_after(|s, _| {
        find(s, "panel", "quinine")["id"] = "2nd-panel".into();
        find(s, "rule", "toxin")["id"] = "Toxin_Rule".into();
    });
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for id in ["panel id `2nd-panel`", "rule id `Toxin_Rule`"] {
        assert!(text.iter().any(|t| t.starts_with(id)), "{id}: {text:#?}");
    }
    use night_leg_cramps::content::validate::is_id;
    assert!(is_id("en-GB", "locale") && is_id("es-419", "locale"));
    for bad in ["relief--calf", "a-1", "Quinine", "-calf", ""] {
        assert!(!is_id(bad, "panel"), "{bad}");
    }
    // A keyword cannot be a variant (two locale tags differing only in case could not either).
    let problems = problems_after(|s, _| {
        find(s, "region", "uk")["id"] = "self".into();
    });
    assert!(
        problems
            .iter()
            .any(|p| p.to_string() == "region id `self`: its Rust name `Self` is taken"),
        "{problems:#?}"
    );
}

#[test]
fn reports_cycles_and_unreachable_questions() {
    let problems = problems_after(|s, _| {
        // Asked only after a later question: a cycle.
        find(s, "question", "feeling").insert(
            "ask-when".into(),
            toml::Value::Table(toml::toml! { chose = "pregnant.pregnant-late" }),
        );
        // Asked only when two answers to one radio question both hold: never.
        find(s, "question", "duration").insert(
            "ask-when".into(),
            toml::Value::Table(
                toml::toml! { all-of = [{ chose = "new-medicine.yes" }, { chose = "new-medicine.no" }] },
            ),
        );
    });
    assert!(
        problems.contains(&Problem::Cycle {
            question: "feeling".into(),
            reads: "pregnant".into()
        }),
        "{problems:#?}"
    );
    assert!(
        problems.contains(&Problem::UnreachableQuestion {
            question: "duration".into()
        }),
        "{problems:#?}"
    );
}

#[test]
fn reports_unreachable_outcomes_dead_ends_and_screen_order() {
    let problems = problems_after(|s, _| {
        // No rule sets self-care any more.
        arr(s, "rule").retain(|r| r.get("level").and_then(|v| v.as_str()) != Some("self-care"));
        // A question with one choice.
        find(s, "question", "pregnant")["choices"] =
            toml::Value::Array(vec![toml::Value::Table(toml::toml! { id = "no" })]);
        // A red-flag "not sure" that no rule reads, and one that gives only routine.
        arr(s, "rule").retain(|r| r.get("id").and_then(|v| v.as_str()) != Some("leg-signs-unsure"));
        find(s, "rule", "other-signs-unsure")["level"] = "routine".into();
        // An emergency question after the details.
        let q = find(s, "question", "emergency").clone();
        arr(s, "question").retain(|x| x.get("id").and_then(|v| v.as_str()) != Some("emergency"));
        arr(s, "question").push(toml::Value::Table(q));
    });
    assert!(
        problems.contains(&Problem::UnreachableOutcome {
            level: CareLevel::SelfCare
        }),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, Problem::BadQuestion { question, .. } if question == "pregnant")),
        "{problems:#?}"
    );
    for q in ["leg-signs", "other-signs"] {
        assert!(
            problems.iter().any(|p| p
                .to_string()
                .contains(&format!("`{q}.not-sure` must give at least `urgent`"))),
            "{problems:#?}"
        );
    }
    assert!(
        problems.contains(&Problem::ScreenOrder {
            question: "emergency".into()
        }),
        "{problems:#?}"
    );
}

#[test]
fn reports_text_for_unknown_ids_and_malformed_dates() {
    let problems = problems_after(|s, l| {
        l["rule"].as_table_mut().unwrap().insert(
            "ghost".into(),
            toml::Value::Table(toml::toml! { reason = "x" }),
        );
        find(s, "panel", "overview")["reviewed"] = "last year".into();
        find(s, "rule", "toxin")["reviewed"] = "2026-13".into();
    });
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().contains("rule `toxin`: reviewed `2026-13`")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().contains("text for unknown rule `ghost`")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().contains("reviewed `last year`")),
        "{problems:#?}"
    );
}

#[test]
fn reports_placeholders_a_patient_would_see_as_literal_text() {
    let problems = problems_after(|_, l| {
        // A capitalised placeholder in a field that is filled: fine. A misspelt one, one in
        // an interface text, an unmatched brace: each reported.
        l["outcome"]["urgent"]["summary"] = "{Emergency} if worse.".into();
        l["outcome"]["routine"]["summary"] = "Call {emergancy}.".into();
        l["ui"]["restart"] = "Start again {urgent}".into();
        l["rule"]["sleep"]["reason"] = "Cramps {wake you.".into();
        l["region"]["us"]["worried"] = "Call {emergency}.".into();
    });
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    assert!(!has("placeholder in urgent"), "{text:#?}");
    assert!(
        has("placeholder in routine: `{emergancy}` is not filled here"),
        "{text:#?}"
    );
    assert!(
        has("placeholder in restart: `{urgent}` is not filled here"),
        "{text:#?}"
    );
    assert!(has("placeholder in sleep: a `{` without `}`"), "{text:#?}");
    assert!(
        has("placeholder in us: `{emergency}` is not filled here"),
        "{text:#?}"
    );
}

#[test]
fn no_text_in_any_region_keeps_a_brace() {
    // Every text a person can read, filled once per region as the widget does: no `{` or `}`
    // is left (the interface's {version} and {date} are filled where they are shown).
    for lang in content::languages() {
        let b = content::bundle(lang).unwrap();
        for r in content::RegionId::ALL {
            let mut filled = night_leg_cramps::text::localised(&b, r);
            filled.for_each_text_mut(&mut |what, kind, t| {
                if kind == content::TextKind::Content || kind == content::TextKind::Region {
                    assert!(!t.contains(['{', '}']), "{lang} {r:?} {what}: {t}");
                }
            });
        }
    }
}

#[test]
fn conditions_read_what_they_say() {
    let c: Condition = toml::from_str::<toml::Table>("when = { any-of = [{ chose = \"a.b\" }, { all-of = [{ chose = \"c.d\" }, { chose = \"e.f\" }] }] }")
        .unwrap()["when"]
        .clone()
        .try_into()
        .unwrap();
    assert!(c.holds(&|q, ch| q == "a" && ch == "b"));
    assert!(!c.holds(&|q, _| q == "c"));
    assert!(c.holds(&|q, ch| (q, ch) == ("c", "d") || (q, ch) == ("e", "f")));
    assert!(
        toml::from_str::<toml::Table>("when = { chose = \"nodot\" }").unwrap()["when"]
            .clone()
            .try_into::<Condition>()
            .is_err()
    );
}

#[test]
fn the_relief_mode_offers_each_muscle_clinical_md_names_with_its_own_steps() {
    let b = content::bundle("en").unwrap();
    let titles: Vec<&str> = b
        .relief
        .muscles
        .iter()
        .map(|id| &*b.panel(id).expect("a muscle is a panel").title)
        .collect();
    // CLINICAL.md §3: calf, foot, front of the thigh, back of the thigh.
    assert_eq!(
        titles,
        ["Calf", "Foot", "Front of the thigh", "Back of the thigh"]
    );
    for id in b.relief.muscles.iter().chain([&b.relief.also]) {
        let panel = b.panel(id).unwrap();
        assert!(
            panel
                .body
                .iter()
                .any(|x| matches!(x, Block::List(items) if !items.is_empty())),
            "{id} has steps"
        );
        assert!(!panel.sources.is_empty(), "{id} has sources");
        // Its own panels are not among the information panels a person browses.
        assert!(b.listed_panels().all(|p| &p.id != id), "{id} is not listed");
    }
    assert!(b.listed_panels().any(|p| p.id == "relief"));
    // The wait is CLINICAL.md's 10 minutes, and the rule gets help today.
    assert_eq!(b.relief.minutes, 10);
    let rule = b.rules.iter().find(|r| r.id == b.relief.rule).unwrap();
    assert_eq!(rule.level, CareLevel::Urgent);
}

#[test]
fn reports_a_relief_mode_that_waits_too_long_or_gets_no_help() {
    let problems = problems_after(|s, _| {
        let r = s["relief"].as_table_mut().unwrap();
        r["minutes"] = 30.into();
        r["rule"] = "typical-cramp".into();
        r["muscles"] = toml::Value::Array(vec!["relief-calf".into(), "relief-knee".into()]);
    });
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    assert!(has("relief: waits 30 minutes"), "{text:#?}");
    assert!(
        has("relief: rule `typical-cramp` must be at least `urgent`"),
        "{text:#?}"
    );
    assert!(has("unknown panel `relief-knee` in relief"), "{text:#?}");
}

#[test]
fn every_checklist_says_how_to_tick_once() {
    // A checklist's hint is shown as written (the general "Tick all that apply." only where
    // it has none), so each hint must say how to answer, and say it once.
    for (lang, tick) in [("en", "Tick "), ("es", "Marque ")] {
        let b = content::bundle(lang).unwrap();
        for q in b
            .questions
            .iter()
            .filter(|q| q.kind == content::QuestionKind::Multiple)
        {
            let hint = q.hint.as_deref().unwrap_or(b.ui.select_all());
            assert_eq!(hint.matches(tick).count(), 1, "{lang} {}: {hint}", q.id);
        }
    }
}
