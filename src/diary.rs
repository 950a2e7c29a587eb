//! A cramp diary kept on the device, only when the person starts one: when each cramp came,
//! which muscle, how long it lasted, what helped and how badly it broke their sleep. Shown as
//! cramps per week (a chart and a table), listed to edit or delete, printed on the summary
//! for the doctor and saved as CSV. Entries older than the person's retention setting
//! (90 days unless they choose otherwise) are deleted.
//!
//! Pure: the view stores the text (the browser's local storage, one key of its own, apart from the kept
//! answers) and passes the time. The text is a small versioned line format read strictly:
//! a record that is not exactly what this format writes is refused as a whole, and the view
//! says so rather than guessing.

mod csv;

use crate::saved::plain_id;

/// The first line of every diary record: the format's name and version.
pub const MAGIC: &str = "night-leg-cramps diary 1";

/// How long entries may be kept, in days, as the person can choose.
pub const KEEP_CHOICES: [u32; 4] = [30, 90, 180, 365];

/// How long entries are kept unless the person chooses otherwise.
pub const DEFAULT_KEEP_DAYS: u32 = 90;

/// The muscle id for a cramp in a muscle the relief mode does not list.
pub const OTHER_MUSCLE: &str = "other";

/// The longest cramp the diary takes, in minutes (longer ones need care, not a diary).
pub const MAX_MINUTES: u32 = 600;

/// The most entries kept (a year of nightly cramps, twice over).
pub const MAX_ENTRIES: usize = 800;

/// A day in milliseconds.
pub const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// How badly a cramp broke the person's sleep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sleep {
    /// It did not wake them (or they were awake anyway).
    NotWoken,
    /// They got back to sleep soon.
    BackSoon,
    /// They were awake a long time.
    AwakeLong,
}

impl Sleep {
    /// Every value, mildest first (the order of the form's choices).
    pub const ALL: [Sleep; 3] = [Sleep::NotWoken, Sleep::BackSoon, Sleep::AwakeLong];

    /// The id written in the record and the form.
    pub fn id(self) -> &'static str {
        match self {
            Sleep::NotWoken => "not-woken",
            Sleep::BackSoon => "back-soon",
            Sleep::AwakeLong => "awake-long",
        }
    }

    /// The value of an id.
    pub fn from_id(id: &str) -> Option<Sleep> {
        Sleep::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// One cramp.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Unique within the diary (for editing and deleting).
    pub id: u32,
    /// When it started (ms since 1970).
    pub at_ms: f64,
    /// The relief mode's muscle panel id, or [`OTHER_MUSCLE`].
    pub muscle: String,
    /// How long it lasted, in whole minutes (1 to [`MAX_MINUTES`]).
    pub minutes: u32,
    /// What helped (choice ids of the question "What have you tried?").
    pub helped: Vec<String>,
    /// How badly it broke their sleep.
    pub sleep: Sleep,
}

/// What the form to record a cramp holds when Save is pressed, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The entry changed (0: a new one).
    pub id: u32,
    /// When it started, if the time given names one.
    pub at_ms: Option<f64>,
    /// The muscle picked (empty: none).
    pub muscle: String,
    /// The minutes typed.
    pub minutes: String,
    /// The sleep value picked (empty: none).
    pub sleep: String,
    /// What helped, as ticked.
    pub helped: Vec<String>,
}

/// A field of the form with a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// No muscle, or one the guide does not list.
    Muscle,
    /// Not a whole number from 1 to [`MAX_MINUTES`].
    Minutes,
    /// No sleep value.
    Sleep,
    /// No time.
    When,
}

impl Draft {
    /// A form for a new entry starting at `at_ms`, nothing else filled in.
    pub fn new(at_ms: f64) -> Draft {
        Draft {
            id: 0,
            at_ms: Some(at_ms),
            muscle: String::new(),
            minutes: String::new(),
            sleep: String::new(),
            helped: Vec::new(),
        }
    }

