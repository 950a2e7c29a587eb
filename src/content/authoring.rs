//! The content files as authors write them, their validation, and their resolution into one
//! [`Bundle`] per locale.
//!
//! `content/questionnaire.toml` holds the structure (ids, question kinds, rules, sources,
//! regions); `content/<lang>.toml` holds every word of one locale, keyed by the same ids.
//! [`validate`] reports every problem at once; `build.rs` refuses to build with any, so invalid
//! content fails the build, never a patient. Like `model.rs`, this file is compiled into
//! `build.rs` too: no `crate::` paths.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;

use super::model::{
    Block, Bundle, CareLevel, Choice, Condition, Outcome, Page, Panel, Question, QuestionKind,
    Region, Relief, Rule, Screen, Source, UiTexts, UI_KEYS,
};

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
    pub lang: String,
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

/// One thing wrong with the content. [`validate`] returns all of them. Fields name the ids.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Problem {
    /// Two things of one kind share an id.
    DuplicateId { kind: &'static str, id: String },
    /// A reference to something that does not exist.
    UnknownId {
        kind: &'static str,
        id: String,
        in_: String,
    },
    /// A condition reads a question that is asked at the same time or later.
    Cycle { question: String, reads: String },
    /// A question that can never be asked.
    UnreachableQuestion { question: String },
    /// A rule whose condition can never hold.
    UnreachableRule { rule: String },
    /// A care level that no rule sets, or an outcome no rule leads to.
    UnreachableOutcome { level: CareLevel },
    /// A rule sets a level that has no outcome.
    DeadEnd { detail: String },
    /// A question that cannot be answered sensibly.
    BadQuestion { question: String, detail: String },
    /// A red-flag question asked after a details question, or emergency after urgent.
    ScreenOrder { question: String },
    /// A rule, outcome or panel with no source.
    NoSources { what: String },
    /// A locale lacks a text.
    MissingText { lang: String, what: String },
    /// A locale has text for an id that does not exist.
    UnknownText { lang: String, what: String },
    /// An outcome without a reason path or safety-netting.
    EmptyAdvice { lang: String, what: String },
    /// A structural value that is malformed.
    Malformed { what: String, detail: String },
    /// A `{placeholder}` that the text's place does not fill (it would reach a patient as
    /// literal text), or an unmatched brace.
    Placeholder {
        lang: String,
        what: String,
        detail: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::DuplicateId { kind, id } => write!(f, "duplicate {kind} id `{id}`"),
            Problem::UnknownId { kind, id, in_ } => write!(f, "unknown {kind} `{id}` in {in_}"),
            Problem::Cycle { question, reads } => write!(
                f,
                "cycle: `{question}` depends on `{reads}`, which is not asked before it"
            ),
            Problem::UnreachableQuestion { question } => {
                write!(f, "question `{question}` can never be asked")
            }
            Problem::UnreachableRule { rule } => write!(f, "rule `{rule}` can never apply"),
            Problem::UnreachableOutcome { level } => {
                write!(
                    f,
                    "outcome `{}` is unreachable: no rule sets it",
                    level.id()
                )
            }
            Problem::DeadEnd { detail } => write!(f, "dead end: {detail}"),
            Problem::BadQuestion { question, detail } => {
                write!(f, "question `{question}`: {detail}")
            }
            Problem::ScreenOrder { question } => write!(
                f,
                "question `{question}` is out of order: emergency, then urgent, then details"
            ),
            Problem::NoSources { what } => write!(f, "{what} names no source"),
            Problem::MissingText { lang, what } => write!(f, "[{lang}] missing text: {what}"),
            Problem::UnknownText { lang, what } => write!(f, "[{lang}] text for unknown {what}"),
            Problem::EmptyAdvice { lang, what } => write!(f, "[{lang}] empty: {what}"),
            Problem::Malformed { what, detail } => write!(f, "{what}: {detail}"),
            Problem::Placeholder { lang, what, detail } => {
                write!(f, "[{lang}] placeholder in {what}: {detail}")
            }
        }
    }
}

