//! Content: the shipped bundles, and (re-exported) the `night-leg-cramps-content` crate's
//! model, schema, validation and resolution.
//!
//! The words live in `content/*.toml`, not in Rust. `build.rs` validates them with that crate
//! and compiles one [`Bundle`] per locale into the binary as static data; [`bundle()`] hands
//! out the one asked for (a shallow copy: its texts stay borrowed from the static).

pub use night_leg_cramps_content::*;

mod ids;
pub use ids::{
    Lang, PanelId, QuestionId, RegionId, RuleId, RELIEF_ALSO, RELIEF_EASED, RELIEF_MUSCLES,
    RELIEF_RULE,
};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language tags the widget has content for, in file order.
pub fn languages() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|(l, _)| *l)
}

/// The best locale for a requested BCP 47 tag: exact, then the primary language
/// (`en-AU` → `en`), else `None`.
pub fn match_language(requested: &str) -> Option<Lang> {
    let want = requested.trim();
    let primary = want.split(['-', '_']).next().unwrap_or("");
    Lang::from_id(want).or_else(|| Lang::from_id(primary))
}

/// The questionnaire's structure, for the core's decisions: its questions, choices, pages,
/// rules, panels and relief mode, which every locale shares (they come from one structure
/// file; a locale only brings words). It is the first locale's bundle, so its words are that
/// locale's: decide with it, never show it.
pub fn structure() -> &'static Bundle {
    &LOCALES[0].1
}

/// The bundle for exactly this language tag (any case), as compiled in.
pub fn bundle(lang: &str) -> Option<Bundle> {
    Lang::from_id(lang).map(|l| l.bundle().clone())
}