    /// A form holding an entry, to change it.
    pub fn of(e: &Entry) -> Draft {
        Draft {
            id: e.id,
            at_ms: Some(e.at_ms),
            muscle: e.muscle.clone(),
            minutes: e.minutes.to_string(),
            sleep: e.sleep.id().to_owned(),
            helped: e.helped.clone(),
        }
    }

    /// The entry the form describes, or the fields to mend, in the form's order. `muscles`
    /// are the ids offered; what helped keeps only `helped_ids`.
    pub fn check(&self, muscles: &[&str], helped_ids: &[&str]) -> Result<Entry, Vec<Field>> {
        let minutes = self
            .minutes
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|m| (1..=MAX_MINUTES).contains(m));
        let sleep = Sleep::from_id(&self.sleep);
        let mut problems = Vec::new();
        if !muscles.contains(&self.muscle.as_str()) {
            problems.push(Field::Muscle);
        }
        if minutes.is_none() {
            problems.push(Field::Minutes);
        }
        if sleep.is_none() {
            problems.push(Field::Sleep);
        }
        if self.at_ms.is_none() {
            problems.push(Field::When);
        }
        match (minutes, sleep, self.at_ms) {
            (Some(minutes), Some(sleep), Some(at_ms)) if problems.is_empty() => Ok(Entry {
                id: self.id,
                at_ms,
                muscle: self.muscle.clone(),
                minutes,
                helped: helped_ids
                    .iter()
                    .filter(|h| self.helped.iter().any(|x| x == *h))
                    .map(|h| (*h).to_owned())
                    .collect(),
                sleep,
            }),
            _ => Err(problems),
        }
    }
}

/// The diary.
#[derive(Clone, Debug, PartialEq)]
pub struct Diary {
    /// Entries older than this many days are deleted.
    pub keep_days: u32,
    /// The entries, newest first.
    pub entries: Vec<Entry>,
    next_id: u32,
}

/// A span of time in the diary (a week of the chart: the 7 days up to `to_ms`).
#[derive(Clone, Debug, PartialEq)]
pub struct Week {
    /// Start of the week (ms since 1970).
    pub from_ms: f64,
    /// End of the week.
    pub to_ms: f64,
    /// Cramps that started in it.
    pub count: u32,
    /// Their average length in minutes, rounded (0 without cramps).
    pub average_minutes: u32,
    /// How many of them kept the person awake a long time.
    pub awake_long: u32,
}

impl Default for Diary {
    fn default() -> Diary {
        Diary {
            keep_days: DEFAULT_KEEP_DAYS,
            entries: Vec::new(),
            next_id: 1,
        }
    }
}

