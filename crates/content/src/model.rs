//! The shipped content model, piece by piece: questions, choices, pages, rules, outcomes,
//! panels, the relief mode, sources and regions ([`Bundle`](crate::Bundle) holds them all).

use serde::{Deserialize, Serialize};

use crate::{CareLevel, Condition, List, Text};

/// Single or multiple choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Radios: exactly one choice.
    Single,
    /// Checkboxes: one or more choices; an `exclusive` choice ("None of these") stands alone.
    Multiple,
}

/// Which screen a question belongs to. Red-flag screens are asked first, emergency first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Screen {
    /// Signs that need the emergency number now.
    Emergency,
    /// Signs that need medical help today.
    Urgent,
    /// Everything else: what the cramps are like, medicines, conditions.
    Details,
}

/// One answer option.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// Stable id, shared across locales.
    pub id: Text,
    /// The words on the radio or checkbox.
    pub label: Text,
    /// Extra words under the label.
    pub hint: Option<Text>,
    /// "None of these": clears and is cleared by the other choices.
    pub exclusive: bool,
    /// "I'm not sure".
    pub unsure: bool,
    /// A condition, medicine or factor linked to cramps: listed on the outcome as something to
    /// mention to a doctor, never raising the level on its own.
    pub linked: bool,
}

/// One question (a page shows one or more).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id, shared across locales.
    pub id: Text,
    /// The page (screen) it is shown on; consecutive questions share a page.
    pub page: Text,
    /// May be left unanswered (it only feeds the summary for the doctor; no rule reads it).
    pub optional: bool,
    /// Radios or checkboxes.
    pub kind: QuestionKind,
    /// Red-flag screen or details.
    pub screen: Screen,
    /// Asked only when this holds over earlier answers (always asked when absent).
    pub ask_when: Option<Condition>,
    /// The question, shown as the page heading.
    pub title: Text,
    /// Help under the heading.
    pub hint: Option<Text>,
    /// "Why we ask this".
    pub why: Text,
    /// Shown when Continue is pressed with nothing chosen.
    pub error: Text,
    /// Short label used on the check-your-answers page.
    pub short: Text,
    /// The options.
    pub choices: List<Choice>,
}

/// A screen of questions. A page of one question uses that question's title as its heading;
/// a page of several has its own title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// Stable id (the first question's id when the content names none).
    pub id: Text,
    /// Red-flag screen or details.
    pub screen: Screen,
    /// The ids of its questions, in order.
    pub questions: List<Text>,
    /// Heading of a page of several questions.
    pub title: Option<Text>,
    /// Help under that heading.
    pub hint: Option<Text>,
}

/// A triage rule: when its condition holds, the outcome is at least `level`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// Stable id, used by scenarios.
    pub id: Text,
    /// The level this rule sets.
    pub level: CareLevel,
    /// When it applies.
    pub when: Condition,
    /// Source tags (see [`Source`]).
    pub sources: List<Text>,
    /// Date the rule was last reviewed (ISO 8601).
    pub reviewed: Text,
    /// "Because you told us …" text, shown when this rule sets the level.
    pub reason: Text,
    /// Advice that belongs to this reason (shown when the rule applies; at urgent and
    /// emergency, only when it is one of the reasons).
    pub advice: Option<Text>,
    /// Self-care panels that belong to this reason (same rule as `advice`).
    pub panels: List<Text>,
}

/// What the person is told for one care level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The level.
    pub level: CareLevel,
    /// The care card heading.
    pub title: Text,
    /// One line under the heading.
    pub summary: Text,
    /// What to do now.
    pub do_now: List<Text>,
    /// Safety-netting: what to watch for and when to get help.
    pub watch_for: List<Text>,
    /// Date the outcome text was last reviewed (ISO 8601).
    pub reviewed: Text,
}

/// A block of panel text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Block {
    /// A paragraph.
    P(Text),
    /// A sub-heading.
    H(Text),
    /// A bulleted list.
    List(List<Text>),
}

/// An information panel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Panel {
    /// Stable id (also a value of the `start` attribute).
    pub id: Text,
    /// Heading and link text.
    pub title: Text,
    /// The text.
    pub body: List<Block>,
    /// Source tags.
    pub sources: List<Text>,
    /// Date the clinical text was last reviewed (ISO 8601).
    pub reviewed: Text,
}

/// A cramp happening now (CLINICAL.md §4 rule 10): which steps the relief mode shows and
/// when it stops waiting. Its words are panels; it has none of its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Relief {
    /// One panel per muscle the person can pick (its title names the muscle; its body holds
    /// the stretch). Not listed among the information panels.
    pub muscles: List<Text>,
    /// The panel of steps that help whichever muscle cramps (not listed either).
    pub also: Text,
    /// The panel shown once the cramp has eased (prevention).
    pub eased: Text,
    /// After this many minutes without easing, the outcome of `rule` is shown.
    pub minutes: u32,
    /// The rule whose level, reason and sources that outcome shows (at least urgent).
    pub rule: Text,
}

/// A cited source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The tag used in content, e.g. `NHS-DVT`.
    pub tag: Text,
    /// Title to show.
    pub title: Text,
    /// Link.
    pub url: Text,
}

/// Where the person is: decides the numbers and some wording.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    /// Stable id (`us`, `uk`, `eu`, `au`, `default`).
    pub id: Text,
    /// Name shown to the person.
    pub name: Text,
    /// The emergency number, if the region has one we can name.
    pub emergency_number: Option<Text>,
    /// A number for urgent but not emergency help, if the region has one (UK: 111).
    pub urgent_number: Option<Text>,
    /// How to say "call the emergency number" here, e.g. "call 911".
    pub emergency: Text,
    /// How to get urgent help here.
    pub urgent: Text,
    /// The "if you are worried" line shown on every screen.
    pub worried: Text,
    /// What to say about quinine here.
    pub quinine: Text,
}
