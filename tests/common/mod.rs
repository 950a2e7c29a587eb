//! Helpers shared by the native test files.
#![allow(dead_code)]

use std::path::PathBuf;

use night_leg_cramps::content::authoring::{Locale, Structure};

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