/// Every valid answer to a question: one choice for radios; every non-empty set of
/// non-exclusive choices, or the exclusive choice alone, for checkboxes.
pub fn all_answers(kind: QuestionKind, choices: &[ChoiceDef]) -> Vec<Vec<String>> {
    match kind {
        QuestionKind::Single => choices.iter().map(|c| vec![c.id.clone()]).collect(),
        QuestionKind::Multiple => {
            let normal: Vec<&ChoiceDef> = choices.iter().filter(|c| !c.exclusive).collect();
            let mut out: Vec<Vec<String>> = choices
                .iter()
                .filter(|c| c.exclusive)
                .map(|c| vec![c.id.clone()])
                .collect();
            let n = normal.len().min(16);
            for mask in 1u32..(1 << n) {
                out.push(
                    (0..n)
                        .filter(|i| mask & (1 << i) != 0)
                        .map(|i| normal[i].id.clone())
                        .collect(),
                );
            }
            out
        }
    }
}

/// The page a question is shown on (its own id when the content names none).
pub fn page_of(q: &QuestionDef) -> &str {
    q.page.as_deref().unwrap_or(&q.id)
}

/// The pages in order: (page id, indices of its questions).
pub fn pages(s: &Structure) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, q) in s.questions.iter().enumerate() {
        match out.last_mut() {
            Some((id, qs)) if id == page_of(q) => qs.push(i),
            _ => out.push((page_of(q).to_owned(), vec![i])),
        }
    }
    out
}

/// The `{names}` in a text, or what is wrong with its braces.
pub fn placeholders(text: &str) -> Result<Vec<&str>, String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!("a `}}` without `{{` in \"{text}\""));
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| format!("a `{{` without `}}` in \"{text}\""))?;
        let name = &after[..close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!(
                "`{{{name}}}` is not a placeholder name in \"{text}\""
            ));
        }
        names.push(name);
        rest = &after[close + 1..];
    }
    Ok(names)
}

/// Whether some combination of answers to the questions a condition reads makes it hold.
fn satisfiable(cond: &Condition, questions: &[QuestionDef]) -> bool {
    let mut read: Vec<&QuestionDef> = Vec::new();
    for r in cond.refs() {
        if let Some(q) = questions.iter().find(|q| q.id == r.question) {
            if !read.iter().any(|x| x.id == q.id) {
                read.push(q);
            }
        }
    }
    let options: Vec<Vec<Vec<String>>> = read
        .iter()
        .map(|q| all_answers(q.kind, &q.choices))
        .collect();
    let mut idx = vec![0usize; read.len()];
    loop {
        let chosen = |q: &str, c: &str| {
            read.iter()
                .position(|x| x.id == q)
                .is_some_and(|i| options[i][idx[i]].iter().any(|x| x == c))
        };
        if cond.holds(&chosen) {
            return true;
        }
        // Next combination (odometer).
        let mut i = 0;
        loop {
            if i == idx.len() {
                return false;
            }
            idx[i] += 1;
            if idx[i] < options[i].len() {
                break;
            }
            idx[i] = 0;
            i += 1;
        }
    }
}

fn duplicates<'a>(kind: &'static str, ids: impl Iterator<Item = &'a str>, out: &mut Vec<Problem>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            out.push(Problem::DuplicateId {
                kind,
                id: id.to_owned(),
            });
        }
    }
}

fn check_sources(what: String, tags: &[String], s: &Structure, out: &mut Vec<Problem>) {
    if tags.is_empty() {
        out.push(Problem::NoSources { what: what.clone() });
    }
    for t in tags {
        if !s.sources.iter().any(|x| &x.tag == t) {
            out.push(Problem::UnknownId {
                kind: "source",
                id: t.clone(),
                in_: what.clone(),
            });
        }
    }
}

