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
