//! Continuity on the device, in the pure core: kept answers ([`saved`]) and the cramp diary
//! ([`diary`]). Every scenario, stopped after every page, comes back exactly where it was;
//! expired, corrupt, foreign and old-version records are each handled; the diary's record,
//! retention, weeks and CSV.

use std::collections::BTreeMap;

use night_leg_cramps::content::{self, Bundle};
use night_leg_cramps::diary::{self, Diary, Draft, Entry, Field, Sleep};
use night_leg_cramps::saved::{self, Read};
use night_leg_cramps::triage::scenario::{ScenarioAnswer, ScenarioFile};
use night_leg_cramps::triage::{Session, Step};

const NOW: f64 = 1_795_000_000_000.0;
const HOUR: f64 = 3_600_000.0;
const DAY: f64 = 24.0 * HOUR;

fn en() -> Bundle {
    content::bundle("en").unwrap()
}

fn scenarios() -> ScenarioFile {
    toml::from_str(include_str!("scenarios.toml")).expect("tests/scenarios.toml")
}

/// Every session a person passes through on a scenario's path, from the first page to the
/// outcome.
fn path(
    b: &Bundle,
    base: &BTreeMap<String, ScenarioAnswer>,
    s: &BTreeMap<String, ScenarioAnswer>,
) -> Vec<Session> {
    let mut session = Session::start(b);
    let mut seen = vec![session.clone()];
    for _ in 0..=b.pages.len() * 2 + 2 {
        session = match session.step(b) {
            Step::Questions(page, questions) => {
                let answers = questions
                    .iter()
                    .map(|(q, _)| {
                        let a = s.get(&*q.id).or_else(|| base.get(&*q.id));
                        (
                            q.id.to_string(),
                            a.map(ScenarioAnswer::choices).unwrap_or_default(),
                        )
                    })
                    .collect();
                session.answer(b, &page.id, answers).unwrap()
            }
            Step::CheckAnswers(_) => session.confirm(b),
            Step::Outcome(_) => return seen,
        };
        seen.push(session.clone());
    }
    panic!("no outcome");
}

/// What a screen shows, to compare a resumed session with the one saved.
fn shown(b: &Bundle, s: &Session) -> String {
    match s.step(b) {
        Step::Questions(p, asked) => format!(
            "page {} {:?}",
            p.id,
            asked
                .iter()
                .map(|(q, a)| (&*q.id, a.map(<[String]>::to_vec)))
                .collect::<Vec<_>>()
        ),
        Step::CheckAnswers(given) => format!("check {}", given.len()),
        Step::Outcome(a) => format!("outcome {:?} {:?}", a.level, a.reason_ids()),
    }
}

#[test]
fn every_scenario_resumes_where_it_was_after_every_page() {
    let b = en();
    let file = scenarios();
    let mut checked = 0;
    for sc in &file.scenarios {
        for s in path(&b, &file.base, &sc.answers) {
            let text = saved::write(&b, &s, NOW);
            let Read::Resume(r) = saved::read(&b, &text, NOW + HOUR) else {
                panic!("{}: not resumed from\n{text}", sc.name);
            };
            assert_eq!(shown(&b, &r.session), shown(&b, &s), "{}:\n{text}", sc.name);
            assert_eq!((r.dropped, r.migrated, r.saved_ms), (0, false, NOW));
            checked += 1;
        }
    }
    assert!(checked > file.scenarios.len() * 3, "{checked}");
}

fn on_outcome(b: &Bundle) -> Session {
    let file = scenarios();
    file.scenarios
        .iter()
        .map(|sc| path(b, &file.base, &sc.answers).pop().unwrap())
        .find(|s| !s.ended_early())
        .expect("a scenario that reaches check-your-answers")
}

