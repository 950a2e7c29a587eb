//! The shipped content model: one resolved [`Bundle`] per locale.
//!
//! This file is also compiled into `build.rs` (by `#[path]`), which turns the TOML content
//! files into these types, validates them and serialises them with postcard. The wasm then
//! carries compact bytes and a small decoder, never a TOML parser. Keep it free of `crate::`
//! paths for that reason.

use serde::{Deserialize, Serialize};

/// How urgently a person should get care. Ordered least urgent first, so the most urgent level
/// reached is simply the `max()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CareLevel {
    /// Look after yourself at home.
    SelfCare,
    /// Book an appointment with your doctor.
    Routine,
    /// Get medical help today.
    Urgent,
    /// Call the emergency number now.
    Emergency,
}

impl CareLevel {
    /// Every level, least urgent first.
    pub const ALL: [CareLevel; 4] = [
        CareLevel::SelfCare,
        CareLevel::Routine,
        CareLevel::Urgent,
        CareLevel::Emergency,
    ];

    /// The stable id used in content files, scenarios, events and CSS classes.
    pub fn id(self) -> &'static str {
        match self {
            CareLevel::SelfCare => "self-care",
            CareLevel::Routine => "routine",
            CareLevel::Urgent => "urgent",
            CareLevel::Emergency => "emergency",
        }
    }

    /// Parses [`CareLevel::id`].
    pub fn from_id(id: &str) -> Option<CareLevel> {
        CareLevel::ALL.into_iter().find(|l| l.id() == id)
    }
}

/// A reference to one choice of one question, written `"question.choice"` in content files.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ChoiceRef {
    /// The question id.
    pub question: String,
    /// The choice id within that question.
    pub choice: String,
}

impl TryFrom<String> for ChoiceRef {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        match s.split_once('.') {
            Some((q, c)) if !q.is_empty() && !c.is_empty() && !c.contains('.') => Ok(ChoiceRef {
                question: q.to_owned(),
                choice: c.to_owned(),
            }),
            _ => Err(format!("`{s}` is not of the form \"question.choice\"")),
        }
    }
}

impl From<ChoiceRef> for String {
    fn from(r: ChoiceRef) -> String {
        format!("{}.{}", r.question, r.choice)
    }
}

/// A typed condition over the answers given (no string expression language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Condition {
    /// The person chose this choice.
    Chose(ChoiceRef),
    /// At least one holds.
    AnyOf(Vec<Condition>),
    /// Every one holds.
    AllOf(Vec<Condition>),
}

impl Condition {
    /// Every choice this condition reads.
    pub fn refs(&self) -> Vec<&ChoiceRef> {
        match self {
            Condition::Chose(r) => vec![r],
            Condition::AnyOf(cs) | Condition::AllOf(cs) => {
                cs.iter().flat_map(|c| c.refs()).collect()
            }
        }
    }

    /// Whether the condition reads any choice of `question` (without allocating).
    pub fn reads(&self, question: &str) -> bool {
        match self {
            Condition::Chose(r) => r.question == question,
            Condition::AnyOf(cs) | Condition::AllOf(cs) => cs.iter().any(|c| c.reads(question)),
        }
    }

    /// Evaluates the condition; `chosen(question, choice)` says whether that choice was made.
    pub fn holds(&self, chosen: &dyn Fn(&str, &str) -> bool) -> bool {
        match self {
            Condition::Chose(r) => chosen(&r.question, &r.choice),
            Condition::AnyOf(cs) => cs.iter().any(|c| c.holds(chosen)),
            Condition::AllOf(cs) => cs.iter().all(|c| c.holds(chosen)),
        }
    }
}

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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Stable id, shared across locales.
    pub id: String,
    /// The words on the radio or checkbox.
    pub label: String,
    /// Extra words under the label.
    pub hint: Option<String>,
    /// "None of these": clears and is cleared by the other choices.
    pub exclusive: bool,
    /// "I'm not sure".
    pub unsure: bool,
    /// A condition, medicine or factor linked to cramps: listed on the outcome as something to
    /// mention to a doctor, never raising the level on its own.
    pub linked: bool,
}

/// One question (a page shows one or more).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id, shared across locales.
    pub id: String,
    /// The page (screen) it is shown on; consecutive questions share a page.
    pub page: String,
    /// May be left unanswered (it only feeds the summary for the doctor; no rule reads it).
    pub optional: bool,
    /// Radios or checkboxes.
    pub kind: QuestionKind,
    /// Red-flag screen or details.
    pub screen: Screen,
    /// Asked only when this holds over earlier answers (always asked when absent).
    pub ask_when: Option<Condition>,
    /// The question, shown as the page heading.
    pub title: String,
    /// Help under the heading.
    pub hint: Option<String>,
    /// "Why we ask this".
    pub why: String,
    /// Shown when Continue is pressed with nothing chosen.
    pub error: String,
    /// Short label used on the check-your-answers page.
    pub short: String,
    /// The options.
    pub choices: Vec<Choice>,
}