impl Diary {
    /// The record of the diary.
    pub fn write(&self) -> String {
        use std::fmt::Write;
        let mut out = format!("{MAGIC}\nkeep {}\n", self.keep_days);
        for e in &self.entries {
            // Straight into the record (no text per entry).
            let _ = write!(
                out,
                "entry {} {} {} {} {} ",
                e.id,
                // Whole milliseconds as an integer: float formatting and parsing would add
                // kilobytes to the wasm.
                e.at_ms.max(0.0) as u64,
                e.muscle,
                e.minutes,
                e.sleep.id(),
            );
            if e.helped.is_empty() {
                out.push('-');
            }
            for (i, h) in e.helped.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(h);
            }
            out.push('\n');
        }
        out
    }

    /// Reads a record strictly: `None` for anything this format would not write.
    pub fn read(text: &str) -> Option<Diary> {
        let mut lines = text.strip_suffix('\n')?.split('\n');
        if lines.next()? != MAGIC {
            return None;
        }
        let keep_days = lines.next()?.strip_prefix("keep ")?.parse().ok()?;
        if !KEEP_CHOICES.contains(&keep_days) {
            return None;
        }
        let mut diary = Diary {
            keep_days,
            ..Diary::default()
        };
        for line in lines {
            let mut words = line.strip_prefix("entry ")?.split(' ');
            let mut word = || words.next();
            let (id, at, muscle, minutes, sleep, helped) =
                (word()?, word()?, word()?, word()?, word()?, word()?);
            if word().is_some() {
                return None;
            }
            let id: u32 = id.parse().ok()?;
            // Whole milliseconds: parsing floats would add kilobytes to the wasm.
            let at_ms = at.parse::<u64>().ok()? as f64;
            let minutes: u32 = minutes.parse().ok()?;
            let helped: Vec<String> = match helped {
                "-" => Vec::new(),
                h => h
                    .split(',')
                    .map(|c| plain_id(c).then(|| c.to_owned()))
                    .collect::<Option<_>>()?,
            };
            let unique = diary.entries.iter().all(|e| e.id != id);
            if id == 0
                || !unique
                || !plain_id(muscle)
                || !(1..=MAX_MINUTES).contains(&minutes)
                || diary.entries.len() >= MAX_ENTRIES
            {
                return None;
            }
            // Newest first, as written: anything else was not written by this format.
            if diary.entries.last().is_some_and(|e| e.at_ms < at_ms) {
                return None;
            }
            diary.next_id = diary.next_id.max(id + 1);
            diary.entries.push(Entry {
                id,
                at_ms,
                muscle: muscle.to_owned(),
                minutes,
                helped,
                sleep: Sleep::from_id(sleep)?,
            });
        }
        Some(diary)
    }

    /// The entry with this id.
    pub fn entry(&self, id: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Adds an entry (its id is given here), or replaces the one with the entry's id when that
    /// id is not 0. Dropping the oldest when the diary is full.
    pub fn save(&self, mut entry: Entry) -> Diary {
        let mut next = self.clone();
        if entry.id != 0 && next.entries.iter().any(|e| e.id == entry.id) {
            next.entries.retain(|e| e.id != entry.id);
        } else {
            entry.id = next.next_id;
            next.next_id += 1;
        }
        // Newest first (an insertion: no sort code in the wasm).
        let at = next
            .entries
            .iter()
            .position(|e| e.at_ms < entry.at_ms)
            .unwrap_or(next.entries.len());
        next.entries.insert(at, entry);
        next.entries.truncate(MAX_ENTRIES);
        next
    }

    /// Without the entry with this id.
    pub fn remove(&self, id: u32) -> Diary {
        let mut next = self.clone();
        next.entries.retain(|e| e.id != id);
        next
    }

    /// With another retention setting (one of [`KEEP_CHOICES`]; anything else is ignored).
    pub fn keep(&self, days: u32) -> Diary {
        let mut next = self.clone();
        if KEEP_CHOICES.contains(&days) {
            next.keep_days = days;
        }
        next
    }

    /// Without the entries older than the retention setting at `now_ms`, and how many went.
    pub fn pruned(&self, now_ms: f64) -> (Diary, usize) {
        let oldest = now_ms - f64::from(self.keep_days) * DAY_MS;
        let mut next = self.clone();
        next.entries.retain(|e| e.at_ms >= oldest);
        let gone = self.entries.len() - next.entries.len();
        (next, gone)
    }

    /// The cramps that started after `from_ms` and up to `to_ms`.
    pub fn span(&self, from_ms: f64, to_ms: f64) -> Week {
        let inside: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|e| e.at_ms > from_ms && e.at_ms <= to_ms)
            .collect();
        let count = inside.len() as u32;
        let total: u32 = inside.iter().map(|e| e.minutes).sum();
        Week {
            from_ms,
            to_ms,
            count,
            average_minutes: (total + count / 2).checked_div(count).unwrap_or(0),
            awake_long: inside
                .iter()
                .filter(|e| e.sleep == Sleep::AwakeLong)
                .count() as u32,
        }
    }

    /// The last `n` weeks up to `now_ms`, oldest first.
    pub fn weeks(&self, now_ms: f64, n: usize) -> Vec<Week> {
        (0..n)
            .rev()
            .map(|k| {
                let to_ms = now_ms - k as f64 * 7.0 * DAY_MS;
                self.span(to_ms - 7.0 * DAY_MS, to_ms)
            })
            .collect()
    }
}
