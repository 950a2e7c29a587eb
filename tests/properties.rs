//! Property-based tests of the core (proptest): random sequences of what a person can do on
//! each screen (answer, with valid or invalid answers; back; change; change my answers;
//! confirm; start again) keep every invariant of CLINICAL.md §4 on every screen they reach.
#![cfg(not(target_arch = "wasm32"))]

use night_leg_cramps::content::{self, Bundle, CareLevel, Screen};
use night_leg_cramps::triage::assess::assess;
use night_leg_cramps::triage::{Session, Step};
use proptest::prelude::*;

/// What a person does next. The numbers pick among what the screen offers.
#[derive(Clone, Copy, Debug)]
enum Act {
    /// Ticks a random set of choices on each question of the page (often not a valid one).
    Answer(u64),
    /// Ticks a valid answer on each question (one choice, or a subset without "none").
    AnswerValid(u64),
    Back,
    /// On check your answers: Change on the n-th answer.
    Change(usize),
    /// On the outcome: "Change my answers".
    ChangeAnswers,
    /// On check your answers: "See my result".
    Confirm,
    Restart,
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        3 => any::<u64>().prop_map(Act::Answer),
        6 => any::<u64>().prop_map(Act::AnswerValid),
        2 => Just(Act::Back),
        1 => any::<usize>().prop_map(Act::Change),
        1 => Just(Act::ChangeAnswers),
        2 => Just(Act::Confirm),
        1 => Just(Act::Restart),
    ]
}

/// Bits of `seed` pick choices; `valid` keeps the pick acceptable.
fn pick(q: &content::Question, seed: u64, valid: bool) -> Vec<String> {
    let n = q.choices.len() as u64;
    let ids = |f: &dyn Fn(usize, &content::Choice) -> bool| -> Vec<String> {
        q.choices
            .iter()
            .enumerate()
            .filter(|(i, c)| f(*i, c))
            .map(|(_, c)| c.id.to_string())
            .collect()
    };
    match (q.kind, valid) {
        (content::QuestionKind::Single, true) => {
            vec![q.choices[(seed % n) as usize].id.to_string()]
        }
        (content::QuestionKind::Multiple, true) => {
            let some = ids(&|i, c| !c.exclusive && seed >> i & 1 == 1);
            if some.is_empty() {
                ids(&|_, c| c.exclusive)
            } else {
                some
            }
        }
        (_, false) => {
            let mut any = ids(&|i, _| seed >> i & 1 == 1);
            if seed >> 60 & 1 == 1 {
                any.push("no-such-choice".into());
            }
            any
        }
    }
}

/// Every invariant that must hold on whatever screen the session shows.
fn check(b: &Bundle, s: &Session) -> Result<(), TestCaseError> {
    match s.step(b) {
        Step::Questions(page, asked) => {
            prop_assert!(!asked.is_empty(), "a page with no question: {}", page.id);
            prop_assert_eq!(s.current_page(), Some(&*page.id));
        }
        Step::CheckAnswers(given) => prop_assert!(!given.is_empty()),
        Step::Outcome(a) => {
            let given = s.given(b);
            // The outcome is the assessment of exactly the answers that count.
            prop_assert_eq!(&a, &assess(b, &given));
            // The most urgent level wins, and the outcome says why.
            prop_assert!(!a.reasons.is_empty());
            prop_assert!(a.reasons.iter().all(|r| r.level == a.level));
            // Rule 2: "not sure" on a red flag never gives less than urgent.
            let unsure = given.iter().any(|(q, ans)| {
                q.screen != Screen::Details
                    && q.choices
                        .iter()
                        .any(|c| c.unsure && ans.iter().any(|x| *x == c.id))
            });
            prop_assert!(!unsure || a.level >= CareLevel::Urgent, "{:?}", a.level);
            // Rule 8: at urgent and emergency only the reasons bring advice.
            if a.level >= CareLevel::Urgent {
                prop_assert!(a.advice.iter().all(|r| a.reasons.contains(r)));
            }
            // Rule 9: undo is always there.
            prop_assert!(!matches!(s.change_answers().step(b), Step::Outcome(_)));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_paths_keep_every_clinical_invariant(acts in prop::collection::vec(act(), 1..60)) {
        let b = content::bundle("en").unwrap();
        let mut s = Session::start(&b);
        check(&b, &s)?;
        for a in acts {
            let next = match (a, s.step(&b)) {
                (Act::Answer(seed) | Act::AnswerValid(seed), Step::Questions(page, asked)) => {
                    let valid = matches!(a, Act::AnswerValid(_));
                    let answers: Vec<(String, Vec<String>)> = asked
                        .iter()
                        .enumerate()
                        .map(|(i, (q, _))| (q.id.to_string(), pick(q, seed.rotate_left(7 * i as u32), valid)))
                        .collect();
                    let ok = asked
                        .iter()
                        .zip(&answers)
                        .all(|((q, _), (_, c))| Session::check_answer(q, c).is_ok());
                    match s.answer(&b, &page.id, answers) {
                        Ok(next) => {
                            prop_assert!(ok, "an invalid answer was taken");
                            next
                        }
                        Err(errors) => {
                            // Refused: every problem named, nothing changed.
                            prop_assert!(!ok && !errors.is_empty());
                            s.clone()
                        }
                    }
                }
                (Act::Back, _) => {
                    let next = s.back();
                    prop_assert!(s.can_go_back() || next == s);
                    next
                }
                (Act::Change(n), Step::CheckAnswers(given)) => s.change(&b, &given[n % given.len()].0.id),
                (Act::ChangeAnswers, Step::Outcome(_)) => s.change_answers(),
                (Act::Confirm, Step::CheckAnswers(_)) => {
                    let next = s.confirm(&b);
                    prop_assert!(matches!(next.step(&b), Step::Outcome(_)));
                    next
                }
                (Act::Restart, _) => Session::start(&b),
                // Not offered on this screen.
                _ => s.clone(),
            };
            s = next;
            check(&b, &s)?;
        }
    }
}

proptest! {
    /// Whatever a host writes into the attributes (any Unicode, any bytes read lossily), the
    /// parser never panics and every field is a value the widget knows or the default.
    #[test]
    fn any_attribute_values_give_known_values_or_the_default(
        attrs in prop::array::uniform8(prop_oneof![
            ".*",
            prop::collection::vec(any::<u8>(), 0..64).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
            prop::sample::select(vec!["en", "EN-gb", " uk ", "dark", "cramp-now", "steps", "questionnaire", "en es", "es xx en", "off", "on"]).prop_map(String::from),
        ])
    ) {
        use night_leg_cramps::embed::{parse, Start, ATTRIBUTES};
        let b = content::bundle("en").unwrap();
        let (c, warnings) = parse(&b, std::array::from_fn(|i| attrs[i].as_str()));
        // Language, region, theme, start, events and storage are types: only a value the
        // content has can be there. What is left to check: the switch offers two languages
        // or none, the generic region is never named, and only a listed panel opens.
        prop_assert!(c.languages.len() != 1);
        prop_assert!(c.region != Some(content::RegionId::Default));
        if let Start::Panel(id) = c.start {
            prop_assert!(b.listed_panels().any(|p| p.id == id.id()), "{:?}", id);
        }
        prop_assert!(warnings.len() <= ATTRIBUTES.len());
        for w in &warnings {
            prop_assert!(w.message().contains(w.attribute));
        }
    }
}
