//! Validation of the structure: ids, references, reachability, red-flag order and rules,
//! sources, dates and the relief mode. [`validate`] also checks every locale
//! ([`crate::validate_locale`]) and returns every problem at once, sorted.

use std::collections::BTreeSet;

use crate::analysis::{pages, satisfiable};
use crate::schema::{Locale, Structure};
use crate::validate_locale::validate_locale;
use crate::{CareLevel, Condition, Problem, QuestionKind, Screen};

/// Whether an id can name a Rust enum variant ([`crate::codegen::id_enum`]; questions,
/// panels, rules, regions and locales have enums): words joined by `-`, each a letter then
/// letters or digits, in lower case. A locale is a BCP 47 tag: its subtags after the first
/// may be upper case or start with a digit (`en-GB`, `es-419`). That no two ids of a kind
/// name the same variant is checked apart, in `duplicates`.
pub fn is_id(id: &str, kind: &str) -> bool {
    let locale = kind == "locale";
    id.split('-').enumerate().all(|(i, w)| {
        w.starts_with(|c: char| c.is_ascii_alphabetic() || (locale && i > 0 && c.is_ascii_digit()))
            && w.chars().all(|c| c.is_ascii_alphanumeric())
    }) && (locale || !id.chars().any(|c| c.is_ascii_uppercase()))
}

fn duplicates<'a>(kind: &'static str, ids: impl Iterator<Item = &'a str>, out: &mut Vec<Problem>) {
    let mut seen = BTreeSet::new();
    let mut variants = BTreeSet::new();
    let named_in_code = ["question", "panel", "rule", "region", "locale"].contains(&kind);
    for id in ids {
        if named_in_code && !is_id(id, kind) {
            out.push(Problem::Malformed {
                what: format!("{kind} id `{id}`"),
                detail: if kind == "locale" {
                    "use a BCP 47 tag: subtags of letters and digits joined by `-`".into()
                } else {
                    "use lower-case words joined by `-`, each starting with a letter".into()
                },
            });
        } else if named_in_code {
            // `Self` is a keyword, and two locales differing only in case share a name.
            let variant = crate::codegen::variant_name(id);
            if variant == "Self" || !variants.insert(variant.clone()) {
                out.push(Problem::Malformed {
                    what: format!("{kind} id `{id}`"),
                    detail: format!("its Rust name `{variant}` is taken"),
                });
            }
        }
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
                id: r.question.to_string(),
                in_: owner.to_owned(),
            }),
            Some(i) => {
                if i >= before {
                    out.push(Problem::Cycle {
                        question: owner.to_owned(),
                        reads: r.question.to_string(),
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
    duplicates("source", s.sources.iter().map(|x| &*x.tag), &mut out);
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
                    id: p.to_string(),
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
                id: p.to_string(),
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
            id: r.rule.to_string(),
            in_: "relief".into(),
        }),
        Some(x) if x.level < CareLevel::Urgent => out.push(Problem::Malformed {
            what: "relief".into(),
            detail: format!("rule `{}` must be at least `urgent`", x.id),
        }),
        Some(_) => {}
    }
}

pub(crate) fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
