//! Answers kept on the device, only when the person asks for it ("Keep my answers on this
//! device"), so they can continue where they left off within a day.
//!
//! Pure: the view reads and writes the text (the browser's local storage, one key); this module turns a
//! [`Session`] into that text and back. The text is a small versioned line format, written
//! and read by hand (no JSON library in the wasm), and read strictly: anything not written
//! by this version of the format, or not quite right, is [`Read::Unreadable`] as a whole, so
//! a half-broken or foreign record can never show as someone's answers.
//!
//! A record from another content version is migrated: its answers are replayed, page by
//! page, through the current questionnaire, which checks every answer again; answers whose
//! questions or choices no longer exist are dropped, the replay stops at the first page
//! needing an answer, and the person lands on that page or on "Check your answers" (never
//! straight on a result worked out from old answers). The outcome is always worked out again
//! from the content shipped now: nothing clinical is stored.

use crate::content::Bundle;
use crate::triage::{Session, Step};

/// The first line of every record: the format's name and version.
pub const MAGIC: &str = "night-leg-cramps answers 1";

/// How long kept answers live after the last change: 24 hours.
pub const LIFETIME_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// A clock that went back by more than this is not trusted (the record counts as expired).
const CLOCK_SLACK_MS: f64 = 5.0 * 60.0 * 1000.0;

/// What a stored record turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Read {
    /// Answers to continue with.
    Resume(Resumed),
    /// Older than [`LIFETIME_MS`] (or from the future): to be deleted unread.
    Expired,
    /// From an older content version, and none of its answers could be used.
    Outdated,
    /// Not a record this guide wrote (corrupt, cut short, another format).
    Unreadable,
}

/// A record that can be continued.
#[derive(Clone, Debug, PartialEq)]
pub struct Resumed {
    /// The session rebuilt from the answers.
    pub session: Session,
    /// When the record was last written (ms since 1970).
    pub saved_ms: f64,
    /// Answers of the record that could not be used (an older content version).
    pub dropped: usize,
    /// The record came from another content version.
    pub migrated: bool,
}

/// Whether an id is plain (lowercase letters, digits, dashes), as every content id is: the
/// check both device records (these answers and the diary) make on every id they read.
pub(crate) fn plain_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The record of a session: its answers that count, in asking order, and whether the result
/// was shown.
pub fn write(bundle: &Bundle, session: &Session, now_ms: f64) -> String {
    let mut out = format!(
        "{MAGIC}\ncontent {}\nsaved {}\n",
        bundle.version,
        // Whole milliseconds as an integer: float formatting would add kilobytes to the wasm.
        now_ms.max(0.0) as u64
    );
    let step = session.step(bundle);
    if matches!(step, Step::Outcome(_)) {
        out.push_str("result\n");
    }
    for (q, chosen) in session.given(bundle) {
        out.push_str("answer ");
        out.push_str(&q.id);
        for c in chosen {
            out.push(' ');
            out.push_str(c);
        }
        out.push('\n');
    }
    // The last line: a record cut short at a line break is not taken for a shorter one.
    out.push_str("end\n");
    out
}

/// The parts of a well-formed record.
struct Record<'a> {
    content: &'a str,
    saved_ms: f64,
    result: bool,
    answers: Vec<(String, Vec<String>)>,
}

/// Parses a record strictly: `None` for anything this format would not write.
fn parse(text: &str) -> Option<Record<'_>> {
    let mut lines = text.strip_suffix("\nend\n")?.split('\n');
    if lines.next()? != MAGIC {
        return None;
    }
    let content = lines.next()?.strip_prefix("content ")?;
    if content.is_empty() || content.len() > 40 || content.contains(char::is_whitespace) {
        return None;
    }
    let saved = lines.next()?.strip_prefix("saved ")?;
    if saved.is_empty() || saved.len() > 16 || !saved.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let saved_ms = saved.parse::<u64>().ok()? as f64;
    let mut record = Record {
        content,
        saved_ms,
        result: false,
        answers: Vec::new(),
    };
    for (i, line) in lines.enumerate() {
        if line == "result" && i == 0 {
            record.result = true;
            continue;
        }
        let mut words = line.strip_prefix("answer ")?.split(' ');
        let question = words.next().filter(|q| plain_id(q))?;
        let chosen: Vec<String> = words
            .map(|c| plain_id(c).then(|| c.to_owned()))
            .collect::<Option<_>>()?;
        if record.answers.iter().any(|(q, _)| q == question) || record.answers.len() >= 200 {
            return None;
        }
        record.answers.push((question.to_owned(), chosen));
    }
    Some(record)
}

/// Reads a stored record at `now_ms` against the content shipped now.
pub fn read(bundle: &Bundle, text: &str, now_ms: f64) -> Read {
    let Some(record) = parse(text) else {
        return Read::Unreadable;
    };
    let age = now_ms - record.saved_ms;
    if !(-CLOCK_SLACK_MS..=LIFETIME_MS).contains(&age) {
        return Read::Expired;
    }
    let migrated = record.content != &*bundle.version;
    let (mut session, used) = replay(bundle, &record.answers);
    if migrated && used == 0 && !record.answers.is_empty() {
        return Read::Outdated;
    }
    // This version wrote only answers it can replay: anything else was not written by it.
    if !migrated && used < record.answers.len() {
        return Read::Unreadable;
    }
    if record.result && !migrated {
        session = session.confirm(bundle);
    }
    // Another content version: the person looks at the answers again before any result
    // (after a red flag that ended the questions early, its page with the answers shown).
    if migrated && matches!(session.step(bundle), Step::Outcome(_)) {
        session = session.change_answers();
    }
    Read::Resume(Resumed {
        session,
        saved_ms: record.saved_ms,
        dropped: record.answers.len() - used,
        migrated,
    })
}

/// Answers the pages of a new session in order with the saved answers, each checked again
/// as if the person gave it, until a page has a question without a usable saved answer (or
/// the questions end). Returns the session and how many saved answers it used.
pub fn replay(bundle: &Bundle, answers: &[(String, Vec<String>)]) -> (Session, usize) {
    let mut session = Session::start(bundle);
    let mut used = 0;
    while let Step::Questions(page, asked) = session.step(bundle) {
        let mut page_answers = Vec::new();
        for (q, _) in &asked {
            match answers.iter().find(|(id, _)| *id == *q.id) {
                Some((id, chosen)) if Session::check_answer(q, chosen).is_ok() => {
                    page_answers.push((id.clone(), chosen.clone()));
                }
                _ => return (session, used),
            }
        }
        let page = page.id.to_string();
        let n = page_answers.len();
        match session.answer(bundle, &page, page_answers) {
            Ok(next) => {
                session = next;
                used += n;
            }
            Err(_) => break,
        }
    }
    (session, used)
}
