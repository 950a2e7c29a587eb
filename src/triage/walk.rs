//! The exhaustive walk: every answer path through the real [`Session`], depth first.
//!
//! Radios try every choice; checkboxes every subset of the choices some rule or `ask-when`
//! reads (with none and with all of the others); optional questions, which no rule reads, are
//! skipped. Each finished path is handed to a check. The triage tests prove the CLINICAL.md §4
//! rules on every path with it, and the clinical safety case reports its figures (the number
//! of paths and how many end at each level) from the same walk.

use std::collections::{BTreeMap, BTreeSet};

use super::session::{Asked, Session, Step};
use crate::content::{Bundle, CareLevel, Question, QuestionKind, Rule};

/// The choices that can change the level or the flow, per question: those some `ask-when` or
/// some rule reads, except rules that only add self-care advice (a trigger, pregnancy, the
/// kidney team), whose choices the walk tries all together and none (like choices no rule
/// reads); the test `advice_follows_exactly_what_was_reported` covers every subset of those.
pub fn read_choices(b: &Bundle) -> BTreeSet<(String, String)> {
    let mut read = BTreeSet::new();
    let conds = b
        .rules
        .iter()
        .filter(|r| !advice_only(r))
        .map(|r| &r.when)
        .chain(b.questions.iter().filter_map(|q| q.ask_when.as_ref()));
    for c in conds {
        for r in c.refs() {
            read.insert((r.question.to_string(), r.choice.to_string()));
        }
    }
    read
}

/// A rule that can only add advice: self-care level, with advice, and not the rule that
/// makes the self-care outcome (`typical-cramp`, which has panels and no advice).
pub fn advice_only(r: &Rule) -> bool {
    r.level == CareLevel::SelfCare && r.advice.is_some()
}

/// Every subset of `items` (the empty one first), each in `items` order.
pub fn subsets(items: &[&str]) -> Vec<Vec<String>> {
    (0u32..(1 << items.len()))
        .map(|mask| {
            (0..items.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| items[i].to_owned())
                .collect()
        })
        .collect()
}

/// The answers the walk tries for a question. Radios: every choice. Checkboxes: every subset
/// of the choices that rules read, combined with none and with all of the choices no rule
/// reads, plus the exclusive choice alone. Choices no rule reads cannot change the level,
/// the reasons or the flow; the test `linked_list_is_exactly_what_was_reported` covers every
/// subset of them for the "mention to your doctor" list.
pub fn answers_to_try(q: &Question, read: &BTreeSet<(String, String)>) -> Vec<Vec<String>> {
    match q.kind {
        QuestionKind::Single => q.choices.iter().map(|c| vec![c.id.to_string()]).collect(),
        QuestionKind::Multiple => {
            let normal: Vec<&str> = q
                .choices
                .iter()
                .filter(|c| !c.exclusive)
                .map(|c| &*c.id)
                .collect();
            let (r, u): (Vec<&str>, Vec<&str>) = normal
                .iter()
                .partition(|c| read.contains(&(q.id.to_string(), c.to_string())));
            let unread_reps: Vec<Vec<&str>> = if u.is_empty() {
                vec![vec![]]
            } else {
                vec![vec![], u.clone()]
            };
            let mut out: Vec<Vec<String>> = q
                .choices
                .iter()
                .filter(|c| c.exclusive)
                .map(|c| vec![c.id.to_string()])
                .collect();
            for read_part in subsets(&r) {
                for rep in &unread_reps {
                    let mut a = read_part.clone();
                    a.extend(rep.iter().map(|s| s.to_string()));
                    if !a.is_empty() {
                        out.push(a);
                    }
                }
            }
            out
        }
    }
}

/// Every combination of the answers to try for each question of a page (the product).
fn page_answers(
    qs: &[Asked<'_>],
    read: &BTreeSet<(String, String)>,
) -> Vec<Vec<(String, Vec<String>)>> {
    let mut out: Vec<Vec<(String, Vec<String>)>> = vec![Vec::new()];
    for (q, _) in qs {
        // An optional question no rule reads cannot change anything: skip it on the walk.
        let tries = if q.optional {
            vec![Vec::new()]
        } else {
            answers_to_try(q, read)
        };
        out = out
            .into_iter()
            .flat_map(|prefix| {
                tries.iter().map(move |a| {
                    let mut p = prefix.clone();
                    p.push((q.id.to_string(), a.clone()));
                    p
                })
            })
            .collect();
    }
    out
}

/// One finished path.
#[derive(Clone, Debug)]
pub struct Path {
    /// The answers given, page by page, in the order asked.
    pub answers: Vec<(String, Vec<String>)>,
    /// Whether the outcome came early (at urgent or emergency, before check-your-answers).
    pub early: bool,
}

/// What the walk saw.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Distinct answer paths, each ending in an outcome.
    pub paths: u64,
    /// Paths per care level.
    pub by_level: BTreeMap<CareLevel, u64>,
    /// Paths whose outcome came early.
    pub early: u64,
    /// Every question asked on some path.
    pub asked: BTreeSet<String>,
    /// Every rule that was a reason or gave advice on some path.
    pub rules_fired: BTreeSet<String>,
    /// The most screens any path took, counting the start screen and the outcome.
    pub most_screens: usize,
}

/// A check run on each finished path: the session at its outcome and the path.
pub type Check<'c> = dyn FnMut(&Bundle, &Session, &Path) + 'c;

/// Walks every answer path from the start, calling `check` on each finished one.
pub fn walk(b: &Bundle, check: &mut Check<'_>) -> Stats {
    let read = read_choices(b);
    let mut stats = Stats::default();
    walk_from(
        b,
        &read,
        &Session::start(b),
        &mut Vec::new(),
        &mut stats,
        check,
    );
    stats
}

fn walk_from(
    b: &Bundle,
    read: &BTreeSet<(String, String)>,
    s: &Session,
    path: &mut Vec<(String, Vec<String>)>,
    stats: &mut Stats,
    check: &mut Check<'_>,
) {
    match s.step(b) {
        Step::Questions(page, qs) => {
            for (q, _) in &qs {
                stats.asked.insert(q.id.to_string());
            }
            for answers in page_answers(&qs, read) {
                let next = s
                    .answer(b, &page.id, answers.clone())
                    .expect("every tried answer is valid");
                let n = path.len();
                path.extend(answers);
                walk_from(b, read, &next, path, stats, check);
                path.truncate(n);
            }
        }
        Step::CheckAnswers(given) => {
            assert_eq!(
                given.len(),
                path.len(),
                "check-your-answers lists every answer that counts"
            );
            let done = s.confirm(b);
            finish(b, &done, path, false, stats, check);
        }
        Step::Outcome(_) => finish(b, s, path, true, stats, check),
    }
}

fn finish(
    b: &Bundle,
    s: &Session,
    path: &[(String, Vec<String>)],
    early: bool,
    stats: &mut Stats,
    check: &mut Check<'_>,
) {
    let Step::Outcome(a) = s.step(b) else {
        panic!("a finished path shows an outcome: {path:?}")
    };
    stats.paths += 1;
    stats.early += u64::from(early);
    *stats.by_level.entry(a.level).or_default() += 1;
    stats.most_screens = stats.most_screens.max(s.screens());
    for r in a.reasons.iter().chain(&a.advice) {
        stats.rules_fired.insert(r.id.to_string());
    }
    check(
        b,
        s,
        &Path {
            answers: path.to_vec(),
            early,
        },
    );
}