/// Checks a condition's references; `before` is the number of questions asked before the
/// place the condition is evaluated (all of them for rules).
fn check_condition(
    cond: &Condition,
    owner: &str,
    before: usize,
    s: &Structure,
    out: &mut Vec<Problem>,
) {
    for r in cond.refs() {
        match s.questions.iter().position(|q| q.id == r.question) {
            None => out.push(Problem::UnknownId {
                kind: "question",
                id: r.question.clone(),
                in_: owner.to_owned(),
            }),
            Some(i) => {
                if i >= before {
                    out.push(Problem::Cycle {
                        question: owner.to_owned(),
                        reads: r.question.clone(),
                    });
                }
                if !s.questions[i].choices.iter().any(|c| c.id == r.choice) {
                    out.push(Problem::UnknownId {
                        kind: "choice",
                        id: format!("{}.{}", r.question, r.choice),
                        in_: owner.to_owned(),
                    });
                }
            }
        }
    }
}

/// Every problem in the structure and the locales, sorted. Empty means valid.
pub fn validate(s: &Structure, locales: &[Locale]) -> Vec<Problem> {
    let mut out = Vec::new();
    if s.version.trim().is_empty() {
        out.push(Problem::Malformed {
            what: "version".into(),
            detail: "empty".into(),
        });
    }
    if !is_iso_date(&s.reviewed) {
        out.push(Problem::Malformed {
            what: "reviewed".into(),
            detail: format!("`{}` is not YYYY-MM-DD", s.reviewed),
        });
    }
    duplicates("source", s.sources.iter().map(|x| x.tag.as_str()), &mut out);
    duplicates("region", s.regions.iter().map(|x| x.id.as_str()), &mut out);
    duplicates(
        "question",
        s.questions.iter().map(|x| x.id.as_str()),
        &mut out,
    );
    duplicates("rule", s.rules.iter().map(|x| x.id.as_str()), &mut out);
    duplicates("outcome", s.outcomes.iter().map(|x| x.level.id()), &mut out);
    duplicates("panel", s.panels.iter().map(|x| x.id.as_str()), &mut out);
    duplicates("locale", locales.iter().map(|x| x.lang.as_str()), &mut out);
    if !s.regions.iter().any(|r| r.id == "default") {
        out.push(Problem::UnknownId {
            kind: "region",
            id: "default".into(),
            in_: "regions".into(),
        });
    }
    if s.questions.is_empty() {
        out.push(Problem::DeadEnd {
            detail: "there are no questions".into(),
        });
    }

    // Pages: contiguous, one screen each; a question's condition reads only earlier pages.
    let page_list = pages(s);
    duplicates(
        "page",
        page_list.iter().map(|(id, _)| id.as_str()),
        &mut out,
    );
    let mut page_start = vec![0usize; s.questions.len()];
    for (id, qs) in &page_list {
        for &i in qs {
            page_start[i] = qs[0];
            if s.questions[i].screen != s.questions[qs[0]].screen {
                out.push(Problem::BadQuestion {
                    question: s.questions[i].id.clone(),
                    detail: format!("page `{id}` mixes screens"),
                });
            }
        }
    }
    let read_by_conditions = |qid: &str| {
        s.rules.iter().any(|r| r.when.reads(qid))
            || s.questions
                .iter()
                .filter_map(|q| q.ask_when.as_ref())
                .any(|c| c.reads(qid))
    };

    // Questions: choices, order of screens, conditions only on earlier pages.
    let mut last_screen = Screen::Emergency;
    for (i, q) in s.questions.iter().enumerate() {
        if q.optional && read_by_conditions(&q.id) {
            out.push(Problem::BadQuestion {
                question: q.id.clone(),
                detail: "optional, but a rule or condition reads it (skipping must not matter)"
                    .into(),
            });
        }
        if q.optional && q.screen != Screen::Details {
            out.push(Problem::BadQuestion {
                question: q.id.clone(),
                detail: "a red-flag question cannot be optional".into(),
            });
        }
        duplicates("choice", q.choices.iter().map(|c| c.id.as_str()), &mut out);
        if q.choices.len() < 2 {
            out.push(Problem::BadQuestion {
                question: q.id.clone(),
                detail: "fewer than two choices (a dead end)".into(),
            });
        }
        let exclusive = q.choices.iter().filter(|c| c.exclusive).count();
        if q.kind == QuestionKind::Single && exclusive > 0 {
            out.push(Problem::BadQuestion {
                question: q.id.clone(),
                detail: "`exclusive` only makes sense on checkboxes".into(),
            });
        }
        if exclusive > 1 {
            out.push(Problem::BadQuestion {
                question: q.id.clone(),
                detail: "more than one exclusive choice".into(),
            });
        }
        if q.screen < last_screen {
            out.push(Problem::ScreenOrder {
                question: q.id.clone(),
            });
        }
        last_screen = last_screen.max(q.screen);
        if let Some(c) = &q.ask_when {
            check_condition(c, &q.id, page_start[i], s, &mut out);
            if !satisfiable(c, &s.questions) {
                out.push(Problem::UnreachableQuestion {
                    question: q.id.clone(),
                });
            }
        }
    }

    // Rules.
    for r in &s.rules {
        check_condition(
            &r.when,
            &format!("rule `{}`", r.id),
            s.questions.len(),
            s,
            &mut out,
        );
        if !satisfiable(&r.when, &s.questions) {
            out.push(Problem::UnreachableRule { rule: r.id.clone() });
        }
        check_sources(format!("rule `{}`", r.id), &r.sources, s, &mut out);
        for p in &r.panels {
            if !s.panels.iter().any(|x| &x.id == p) {
                out.push(Problem::UnknownId {
                    kind: "panel",
                    id: p.clone(),
                    in_: format!("rule `{}`", r.id),
                });
            }
        }
        if !is_iso_date(&r.reviewed) {
            out.push(Problem::Malformed {
                what: format!("rule `{}`", r.id),
                detail: format!("reviewed `{}` is not YYYY-MM-DD", r.reviewed),
            });
        }
        if !s.outcomes.iter().any(|o| o.level == r.level) {
            out.push(Problem::DeadEnd {
                detail: format!(
                    "rule `{}` sets `{}`, which has no outcome",
                    r.id,
                    r.level.id()
                ),
            });
        }
    }
    // Red-flag screens must lead somewhere: each red-flag question has a rule at its screen's
    // level, and its "not sure" answer is read by a rule too (it must never count as "no").
    for q in s.questions.iter().filter(|q| q.screen != Screen::Details) {
        let level = if q.screen == Screen::Emergency {
            CareLevel::Emergency
        } else {
            CareLevel::Urgent
        };
        let reads = |c: &str| -> Vec<CareLevel> {
            s.rules
                .iter()
                .filter(|r| {
                    r.when
                        .refs()
                        .iter()
                        .any(|x| x.question == q.id && x.choice == c)
                })
                .map(|r| r.level)
                .collect()
        };
        if !q.choices.iter().any(|c| reads(&c.id).contains(&level)) {
            out.push(Problem::DeadEnd {
                detail: format!(
                    "red-flag question `{}` has no rule at level `{}`",
                    q.id,
                    level.id()
                ),
            });
        }
        // CLINICAL.md §4 rule 2: "not sure" on a red flag gives at least urgent.
        for c in q.choices.iter().filter(|c| c.unsure) {
            if !reads(&c.id).iter().any(|l| *l >= CareLevel::Urgent) {
                out.push(Problem::DeadEnd {
                    detail: format!(
                        "red-flag answer `{}.{}` must give at least `urgent` (no rule does)",
                        q.id, c.id
                    ),
                });
            }
        }
    }

    // Outcomes.
    for level in CareLevel::ALL {
        if !s.outcomes.iter().any(|o| o.level == level) || !s.rules.iter().any(|r| r.level == level)
        {
            out.push(Problem::UnreachableOutcome { level });
        }
    }
    for o in &s.outcomes {
        if !is_iso_date(&o.reviewed) {
            out.push(Problem::Malformed {
                what: format!("outcome `{}`", o.level.id()),
                detail: format!("reviewed `{}` is not YYYY-MM-DD", o.reviewed),
            });
        }
    }
    for p in &s.panels {
        check_sources(format!("panel `{}`", p.id), &p.sources, s, &mut out);
        if !is_iso_date(&p.reviewed) {
            out.push(Problem::Malformed {
                what: format!("panel `{}`", p.id),
                detail: format!("reviewed `{}` is not YYYY-MM-DD", p.reviewed),
            });
        }
    }

    check_relief(s, &mut out);

    for l in locales {
        validate_locale(s, l, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

/// The relief mode names panels that exist, a wait CLINICAL.md §4 rule 10 allows, and a
/// rule that gets help today at least (a cramp that will not ease is never self-care).
fn check_relief(s: &Structure, out: &mut Vec<Problem>) {
    let r = &s.relief;
    if r.muscles.is_empty() {
        out.push(Problem::Malformed {
            what: "relief".into(),
            detail: "names no muscle".into(),
        });
    }
    for p in r.muscles.iter().chain([&r.also, &r.eased]) {
        if !s.panels.iter().any(|x| &x.id == p) {
            out.push(Problem::UnknownId {
                kind: "panel",
                id: p.clone(),
                in_: "relief".into(),
            });
        }
    }
    if !(1..=10).contains(&r.minutes) {
        out.push(Problem::Malformed {
            what: "relief".into(),
            detail: format!("waits {} minutes; CLINICAL.md allows 1 to 10", r.minutes),
        });
    }
    match s.rules.iter().find(|x| x.id == r.rule) {
        None => out.push(Problem::UnknownId {
            kind: "rule",
            id: r.rule.clone(),
            in_: "relief".into(),
        }),
        Some(x) if x.level < CareLevel::Urgent => out.push(Problem::Malformed {
            what: "relief".into(),
            detail: format!("rule `{}` must be at least `urgent`", x.id),
        }),
        Some(_) => {}
    }
}

fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn validate_locale(s: &Structure, l: &Locale, out: &mut Vec<Problem>) {
    let lang = &l.lang;
    let missing = |what: String| Problem::MissingText {
        lang: lang.clone(),
        what,
    };
    let empty = |t: &str| t.trim().is_empty();
    for k in UI_KEYS {
        if l.ui.get(*k).is_none_or(|t| empty(t)) {
            out.push(missing(format!("ui.{k}")));
        }
    }
    for k in l.ui.keys() {
        if !UI_KEYS.contains(&k.as_str()) {
            out.push(Problem::UnknownText {
                lang: lang.clone(),
                what: format!("ui key `{k}`"),
            });
        }
    }
    let page_list = pages(s);
    for (id, qs) in &page_list {
        if qs.len() > 1 && l.page.get(id).is_none_or(|t| empty(&t.title)) {
            out.push(missing(format!(
                "title of page `{id}` (it has several questions)"
            )));
        }
    }
    for k in l.page.keys() {
        if !page_list.iter().any(|(id, qs)| id == k && qs.len() > 1) {
            out.push(Problem::UnknownText {
                lang: lang.clone(),
                what: format!("page `{k}` (only pages of several questions have a title)"),
            });
        }
    }
    // Every `{placeholder}` must be one its place fills: anything else would reach a patient
    // as literal text.
    let mut resolved = resolve(s, l);
    resolved.for_each_text_mut(&mut |what, kind, text| {
        let problem = match placeholders(text) {
            Err(detail) => Some(detail),
            Ok(names) => names
                .into_iter()
                .find(|n| !kind.allowed().contains(n))
                .map(|n| {
                    format!(
                        "`{{{n}}}` is not filled here (allowed: {:?})",
                        kind.allowed()
                    )
                }),
        };
        if let Some(detail) = problem {
            out.push(Problem::Placeholder {
                lang: lang.clone(),
                what: what.to_owned(),
                detail,
            });
        }
    });
    for q in &s.questions {
        let Some(t) = l.question.get(&q.id) else {
            out.push(missing(format!("question `{}`", q.id)));
            continue;
        };
        for (field, v) in [
            ("title", &t.title),
            ("short", &t.short),
            ("why", &t.why),
            ("error", &t.error),
        ] {
            if empty(v) {
                out.push(missing(format!("question `{}` {field}", q.id)));
            }
        }
        for c in &q.choices {
            if t.choice.get(&c.id).is_none_or(|c| empty(&c.label)) {
                out.push(missing(format!("choice `{}.{}`", q.id, c.id)));
            }
        }
        for c in t.choice.keys() {
            if !q.choices.iter().any(|x| &x.id == c) {
                out.push(Problem::UnknownText {
                    lang: lang.clone(),
                    what: format!("choice `{}.{c}`", q.id),
                });
            }
        }
    }
    for r in &s.rules {
        match l.rule.get(&r.id) {
            None => out.push(missing(format!("rule `{}`", r.id))),
            Some(t) if empty(&t.reason) => out.push(missing(format!("rule `{}` reason", r.id))),
            Some(_) => {}
        }
    }
    for o in &s.outcomes {
        let id = o.level.id();
        match l.outcome.get(id) {
            None => out.push(missing(format!("outcome `{id}`"))),
            Some(t) => {
                if empty(&t.title) || empty(&t.summary) {
                    out.push(missing(format!("outcome `{id}` title or summary")));
                }
                if t.do_now.is_empty() || t.do_now.iter().any(|x| empty(x)) {
                    out.push(Problem::EmptyAdvice {
                        lang: lang.clone(),
                        what: format!("outcome `{id}` do-now"),
                    });
                }
                if t.watch_for.is_empty() || t.watch_for.iter().any(|x| empty(x)) {
                    out.push(Problem::EmptyAdvice {
                        lang: lang.clone(),
                        what: format!("outcome `{id}` watch-for (safety-netting)"),
                    });
                }
            }
        }
    }
    for p in &s.panels {
        match l.panel.get(&p.id) {
            None => out.push(missing(format!("panel `{}`", p.id))),
            Some(t) if empty(&t.title) || t.body.is_empty() => out.push(Problem::EmptyAdvice {
                lang: lang.clone(),
                what: format!("panel `{}`", p.id),
            }),
            Some(_) => {}
        }
    }
    for r in &s.regions {
        match l.region.get(&r.id) {
            None => out.push(missing(format!("region `{}`", r.id))),
            Some(t) => {
                for (field, v) in [
                    ("name", &t.name),
                    ("emergency", &t.emergency),
                    ("urgent", &t.urgent),
                    ("worried", &t.worried),
                    ("quinine", &t.quinine),
                ] {
                    if empty(v) {
                        out.push(missing(format!("region `{}` {field}", r.id)));
                    }
                }
            }
        }
    }
    let unknown = |kind: &str, id: &String| Problem::UnknownText {
        lang: lang.clone(),
        what: format!("{kind} `{id}`"),
    };
    out.extend(
        l.question
            .keys()
            .filter(|k| !s.questions.iter().any(|q| &q.id == *k))
            .map(|k| unknown("question", k)),
    );
    out.extend(
        l.rule
            .keys()
            .filter(|k| !s.rules.iter().any(|q| &q.id == *k))
            .map(|k| unknown("rule", k)),
    );
    out.extend(
        l.outcome
            .keys()
            .filter(|k| !s.outcomes.iter().any(|q| q.level.id() == k.as_str()))
            .map(|k| unknown("outcome", k)),
    );
    out.extend(
        l.panel
            .keys()
            .filter(|k| !s.panels.iter().any(|q| &q.id == *k))
            .map(|k| unknown("panel", k)),
    );
    out.extend(
        l.region
            .keys()
            .filter(|k| !s.regions.iter().any(|q| &q.id == *k))
            .map(|k| unknown("region", k)),
    );
}

/// Builds the shipped bundle for one locale. Call only on content that [`validate`] passed:
/// anything missing here becomes an empty string.
pub fn resolve(s: &Structure, l: &Locale) -> Bundle {
    let ui = UiTexts::from_lookup(&|k| Some(l.ui.get(k).cloned().unwrap_or_default()))
        .expect("every key answers");
    let questions = s
        .questions
        .iter()
        .map(|q| {
            let t = l.question.get(&q.id);
            let text = |f: fn(&QuestionText) -> &String| t.map(f).cloned().unwrap_or_default();
            Question {
                id: q.id.clone(),
                page: page_of(q).to_owned(),
                optional: q.optional,
                kind: q.kind,
                screen: q.screen,
                ask_when: q.ask_when.clone(),
                title: text(|t| &t.title),
                hint: t.and_then(|t| t.hint.clone()),
                why: text(|t| &t.why),
                error: text(|t| &t.error),
                short: text(|t| &t.short),
                choices: q
                    .choices
                    .iter()
                    .map(|c| {
                        let ct = t.and_then(|t| t.choice.get(&c.id));
                        Choice {
                            id: c.id.clone(),
                            label: ct.map(|x| x.label.clone()).unwrap_or_default(),
                            hint: ct.and_then(|x| x.hint.clone()),
                            exclusive: c.exclusive,
                            unsure: c.unsure,
                            linked: c.linked,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let rules = s
        .rules
        .iter()
        .map(|r| {
            let t = l.rule.get(&r.id);
            Rule {
                id: r.id.clone(),
                level: r.level,
                when: r.when.clone(),
                sources: r.sources.clone(),
                reviewed: r.reviewed.clone(),
                reason: t.map(|t| t.reason.clone()).unwrap_or_default(),
                advice: t.and_then(|t| t.advice.clone()),
                panels: r.panels.clone(),
            }
        })
        .collect();
    let outcomes = s
        .outcomes
        .iter()
        .map(|o| {
            let t = l.outcome.get(o.level.id());
            Outcome {
                level: o.level,
                title: t.map(|t| t.title.clone()).unwrap_or_default(),
                summary: t.map(|t| t.summary.clone()).unwrap_or_default(),
                do_now: t.map(|t| t.do_now.clone()).unwrap_or_default(),
                watch_for: t.map(|t| t.watch_for.clone()).unwrap_or_default(),
                reviewed: o.reviewed.clone(),
            }
        })
        .collect();
    let panels = s
        .panels
        .iter()
        .map(|p| {
            let t = l.panel.get(&p.id);
            Panel {
                id: p.id.clone(),
                title: t.map(|t| t.title.clone()).unwrap_or_default(),
                body: t.map(|t| t.body.clone()).unwrap_or_default(),
                sources: p.sources.clone(),
                reviewed: p.reviewed.clone(),
            }
        })
        .collect();
    let regions = s
        .regions
        .iter()
        .map(|r| {
            let t = l.region.get(&r.id);
            let text = |f: fn(&RegionText) -> &String| t.map(f).cloned().unwrap_or_default();
            Region {
                id: r.id.clone(),
                name: text(|t| &t.name),
                emergency_number: r.emergency_number.clone(),
                urgent_number: r.urgent_number.clone(),
                emergency: text(|t| &t.emergency),
                urgent: text(|t| &t.urgent),
                worried: text(|t| &t.worried),
                quinine: text(|t| &t.quinine),
            }
        })
        .collect();
    let pages = pages(s)
        .into_iter()
        .map(|(id, qs)| {
            let t = (qs.len() > 1).then(|| l.page.get(&id)).flatten();
            Page {
                screen: s.questions[qs[0]].screen,
                questions: qs.iter().map(|&i| s.questions[i].id.clone()).collect(),
                title: t.map(|t| t.title.clone()),
                hint: t.and_then(|t| t.hint.clone()),
                id,
            }
        })
        .collect();
    Bundle {
        version: s.version.clone(),
        reviewed: s.reviewed.clone(),
        lang: l.lang.clone(),
        ui,
        questions,
        pages,
        rules,
        outcomes,
        panels,
        relief: s.relief.clone(),
        sources: s.sources.clone(),
        regions,
    }
}
