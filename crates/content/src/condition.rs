//! What a rule or an `ask-when` reads: typed conditions over the choices made.

use serde::{Deserialize, Serialize};

use crate::{List, Text};

/// A reference to one choice of one question, written `"question.choice"` in content files.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ChoiceRef {
    /// The question id.
    pub question: Text,
    /// The choice id within that question.
    pub choice: Text,
}

impl TryFrom<String> for ChoiceRef {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        match s.split_once('.') {
            Some((q, c)) if !q.is_empty() && !c.is_empty() && !c.contains('.') => Ok(ChoiceRef {
                question: Text::Owned(q.to_owned()),
                choice: Text::Owned(c.to_owned()),
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
    AnyOf(List<Condition>),
    /// Every one holds.
    AllOf(List<Condition>),
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
