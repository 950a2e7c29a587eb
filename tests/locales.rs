//! Locales: every shipped locale has exactly the texts English has (keys, list items and
//! placeholders), a regional locale inherits everything it does not write, and each way a
//! translation can go wrong is reported, all at once, before anything is built.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use night_leg_cramps::content;
use night_leg_cramps_content::files::{self, read_texts};
use night_leg_cramps_content::Problem;

fn problems(files: &[(&str, &str)]) -> Vec<String> {
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    match read_texts(&common::read("content/questionnaire.toml"), &files) {
        Ok(_) => vec![],
        Err(p) => p.iter().map(Problem::to_string).collect(),
    }
}

fn has(problems: &[String], needle: &str) -> bool {
    problems.iter().any(|p| p.contains(needle))
}

#[test]
fn every_shipped_locale_loads_complete_and_is_compiled_in() {
    let loaded = files::load(&common::root().join("content"))
        .unwrap_or_else(|p| panic!("{}", p.iter().map(|p| format!("{p}\n")).collect::<String>()));
    let tags: Vec<&str> = loaded.locales.iter().map(|l| l.lang.as_str()).collect();
    assert_eq!(
        tags.first(),
        Some(&"en"),
        "English, the reference, comes first"
    );
    assert!(tags.contains(&"en-GB"), "{tags:?}");
    assert_eq!(
        content::languages().collect::<Vec<_>>(),
        tags,
        "the build compiles in exactly the locales the files hold"
    );
    for l in &loaded.locales {
        let b = content::bundle(&l.lang).unwrap();
        assert_eq!(b, content::resolve(&loaded.structure, l), "{}", l.lang);
        assert!(!b.language.trim().is_empty(), "{} names itself", l.lang);
    }
}

#[test]
fn a_translation_missing_adding_or_changing_texts_is_listed_key_by_key() {
    let en = common::read("content/en.toml");
    let xx = en
        .replacen("lang = \"en\"", "lang = \"xx\"", 1)
        // A missing optional text (a hint) and a missing required one (a why).
        .replacen("hint = \"Read each one and check yourself. Tick any you have.\"\n", "", 1)
        .replacen(
            "why = \"These can be signs of a serious problem, such as a blood clot or a blocked blood vessel. They need help straight away.\"\n",
            "",
            1,
        )
        // A text English does not have.
        .replacen("[page.health]\n", "[page.health]\nhint = \"extra\"\n", 1)
        // The region's emergency number dropped from a text.
        .replacen(
            "stop stretching it. {Emergency} now.",
            "stop stretching it. Get help now.",
            1,
        );
    assert_ne!(
        xx,
        en.replacen("lang = \"en\"", "lang = \"xx\"", 1),
        "the edits applied"
    );
    let p = problems(&[("en.toml", &en), ("xx.toml", &xx)]);
    assert!(
        has(&p, "[xx] missing text: `question.emergency.hint`"),
        "{p:#?}"
    );
    assert!(
        has(&p, "[xx] missing text: `question.emergency.why`"),
        "{p:#?}"
    );
    assert!(
        has(&p, "[xx] text for unknown `page.health.hint`"),
        "{p:#?}"
    );
    assert!(
        has(&p, "[xx] placeholder in `panel.relief.body[")
            && has(&p, "a translation keeps every placeholder"),
        "{p:#?}"
    );
    assert_eq!(p.len(), 4, "exactly these four, all at once: {p:#?}");
}

#[test]
fn a_dropped_safety_netting_line_is_a_missing_text() {
    let en = common::read("content/en.toml");
    let start = en.find("[outcome.urgent]").unwrap();
    let watch = start + en[start..].find("watch-for = [\n").unwrap() + "watch-for = [\n".len();
    let line_end = watch + en[watch..].find('\n').unwrap() + 1;
    let xx = format!("{}{}", &en[..watch], &en[line_end..]).replacen(
        "lang = \"en\"",
        "lang = \"xx\"",
        1,
    );
    let p = problems(&[("en.toml", &en), ("xx.toml", &xx)]);
    assert!(
        has(&p, "[xx] missing text: `outcome.urgent.watch-for["),
        "{p:#?}"
    );
}