#[test]
fn kept_answers_expire_after_24_hours_and_a_clock_gone_back_is_not_trusted() {
    let b = en();
    let text = saved::write(&b, &on_outcome(&b), NOW);
    assert!(matches!(
        saved::read(&b, &text, NOW + 24.0 * HOUR - 1.0),
        Read::Resume(_)
    ));
    assert_eq!(
        saved::read(&b, &text, NOW + 24.0 * HOUR + 1.0),
        Read::Expired
    );
    assert_eq!(saved::read(&b, &text, NOW - HOUR), Read::Expired);
}

#[test]
fn corrupt_or_foreign_records_are_refused_whole() {
    let b = en();
    let good = saved::write(&b, &on_outcome(&b), NOW);
    assert!(matches!(saved::read(&b, &good, NOW), Read::Resume(_)));
    let last_answer = good.lines().rev().nth(1).unwrap().to_owned();
    let bad = [
        String::new(),
        "{\"answers\":{\"emergency\":[\"none\"]}}".into(),
        "null".into(),
        good.replace(saved::MAGIC, "night-leg-cramps answers 2"),
        good.trim_end().to_owned(), // cut short: no final line break
        good[..good.len() / 2].to_owned(), // cut in the middle
        good.replace("saved ", "saved -"),
        good.replace("saved ", "saved x"),
        good.replace("end\n", "answer emergency none\nend\n"), // a question twice
        good.replace("end\n", "answer Emergency none\nend\n"), // not an id this guide writes
        good.replace("end\n", "answer x <script>\nend\n"),
        good.replace("end\n", "result\nend\n"), // `result` out of place
        good.replace("end\n", "\nend\n"),       // an empty line
        good.replace("answer ", "answers "),
        good.replace(&last_answer, &format!("{last_answer}  ")),
        good.replace('\n', "\r\n"),
    ];
    for text in bad {
        assert_eq!(saved::read(&b, &text, NOW), Read::Unreadable, "{text:?}");
    }
}

#[test]
fn an_older_content_version_keeps_the_answers_that_still_fit_and_never_jumps_to_a_result() {
    let b = en();
    let s = on_outcome(&b);
    let text =
        saved::write(&b, &s, NOW).replace(&format!("content {}", b.version), "content 2025.01.01");
    let Read::Resume(r) = saved::read(&b, &text, NOW) else {
        panic!()
    };
    assert!(r.migrated);
    assert_eq!(r.dropped, 0);
    // Every answer still fits: the person checks them before seeing a result again
    // (after an early result, on the red-flag page that ended the questions: below).
    assert!(
        matches!(r.session.step(&b), Step::CheckAnswers(_)),
        "{}",
        shown(&b, &r.session)
    );
    let file = scenarios();
    for sc in &file.scenarios {
        let s = path(&b, &file.base, &sc.answers).pop().unwrap();
        let text =
            saved::write(&b, &s, NOW).replace(&format!("content {}", b.version), "content 1");
        let Read::Resume(r) = saved::read(&b, &text, NOW) else {
            panic!("{}", sc.name)
        };
        let step = r.session.step(&b);
        assert!(!matches!(step, Step::Outcome(_)), "{}", sc.name);
        if !s.ended_early() {
            assert!(matches!(step, Step::CheckAnswers(_)), "{}", sc.name);
        }
    }

    // A choice that no longer exists on a later question: the pages before it are kept.
    let answers: Vec<&str> = text.lines().filter(|l| l.starts_with("answer ")).collect();
    assert!(answers.len() > 3);
    let third = answers[2];
    let changed = text.replace(
        third,
        &format!(
            "{} gone-choice",
            third.split(' ').take(2).collect::<Vec<_>>().join(" ")
        ),
    );
    let Read::Resume(r) = saved::read(&b, &changed, NOW) else {
        panic!()
    };
    assert!(r.dropped >= 1 && r.dropped < answers.len(), "{}", r.dropped);
    assert!(
        matches!(r.session.step(&b), Step::Questions(..)),
        "{}",
        shown(&b, &r.session)
    );

    // Nothing fits (the first question is gone): nothing to continue.
    let first = answers[0].split(' ').nth(1).unwrap();
    let gone = text.replace(&format!("answer {first} "), "answer no-such-question ");
    assert_eq!(saved::read(&b, &gone, NOW), Read::Outdated);
    // The same record claiming the current version was not written by this guide.
    let same = gone.replace("content 2025.01.01", &format!("content {}", b.version));
    assert_eq!(saved::read(&b, &same, NOW), Read::Unreadable);
}

