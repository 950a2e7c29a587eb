//! Content: the shipped bundles, and (re-exported) the `night-leg-cramps-content` crate's
//! model, schema, validation and resolution.
//!
//! The words live in `content/*.toml`, not in Rust. `build.rs` validates them with that crate
//! and embeds one postcard-encoded [`Bundle`] per locale; [`bundle()`] decodes the one asked for.

pub use night_leg_cramps_content::*;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language tags the widget has content for, in file order.
pub fn languages() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|(l, _)| *l)
}

/// The best locale for a requested BCP 47 tag: exact, then the primary language
/// (`en-GB` → `en`), else `None`.
pub fn match_language(requested: &str) -> Option<&'static str> {
    let want = requested.trim().to_ascii_lowercase();
    let primary = want.split(['-', '_']).next().unwrap_or("");
    languages()
        .find(|l| l.eq_ignore_ascii_case(&want))
        .or_else(|| languages().find(|l| l.eq_ignore_ascii_case(primary)))
}

/// Decodes the bundle for a language tag (as matched by [`match_language`]).
pub fn bundle(lang: &str) -> Option<Bundle> {
    let (_, bytes) = LOCALES.iter().find(|(l, _)| *l == lang)?;
    postcard::from_bytes::<Bundle>(bytes)
        .ok()
        .filter(|b| b.ui.is_complete())
}
