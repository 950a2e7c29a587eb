//! The clinical review command.
//!
//! ```text
//! cargo run --features review --bin review -- markdown [--lang en]
//!     prints the whole decision logic as Markdown: every question, choice, rule, outcome,
//!     panel, source and region
//! cargo run --features review --bin review -- scenarios FILE [--lang en]
//!     runs a scenarios file (see tests/scenarios.toml), printing each scenario's level and
//!     reasons; exits 1 on any mismatch
//! cargo run --features review --bin review -- fhir [--lang en]
//!     prints the questionnaire as a FHIR R4 Questionnaire (JSON)
//! cargo run --features review --bin review -- surveyjs [--lang en]
//!     prints the questionnaire as a SurveyJS definition (JSON; used by the benchmark)
//! cargo run --features review --bin review -- manifest
//!     prints the Custom Elements Manifest of <night-leg-cramps> (custom-elements.json: the
//!     attributes with the values they allow, events, slot, custom properties)
//! cargo run --features review --bin review -- docs [--check]
//!     writes the documents for health organisations that are generated from the project
//!     (hazard log, clinical safety case, the generated parts of the regulatory and privacy
//!     statements); with --check, exits 1 if a committed copy differs or a named test is
//!     missing
//! cargo run --features review --bin review -- hazard-log [--hazards FILE]
//! cargo run --features review --bin review -- safety-case [--hazards F] [--case F] [--scenarios F] [--vignettes F]
//! cargo run --features review --bin review -- sign-off [--case FILE]
//!     print one document (or the sign-off block); exit 1, naming every problem, if its
//!     sources are not acceptable
//! cargo run --features review --bin review -- vignettes FILE
//!     checks a vignettes file (see tests/vignettes.toml) and prints it as JSON for the
//!     browser run (tests/vignettes/run.mjs)
//! ```

// The safety documents (one job per file, beside this one).
mod case_file;
mod docs;
mod hazards;
mod proofs;
mod safety_case;
mod safety_cli;
mod vignettes;

use std::fmt::Write as _;
use std::process::ExitCode;

use night_leg_cramps::content::{self, Block, Bundle, CareLevel, Condition, Screen};
use night_leg_cramps::triage::scenario::{self, ScenarioFile};

