//! Turning answers into a care level, its reasons, advice and the linked things to mention.

use crate::content::{Bundle, CareLevel, Choice, PanelId, Question, Rule};

/// One answered question that counts (it was asked on the person's path).
pub type Given<'a> = (&'a Question, &'a [String]);

/// The result of triage over a set of answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment<'a> {
    /// The most urgent level any rule reached (`SelfCare` when none applied).
    pub level: CareLevel,
    /// The rules at exactly that level: "because you told us …".
    pub reasons: Vec<&'a Rule>,
    /// The rules whose advice and self-care panels are shown: at urgent and emergency only
    /// the reasons (no cramp-easing tips on a tetanus outcome: CLINICAL.md §4 rule 8); below
    /// that, every rule that applied (triggers and pregnancy bring their own advice).
    pub advice: Vec<&'a Rule>,
    /// Conditions, medicines and factors linked to cramps that the person reported:
    /// listed as things to mention to a doctor; they never raise the level on their own.
    pub linked: Vec<(&'a Question, &'a Choice)>,
}

impl<'a> Assessment<'a> {
    /// Ids of the rules that set the level (used by scenarios and events).
    pub fn reason_ids(&self) -> Vec<&'a str> {
        self.reasons.iter().map(|r| &*r.id).collect()
    }

    /// The self-care panels that belong to the advice rules, each once, in rule order.
    pub fn panels(&self) -> Vec<PanelId> {
        let mut out = Vec::new();
        for id in self.advice.iter().flat_map(|r| r.panels.iter()) {
            // Validation refuses a rule naming a panel the content does not have.
            let p = PanelId::from_id(id).expect("a panel of the content");
            if !out.contains(&p) {
                out.push(p);
            }
        }
        out
    }

    /// The sources of the reasons and of the advice shown, each once.
    pub fn sources(&self) -> Vec<&'a str> {
        let mut out: Vec<&'a str> = Vec::new();
        for tag in self
            .reasons
            .iter()
            .chain(&self.advice)
            .flat_map(|r| r.sources.iter())
        {
            if !out.contains(&&**tag) {
                out.push(tag);
            }
        }
        out
    }
}

/// Whether `choice` of `question` is among the given answers.
pub fn chose(given: &[Given<'_>], question: &str, choice: &str) -> bool {
    given
        .iter()
        .any(|(q, a)| q.id == question && a.iter().any(|c| c == choice))
}

/// Every rule that applies to the given answers.
pub fn applying<'a>(bundle: &'a Bundle, given: &[Given<'_>]) -> Vec<&'a Rule> {
    bundle
        .rules
        .iter()
        .filter(|r| r.when.holds(&|q, c| chose(given, q, c)))
        .collect()
}

/// The level reached so far: the most urgent applying rule, `SelfCare` when none applies.
pub fn level(bundle: &Bundle, given: &[Given<'_>]) -> CareLevel {
    applying(bundle, given)
        .into_iter()
        .map(|r| r.level)
        .max()
        .unwrap_or(CareLevel::SelfCare)
}

/// The most urgent level any rule reading `question` can set (`None` if no rule reads it).
pub fn reach(bundle: &Bundle, question: &str) -> Option<CareLevel> {
    bundle
        .rules
        .iter()
        .filter(|r| r.when.reads(question))
        .map(|r| r.level)
        .max()
}

/// For each position `i` (0 to the number of questions), the most urgent level any question
/// from `i` on can still set. The early outcome rests on it: the `Session` stops once the
/// level reached is at least urgent and no later question can go higher.
pub fn reach_from(bundle: &Bundle) -> Vec<CareLevel> {
    let mut later = vec![CareLevel::SelfCare; bundle.questions.len() + 1];
    for (i, q) in bundle.questions.iter().enumerate().rev() {
        later[i] = later[i + 1].max(reach(bundle, &q.id).unwrap_or(CareLevel::SelfCare));
    }
    later
}

/// Assesses the given answers.
pub fn assess<'a>(bundle: &'a Bundle, given: &[Given<'a>]) -> Assessment<'a> {
    let hits = applying(bundle, given);
    let level = hits
        .iter()
        .map(|r| r.level)
        .max()
        .unwrap_or(CareLevel::SelfCare);
    let linked = given
        .iter()
        .flat_map(|(q, a)| {
            q.choices
                .iter()
                .filter(|c| c.linked && a.iter().any(|x| x == &c.id))
                .map(move |c| (*q, c))
        })
        .collect();
    Assessment {
        level,
        reasons: hits.iter().copied().filter(|r| r.level == level).collect(),
        advice: hits
            .iter()
            .copied()
            .filter(|r| r.advice.is_some() || !r.panels.is_empty())
            .filter(|r| level < CareLevel::Urgent || r.level == level)
            .collect(),
        linked,
    }
}
