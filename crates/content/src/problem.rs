//! One thing wrong with the content; [`validate`](crate::validate()) reports all of them.

use std::fmt;

use crate::CareLevel;

/// One thing wrong with the content. [`validate`](crate::validate()) returns all of them. Fields name the ids.
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
