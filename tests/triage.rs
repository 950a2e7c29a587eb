//! Triage, proven over every answer path: an exhaustive walk of the questionnaire through the
//! real `Session`, the CLINICAL.md §4 rules and safety properties checked on every path, back
//! and change, and the clinician-readable scenarios.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use night_leg_cramps::content::{
    self, Bundle, CareLevel, PanelId, Question, QuestionKind, Rule, Screen,
};
use night_leg_cramps::triage::assess::{assess, level};
use night_leg_cramps::triage::scenario::{self, ScenarioFile};
use night_leg_cramps::triage::walk::{
    self, advice_only, answers_to_try, read_choices, subsets, Path,
};
use night_leg_cramps::triage::{AnswerError, Session, Step};

fn en() -> Bundle {
    content::bundle("en").unwrap()
}

fn given_of<'a>(
    b: &'a Bundle,
    answers: &'a [(String, Vec<String>)],
) -> Vec<(&'a Question, &'a [String])> {
    answers
        .iter()
        .map(|(q, a)| (b.question(q).unwrap(), a.as_slice()))
        .collect()
}

fn chose(p: &Path, q: &str, c: &str) -> bool {
    p.answers
        .iter()
        .any(|(x, a)| x == q && a.iter().any(|y| y == c))
}

/// The level the pure engine gives when one answer of a path is replaced.
fn level_with(b: &Bundle, p: &Path, q: &str, replacement: &[String]) -> CareLevel {
    let answers: Vec<(String, Vec<String>)> = p
        .answers
        .iter()
        .map(|(x, a)| {
            if x == q {
                (x.clone(), replacement.to_vec())
            } else {
                (x.clone(), a.clone())
            }
        })
        .collect();
    level(b, &given_of(b, &answers))
}

/// Self-care panels: cramp-easing and prevention tips.
const CRAMP_PANELS: &[PanelId] = &[PanelId::Relief, PanelId::Prevention];