/// A screen of questions. A page of one question uses that question's title as its heading;
/// a page of several has its own title.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// Stable id (the first question's id when the content names none).
    pub id: String,
    /// Red-flag screen or details.
    pub screen: Screen,
    /// The ids of its questions, in order.
    pub questions: Vec<String>,
    /// Heading of a page of several questions.
    pub title: Option<String>,
    /// Help under that heading.
    pub hint: Option<String>,
}

/// A triage rule: when its condition holds, the outcome is at least `level`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// Stable id, used by scenarios.
    pub id: String,
    /// The level this rule sets.
    pub level: CareLevel,
    /// When it applies.
    pub when: Condition,
    /// Source tags (see [`Source`]).
    pub sources: Vec<String>,
    /// Date the rule was last reviewed (ISO 8601).
    pub reviewed: String,
    /// "Because you told us …" text, shown when this rule sets the level.
    pub reason: String,
    /// Advice that belongs to this reason (shown when the rule applies; at urgent and
    /// emergency, only when it is one of the reasons).
    pub advice: Option<String>,
    /// Self-care panels that belong to this reason (same rule as `advice`).
    pub panels: Vec<String>,
}

/// What the person is told for one care level.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The level.
    pub level: CareLevel,
    /// The care card heading.
    pub title: String,
    /// One line under the heading.
    pub summary: String,
    /// What to do now.
    pub do_now: Vec<String>,
    /// Safety-netting: what to watch for and when to get help.
    pub watch_for: Vec<String>,
    /// Date the outcome text was last reviewed (ISO 8601).
    pub reviewed: String,
}

/// A block of panel text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Block {
    /// A paragraph.
    P(String),
    /// A sub-heading.
    H(String),
    /// A bulleted list.
    List(Vec<String>),
}

/// An information panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Panel {
    /// Stable id (also a value of the `start` attribute).
    pub id: String,
    /// Heading and link text.
    pub title: String,
    /// The text.
    pub body: Vec<Block>,
    /// Source tags.
    pub sources: Vec<String>,
    /// Date the clinical text was last reviewed (ISO 8601).
    pub reviewed: String,
}

/// A cramp happening now (CLINICAL.md §4 rule 10): which steps the relief mode shows and
/// when it stops waiting. Its words are panels; it has none of its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Relief {
    /// One panel per muscle the person can pick (its title names the muscle; its body holds
    /// the stretch). Not listed among the information panels.
    pub muscles: Vec<String>,
    /// The panel of steps that help whichever muscle cramps (not listed either).
    pub also: String,
    /// The panel shown once the cramp has eased (prevention).
    pub eased: String,
    /// After this many minutes without easing, the outcome of `rule` is shown.
    pub minutes: u32,
    /// The rule whose level, reason and sources that outcome shows (at least urgent).
    pub rule: String,
}

/// A cited source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The tag used in content, e.g. `NHS-DVT`.
    pub tag: String,
    /// Title to show.
    pub title: String,
    /// Link.
    pub url: String,
}

/// Where the person is: decides the numbers and some wording.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// Stable id (`us`, `uk`, `eu`, `au`, `default`).
    pub id: String,
    /// Name shown to the person.
    pub name: String,
    /// The emergency number, if the region has one we can name.
    pub emergency_number: Option<String>,
    /// A number for urgent but not emergency help, if the region has one (UK: 111).
    pub urgent_number: Option<String>,
    /// How to say "call the emergency number" here, e.g. "call 911".
    pub emergency: String,
    /// How to get urgent help here.
    pub urgent: String,
    /// The "if you are worried" line shown on every screen.
    pub worried: String,
    /// What to say about quinine here.
    pub quinine: String,
}

