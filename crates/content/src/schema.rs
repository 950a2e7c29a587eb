//! The content files as authors write them: `content/questionnaire.toml` holds the structure
//! (ids, question kinds, rules, sources, regions), `content/<lang>.toml` every word of one
//! locale, keyed by the same ids. [`validate`](crate::validate()) checks them,
//! [`resolve`](crate::resolve()) turns them into one [`Bundle`](crate::Bundle) per locale.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::{Block, CareLevel, Condition, QuestionKind, Relief, Screen, Source};

/// `content/questionnaire.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Structure {
    /// Content version, shown on outcomes.
    pub version: String,
    /// Last review of the whole content (ISO date).
    pub reviewed: String,
    /// Sources.
    #[serde(rename = "source", default)]
    pub sources: Vec<Source>,
    /// Regions.
    #[serde(rename = "region", default)]
    pub regions: Vec<RegionDef>,
    /// Questions in asking order.
    #[serde(rename = "question", default)]
    pub questions: Vec<QuestionDef>,
    /// Triage rules.
    #[serde(rename = "rule", default)]
    pub rules: Vec<RuleDef>,
    /// One outcome per care level.
    #[serde(rename = "outcome", default)]
    pub outcomes: Vec<OutcomeDef>,
    /// Information panels.
    #[serde(rename = "panel", default)]
    pub panels: Vec<PanelDef>,
    /// The relief mode for a cramp happening now.
    pub relief: Relief,
}

/// A region's numbers.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RegionDef {
    pub id: String,
    pub emergency_number: Option<String>,
    pub urgent_number: Option<String>,
}

/// A question's structure.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct QuestionDef {
    pub id: String,
    /// The page it shares with its neighbours (its own page when absent).
    pub page: Option<String>,
    #[serde(default)]
    pub optional: bool,
    pub kind: QuestionKind,
    pub screen: Screen,
    pub ask_when: Option<Condition>,
    pub choices: Vec<ChoiceDef>,
}

/// A choice's structure.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ChoiceDef {
    pub id: String,
    #[serde(default)]
    pub exclusive: bool,
    #[serde(default)]
    pub unsure: bool,
    #[serde(default)]
    pub linked: bool,
}

/// A rule's structure.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RuleDef {
    pub id: String,
    pub level: CareLevel,
    pub reviewed: String,
    pub when: Condition,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub panels: Vec<String>,
}

/// An outcome's structure.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct OutcomeDef {
    pub level: CareLevel,
    pub reviewed: String,
}

/// A panel's structure.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct PanelDef {
    pub id: String,
    #[serde(default)]
    pub sources: Vec<String>,
    pub reviewed: String,
}

/// `content/<lang>.toml`: every word of one locale.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Locale {
    /// BCP 47 tag (`en`, `en-GB`, `es`).
    pub lang: String,
    /// The language's name in itself ("Español"), for the language switch.
    pub name: String,
    /// The locale this one overrides (see the `files` module); resolved before deserialising.
    pub inherits: Option<String>,
    #[serde(default)]
    pub ui: BTreeMap<String, String>,
    #[serde(default)]
    pub page: BTreeMap<String, PageText>,
    #[serde(default)]
    pub question: BTreeMap<String, QuestionText>,
    #[serde(default)]
    pub rule: BTreeMap<String, RuleText>,
    #[serde(default)]
    pub outcome: BTreeMap<String, OutcomeText>,
    #[serde(default)]
    pub panel: BTreeMap<String, PanelText>,
    #[serde(default)]
    pub region: BTreeMap<String, RegionText>,
    /// The advice shown when the widget cannot run (not part of the bundle: the page shows it
    /// without WebAssembly).
    pub fallback: FallbackText,
}

/// The static advice shown when the widget cannot run, in the page's script and the iframe
/// page (`review fallback` writes it out for the release build).
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct FallbackText {
    /// The guide could not start.
    pub failed: String,
    /// The guide stopped after it had started.
    pub stopped: String,
    /// "Your last result was: {title}."
    pub last: String,
    /// What to do, with the emergency signs.
    pub advice: String,
    /// One line for `<noscript>` and the host's light DOM.
    pub short: String,
}

impl FallbackText {
    /// The texts by name, in the order the page's script reads them.
    pub fn fields(&self) -> [(&'static str, &str); 5] {
        [
            ("failed", &self.failed),
            ("stopped", &self.stopped),
            ("last", &self.last),
            ("advice", &self.advice),
            ("short", &self.short),
        ]
    }
}

/// The words of a page of several questions.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct PageText {
    pub title: String,
    pub hint: Option<String>,
}

/// A question's words.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct QuestionText {
    pub title: String,
    pub short: String,
    pub hint: Option<String>,
    pub why: String,
    pub error: String,
    #[serde(default)]
    pub choice: BTreeMap<String, ChoiceText>,
}

/// A choice's words.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct ChoiceText {
    pub label: String,
    pub hint: Option<String>,
}

/// A rule's words.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RuleText {
    pub reason: String,
    pub advice: Option<String>,
}

/// An outcome's words.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct OutcomeText {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub do_now: Vec<String>,
    #[serde(default)]
    pub watch_for: Vec<String>,
}

/// A panel's words.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct PanelText {
    pub title: String,
    #[serde(default)]
    pub body: Vec<Block>,
}

/// A region's words.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct RegionText {
    pub name: String,
    pub emergency: String,
    pub urgent: String,
    pub worried: String,
    pub quinine: String,
}