/// The CLINICAL.md §4 rules and the safety properties, on one finished path.
fn check_path(b: &Bundle, s: &Session, p: &Path) {
    let Step::Outcome(a) = s.step(b) else {
        panic!("a finished path shows an outcome")
    };
    let ctx = || format!("path {:?}", p.answers);

    // Exactly one outcome, at the most urgent level any applying rule sets, with reasons that
    // are exactly the rules at that level, all with text and sources.
    let given = given_of(b, &p.answers);
    assert_eq!(a.level, level(b, &given), "{}", ctx());
    assert!(!a.reasons.is_empty(), "every outcome says why: {}", ctx());
    assert!(
        a.reasons
            .iter()
            .all(|r| r.level == a.level && !r.reason.is_empty() && !r.sources.is_empty()),
        "{}",
        ctx()
    );
    let outcome = b.outcome(a.level);
    assert!(
        !outcome.do_now.is_empty() && !outcome.watch_for.is_empty(),
        "what to do and what to watch for: {}",
        ctx()
    );

    // At most 10 screens on any path, counting the start screen, check-your-answers and the
    // outcome (issue: a person with typical cramps took 17).
    assert!(s.screens() <= 10, "{} screens: {}", s.screens(), ctx());

    // Red flags first: emergency questions, then urgent, then details, in that order.
    let screens: Vec<Screen> = p
        .answers
        .iter()
        .map(|(q, _)| b.question(q).unwrap().screen)
        .collect();
    assert!(screens.windows(2).all(|w| w[0] <= w[1]), "{}", ctx());
    if let Some(i) = screens.iter().position(|s| *s == Screen::Details) {
        let red_flags = b
            .questions
            .iter()
            .filter(|q| q.screen != Screen::Details)
            .count();
        assert_eq!(
            i,
            red_flags,
            "every red-flag question is asked before any detail: {}",
            ctx()
        );
    }

    // A sign on the emergency screen shows the emergency outcome at once; a sign on an urgent
    // screen (after a clear emergency screen) shows at least urgent at once.
    let last = &p.answers.last().unwrap().0;
    for q in b.questions.iter().filter(|q| q.screen != Screen::Details) {
        let sign = p.answers.iter().any(|(x, ans)| {
            x == &q.id
                && ans.iter().any(|c| {
                    q.choices
                        .iter()
                        .any(|x| &x.id == c && !x.exclusive && !x.unsure)
                })
        });
        let unsure = p.answers.iter().any(|(x, ans)| {
            x == &q.id
                && ans
                    .iter()
                    .any(|c| q.choices.iter().any(|x| &x.id == c && x.unsure))
        });
        if sign && q.screen == Screen::Emergency {
            assert_eq!(a.level, CareLevel::Emergency, "{}", ctx());
        }
        if sign || unsure {
            // CLINICAL.md §4 rule 2: "not sure" on any red flag gives at least urgent.
            assert!(a.level >= CareLevel::Urgent, "{}: {}", q.id, ctx());
            assert!(
                p.early && last == &q.id,
                "nothing is asked after a red flag: {}",
                ctx()
            );
        }
    }
    // The outcome appears early only when the level is at least urgent, and urgent levels
    // never wait for check-your-answers.
    assert_eq!(p.early, a.level >= CareLevel::Urgent, "{}", ctx());

    // Monotonic safety, for every red-flag question on the path: adding any answer never
    // lowers the level, and "not sure" alone gives at least urgent.
    for (qid, ans) in p
        .answers
        .iter()
        .filter(|(q, _)| b.question(q).unwrap().screen != Screen::Details)
    {
        let q = b.question(qid).unwrap();
        let unsure: Vec<String> = q
            .choices
            .iter()
            .filter(|c| c.unsure)
            .map(|c| c.id.to_string())
            .collect();
        assert!(
            level_with(b, p, qid, &unsure) >= CareLevel::Urgent,
            "{qid}: not sure alone: {}",
            ctx()
        );
        for c in q.choices.iter().filter(|c| !c.exclusive) {
            let mut more: Vec<String> = ans
                .iter()
                .filter(|x| !q.choices.iter().any(|y| &y.id == *x && y.exclusive))
                .cloned()
                .collect();
            more.push(c.id.to_string());
            let with = level_with(b, p, qid, &more);
            assert!(with >= a.level, "{qid} + {}: {}", c.id, ctx());
            let floor = if q.screen == Screen::Emergency && !c.unsure {
                CareLevel::Emergency
            } else {
                CareLevel::Urgent
            };
            assert!(with >= floor, "{qid} + {}: {with:?}: {}", c.id, ctx());
        }
    }

    // Linked conditions and medicines never change the level on their own, and are all
    // listed.
    let without_linked: Vec<(String, Vec<String>)> = p
        .answers
        .iter()
        .map(|(q, ans)| {
            let qq = b.question(q).unwrap();
            let kept: Vec<String> = ans
                .iter()
                .filter(|c| !qq.choices.iter().any(|x| &x.id == *c && x.linked))
                .cloned()
                .collect();
            let none = qq
                .choices
                .iter()
                .find(|c| c.exclusive)
                .map(|c| c.id.to_string());
            (
                q.clone(),
                if kept.is_empty() && !ans.is_empty() {
                    none.into_iter().collect()
                } else {
                    kept
                },
            )
        })
        .collect();
    // A linked choice may change the level only through a rule that names it and is among
    // the reasons (a statin with cramps since starting it: CLINICAL.md §4a).
    let without = level(b, &given_of(b, &without_linked));
    if without != a.level {
        let names_linked = |r: &&Rule| {
            r.when.refs().iter().any(|c| {
                b.question(&c.question)
                    .is_some_and(|q| q.choices.iter().any(|x| x.id == c.choice && x.linked))
            })
        };
        assert!(
            a.reasons.iter().any(names_linked),
            "linked choice changed the level: {}",
            ctx()
        );
    }
    let reported = p
        .answers
        .iter()
        .flat_map(|(q, ans)| {
            ans.iter().filter(move |c| {
                b.question(q)
                    .unwrap()
                    .choices
                    .iter()
                    .any(|x| &x.id == *c && x.linked)
            })
        })
        .count();
    assert_eq!(a.linked.len(), reported, "{}", ctx());

    // CLINICAL.md §4 rule 8: at urgent and emergency, every piece of advice, every self-care
    // panel and every source shown belongs to a reason.
    if a.level >= CareLevel::Urgent {
        assert!(a.advice.iter().all(|r| a.reasons.contains(r)), "{}", ctx());
        for panel in a.panels() {
            assert!(
                a.reasons
                    .iter()
                    .any(|r| r.panels.iter().any(|x| x == panel.id())),
                "{panel:?}: {}",
                ctx()
            );
        }
        for tag in a.sources() {
            assert!(
                a.reasons.iter().any(|r| r.sources.iter().any(|x| x == tag)),
                "{tag}: {}",
                ctx()
            );
        }
    }
    // Restless legs without cramps: no cramp-only question, no cramp advice, the RLS panel.
    if chose(p, "feeling", "urge-to-move")
        && p.answers
            .iter()
            .any(|(q, a)| q == "feeling" && a.len() == 1)
    {
        assert!(!p.answers.iter().any(|(q, _)| q == "duration"), "{}", ctx());
        assert!(
            a.panels().iter().all(|x| !CRAMP_PANELS.contains(x)),
            "{}",
            ctx()
        );
        if a.level < CareLevel::Urgent {
            assert!(a.panels().contains(&PanelId::Rls), "{}", ctx());
        }
    }

    // Pregnancy or a recent birth never changes the level on its own (quinine in pregnancy
    // does); below urgent, the check-up advice is shown.
    let pregnant = ["pregnant-early", "pregnant-middle", "pregnant-late"]
        .iter()
        .any(|c| chose(p, "pregnant", c));
    if pregnant && chose(p, "medicines", "quinine") {
        // Quinine is not safe in pregnancy (CLINICAL.md §4a): today at least.
        assert!(a.level >= CareLevel::Urgent, "{}", ctx());
        assert!(
            a.level > CareLevel::Urgent || a.reasons.iter().any(|r| r.id == "quinine-pregnancy"),
            "{}",
            ctx()
        );
    }
    // A statin with cramps that began after starting it or raising the dose, or with muscles
    // getting weaker, is urgent (CLINICAL.md §4a), even when told only on the later pages.
    if chose(p, "medicines", "statin")
        && (chose(p, "new-medicine", "yes") || chose(p, "other-symptoms", "weakness"))
    {
        assert!(a.level >= CareLevel::Urgent, "{}", ctx());
        assert!(
            a.level > CareLevel::Urgent || a.reasons.iter().any(|r| r.id == "statin-muscles"),
            "{}",
            ctx()
        );
    }
    if pregnant || chose(p, "pregnant", "recent-birth") {
        if !chose(p, "medicines", "quinine") {
            assert_eq!(
                level_with(b, p, "pregnant", &["no".into()]),
                a.level,
                "{}",
                ctx()
            );
        }
        if a.level < CareLevel::Urgent {
            assert!(a.advice.iter().any(|r| r.id == "pregnancy"), "{}", ctx());
        }
    }

    // Self-care only for typical cramps with nothing else.
    if a.level == CareLevel::SelfCare {
        assert!(
            chose(p, "feeling", "cramp")
                && (chose(p, "duration", "minutes") || chose(p, "duration", "up-to-10")),
            "{}",
            ctx()
        );
        assert!(
            !p.answers.iter().any(
                |(q, ans)| b.question(q).unwrap().screen != Screen::Details && ans[0] != "none"
            ),
            "{}",
            ctx()
        );
        assert!(
            !chose(p, "medicines", "quinine")
                && !chose(p, "new-medicine", "yes")
                && !chose(p, "new-medicine", "not-sure"),
            "{}",
            ctx()
        );
    }
    // Quinine always brings its warning below urgent. At urgent (a statin with new cramps,
    // told on the same page) the outcome shows only its reasons' advice (CLINICAL.md §4 rule
    // 8); the quinine answer is still on the printed summary for the clinician.
    if chose(p, "medicines", "quinine") && a.level < CareLevel::Urgent {
        assert!(
            a.advice
                .iter()
                .any(|r| r.id == "quinine" || r.id == "quinine-pregnancy"),
            "{}",
            ctx()
        );
    }
    // Triggers get self-care advice; dialysis and kidney failure, the kidney team.
    if a.level < CareLevel::Urgent {
        for (c, rule) in [
            ("factors", "fluids", "dehydration"),
            ("factors", "diarrhea", "dehydration"),
            ("factors", "exercise", "exercise"),
            ("conditions", "dialysis", "kidney-team"),
            ("conditions", "dialysis", "fluid-limit"),
            ("conditions", "fluid-limit", "fluid-limit"),
        ]
        .map(|(q, c, r)| ((q, c), r))
        {
            if chose(p, c.0, c.1) {
                assert!(a.advice.iter().any(|r| r.id == rule), "{rule}: {}", ctx());
            }
        }
    }

    // CLINICAL.md §4 rule 9: "Change my answers" on every outcome goes to check-your-answers,
    // or, after an early outcome, to the page that ended it with its answers; answering the
    // same again gives the same outcome.
    let change = s.change_answers();
    match change.step(b) {
        Step::CheckAnswers(_) => {
            assert!(!p.early, "{}", ctx());
            assert_eq!(outcome_level(b, &change.confirm(b)), a.level, "{}", ctx());
        }
        Step::Questions(page, qs) => {
            assert!(p.early, "{}", ctx());
            assert!(qs.iter().any(|(q, _)| &q.id == last), "{}", ctx());
            let same: Vec<(String, Vec<String>)> = qs
                .iter()
                .map(|(q, given)| {
                    (
                        q.id.to_string(),
                        given.expect("the answer is kept").to_vec(),
                    )
                })
                .collect();
            let again = change.answer(b, &page.id, same).unwrap();
            assert_eq!(outcome_level(b, &again), a.level, "{}", ctx());
        }
        Step::Outcome(_) => panic!("change my answers leaves the outcome: {}", ctx()),
    }
}