fn condition(b: &Bundle, c: &Condition) -> String {
    match c {
        Condition::Chose(r) => {
            let label = b
                .question(&r.question)
                .and_then(|q| q.choices.iter().find(|x| x.id == r.choice))
                .map(|x| &*x.label)
                .unwrap_or("?");
            format!("`{}.{}` (\"{label}\")", r.question, r.choice)
        }
        Condition::AnyOf(cs) => format!(
            "({})",
            cs.iter()
                .map(|c| condition(b, c))
                .collect::<Vec<_>>()
                .join(" OR ")
        ),
        Condition::AllOf(cs) => format!(
            "({})",
            cs.iter()
                .map(|c| condition(b, c))
                .collect::<Vec<_>>()
                .join(" AND ")
        ),
    }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The whole decision logic as Markdown.
fn markdown(b: &Bundle) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# Night leg cramps: triage logic for clinical review\n");
    let _ = writeln!(
        o,
        "Content version {}, last reviewed {}, language `{}`.\n",
        b.version, b.reviewed, b.lang
    );
    let _ = writeln!(o, "## How the engine decides\n");
    for line in [
        "Questions are asked in the order below: the emergency screen, then the urgent screen, then the details. A question with *asked when* is skipped unless its condition holds.",
        "Every rule whose condition holds applies; the outcome is the most urgent level among them (emergency > urgent > routine > self-care).",
        "As soon as the level is at least urgent and no later question can set a higher one, the outcome is shown at once (no further questions, no check-your-answers page).",
        "Otherwise every question is asked, the person checks their answers, and the outcome follows.",
        "\"Because you told us\" lists the rules at exactly the outcome's level. Advice attached to a rule is shown whenever the rule applies.",
        "\"Not sure\" on a red-flag question counts one level below \"yes\", never below routine.",
        "Choices marked *linked* are listed as things to mention to a doctor and never change the level.",
    ] {
        let _ = writeln!(o, "- {line}");
    }
    let _ = writeln!(o, "\n## Questions\n");
    for (i, q) in b.questions.iter().enumerate() {
        let screen = match q.screen {
            Screen::Emergency => "emergency screen",
            Screen::Urgent => "urgent screen",
            Screen::Details => "details",
        };
        let _ = writeln!(
            o,
            "### {}. {} (`{}`, {screen}, {:?})\n",
            i + 1,
            q.title,
            q.id,
            q.kind
        );
        if let Some(h) = &q.hint {
            let _ = writeln!(o, "Hint: {h}\n");
        }
        let _ = writeln!(o, "Why we ask: {}\n", q.why);
        if let Some(c) = &q.ask_when {
            let _ = writeln!(o, "Asked when: {}\n", condition(b, c));
        }
        for c in q.choices.iter() {
            let mut flags = Vec::new();
            if c.exclusive {
                flags.push("exclusive");
            }
            if c.unsure {
                flags.push("not sure");
            }
            if c.linked {
                flags.push("linked");
            }
            let flags = if flags.is_empty() {
                String::new()
            } else {
                format!(" *({})*", flags.join(", "))
            };
            let hint = c
                .hint
                .as_ref()
                .map(|h| format!(": {h}"))
                .unwrap_or_default();
            let _ = writeln!(o, "- `{}` {}{hint}{flags}", c.id, c.label);
        }
        let _ = writeln!(o);
    }
    let _ = writeln!(o, "## Rules\n\n| rule | level | when | reason shown | advice | self-care panels | sources | reviewed |\n|---|---|---|---|---|---|---|---|");
    for r in b.rules.iter() {
        let _ = writeln!(
            o,
            "| `{}` | {} | {} | {} | {} | {} | {} | {} |",
            r.id,
            r.level.id(),
            cell(&condition(b, &r.when)),
            cell(&r.reason),
            cell(r.advice.as_deref().unwrap_or("")),
            r.panels.join(", "),
            r.sources.join(", "),
            r.reviewed
        );
    }
    let _ = writeln!(o, "\n## Outcomes\n");
    // Most urgent first, as a clinician reads them.
    for out in CareLevel::ALL.iter().rev().map(|l| b.outcome(*l)) {
        let _ = writeln!(
            o,
            "### {}: {}\n\n{}\n\nWhat to do now:\n",
            out.level.id(),
            out.title,
            out.summary
        );
        for t in out.do_now.iter() {
            let _ = writeln!(o, "- {t}");
        }
        let _ = writeln!(o, "\nGet help right away if:\n");
        for t in out.watch_for.iter() {
            let _ = writeln!(o, "- {t}");
        }
        let _ = writeln!(
            o,
            "\nAdvice, self-care panels and sources come from the rules that apply (at urgent and emergency, only the reasons). Last reviewed {}.\n",
            out.reviewed
        );
    }
    let _ = writeln!(o, "## Information panels\n");
    for p in b.panels.iter() {
        let _ = writeln!(
            o,
            "### {} (`{}`)\n\nSources: {}. Last reviewed {}.\n",
            p.title,
            p.id,
            p.sources.join(", "),
            p.reviewed
        );
        for bl in p.body.iter() {
            let _ = match bl {
                Block::P(t) => writeln!(o, "{t}\n"),
                Block::H(t) => writeln!(o, "**{t}**\n"),
                Block::List(items) => writeln!(
                    o,
                    "{}\n",
                    items
                        .iter()
                        .map(|i| format!("- {i}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                ),
            };
        }
    }
    let _ = writeln!(o, "## Regions\n\n| region | emergency | urgent number | emergency wording | urgent wording | quinine |\n|---|---|---|---|---|---|");
    for r in b.regions.iter() {
        let _ = writeln!(
            o,
            "| {} (`{}`) | {} | {} | {} | {} | {} |",
            r.name,
            r.id,
            r.emergency_number.as_deref().unwrap_or("-"),
            r.urgent_number.as_deref().unwrap_or("-"),
            cell(&r.emergency),
            cell(&r.urgent),
            cell(&r.quinine)
        );
    }
    let _ = writeln!(o, "\n## Sources\n");
    for s in b.sources.iter() {
        let _ = writeln!(o, "- **{}**: {} <{}>", s.tag, s.title, s.url);
    }
    o
}

fn run_scenarios(b: &Bundle, path: &str) -> Result<bool, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let file: ScenarioFile = toml::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let mut failed = 0;
    for s in &file.scenarios {
        match scenario::check(b, &file, s) {
            Ok(r) => println!(
                "ok    {:<10} {:<60} because: {}",
                r.level.id(),
                s.name,
                r.reasons.join(", ")
            ),
            Err(e) => {
                failed += 1;
                println!("FAIL  {:<10} {:<60} {e}", s.level, s.name);
            }
        }
    }
    println!("{} passed, {failed} failed", file.scenarios.len() - failed);
    Ok(failed == 0)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = args
        .iter()
        .position(|a| a == "--lang")
        .and_then(|i| args.get(i + 1))
        .map_or("en", String::as_str);
    let Some(b) = content::match_language(lang).map(|l| l.bundle().clone()) else {
        eprintln!(
            "review: no content for language `{lang}` (have: {:?})",
            content::languages().collect::<Vec<_>>()
        );
        return ExitCode::from(2);
    };
    match args.first().map(String::as_str) {
        Some("markdown") => {
            print!("{}", markdown(&b));
            ExitCode::SUCCESS
        }
        Some("fhir") => {
            println!(
                "{}",
                serde_json::to_string_pretty(&night_leg_cramps::export::fhir(&b)).expect("JSON")
            );
            ExitCode::SUCCESS
        }
        Some("surveyjs") => {
            println!(
                "{}",
                serde_json::to_string_pretty(&night_leg_cramps::export::surveyjs(&b))
                    .expect("JSON")
            );
            ExitCode::SUCCESS
        }
        Some("fallback") => {
            // Every locale's static advice for a page where the widget cannot run, as JSON
            // (`{ "en": { "failed": …, "advice": … }, … }`), for the release build. A regional
            // locale with the same words as its language is left out (the page falls back to
            // the language).
            let primary = |l: &str| l.split('-').next().unwrap_or(l).to_owned();
            let same_as_primary = |(l, f): &&(&str, [(&str, &str); 5])| {
                content::FALLBACK
                    .iter()
                    .any(|(p, pf)| *p != *l && *p == primary(l) && pf == f)
            };
            let all: serde_json::Map<String, serde_json::Value> = content::FALLBACK
                .iter()
                .filter(|x| !same_as_primary(x))
                .map(|(lang, fields)| {
                    let texts = fields.iter().map(|(k, v)| ((*k).to_owned(), (*v).into()));
                    (
                        (*lang).to_owned(),
                        serde_json::Value::Object(texts.collect()),
                    )
                })
                .collect();
            println!("{}", serde_json::Value::Object(all));
            ExitCode::SUCCESS
        }
        Some("manifest") => {
            let m = night_leg_cramps::manifest::custom_elements(&b, env!("CARGO_PKG_VERSION"));
            println!("{}", serde_json::to_string_pretty(&m).expect("JSON"));
            ExitCode::SUCCESS
        }
        Some("docs" | "hazard-log" | "safety-case" | "sign-off" | "vignettes") => {
            safety_cli::run(&b, &args)
        }
        Some("scenarios") => match args.get(1).filter(|f| !f.starts_with("--")) {
            Some(file) => match run_scenarios(&b, file) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::from(1),
                Err(e) => {
                    eprintln!("review: {e}");
                    ExitCode::from(2)
                }
            },
            None => {
                eprintln!("review: scenarios needs a file");
                ExitCode::from(2)
            }
        },
        _ => {
            eprintln!("usage: review markdown|fhir|surveyjs|manifest|fallback [--lang L] | review scenarios FILE [--lang L] | review docs [--check] | review hazard-log|safety-case|sign-off|vignettes …");
            ExitCode::from(2)
        }
    }
}