#[test]
fn the_record_holds_ids_only_never_words_or_a_level() {
    let b = en();
    let text = saved::write(&b, &on_outcome(&b), NOW);
    for line in text.lines().skip(3) {
        assert!(
            line == "result" || line == "end" || line.starts_with("answer "),
            "{line}"
        );
    }
}

fn entry(at_ms: f64, minutes: u32, sleep: Sleep) -> Entry {
    Entry {
        id: 0,
        at_ms,
        muscle: "relief-calf".into(),
        minutes,
        helped: vec!["stretching".into(), "warmth".into()],
        sleep,
    }
}

#[test]
fn the_diary_record_round_trips_and_is_read_strictly() {
    let d = Diary::default()
        .save(entry(NOW - DAY, 3, Sleep::BackSoon))
        .save(entry(NOW, 12, Sleep::AwakeLong))
        .save(Entry {
            helped: vec![],
            ..entry(NOW - 2.0 * DAY, 1, Sleep::NotWoken)
        })
        .keep(180);
    let text = d.write();
    assert_eq!(Diary::read(&text).as_ref(), Some(&d));
    assert_eq!(
        d.entries.iter().map(|e| e.minutes).collect::<Vec<_>>(),
        [12, 3, 1],
        "newest first"
    );
    assert_eq!(
        d.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
        [2, 1, 3]
    );
    let bad = [
        String::new(),
        text.replace(diary::MAGIC, "night-leg-cramps diary 9"),
        text.replace("keep 180", "keep 7"),
        text.replace(" 12 ", " 0 "),
        text.replace(" 12 ", " 601 "),
        text.replace("awake-long", "awake"),
        text.replace("relief-calf", "Calf"),
        text.replace("stretching,warmth", "stretching,,warmth"),
        text.replace("entry 2 ", "entry 1 "),
        text.replace("entry 2 ", "entry 0 "),
        text.trim_end().to_owned(),
        format!("{text}entry 9 {} other 2 not-woken -\n", NOW + DAY), // out of order
        "{\"entries\":[]}".into(),
    ];
    for t in bad {
        assert_eq!(Diary::read(&t), None, "{t:?}");
    }
}

#[test]
fn entries_are_edited_and_deleted_by_id() {
    let d = Diary::default()
        .save(entry(NOW - DAY, 3, Sleep::BackSoon))
        .save(entry(NOW, 5, Sleep::NotWoken));
    let edited = d.save(Entry {
        id: 1,
        minutes: 4,
        ..entry(NOW - 3.0 * DAY, 0, Sleep::AwakeLong)
    });
    assert_eq!(edited.entries.len(), 2);
    assert_eq!(
        edited.entry(1).map(|e| (e.minutes, e.sleep)),
        Some((4, Sleep::AwakeLong))
    );
    let removed = edited.remove(2);
    assert_eq!(
        removed.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
        [1]
    );
    // A new entry after a deletion never reuses an id.
    assert_eq!(
        removed.save(entry(NOW, 2, Sleep::NotWoken)).entries[0].id,
        3
    );
}

#[test]
fn retention_deletes_entries_older_than_the_setting() {
    let d = Diary::default()
        .save(entry(NOW - 10.0 * DAY, 3, Sleep::BackSoon))
        .save(entry(NOW - 89.0 * DAY, 3, Sleep::BackSoon))
        .save(entry(NOW - 91.0 * DAY, 3, Sleep::BackSoon))
        .save(entry(NOW - 200.0 * DAY, 3, Sleep::BackSoon));
    assert_eq!(d.keep_days, diary::DEFAULT_KEEP_DAYS);
    let (kept, gone) = d.pruned(NOW);
    assert_eq!((kept.entries.len(), gone), (2, 2));
    let (kept, gone) = d.keep(30).pruned(NOW);
    assert_eq!((kept.entries.len(), gone), (1, 3));
    let (kept, gone) = d.keep(365).pruned(NOW);
    assert_eq!((kept.entries.len(), gone), (4, 0));
    assert_eq!(d.keep(12).keep_days, 90, "only the offered settings");
}