#[test]
fn every_answer_path_ends_in_exactly_one_safe_outcome() {
    let b = en();
    let stats = walk::walk(&b, &mut check_path);

    // Every question, every outcome and every rule is reachable.
    let all_questions: BTreeSet<String> = b.questions.iter().map(|q| q.id.to_string()).collect();
    assert_eq!(stats.asked, all_questions);
    for l in CareLevel::ALL {
        assert!(
            stats.by_level.get(&l).copied().unwrap_or(0) > 0,
            "{l:?} is reachable"
        );
    }
    let all_rules: BTreeSet<String> = b.rules.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(
        stats.rules_fired, all_rules,
        "every rule fires on some path"
    );
    println!(
        "distinct answer paths proven: {} {:?}; at most {} screens",
        stats.paths, stats.by_level, stats.most_screens
    );
    assert!(stats.paths > 100_000, "the walk really is exhaustive");
}

/// Calls `check` with every non-empty subset of the non-exclusive choices of every checkbox
/// question, each answered on its own.
fn each_checkbox_subset(b: &Bundle, mut check: impl FnMut(&Question, &[String])) {
    for q in b
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Multiple)
    {
        let normal: Vec<&str> = q
            .choices
            .iter()
            .filter(|c| !c.exclusive)
            .map(|c| &*c.id)
            .collect();
        for chosen in subsets(&normal).into_iter().skip(1) {
            check(q, &chosen);
        }
    }
}

