//! A cramp happening now (CLINICAL.md §4 rule 10), as an immutable value like [`Session`].
//!
//! The person picks the muscle and gets its stretch; a timer counts from when the cramp
//! started (they may say it started some minutes ago); "It has eased" ends with prevention;
//! once the cramp has lasted the content's `minutes` without easing, the outcome of the
//! content's relief rule is shown (at least urgent), without the questionnaire. Times are
//! milliseconds from any fixed origin (the view passes `Date.now()`); no clock is read here.
//!
//! [`Session`]: super::Session

use super::assess::Assessment;
use crate::content::{Bundle, PanelId, RELIEF_RULE};

/// What the relief mode shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Stretches, the timer, "It has eased" and "It is not easing".
    Easing,
    /// The cramp eased: prevention and an offer to answer the questions.
    Eased,
    /// It did not ease in time: the outcome of the relief rule.
    Outcome,
}

const MINUTE_MS: f64 = 60_000.0;

/// The relief mode's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Relief {
    /// The muscle picked (its stretch's panel), if any.
    pub muscle: Option<PanelId>,
    /// What is shown.
    pub stage: Stage,
    /// The person said it is not easing before the time was up: tell them to keep going.
    pub keep_going: bool,
    /// How many minutes ago the person said it started (0: when they opened the mode).
    pub said_ago: u32,
    /// When the cramp started.
    started_ms: f64,
    /// The outcome was shown once by the timer: after "Back to the stretches" the timer
    /// does not show it again by itself ("It is not easing" still does).
    timed_out: bool,
}

impl Relief {
    /// A cramp that starts now.
    pub fn start(now_ms: f64) -> Relief {
        Relief {
            muscle: None,
            stage: Stage::Easing,
            keep_going: false,
            said_ago: 0,
            started_ms: now_ms,
            timed_out: false,
        }
    }

    /// When the cramp started (for the diary entry the person may record).
    pub fn started_ms(&self) -> f64 {
        self.started_ms
    }

    /// Whole minutes since the cramp started (0 if the clock went back).
    pub fn minutes(&self, now_ms: f64) -> u32 {
        (self.seconds(now_ms) / 60) as u32
    }

    /// Whole seconds since the cramp started (0 if the clock went back).
    pub fn seconds(&self, now_ms: f64) -> u64 {
        ((now_ms - self.started_ms) / 1000.0).max(0.0) as u64
    }

    /// Whether the cramp has lasted long enough to need help (the content's `minutes`).
    pub fn too_long(&self, bundle: &Bundle, now_ms: f64) -> bool {
        self.minutes(now_ms) >= bundle.relief.minutes
    }

    /// Whether the timer should now show the outcome (it does so once, while easing).
    pub fn due(&self, bundle: &Bundle, now_ms: f64) -> bool {
        self.stage == Stage::Easing && !self.timed_out && self.too_long(bundle, now_ms)
    }

    /// The person picked a muscle.
    pub fn pick(&self, muscle: PanelId) -> Relief {
        Relief {
            muscle: Some(muscle),
            ..self.clone()
        }
    }

    /// The person said the cramp started about `minutes` ago. If that is already too long,
    /// the outcome follows at once.
    pub fn started_ago(&self, bundle: &Bundle, minutes: u32, now_ms: f64) -> Relief {
        Relief {
            started_ms: now_ms - f64::from(minutes) * MINUTE_MS,
            said_ago: minutes,
            timed_out: false,
            ..self.clone()
        }
        .tick(bundle, now_ms)
    }

    /// Time passed: shows the outcome when it is due.
    pub fn tick(&self, bundle: &Bundle, now_ms: f64) -> Relief {
        if self.due(bundle, now_ms) {
            Relief {
                stage: Stage::Outcome,
                timed_out: true,
                ..self.clone()
            }
        } else {
            self.clone()
        }
    }

    /// "It has eased".
    pub fn eased(&self) -> Relief {
        Relief {
            stage: Stage::Eased,
            ..self.clone()
        }
    }

    /// "It is not easing": the outcome once the time is up, else "keep going".
    pub fn not_easing(&self, bundle: &Bundle, now_ms: f64) -> Relief {
        if self.too_long(bundle, now_ms) {
            Relief {
                stage: Stage::Outcome,
                timed_out: true,
                ..self.clone()
            }
        } else {
            Relief {
                keep_going: true,
                ..self.clone()
            }
        }
    }

    /// From the outcome, back to the stretches; the timer keeps counting.
    pub fn back(&self) -> Relief {
        Relief {
            stage: Stage::Easing,
            keep_going: false,
            ..self.clone()
        }
    }
}

/// The outcome of a cramp that did not ease in time: the relief rule's level, with it as the
/// only reason and its own advice and panels (CLINICAL.md §4 rule 8).
pub fn outcome(bundle: &Bundle) -> Assessment<'_> {
    let rule = RELIEF_RULE.of(bundle);
    Assessment {
        level: rule.level,
        reasons: vec![rule],
        advice: vec![rule],
        linked: Vec::new(),
    }
}