#[test]
fn an_inheriting_locale_writes_only_what_differs() {
    let en = common::read("content/en.toml");
    let child = r#"
lang = "en-XX"
name = "English (test)"
inherits = "en"
[spelling]
anemia = "anaemia"
zzyzx = "never used"
[ui]
start_button = "Start now"
no_such_key = "x"
"#;
    let p = problems(&[("en.toml", &en), ("en-XX.toml", child)]);
    assert!(
        has(&p, "[en-XX] `ui.start_button`: the same as in `en`"),
        "{p:#?}"
    );
    assert!(
        has(&p, "[en-XX] text for unknown `ui.no_such_key`"),
        "{p:#?}"
    );
    assert!(has(&p, "spelling of `zzyzx`"), "{p:#?}");
    assert_eq!(p.len(), 3, "{p:#?}");
    let orphan = "lang = \"en-YY\"\nname = \"x\"\ninherits = \"fr\"\n";
    let p = problems(&[("en.toml", &en), ("en-YY.toml", orphan)]);
    assert!(has(&p, "unknown parent locale"), "{p:#?}");
}

#[test]
fn british_english_differs_from_english_only_in_spelling() {
    let en = content::bundle("en").unwrap();
    let gb = content::bundle("en-GB").unwrap();
    assert_eq!(gb.lang, "en-GB");
    let us_words = |b: &content::Bundle| {
        common::texts(b, "uk")
            .join("\n")
            .replace("anaemia", "anemia")
            .replace("Anaemia", "Anemia")
            .replace("diarrhoea", "diarrhea")
            .replace("Diarrhoea", "Diarrhea")
            .replace("oestrogens", "estrogens")
            .replace("towards", "toward")
    };
    let gb_text = common::texts(&gb, "uk").join("\n").to_lowercase();
    let words: Vec<&str> = gb_text.split(|c: char| !c.is_alphanumeric()).collect();
    for word in ["anaemia", "diarrhoea", "oestrogens"] {
        assert!(words.contains(&word), "{word}");
    }
    for word in ["anemia", "diarrhea", "estrogens"] {
        assert!(!words.contains(&word), "{word} left in en-GB");
    }
    assert_eq!(
        us_words(&gb),
        us_words(&en),
        "same clinical text, British spelling"
    );
    let logic = |b: &content::Bundle| {
        b.rules
            .iter()
            .map(|r| (r.id.clone(), r.level, r.when.clone(), r.sources.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(logic(&gb), logic(&en), "same rules and levels");
}

/// Every text of a locale file by its path, as written.
fn texts_by_path(file: &str) -> std::collections::BTreeMap<String, String> {
    fn walk(v: &toml::Value, path: String, out: &mut std::collections::BTreeMap<String, String>) {
        match v {
            toml::Value::Table(t) => t.iter().for_each(|(k, v)| {
                walk(
                    v,
                    if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    },
                    out,
                )
            }),
            toml::Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, format!("{path}[{i}]"), out)),
            toml::Value::String(s) => {
                out.insert(path, s.clone());
            }
            _ => {}
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(
        &toml::from_str(&common::read(file)).unwrap(),
        String::new(),
        &mut out,
    );
    for own in ["lang", "name"] {
        out.remove(own);
    }
    out
}

/// FNV-1a, 64 bits: a stable fingerprint of a text (no dependency needed).
fn fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

#[test]
fn every_translation_was_made_from_the_current_english_text() {
    // content/translations.lock records, for each translated text, a fingerprint of the
    // English text it was translated from. When an English text changes, its translations
    // are listed here until they are updated and the lock is stamped again with
    // `NLC_STAMP_TRANSLATIONS=1 cargo test --no-default-features --test locales`.
    let english = texts_by_path("content/en.toml");
    let translated: Vec<String> = std::fs::read_dir(common::root().join("content"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            let text = common::read(&format!("content/{name}"));
            (name.ends_with(".toml")
                && !["en.toml", "questionnaire.toml"].contains(&name.as_str())
                && !text.lines().any(|l| l.starts_with("inherits")))
            .then(|| name.trim_end_matches(".toml").to_owned())
        })
        .collect();
    assert!(translated.contains(&"es".to_owned()), "{translated:?}");
    let current: toml::Table = translated
        .iter()
        .map(|lang| {
            let own = texts_by_path(&format!("content/{lang}.toml"));
            let stamps: toml::Table = english
                .iter()
                .filter(|(path, _)| own.contains_key(*path))
                .map(|(path, text)| (path.clone(), fingerprint(text).into()))
                .collect();
            (lang.clone(), stamps.into())
        })
        .collect();
    let lock_path = common::root().join("content/translations.lock");
    if std::env::var_os("NLC_STAMP_TRANSLATIONS").is_some() {
        let header = "# Fingerprints of the English texts each translation was made from (FNV-1a).\n# Written by NLC_STAMP_TRANSLATIONS=1 cargo test --no-default-features --test locales\n# after the translations of changed English texts are updated. Do not edit by hand.\n\n";
        std::fs::write(
            &lock_path,
            format!("{header}{}", toml::to_string(&current).unwrap()),
        )
        .unwrap();
    }
    let lock: toml::Table =
        toml::from_str(&std::fs::read_to_string(&lock_path).unwrap_or_default()).unwrap();
    let mut stale = Vec::new();
    for (lang, stamps) in &current {
        let recorded = lock.get(lang).and_then(|v| v.as_table());
        for (path, print) in stamps.as_table().unwrap() {
            if recorded.and_then(|r| r.get(path)) != Some(print) {
                stale.push(format!(
                    "[{lang}] `{path}`: English is now \"{}\"",
                    english[path]
                ));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "English changed since these were translated; update them, then stamp the lock:\n{}",
        stale.join("\n")
    );
}

#[test]
fn a_changed_english_text_makes_its_translation_stale() {
    let a = fingerprint("Call 911 now.");
    assert_eq!(a, fingerprint("Call 911 now."));
    assert_ne!(a, fingerprint("Call 911 now"));
    assert_ne!(fingerprint(""), fingerprint(" "));
}

/// The widget decides with one locale's bundle (`content::structure`) and shows another's
/// words: that is only safe while every locale, and every region's filling of it, has the
/// same questions, choices, pages, rules, panels, outcomes and relief mode. Any difference
/// here would let a decision read a question the person was never shown.
#[test]
fn every_locale_and_region_shares_the_structure_the_widget_decides_with() {
    fn skeleton(b: &content::Bundle) -> String {
        let questions: Vec<String> = b
            .questions
            .iter()
            .map(|q| {
                let choices: Vec<_> = q
                    .choices
                    .iter()
                    .map(|c| (&*c.id, c.exclusive, c.unsure, c.linked))
                    .collect();
                format!(
                    "{} {} {} {:?} {:?} {:?} {:?}",
                    q.id, q.page, q.optional, q.kind, q.screen, q.ask_when, choices
                )
            })
            .collect();
        let pages: Vec<_> = b
            .pages
            .iter()
            .map(|p| (&*p.id, p.screen, &p.questions))
            .collect();
        let rules: Vec<_> = b
            .rules
            .iter()
            .map(|r| (&*r.id, r.level, &r.when, &r.panels))
            .collect();
        let panels: Vec<_> = b.panels.iter().map(|p| &*p.id).collect();
        let outcomes: Vec<_> = b.outcomes.iter().map(|o| o.level).collect();
        let r = &b.relief;
        format!(
            "{} {questions:?} {pages:?} {rules:?} {panels:?} {outcomes:?} {:?}",
            b.version,
            (&r.muscles, &r.also, &r.eased, r.minutes, &r.rule)
        )
    }
    let structure = skeleton(content::structure());
    for lang in content::languages() {
        let b = content::bundle(lang).unwrap();
        assert_eq!(skeleton(&b), structure, "{lang}");
        for region in content::RegionId::ALL {
            let filled = night_leg_cramps::text::localised(&b, region);
            assert_eq!(skeleton(&filled), structure, "{lang} {region:?}");
        }
    }
}