#[test]
fn linked_list_is_exactly_what_was_reported() {
    // The "mention these to your doctor" list holds exactly the linked choices made, in
    // question order.
    let b = en();
    each_checkbox_subset(&b, |q, chosen| {
        let a = assess(&b, &[(q, chosen)]);
        let want: Vec<&str> = q
            .choices
            .iter()
            .filter(|c| c.linked && chosen.iter().any(|x| *x == c.id))
            .map(|c| &*c.id)
            .collect();
        let got: Vec<&str> = a.linked.iter().map(|(_, c)| &*c.id).collect();
        assert_eq!(got, want, "{} {chosen:?}", q.id);
        assert_eq!(a.level, level(&b, &[(q, chosen)]));
    });
}

#[test]
fn advice_follows_exactly_what_was_reported() {
    // The advice-only rules (triggers, dialysis, fluid limits) apply exactly when their
    // condition holds.
    let b = en();
    each_checkbox_subset(&b, |q, chosen| {
        let a = assess(&b, &[(q, chosen)]);
        for r in b.rules.iter().filter(|r| advice_only(r)) {
            let holds = r
                .when
                .holds(&|qq, c| qq == q.id && chosen.iter().any(|x| x == c));
            if a.level < CareLevel::Urgent {
                assert_eq!(a.advice.contains(&r), holds, "{} {chosen:?} {}", q.id, r.id);
            }
        }
    });
}

/// Answers from a map, through the Session, to the end (confirming check-your-answers);
/// optional questions missing from the map are skipped.
fn finish_with(b: &Bundle, mut s: Session, answers: &BTreeMap<String, Vec<String>>) -> Session {
    for _ in 0..100 {
        match s.step(b) {
            Step::Questions(page, qs) => {
                let page_answers = qs
                    .iter()
                    .map(|(q, _)| {
                        (
                            q.id.to_string(),
                            answers.get(&*q.id).cloned().unwrap_or_default(),
                        )
                    })
                    .collect();
                s = s.answer(b, &page.id, page_answers).unwrap()
            }
            Step::CheckAnswers(_) => s = s.confirm(b),
            Step::Outcome(_) => return s,
        }
    }
    panic!("no outcome");
}