#[test]
fn weeks_count_cramps_and_average_their_length() {
    let d = Diary::default()
        .save(entry(NOW - HOUR, 2, Sleep::AwakeLong))
        .save(entry(NOW - 2.0 * DAY, 5, Sleep::NotWoken))
        .save(entry(NOW - 8.0 * DAY, 10, Sleep::AwakeLong))
        .save(entry(NOW - 60.0 * DAY, 10, Sleep::AwakeLong));
    let w = d.weeks(NOW, 4);
    assert_eq!(w.len(), 4);
    assert_eq!(
        w.iter().map(|w| w.count).collect::<Vec<_>>(),
        [0, 0, 1, 2],
        "oldest first"
    );
    assert_eq!(w[3].average_minutes, 4, "(2 + 5) / 2 rounded");
    assert_eq!(w[2].average_minutes, 10);
    assert_eq!((w[3].awake_long, w[2].awake_long), (1, 1));
    assert_eq!(w[3].to_ms, NOW);
    assert_eq!(w[0].from_ms, NOW - 28.0 * DAY);
}

#[test]
fn the_csv_is_in_the_persons_words_oldest_first_and_safe_in_a_spreadsheet() {
    let d = Diary::default()
        .save(entry(NOW, 2, Sleep::AwakeLong))
        .save(Entry {
            muscle: "other".into(),
            helped: vec![],
            ..entry(NOW - DAY, 7, Sleep::NotWoken)
        });
    let csv = d.csv(
        &["When", "Muscle", "Minutes", "What helped", "Sleep"],
        &|t| format!("t{}", (NOW - t) / DAY),
        &|id| match id {
            "relief-calf" => "Calf, lower leg".into(),
            "stretching" => "Stretching \"gently\"".into(),
            "other" => "=cmd".into(),
            x => x.into(),
        },
    );
    assert_eq!(
        csv,
        "When,Muscle,Minutes,What helped,Sleep\r\n\
         t1,'=cmd,7,,not-woken\r\n\
         t0,\"Calf, lower leg\",2,\"Stretching \"\"gently\"\"; warmth\",awake-long\r\n"
    );
}

#[test]
fn the_form_is_checked_field_by_field() {
    let muscles = ["relief-calf", "other"];
    let helped = ["stretching", "warmth"];
    let draft = Draft {
        id: 0,
        at_ms: Some(NOW),
        muscle: "relief-calf".into(),
        minutes: " 4 ".into(),
        sleep: "back-soon".into(),
        helped: vec!["warmth".into(), "bogus".into()],
    };
    let e = draft.check(&muscles, &helped).unwrap();
    assert_eq!(
        (e.minutes, e.sleep, e.helped.clone()),
        (4, Sleep::BackSoon, vec!["warmth".to_owned()])
    );
    let empty = Draft {
        id: 0,
        at_ms: None,
        muscle: String::new(),
        minutes: "abc".into(),
        sleep: String::new(),
        helped: vec![],
    };
    assert_eq!(
        empty.check(&muscles, &helped),
        Err(vec![
            Field::Muscle,
            Field::Minutes,
            Field::Sleep,
            Field::When
        ])
    );
    for bad in ["0", "601", "-1", "2.5", ""] {
        let d = Draft {
            minutes: bad.into(),
            ..draft.clone()
        };
        assert_eq!(
            d.check(&muscles, &helped),
            Err(vec![Field::Minutes]),
            "{bad}"
        );
    }
    let d = Draft {
        muscle: "relief-foot".into(),
        ..draft.clone()
    };
    assert_eq!(d.check(&muscles, &helped), Err(vec![Field::Muscle]));
}
