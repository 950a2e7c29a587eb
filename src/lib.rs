//! # Night leg cramps: a triage questionnaire and information panels
//!
//! A patient-facing guide that runs entirely in the browser: it asks about night leg cramps,
//! red flags first, and says how soon to get care, why, what to do now and what to watch for.
//! Nothing leaves the device.
//!
//! ## The map (the dependency arrow points one way)
//!
//! ```text
//! content/*.toml ──build.rs (crates/content: validate, resolve; codegen)──▶ content (Bundle per locale, typed ids)
//!                                                   │
//!                         triage (pure: Session, Step, assess, CareLevel)
//!                                                   │
//!          embed (pure: attribute checks, host events)   export (FHIR, SurveyJS)
//!                                                   │
//!                     ui (Yew function components, thin; feature `ui`)
//!                                                   │
//!          web/ crate (cdylib: wasm-bindgen `mount`) + web/entry.js (custom element)
//! ```
//!
//! | to change… | edit |
//! |---|---|
//! | any word a person reads | `content/<lang>.toml` |
//! | questions, rules, sources, regions | `content/questionnaire.toml` (then the scenarios in `tests/scenarios.toml`) |
//! | what content counts as valid | [`content::validate()`] (the `night-leg-cramps-content` crate) |
//! | naming a question, panel, rule, region or language in code | a variant of [`content::QuestionId`], [`content::PanelId`], [`content::RuleId`], [`content::RegionId`], [`content::Lang`] (written by `build.rs` from the content) |
//! | how answers become an outcome | [`triage`] |
//! | what a page looks like | `src/ui/<page>.rs` and `styles/` (one file per area, in load order) |
//! | which page is shown for a state, and the step id the host hears | `src/ui/shown.rs` |
//! | how hosts embed it (attributes, events) | [`embed`], `web/entry.js`, `web/src/lib.rs` |
//! | the FHIR and SurveyJS exports | `export` (feature `review`) |
//! | the person's answers as a FHIR `QuestionnaireResponse` (download, hand-off) | [`handoff`] |
//! | answers kept on the device (resume within 24 hours), and how old records migrate | [`saved`] |
//! | the cramp diary (record, retention, weeks, CSV) | [`diary`] |
//! | the Custom Elements Manifest (npm package, TypeScript types) | `manifest` (feature `review`), `scripts/package.mjs` |
//! | the clinical review command | `src/bin/review/main.rs` (feature `review`) |
//!
//! [`content`] and [`triage`] never import Yew or web-sys: `cargo test --no-default-features`
//! builds them without the `ui` feature, so the rule is checked mechanically.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod content;
pub mod diary;
pub mod embed;
#[cfg(feature = "review")]
pub mod export;
pub mod handoff;
#[cfg(feature = "review")]
pub mod manifest;
pub mod saved;
pub mod text;
pub mod triage;

#[cfg(feature = "ui")]
pub mod ui;
