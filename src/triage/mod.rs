//! The triage core: pure Rust, no view. It decides; the view only renders.
//!
//! - [`session`]: the questionnaire as an immutable value with history.
//! - [`choice_map`]: the answers it holds (choice ids by question id).
//! - [`assess`](mod@assess): answers → care level, reasons, advice, linked things to mention.
//! - [`relief`]: a cramp happening now: stretches, a timer, and help when it will not ease.
//! - [`scenario`]: named answer paths with expected results (clinician-readable).
//! - [`walk`](mod@walk): every answer path, for the tests and the clinical safety case.

pub mod assess;
pub mod choice_map;
pub mod relief;
pub mod scenario;
pub mod session;
pub mod walk;

pub use crate::content::CareLevel;
pub use assess::{assess, Assessment, Given};
pub use choice_map::ChoiceMap;
pub use relief::Relief;
pub use session::{AnswerError, Asked, Session, Step};
