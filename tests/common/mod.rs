//! Helpers shared by the native test files.
#![allow(dead_code)]

use std::path::PathBuf;

use night_leg_cramps::content::schema::{Locale, Structure};
use night_leg_cramps::content::{Block, Bundle};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The text of a file under the repository root.
pub fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The shipped structure and English locale, parsed as authors wrote them.
pub fn authored() -> (Structure, Locale) {
    (
        toml::from_str(&read("content/questionnaire.toml")).expect("questionnaire.toml parses"),
        toml::from_str(&read("content/en.toml")).expect("en.toml parses"),
    )
}

/// Every shipped locale as the build reads it (inheritance applied), in build order.
#[cfg(not(target_arch = "wasm32"))]
pub fn authored_locales() -> Vec<Locale> {
    night_leg_cramps_content::files::load(&root().join("content"))
        .unwrap_or_else(|p| panic!("{p:#?}"))
        .locales
}

/// Every text a person can read in a bundle (questions, choices, reasons, advice, outcomes,
/// panels), with the placeholders filled for `region`.
pub fn texts(b: &Bundle, region: &str) -> Vec<String> {
    let mut t = Vec::new();
    for q in b.questions.iter() {
        t.extend([
            q.title.clone(),
            q.why.clone(),
            q.error.clone(),
            q.short.clone(),
        ]);
        t.extend(q.hint.clone());
        for c in q.choices.iter() {
            t.push(c.label.clone());
            t.extend(c.hint.clone());
        }
    }
    for r in b.rules.iter() {
        t.push(r.reason.clone());
        t.extend(r.advice.clone());
    }
    for o in b.outcomes.iter() {
        t.extend([o.title.clone(), o.summary.clone()]);
        t.extend(o.do_now.iter().cloned());
        t.extend(o.watch_for.iter().cloned());
    }
    for p in b.panels.iter() {
        t.push(p.title.clone());
        for bl in p.body.iter() {
            match bl {
                Block::P(x) | Block::H(x) => t.push(x.clone()),
                Block::List(xs) => t.extend(xs.iter().cloned()),
            }
        }
    }
    let r = b.region(region);
    t.iter()
        .map(|x| night_leg_cramps::text::fill(x, r))
        .collect()
}
