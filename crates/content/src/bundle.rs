//! Everything the widget shows in one locale, with lookups and a visitor over every text.

use serde::{Deserialize, Serialize};

use crate::{
    Block, CareLevel, List, Outcome, Page, Panel, Question, Region, Relief, Rule, Source, Text,
    UiTexts,
};

/// Everything the widget shows in one locale. `Eq`, so that comparing two `Rc<Bundle>`
/// (which every page's props do on each render) checks the pointer first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    /// Content version (shown on outcomes).
    pub version: Text,
    /// Date the content as a whole was last reviewed.
    pub reviewed: Text,
    /// BCP 47 language tag.
    pub lang: Text,
    /// The language's name in itself ("Español"), for the language switch.
    pub language: Text,
    /// Interface words.
    pub ui: UiTexts,
    /// Questions, in the order they are asked.
    pub questions: List<Question>,
    /// The pages the questions are shown on, in order.
    pub pages: List<Page>,
    /// Triage rules.
    pub rules: List<Rule>,
    /// One outcome per care level, in level order (see [`Bundle::outcome`]).
    pub outcomes: List<Outcome>,
    /// Information panels.
    pub panels: List<Panel>,
    /// The relief mode for a cramp happening now.
    pub relief: Relief,
    /// Sources.
    pub sources: List<Source>,
    /// Regions; the one with id `default` is used when none is given.
    pub regions: List<Region>,
}

/// The placeholders that region texts fill (`{emergency}` → "call 911", capitalised at the
/// start of a sentence as `{Emergency}`).
pub const REGION_PLACEHOLDERS: &[&str] = &["emergency", "Emergency", "urgent", "Urgent", "quinine"];

/// Where a text lives, for placeholder checks: which placeholders it may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// Questionnaire, outcome and panel text: the region placeholders.
    Content,
    /// Interface words: `{version}` and `{date}` only where named.
    Ui(&'static str),
    /// A region's own words: none.
    Region,
}

impl TextKind {
    /// The placeholder names this kind of text may hold.
    pub fn allowed(self) -> &'static [&'static str] {
        match self {
            TextKind::Content => REGION_PLACEHOLDERS,
            TextKind::Ui("content_version") => &["version", "date"],
            TextKind::Ui("panel_reviewed" | "completed" | "resume_text") => &["date"],
            TextKind::Ui("diary_privacy" | "diary_keep_days") => &["days"],
            TextKind::Ui("diary_minutes_short") => &["minutes"],
            TextKind::Ui("diary_summary") => &["count", "minutes", "awake"],
            TextKind::Ui("send_answers") => &["name"],
            TextKind::Ui("relief_ago" | "relief_limit" | "relief_keep_going") => &["minutes"],
            TextKind::Ui(_) | TextKind::Region => &[],
        }
    }
}

impl Bundle {
    /// Visits every text a person can read, with where it lives (`what`) and its kind.
    pub fn for_each_text_mut(&mut self, f: &mut dyn FnMut(&str, TextKind, &mut Text)) {
        // Lists borrowed from the compiled-in content become owned here (once per region).
        let c = TextKind::Content;
        self.ui.for_each_mut(&mut |k, v| f(k, TextKind::Ui(k), v));
        for p in self.pages.to_mut() {
            for t in p.title.iter_mut().chain(p.hint.iter_mut()) {
                f(&p.id, c, t);
            }
        }
        for q in self.questions.to_mut() {
            for t in [&mut q.title, &mut q.why, &mut q.error, &mut q.short] {
                f(&q.id, c, t);
            }
            for t in q.hint.iter_mut() {
                f(&q.id, c, t);
            }
            for ch in q.choices.to_mut() {
                f(&q.id, c, &mut ch.label);
                for t in ch.hint.iter_mut() {
                    f(&q.id, c, t);
                }
            }
        }
        for r in self.rules.to_mut() {
            f(&r.id, c, &mut r.reason);
            for t in r.advice.iter_mut() {
                f(&r.id, c, t);
            }
        }
        for o in self.outcomes.to_mut() {
            let id = o.level.id();
            for t in [&mut o.title, &mut o.summary] {
                f(id, c, t);
            }
            for t in o.do_now.to_mut().iter_mut().chain(o.watch_for.to_mut()) {
                f(id, c, t);
            }
        }
        for p in self.panels.to_mut() {
            f(&p.id, c, &mut p.title);
            for b in p.body.to_mut() {
                match b {
                    Block::P(t) | Block::H(t) => f(&p.id, c, t),
                    Block::List(ts) => ts.to_mut().iter_mut().for_each(|t| f(&p.id, c, t)),
                }
            }
        }
        for s in self.sources.to_mut() {
            f(&s.tag, c, &mut s.title);
        }
        for r in self.regions.to_mut() {
            for t in [
                &mut r.name,
                &mut r.emergency,
                &mut r.urgent,
                &mut r.worried,
                &mut r.quinine,
            ] {
                f(&r.id, TextKind::Region, t);
            }
        }
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The page with this id.
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.id == id)
    }

    /// The outcome for a level. There is one per level, in level order: resolution sorts
    /// them, and validation refuses content with a level missing or repeated, so no level is
    /// without its outcome.
    pub fn outcome(&self, level: CareLevel) -> &Outcome {
        match self.outcomes.get(level as usize) {
            Some(o) if o.level == level => o,
            // A bundle made some other way than resolution: never another level's words.
            _ => self
                .outcomes
                .iter()
                .find(|o| o.level == level)
                .expect("validation refuses content without an outcome for every level"),
        }
    }

    /// The panels listed for the person to open (the relief mode's own are not).
    pub fn listed_panels(&self) -> impl Iterator<Item = &Panel> {
        self.panels
            .iter()
            .filter(|p| p.id != self.relief.also && !self.relief.muscles.contains(&p.id))
    }

    /// The panel with this id.
    pub fn panel(&self, id: &str) -> Option<&Panel> {
        self.panels.iter().find(|p| p.id == id)
    }

    /// The source with this tag.
    pub fn source(&self, tag: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.tag == tag)
    }

    /// The region with this id, or the default region.
    pub fn region(&self, id: &str) -> &Region {
        self.regions
            .iter()
            .find(|r| r.id == id)
            .or_else(|| self.regions.iter().find(|r| r.id == "default"))
            .unwrap_or(&self.regions[0])
    }
}
