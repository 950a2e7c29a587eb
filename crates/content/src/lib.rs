//! # The content of the night leg cramps guide
//!
//! Authors write TOML (`content/questionnaire.toml` for the structure, `content/<lang>.toml`
//! for each locale's words); this crate is everything that knows what those files mean. The
//! guide's `build.rs` uses it to [`validate`](validate()) them (every problem at once: invalid content
//! fails the build, never a patient) and [`resolve`](resolve()) them into one [`Bundle`] per locale; the
//! guide itself uses the [`Bundle`] types at run time.
//!
//! | module | holds |
//! |---|---|
//! | [`level`] | [`CareLevel`], the scale every rule and outcome is on |
//! | [`condition`] | [`Condition`]: what a rule or an `ask-when` reads |
//! | [`model`] | questions, choices, pages, rules, outcomes, panels, relief mode, sources, regions |
//! | [`ui_texts`] | [`UiTexts`], the interface words, and [`UI_KEYS`] |
//! | [`bundle`] | [`Bundle`]: everything one locale shows, and [`TextKind`] for placeholders |
//! | [`schema`] | the TOML as authors write it ([`schema::Structure`], [`schema::Locale`]) |
//! | [`analysis`] | facts about the structure: valid answers, pages, placeholders |
//! | [`problem`], [`validate`](mod@validate), [`validate_locale`](mod@validate_locale) | what can be wrong, and the checks |
//! | [`resolve`](mod@resolve) | structure + one locale's words → [`Bundle`] |
//! | `files` (feature `files`) | reading the TOML: locale inheritance, every locale complete against English |
//! | [`codegen`] | a [`Bundle`] as Rust source: the content ships as static data |

#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::borrow::Cow;

/// A text: borrowed from the compiled-in content, or owned once filled for a region or read
/// from the authoring files.
pub type Text = Cow<'static, str>;

/// A list: borrowed from the compiled-in content, or owned.
pub type List<T> = Cow<'static, [T]>;

pub mod analysis;
pub mod bundle;
pub mod codegen;
pub mod condition;
#[cfg(feature = "files")]
pub mod files;
pub mod level;
pub mod model;
pub mod problem;
pub mod resolve;
pub mod schema;
pub mod ui_texts;
pub mod validate;
pub mod validate_locale;

pub use bundle::{Bundle, TextKind, REGION_PLACEHOLDERS};
pub use condition::{ChoiceRef, Condition};
pub use level::CareLevel;
pub use model::*;
pub use problem::Problem;
pub use resolve::resolve;
pub use ui_texts::{UiTexts, UI_KEYS};
pub use validate::validate;