macro_rules! ui_texts {
    ($($key:ident),* $(,)?) => {
        /// Interface words (buttons, headings) for one locale: one text per key of
        /// [`UI_KEYS`], read with the method of the key's name. Held as a list, not as one
        /// field per key: decoding, comparing and cloning then cost the same code however
        /// many keys there are (each field cost about 150 bytes of wasm).
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        pub struct UiTexts(Vec<String>);

        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum UiKey { $($key),* }

        /// Every key of [`UiTexts`], as written in the `[ui]` table of a locale file.
        pub const UI_KEYS: &[&str] = &[$(stringify!($key)),*];

        #[allow(missing_docs)]
        impl UiTexts {
            $(pub fn $key(&self) -> &str { &self.0[UiKey::$key as usize] })*

            /// Builds the texts from a key → text lookup; `None` if any key is missing.
            pub fn from_lookup(get: &dyn Fn(&str) -> Option<String>) -> Option<UiTexts> {
                UI_KEYS.iter().map(|k| get(k)).collect::<Option<Vec<_>>>().map(UiTexts)
            }

            /// Whether it holds one text per key (a decoded bundle is checked with it).
            pub fn is_complete(&self) -> bool {
                self.0.len() == UI_KEYS.len()
            }

            /// Visits every text with its key.
            pub fn for_each_mut(&mut self, f: &mut dyn FnMut(&'static str, &mut String)) {
                for (k, v) in UI_KEYS.iter().zip(&mut self.0) {
                    f(k, v);
                }
            }
        }
    };
}

ui_texts! {
    start_title, start_intro, start_adults, start_privacy, start_button, cramp_now,
    info_title, continue_button, back, error_title, why_ask, select_all,
    check_title, check_intro, change, confirm_button,
    prefix_emergency, prefix_urgent, prefix_routine, prefix_self_care,
    reasons_title, do_now_title, watch_for_title, advice_title, self_care_title,
    linked_title, linked_intro, sources_title, content_version, restart, print,
    back_to_questions, back_to_start, call, panel_reviewed, or_divider, answer_list_title, help_label,
    change_answers, optional, not_answered, summary_title, completed, name_line, age_line,
    medicine_names, checklist_note, level_label,
    relief_title, relief_pick, relief_clock_label, relief_just_now, relief_ago_one, relief_ago,
    relief_started, relief_eased, relief_not_easing, relief_limit, relief_keep_going,
    relief_eased_title, relief_eased_intro, relief_questions, relief_questions_button, relief_back,
}

/// Everything the widget shows in one locale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// Content version (shown on outcomes).
    pub version: String,
    /// Date the content as a whole was last reviewed.
    pub reviewed: String,
    /// BCP 47 language tag.
    pub lang: String,
    /// Interface words.
    pub ui: UiTexts,
    /// Questions, in the order they are asked.
    pub questions: Vec<Question>,
    /// The pages the questions are shown on, in order.
    pub pages: Vec<Page>,
    /// Triage rules.
    pub rules: Vec<Rule>,
    /// One outcome per care level.
    pub outcomes: Vec<Outcome>,
    /// Information panels.
    pub panels: Vec<Panel>,
    /// The relief mode for a cramp happening now.
    pub relief: Relief,
    /// Sources.
    pub sources: Vec<Source>,
    /// Regions; the one with id `default` is used when none is given.
    pub regions: Vec<Region>,
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
            TextKind::Ui("panel_reviewed") | TextKind::Ui("completed") => &["date"],
            TextKind::Ui("relief_ago" | "relief_limit" | "relief_keep_going") => &["minutes"],
            TextKind::Ui(_) | TextKind::Region => &[],
        }
    }
}

impl Bundle {
    /// Visits every text a person can read, with where it lives (`what`) and its kind.
    pub fn for_each_text_mut(&mut self, f: &mut dyn FnMut(&str, TextKind, &mut String)) {
        let c = TextKind::Content;
        self.ui.for_each_mut(&mut |k, v| f(k, TextKind::Ui(k), v));
        for p in &mut self.pages {
            for t in p.title.iter_mut().chain(p.hint.iter_mut()) {
                f(&p.id, c, t);
            }
        }
        for q in &mut self.questions {
            for t in [&mut q.title, &mut q.why, &mut q.error, &mut q.short] {
                f(&q.id, c, t);
            }
            for t in q.hint.iter_mut() {
                f(&q.id, c, t);
            }
            for ch in &mut q.choices {
                f(&q.id, c, &mut ch.label);
                for t in ch.hint.iter_mut() {
                    f(&q.id, c, t);
                }
            }
        }
        for r in &mut self.rules {
            f(&r.id, c, &mut r.reason);
            for t in r.advice.iter_mut() {
                f(&r.id, c, t);
            }
        }
        for o in &mut self.outcomes {
            let id = o.level.id();
            for t in [&mut o.title, &mut o.summary] {
                f(id, c, t);
            }
            for t in o.do_now.iter_mut().chain(o.watch_for.iter_mut()) {
                f(id, c, t);
            }
        }
        for p in &mut self.panels {
            f(&p.id, c, &mut p.title);
            for b in &mut p.body {
                match b {
                    Block::P(t) | Block::H(t) => f(&p.id, c, t),
                    Block::List(ts) => ts.iter_mut().for_each(|t| f(&p.id, c, t)),
                }
            }
        }
        for s in &mut self.sources {
            f(&s.tag, c, &mut s.title);
        }
        for r in &mut self.regions {
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

    /// The outcome for a level.
    pub fn outcome(&self, level: CareLevel) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.level == level)
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