fn outcome_level(b: &Bundle, s: &Session) -> CareLevel {
    match s.step(b) {
        Step::Outcome(a) => a.level,
        other => panic!("expected an outcome, got {other:?}"),
    }
}

/// A person with typical cramps who answers "none" to every list.
fn clear_answers(b: &Bundle) -> BTreeMap<String, Vec<String>> {
    let mut base: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for q in b.questions.iter().filter(|q| !q.optional) {
        let c = q
            .choices
            .iter()
            .find(|c| c.exclusive || c.id == "no")
            .unwrap_or(&q.choices[0]);
        base.insert(q.id.to_string(), vec![c.id.to_string()]);
    }
    base.insert("feeling".into(), vec!["cramp".into()]);
    base.insert("duration".into(), vec!["minutes".into()]);
    base
}

#[test]
fn typical_cramps_take_at_most_ten_screens() {
    let b = en();
    let done = finish_with(&b, Session::start(&b), &clear_answers(&b));
    assert_eq!(outcome_level(&b, &done), CareLevel::SelfCare);
    assert!(done.screens() <= 10, "{} screens", done.screens());
    // The count is real: each page answered adds one.
    assert_eq!(done.screens(), b.pages.len() + 3);
}

#[test]
fn back_and_change_keep_the_answers_that_still_apply() {
    // For every combination of answers to the questions that set levels (others at their
    // "none" answer), change every answer on check-your-answers to every other answer: the
    // result equals a fresh run with the changed answers, and the other answers are kept.
    let b = en();
    let read = read_choices(&b);
    let base = clear_answers(&b);
    let varied = ["feeling", "duration", "new-medicine", "pregnant"];
    let options: Vec<Vec<Vec<String>>> = varied
        .iter()
        .map(|q| answers_to_try(b.question(q).unwrap(), &read))
        .collect();
    let mut changes = 0u64;
    let mut idx = vec![0usize; varied.len()];
    loop {
        let mut answers = base.clone();
        for (i, q) in varied.iter().enumerate() {
            answers.insert(q.to_string(), options[i][idx[i]].clone());
        }
        let done = finish_with(&b, Session::start(&b), &answers);
        let got = outcome_level(&b, &done);
        if got <= CareLevel::Routine {
            let at_check = done.change_answers();
            let Step::CheckAnswers(given) = at_check.step(&b) else {
                panic!("change my answers from the outcome is check-your-answers")
            };
            for (q, _) in given.clone() {
                if q.optional {
                    continue;
                }
                for alt in answers_to_try(q, &read) {
                    let mut changed = answers.clone();
                    changed.insert(q.id.to_string(), alt.clone());
                    let via_change = at_check.change(&b, &q.id);
                    let Step::Questions(page, shown) = via_change.step(&b) else {
                        panic!("Change shows the question's page")
                    };
                    assert!(
                        shown
                            .iter()
                            .any(|(x, a)| x.id == q.id && *a == Some(answers[&*q.id].as_slice())),
                        "Change shows the answer given"
                    );
                    let page_answers = shown
                        .iter()
                        .map(|(x, a)| {
                            let a = if x.id == q.id {
                                alt.clone()
                            } else {
                                a.map(<[String]>::to_vec).unwrap_or_default()
                            };
                            (x.id.to_string(), a)
                        })
                        .collect();
                    let after = via_change.answer(&b, &page.id, page_answers).unwrap();
                    let after = finish_with(&b, after, &changed);
                    let fresh = finish_with(&b, Session::start(&b), &changed);
                    assert_eq!(
                        outcome_level(&b, &after),
                        outcome_level(&b, &fresh),
                        "change {} on {answers:?}",
                        q.id
                    );
                    for (later, a) in &answers {
                        if let Some(kept) = after.answer_to(later) {
                            if later != &q.id {
                                assert_eq!(kept, a.as_slice());
                            }
                        }
                    }
                    changes += 1;
                }
            }
        }
        // Next combination.
        let mut i = 0;
        loop {
            if i == idx.len() {
                println!("changes checked: {changes}");
                assert!(changes > 5_000);
                return;
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

#[test]
fn back_walks_the_pages_in_reverse_and_keeps_answers() {
    let b = en();
    let answers = clear_answers(&b);
    let mut s = Session::start(&b);
    let mut seen = Vec::new();
    for _ in 0..4 {
        let Step::Questions(page, qs) = s.step(&b) else {
            panic!()
        };
        seen.push(page.id.to_string());
        let a = qs
            .iter()
            .map(|(q, _)| {
                (
                    q.id.to_string(),
                    answers.get(&*q.id).cloned().unwrap_or_default(),
                )
            })
            .collect();
        s = s.answer(&b, &page.id, a).unwrap();
    }
    for id in seen.iter().rev() {
        s = s.back();
        let Step::Questions(page, qs) = s.step(&b) else {
            panic!()
        };
        assert_eq!(&page.id, id);
        for (q, given) in qs {
            assert_eq!(given, answers.get(&*q.id).map(Vec::as_slice));
        }
    }
    assert!(!s.can_go_back());
    assert_eq!(s.back(), s, "back on the first page does nothing");
}

#[test]
fn an_early_outcome_can_be_undone_to_the_red_flag_page() {
    // A mistaken tap on an emergency sign: "Change my answers" shows that page with the
    // answer; correcting it goes on to the next page, and the outcome is worked out again.
    let b = en();
    let s = Session::start(&b)
        .answer(
            &b,
            "emergency",
            vec![("emergency".into(), vec!["lung-clot".into()])],
        )
        .unwrap();
    assert_eq!(outcome_level(&b, &s), CareLevel::Emergency);
    assert!(s.ended_early());
    let undo = s.change_answers();
    let Step::Questions(page, qs) = undo.step(&b) else {
        panic!("change my answers shows the red-flag page")
    };
    assert_eq!(page.id, "emergency");
    assert_eq!(qs[0].1, Some(&["lung-clot".to_string()][..]));
    let fixed = undo
        .answer(
            &b,
            "emergency",
            vec![("emergency".into(), vec!["none".into()])],
        )
        .unwrap();
    assert!(matches!(fixed.step(&b), Step::Questions(p, _) if p.id == "leg-signs"));
    let done = finish_with(&b, fixed, &clear_answers(&b));
    assert_eq!(outcome_level(&b, &done), CareLevel::SelfCare);
}

#[test]
fn invalid_answers_are_refused_and_change_nothing() {
    let b = en();
    let s = Session::start(&b);
    let one = |c: &[&str]| {
        vec![(
            "emergency".to_string(),
            c.iter().map(|x| x.to_string()).collect(),
        )]
    };
    assert_eq!(
        s.answer(&b, "emergency", one(&[])),
        Err(vec![("emergency".into(), AnswerError::NothingChosen)])
    );
    assert_eq!(
        s.answer(&b, "emergency", one(&["none", "lung-clot"])),
        Err(vec![("emergency".into(), AnswerError::ExclusiveWithOthers)])
    );
    assert_eq!(
        s.answer(&b, "emergency", one(&["maybe"])),
        Err(vec![(
            "emergency".into(),
            AnswerError::UnknownChoice("maybe".into())
        )])
    );
    assert_eq!(
        s.answer(&b, "health", vec![]),
        Err(vec![(
            "health".into(),
            AnswerError::NotCurrent("health".into())
        )])
    );
    let q = b.question("pregnant").unwrap();
    assert_eq!(
        Session::check_answer(q, &["no".into(), "pregnant-early".into()]),
        Err(AnswerError::OnlyOne)
    );
    // An optional question may be skipped; a required one may not.
    assert_eq!(
        Session::check_answer(b.question("where").unwrap(), &[]),
        Ok(())
    );
    assert_eq!(
        Session::check_answer(b.question("duration").unwrap(), &[]),
        Err(AnswerError::NothingChosen)
    );
}

#[test]
fn restart_forgets_everything() {
    let b = en();
    let s = Session::start(&b)
        .answer(
            &b,
            "emergency",
            vec![("emergency".into(), vec!["none".into()])],
        )
        .unwrap();
    assert_ne!(s, Session::start(&b));
    assert_eq!(Session::start(&b).answer_to("emergency"), None);
}

#[test]
fn clinical_scenarios_give_their_expected_level_and_reasons() {
    let b = en();
    let file: ScenarioFile = toml::from_str(&common::read("tests/scenarios.toml")).unwrap();
    assert!(file.scenarios.len() >= 60);
    let mut per_level: BTreeMap<String, usize> = BTreeMap::new();
    let failures: Vec<String> = file
        .scenarios
        .iter()
        .filter_map(|s| {
            *per_level.entry(s.level.clone()).or_default() += 1;
            scenario::check(&b, &file, s)
                .err()
                .map(|e| format!("{}: {e}", s.name))
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
    for l in CareLevel::ALL {
        assert!(
            per_level.get(l.id()).copied().unwrap_or(0) >= 5,
            "at least five scenarios for {l:?}"
        );
    }
    // Every red flag, and its "not sure", has a scenario that chooses it.
    for q in b.questions.iter().filter(|q| q.screen != Screen::Details) {
        for c in q.choices.iter().filter(|c| !c.exclusive) {
            let named = file.scenarios.iter().any(|s| match s.answers.get(&*q.id) {
                Some(scenario::ScenarioAnswer::One(x)) => x == &c.id,
                Some(scenario::ScenarioAnswer::Many(xs)) => xs.iter().any(|x| *x == c.id),
                None => false,
            });
            assert!(named, "no scenario chooses {}.{}", q.id, c.id);
        }
    }
    println!("scenarios per level: {per_level:?}");
}

#[test]
fn a_wrong_expectation_fails_the_scenario() {
    let b = en();
    let mut file: ScenarioFile = toml::from_str(&common::read("tests/scenarios.toml")).unwrap();
    let mut s = file.scenarios.remove(0);
    s.level = "self-care".into();
    assert!(scenario::check(&b, &file, &s).is_err());
    s.answers.insert(
        "nonsense".into(),
        scenario::ScenarioAnswer::One("yes".into()),
    );
    assert!(scenario::check(&b, &file, &s)
        .unwrap_err()
        .contains("unknown question"));
}

/// CLINICAL.md §4 rule 10 over every case: for every "it started N minutes ago" (0 to well
/// past the limit) and every second of the next 20 minutes, the relief mode shows the outcome
/// exactly when the cramp has lasted the limit, that outcome gets help today at least, with
/// the relief rule as its reason and safety-netting; "It is not easing" gets help only once
/// the limit is reached; "It has eased" stops the timer; after going back from the outcome,
/// the timer does not show it again by itself but "It is not easing" does.
#[test]
fn relief_mode_gets_help_exactly_when_a_cramp_has_lasted_too_long() {
    use night_leg_cramps::triage::relief::{self, Relief, Stage};
    let b = en();
    let limit = b.relief.minutes;
    let outcome = relief::outcome(&b);
    assert!(outcome.level >= CareLevel::Urgent);
    assert_eq!(outcome.reason_ids(), [&*b.relief.rule]);
    assert!(!b.outcome(outcome.level).watch_for.is_empty());
    assert!(outcome.sources().contains(&"NHS"));

    let t0 = 1_700_000_000_000.0;
    let mut checked = 0u32;
    for ago in 0..=limit + 5 {
        let said = Relief::start(t0).started_ago(&b, ago, t0);
        assert_eq!(
            said.stage == Stage::Outcome,
            ago >= limit,
            "said {ago} min ago"
        );
        if ago >= limit {
            continue;
        }
        let mut r = said.clone();
        for s in 0..=20 * 60 {
            let now = t0 + f64::from(s) * 1000.0;
            let lasted = ago * 60 + s; // seconds since the cramp started
            r = r.tick(&b, now);
            assert_eq!(
                r.stage == Stage::Outcome,
                lasted >= limit * 60,
                "{ago} min ago + {s} s"
            );
            let asked = said.not_easing(&b, now);
            assert_eq!(asked.stage == Stage::Outcome, lasted >= limit * 60);
            assert_eq!(asked.keep_going, lasted < limit * 60);
            assert_eq!(said.eased().tick(&b, now).stage, Stage::Eased);
            checked += 1;
        }
        // Back from the outcome: the stretches again, no second outcome by the clock alone.
        let back = r.back();
        assert_eq!(back.stage, Stage::Easing);
        let later = t0 + 40.0 * 60_000.0;
        assert_eq!(back.tick(&b, later).stage, Stage::Easing);
        assert_eq!(back.not_easing(&b, later).stage, Stage::Outcome);
    }
    assert!(checked > 10 * 1200);
    // A clock that goes back never counts negative time.
    assert_eq!(Relief::start(t0).minutes(t0 - 3_600_000.0), 0);
}
