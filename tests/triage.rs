//! Triage, proven over every answer path: an exhaustive walk of the questionnaire through the
//! real `Session`, the CLINICAL.md §4 rules and safety properties checked on every path, back
//! and change, and the clinician-readable scenarios.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use night_leg_cramps::content::{self, Bundle, CareLevel, Question, QuestionKind, Screen};
use night_leg_cramps::triage::assess::{assess, level};
use night_leg_cramps::triage::scenario::{self, ScenarioFile};
use night_leg_cramps::triage::{AnswerError, Session, Step};

fn en() -> Bundle {
    content::bundle("en").unwrap()
}

/// The choices some rule or `ask-when` reads, per question.
fn read_choices(b: &Bundle) -> BTreeSet<(String, String)> {
    let mut read = BTreeSet::new();
    let conds = b
        .rules
        .iter()
        .map(|r| &r.when)
        .chain(b.questions.iter().filter_map(|q| q.ask_when.as_ref()));
    for c in conds {
        for r in c.refs() {
            read.insert((r.question.clone(), r.choice.clone()));
        }
    }
    read
}

/// Every subset of `items` (the empty one first), each in `items` order.
fn subsets(items: &[&str]) -> Vec<Vec<String>> {
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
/// the reasons or the flow; `linked_list_is_exactly_what_was_reported` covers every subset of
/// them for the "mention to your doctor" list.
fn answers_to_try(q: &Question, read: &BTreeSet<(String, String)>) -> Vec<Vec<String>> {
    match q.kind {
        QuestionKind::Single => q.choices.iter().map(|c| vec![c.id.clone()]).collect(),
        QuestionKind::Multiple => {
            let normal: Vec<&str> = q
                .choices
                .iter()
                .filter(|c| !c.exclusive)
                .map(|c| c.id.as_str())
                .collect();
            let (r, u): (Vec<&str>, Vec<&str>) = normal
                .iter()
                .partition(|c| read.contains(&(q.id.clone(), c.to_string())));
            let unread_reps: Vec<Vec<&str>> = if u.is_empty() {
                vec![vec![]]
            } else {
                vec![vec![], u.clone()]
            };
            let mut out: Vec<Vec<String>> = q
                .choices
                .iter()
                .filter(|c| c.exclusive)
                .map(|c| vec![c.id.clone()])
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

/// One finished path.
struct Path {
    answers: Vec<(String, Vec<String>)>,
    early: bool,
}

struct Stats {
    paths: u64,
    by_level: BTreeMap<CareLevel, u64>,
    asked: BTreeSet<String>,
    rules_fired: BTreeSet<String>,
}

/// Walks every path depth-first through the real `Session`, checking each finished path.
fn walk(
    b: &Bundle,
    read: &BTreeSet<(String, String)>,
    s: &Session,
    path: &mut Vec<(String, Vec<String>)>,
    stats: &mut Stats,
    check: &mut dyn FnMut(&Bundle, &Session, &Path),
) {
    match s.step(b) {
        Step::Question(q, _) => {
            stats.asked.insert(q.id.clone());
            for a in answers_to_try(q, read) {
                let next = s
                    .answer(b, &q.id, a.clone())
                    .expect("every tried answer is valid");
                path.push((q.id.clone(), a));
                walk(b, read, &next, path, stats, check);
                path.pop();
            }
        }
        Step::CheckAnswers(given) => {
            assert_eq!(
                given.len(),
                path.len(),
                "check-your-answers lists every answer that counts"
            );
            let done = s.confirm(b);
            let Step::Outcome(a) = done.step(b) else {
                panic!("confirm leads to the outcome: {path:?}")
            };
            finish(b, &done, path, a.level, false, stats, check);
        }
        Step::Outcome(a) => finish(b, s, path, a.level, true, stats, check),
    }
}

fn finish(
    b: &Bundle,
    s: &Session,
    path: &[(String, Vec<String>)],
    level: CareLevel,
    early: bool,
    stats: &mut Stats,
    check: &mut dyn FnMut(&Bundle, &Session, &Path),
) {
    stats.paths += 1;
    *stats.by_level.entry(level).or_default() += 1;
    let Step::Outcome(a) = s.step(b) else {
        unreachable!()
    };
    for r in &a.reasons {
        stats.rules_fired.insert(r.id.clone());
    }
    for r in &a.advice {
        stats.rules_fired.insert(r.id.clone());
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
    let outcome = b.outcome(a.level).expect("an outcome for the level");
    assert!(
        !outcome.do_now.is_empty() && !outcome.watch_for.is_empty(),
        "what to do and what to watch for: {}",
        ctx()
    );

    // Red flags first: emergency questions, then urgent, then details, in that order.
    let screens: Vec<Screen> = p
        .answers
        .iter()
        .map(|(q, _)| b.question(q).unwrap().screen)
        .collect();
    assert!(screens.windows(2).all(|w| w[0] <= w[1]), "{}", ctx());
    let first_details = screens.iter().position(|s| *s == Screen::Details);
    if let Some(i) = first_details {
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

    // A "yes" on an emergency question shows the emergency outcome at once.
    let last = p.answers.last().unwrap();
    for q in b.questions.iter().filter(|q| q.screen == Screen::Emergency) {
        if chose(p, &q.id, "yes") {
            assert_eq!(a.level, CareLevel::Emergency, "{}", ctx());
            assert!(p.early, "{}", ctx());
            assert!(
                last.0 == q.id || chose(p, &last.0, "yes"),
                "nothing is asked after an emergency answer: {}",
                ctx()
            );
        }
    }
    // A "yes" on an urgent question (after a clear emergency screen) shows urgent at once.
    for q in b.questions.iter().filter(|q| q.screen == Screen::Urgent) {
        if chose(p, &q.id, "yes") {
            assert!(a.level >= CareLevel::Urgent, "{}", ctx());
            assert!(
                p.early && last.0 == q.id,
                "nothing is asked after an urgent answer: {}",
                ctx()
            );
        }
    }
    // The outcome appears early only when a red flag set at least urgent.
    if p.early {
        assert!(a.level >= CareLevel::Urgent, "{}", ctx());
    } else {
        assert!(
            a.level <= CareLevel::Routine,
            "urgent levels never wait for check-your-answers: {}",
            ctx()
        );
    }

    // Monotonic safety, for every red-flag question on the path: "yes" instead of the given
    // answer never gives a lower level; "not sure" never gives less than one level below what
    // "yes" gives, and never less than routine.
    for (qid, _) in p
        .answers
        .iter()
        .filter(|(q, _)| b.question(q).unwrap().screen != Screen::Details)
    {
        let yes = level_with(b, p, qid, &["yes".into()]);
        let unsure = level_with(b, p, qid, &["not-sure".into()]);
        let no = level_with(b, p, qid, &["no".into()]);
        assert!(
            yes >= no && yes >= a.level && unsure >= no,
            "{qid}: {}",
            ctx()
        );
        assert!(
            unsure >= yes.one_lower().max(CareLevel::Routine),
            "{qid}: not sure gave {unsure:?}: {}",
            ctx()
        );
    }

    // Linked conditions, medicines and factors never change the level on their own, and are
    // all listed.
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
                .map(|c| c.id.clone());
            (
                q.clone(),
                if kept.is_empty() {
                    none.into_iter().collect()
                } else {
                    kept
                },
            )
        })
        .collect();
    assert_eq!(
        level(b, &given_of(b, &without_linked)),
        a.level,
        "{}",
        ctx()
    );
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

    // Pregnancy: never changes the level; when pregnant, the check-up advice is shown.
    if chose(p, "pregnant", "yes") {
        assert_eq!(
            level_with(b, p, "pregnant", &["no".into()]),
            a.level,
            "{}",
            ctx()
        );
        assert!(a.advice.iter().any(|r| r.id == "pregnancy"), "{}", ctx());
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
            !p.answers
                .iter()
                .any(|(q, ans)| b.question(q).unwrap().screen != Screen::Details && ans[0] != "no"),
            "{}",
            ctx()
        );
        assert!(
            !chose(p, "medicines", "quinine") && !chose(p, "new-medicine", "yes"),
            "{}",
            ctx()
        );
    }
    // Quinine always brings its warning, whatever the level.
    if chose(p, "medicines", "quinine") {
        assert!(a.advice.iter().any(|r| r.id == "quinine"), "{}", ctx());
    }
}

#[test]
fn every_answer_path_ends_in_exactly_one_safe_outcome() {
    let b = en();
    let read = read_choices(&b);
    let mut stats = Stats {
        paths: 0,
        by_level: BTreeMap::new(),
        asked: BTreeSet::new(),
        rules_fired: BTreeSet::new(),
    };
    walk(
        &b,
        &read,
        &Session::start(&b),
        &mut Vec::new(),
        &mut stats,
        &mut check_path,
    );

    // Every question, every outcome and every rule is reachable.
    let all_questions: BTreeSet<String> = b.questions.iter().map(|q| q.id.clone()).collect();
    assert_eq!(stats.asked, all_questions);
    for l in CareLevel::ALL {
        assert!(
            stats.by_level.get(&l).copied().unwrap_or(0) > 0,
            "{l:?} is reachable"
        );
    }
    let all_rules: BTreeSet<String> = b.rules.iter().map(|r| r.id.clone()).collect();
    assert_eq!(
        stats.rules_fired, all_rules,
        "every rule fires on some path"
    );
    println!(
        "distinct answer paths proven: {} {:?}",
        stats.paths, stats.by_level
    );
    assert!(stats.paths > 500_000, "the walk really is exhaustive");
}

#[test]
fn linked_list_is_exactly_what_was_reported() {
    // Every subset of every checkbox question, on its own: the "mention these to your doctor"
    // list holds exactly the linked choices made, in question order.
    let b = en();
    for q in b
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Multiple)
    {
        let normal: Vec<&str> = q
            .choices
            .iter()
            .filter(|c| !c.exclusive)
            .map(|c| c.id.as_str())
            .collect();
        for chosen in subsets(&normal).into_iter().skip(1) {
            let a = assess(&b, &[(q, chosen.as_slice())]);
            let want: Vec<&str> = q
                .choices
                .iter()
                .filter(|c| c.linked && chosen.contains(&c.id))
                .map(|c| c.id.as_str())
                .collect();
            let got: Vec<&str> = a.linked.iter().map(|(_, c)| c.id.as_str()).collect();
            assert_eq!(got, want, "{} {chosen:?}", q.id);
            assert_eq!(a.level, level(&b, &[(q, chosen.as_slice())]));
        }
    }
}

/// Answers from a map, through the Session, to the end (confirming check-your-answers).
fn finish_with(b: &Bundle, mut s: Session, answers: &BTreeMap<String, Vec<String>>) -> Session {
    for _ in 0..100 {
        match s.step(b) {
            Step::Question(q, _) => s = s.answer(b, &q.id, answers[&q.id].clone()).unwrap(),
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

#[test]
fn back_and_change_keep_the_answers_that_still_apply() {
    // For every path through the red flags and the questions that set levels (linked-only
    // questions fixed at "none"), change every answer on check-your-answers to every other
    // answer: the result equals a fresh run with the changed answers, and the later answers
    // are kept.
    let b = en();
    let read = read_choices(&b);
    let mut base: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for q in &b.questions {
        base.insert(
            q.id.clone(),
            vec![q
                .choices
                .iter()
                .find(|c| c.exclusive || c.id == "no")
                .unwrap_or(&q.choices[0])
                .id
                .clone()],
        );
    }
    base.insert("feeling".into(), vec!["cramp".into()]);
    base.insert("duration".into(), vec!["minutes".into()]);
    let varied = [
        "lung-clot",
        "cold-leg",
        "one-leg-swollen",
        "severe-cramp",
        "toxin",
        "wound",
        "feeling",
        "duration",
        "new-medicine",
    ];
    let mut changes = 0u64;
    // Every combination of the varied questions' answers (radios: 3 or 4 choices each).
    let options: Vec<Vec<String>> = varied
        .iter()
        .map(|q| {
            b.question(q)
                .unwrap()
                .choices
                .iter()
                .map(|c| c.id.clone())
                .collect()
        })
        .collect();
    let mut idx = vec![0usize; varied.len()];
    loop {
        let mut answers = base.clone();
        for (i, q) in varied.iter().enumerate() {
            answers.insert(q.to_string(), vec![options[i][idx[i]].clone()]);
        }
        let done = finish_with(&b, Session::start(&b), &answers);
        let got = outcome_level(&b, &done);
        // Only paths that reach check-your-answers have Change links.
        if got <= CareLevel::Routine {
            let at_check = done.back();
            let Step::CheckAnswers(given) = at_check.step(&b) else {
                panic!("back from the outcome is check-your-answers")
            };
            for (q, _) in given.clone() {
                for alt in answers_to_try(q, &read) {
                    let mut changed = answers.clone();
                    changed.insert(q.id.clone(), alt.clone());
                    let via_change = at_check.change(&b, &q.id);
                    assert_eq!(
                        via_change.step(&b),
                        Step::Question(q, Some(answers[&q.id].as_slice())),
                        "Change shows the answer given"
                    );
                    let after = via_change.answer(&b, &q.id, alt).unwrap();
                    let after = finish_with(&b, after, &changed);
                    let fresh = finish_with(&b, Session::start(&b), &changed);
                    assert_eq!(
                        outcome_level(&b, &after),
                        outcome_level(&b, &fresh),
                        "change {} on {answers:?}",
                        q.id
                    );
                    // Later answers were kept: nothing was asked again unless it had no answer.
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
        // Back from the outcome, then Continue with the same answer: the same outcome.
        let back = done.back();
        if let Step::Question(q, Some(prev)) = back.step(&b) {
            let again = back.answer(&b, &q.id, prev.to_vec()).unwrap();
            assert_eq!(outcome_level(&b, &again), got);
        }
        // Next combination.
        let mut i = 0;
        loop {
            if i == idx.len() {
                println!("changes checked: {changes}");
                assert!(changes > 10_000);
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
    let mut s = Session::start(&b);
    let mut seen = Vec::new();
    for _ in 0..4 {
        let Step::Question(q, _) = s.step(&b) else {
            panic!()
        };
        seen.push(q.id.clone());
        s = s.answer(&b, &q.id, vec!["no".into()]).unwrap();
    }
    for id in seen.iter().rev() {
        s = s.back();
        assert_eq!(
            s.step(&b),
            Step::Question(b.question(id).unwrap(), Some(&["no".to_string()][..]))
        );
    }
    assert!(!s.can_go_back());
    assert_eq!(s.back(), s, "back on the first page does nothing");
}

#[test]
fn invalid_answers_are_refused_and_change_nothing() {
    let b = en();
    let s = Session::start(&b);
    assert_eq!(
        s.answer(&b, "lung-clot", vec![]),
        Err(AnswerError::NothingChosen)
    );
    assert_eq!(
        s.answer(&b, "lung-clot", vec!["yes".into(), "no".into()]),
        Err(AnswerError::OnlyOne)
    );
    assert_eq!(
        s.answer(&b, "lung-clot", vec!["maybe".into()]),
        Err(AnswerError::UnknownChoice("maybe".into()))
    );
    assert_eq!(
        s.answer(&b, "pregnant", vec!["no".into()]),
        Err(AnswerError::NotCurrent("pregnant".into()))
    );
    let q = b.question("other-symptoms").unwrap();
    assert_eq!(
        Session::check_answer(q, &["none".into(), "sleep".into()]),
        Err(AnswerError::ExclusiveWithOthers)
    );
    assert_eq!(
        Session::check_answer(q, &["sleep".into(), "numbness".into()]),
        Ok(())
    );
}

#[test]
fn restart_forgets_everything() {
    let b = en();
    let s = Session::start(&b)
        .answer(&b, "lung-clot", vec!["no".into()])
        .unwrap();
    assert_ne!(s, Session::start(&b));
    assert_eq!(Session::start(&b).answer_to("lung-clot"), None);
}

#[test]
fn clinical_scenarios_give_their_expected_level_and_reasons() {
    let b = en();
    let file: ScenarioFile = toml::from_str(&common::read("tests/scenarios.toml")).unwrap();
    assert!(file.scenarios.len() >= 40);
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
    // Every red flag has a scenario that answers it "yes".
    for q in b.questions.iter().filter(|q| q.screen != Screen::Details) {
        assert!(file.scenarios.iter().any(|s| s.answers.get(&q.id) == Some(&scenario::ScenarioAnswer::One("yes".into()))), "{}", q.id);
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
