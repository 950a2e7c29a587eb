//! Reading the content files (feature `files`, for the build script and tests):
//! `questionnaire.toml` and every `<lang>.toml`, with locale inheritance and the completeness
//! check that keeps a translation from shipping a missing word.
//!
//! - **Inheritance.** A regional locale (`en-GB.toml`) names its parent (`inherits = "en"`)
//!   and writes only the texts that differ, so the clinical text cannot drift between copies.
//!   An override of a text the parent lacks, or one identical to the parent's, is a problem.
//!   Spelling (`[spelling] diarrhea = "diarrhoea"`) is applied to every inherited text as
//!   whole words, capitalised forms too; a word that never occurs is a problem.
//! - **Completeness.** Every locale, once merged, must have exactly the texts the reference
//!   locale ([`REFERENCE`]) has: the same keys, the same number of list items (a dropped
//!   safety-netting line is a missing text), and the same placeholders in each text (a
//!   translation that loses `{emergency}` would lose the phone number).
//!
//! Every problem of every file is reported at once; [`load`] then runs [`validate`](crate::validate()).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use toml::{Table, Value};

use crate::analysis::placeholders;
use crate::schema::{Locale, Structure};
use crate::{validate, Problem};

/// The locale the content is written in first; every other locale is checked against it.
pub const REFERENCE: &str = "en";

/// Keys of a locale file that name the locale rather than hold its texts.
const OWN_KEYS: [&str; 4] = ["lang", "name", "inherits", "spelling"];

/// The content, read and checked.
#[derive(Debug)]
pub struct Content {
    /// `questionnaire.toml`.
    pub structure: Structure,
    /// Every locale, inheritance applied, in file-name order.
    pub locales: Vec<Locale>,
}

/// Reads `dir` (`questionnaire.toml` and every other `*.toml` as a locale), applies
/// inheritance, checks completeness and then [`validate`](crate::validate())s: the content, or
/// every problem found.
pub fn load(dir: &Path) -> Result<Content, Vec<Problem>> {
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| {
            vec![Problem::Malformed {
                what: p.display().to_string(),
                detail: e.to_string(),
            }]
        })
    };
    let structure = read(&dir.join("questionnaire.toml"))?;
    let mut files = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        vec![Problem::Malformed {
            what: dir.display().to_string(),
            detail: e.to_string(),
        }]
    })?;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|x| x == "toml") && !p.ends_with("questionnaire.toml") {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            files.push((name, read(&p)?));
        }
    }
    files.sort();
    let content = read_texts(&structure, &files)?;
    let problems = validate(&content.structure, &content.locales);
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

/// Parses the structure and the locale files (`(file name, text)`), applies inheritance and
/// checks every locale's keys and placeholders against [`REFERENCE`]. Does not run
/// [`validate`](crate::validate()).
pub fn read_texts(structure: &str, files: &[(String, String)]) -> Result<Content, Vec<Problem>> {
    let mut problems = Vec::new();
    let parsed_structure = toml::from_str::<Structure>(structure).map_err(|e| Problem::Malformed {
        what: "questionnaire.toml".into(),
        detail: e.to_string(),
    });
    let mut tables: Vec<(String, Table)> = Vec::new();
    for (file, text) in files {
        match toml::from_str::<Table>(text) {
            Ok(t) => tables.push((file.clone(), t)),
            Err(e) => problems.push(Problem::Malformed {
                what: file.clone(),
                detail: e.to_string(),
            }),
        }
    }
    let lang_of = |t: &Table| {
        t.get("lang")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_owned()
    };
    let reference = tables
        .iter()
        .find(|(_, t)| lang_of(t) == REFERENCE)
        .map(|(_, t)| t.clone());
    let Some(reference) = reference else {
        problems.push(Problem::MissingText {
            lang: REFERENCE.into(),
            what: format!("the reference locale: no file has lang = \"{REFERENCE}\""),
        });
        return Err(problems);
    };
    let reference_leaves = leaves(&reference);
    let mut locales = Vec::new();
    for (file, table) in &tables {
        let lang = lang_of(table);
        let before = problems.len();
        let merged = match table.get("inherits") {
            None => table.clone(),
            Some(parent) => {
                let parent = parent.as_str().unwrap_or_default();
                match tables.iter().find(|(_, t)| lang_of(t) == parent) {
                    Some((_, p)) if !p.contains_key("inherits") => {
                        let mut m = p.clone();
                        merge(&mut m, table, "", &lang, parent, &mut problems);
                        m.remove("inherits");
                        if let Some(Value::Table(words)) = m.remove("spelling") {
                            respell(&mut m, &words, &lang, &mut problems);
                        }
                        m
                    }
                    _ => {
                        problems.push(Problem::UnknownId {
                            kind: "parent locale (one without `inherits`)",
                            id: parent.into(),
                            in_: file.clone(),
                        });
                        continue;
                    }
                }
            }
        };
        compare(&lang, &leaves(&merged), &reference_leaves, &mut problems);
        if problems.len() > before {
            continue;
        }
        match Value::Table(merged).try_into::<Locale>() {
            Ok(l) => locales.push(l),
            Err(e) => problems.push(Problem::Malformed {
                what: file.clone(),
                detail: e.to_string(),
            }),
        }
    }
    locales.sort_by_key(|l| (l.lang != REFERENCE, l.lang.clone()));
    match parsed_structure {
        Ok(structure) if problems.is_empty() => Ok(Content { structure, locales }),
        Ok(_) => Err(problems),
        Err(p) => {
            problems.push(p);
            Err(problems)
        }
    }
}

/// Lays `over` on `base`: tables merge key by key, anything else replaces. Reports overrides
/// of keys the parent lacks and overrides that change nothing.
fn merge(
    base: &mut Table,
    over: &Table,
    path: &str,
    lang: &str,
    parent: &str,
    out: &mut Vec<Problem>,
) {
    for (k, v) in over {
        let here = join(path, k);
        if path.is_empty() && OWN_KEYS.contains(&k.as_str()) {
            base.insert(k.clone(), v.clone());
            continue;
        }
        match (base.get_mut(k), v) {
            (None, _) => out.push(Problem::UnknownText {
                lang: lang.into(),
                what: format!("`{here}` (its parent `{parent}` has no such text to override)"),
            }),
            (Some(Value::Table(b)), Value::Table(o)) => merge(b, o, &here, lang, parent, out),
            (Some(b), v) if b == v => out.push(Problem::Malformed {
                what: format!("[{lang}] `{here}`"),
                detail: format!(
                    "the same as in `{parent}`; an inheriting locale writes only what differs"
                ),
            }),
            (Some(b), v) if b.type_str() != v.type_str() => out.push(Problem::Malformed {
                what: format!("[{lang}] `{here}`"),
                detail: format!("a {} where `{parent}` has a {}", v.type_str(), b.type_str()),
            }),
            (Some(b), v) => *b = v.clone(),
        }
    }
}

/// Applies a locale's spelling list to every text of `t` (whole words; a lower-case word also
/// in its capitalised form). Reports words that occur nowhere.
fn respell(t: &mut Table, words: &Table, lang: &str, out: &mut Vec<Problem>) {
    fn walk(v: &mut Value, pairs: &[(String, String)], used: &mut [bool]) {
        match v {
            Value::Table(t) => t.iter_mut().for_each(|(_, v)| walk(v, pairs, used)),
            Value::Array(a) => a.iter_mut().for_each(|v| walk(v, pairs, used)),
            Value::String(s) => {
                for (i, (from, to)) in pairs.iter().enumerate() {
                    if let Some(new) = replace_word(s, from, to) {
                        *s = new;
                        used[i / 2] = true;
                    }
                }
            }
            _ => {}
        }
    }
    let capitalised = |w: &str| {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let mut pairs = Vec::new();
    for (from, to) in words {
        let to = to.as_str().unwrap_or_default();
        pairs.push((from.clone(), to.to_owned()));
        pairs.push((capitalised(from), capitalised(to)));
    }
    let mut used = vec![false; words.len()];
    for (k, v) in t.iter_mut() {
        if !OWN_KEYS.contains(&k.as_str()) {
            walk(v, &pairs, &mut used);
        }
    }
    for ((word, _), used) in words.iter().zip(used) {
        if !used {
            out.push(Problem::UnknownText {
                lang: lang.into(),
                what: format!("spelling of `{word}` (no inherited text has it as a word)"),
            });
        }
    }
}

/// `s` with every whole-word `from` replaced by `to`, or `None` if it has none.
fn replace_word(s: &str, from: &str, to: &str) -> Option<String> {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut out = String::new();
    let mut rest = s;
    let mut found = false;
    while let Some(i) = rest.find(from) {
        let before = rest[..i].chars().last().or_else(|| out.chars().last());
        let after = rest[i + from.len()..].chars().next();
        out.push_str(&rest[..i]);
        if is_word(before) || is_word(after) {
            out.push_str(from);
        } else {
            out.push_str(to);
            found = true;
        }
        rest = &rest[i + from.len()..];
    }
    out.push_str(rest);
    found.then_some(out)
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Every text of a locale by its path (`outcome.urgent.watch-for[2]`), with its placeholders
/// (lower case: `{Emergency}` and `{emergency}` fill the same words).
fn leaves(t: &Table) -> BTreeMap<String, BTreeSet<String>> {
    fn walk(v: &Value, path: String, out: &mut BTreeMap<String, BTreeSet<String>>) {
        match v {
            Value::Table(t) => {
                for (k, v) in t {
                    walk(v, join(&path, k), out);
                }
            }
            Value::Array(a) => {
                for (i, v) in a.iter().enumerate() {
                    walk(v, format!("{path}[{i}]"), out);
                }
            }
            Value::String(s) => {
                let names = placeholders(s).unwrap_or_default();
                out.insert(path, names.iter().map(|n| n.to_ascii_lowercase()).collect());
            }
            _ => {
                out.insert(path, BTreeSet::new());
            }
        }
    }
    let mut out = BTreeMap::new();
    for (k, v) in t {
        if !OWN_KEYS.contains(&k.as_str()) {
            walk(v, k.clone(), &mut out);
        }
    }
    out
}

/// Every key the reference has and `lang` lacks, every key `lang` has and the reference does
/// not, and every text whose placeholders differ.
fn compare(
    lang: &str,
    have: &BTreeMap<String, BTreeSet<String>>,
    want: &BTreeMap<String, BTreeSet<String>>,
    out: &mut Vec<Problem>,
) {
    for (path, names) in want {
        match have.get(path) {
            None => out.push(Problem::MissingText {
                lang: lang.into(),
                what: format!("`{path}` (in `{REFERENCE}`)"),
            }),
            Some(got) if got != names => out.push(Problem::Placeholder {
                lang: lang.into(),
                what: format!("`{path}`"),
                detail: format!("has {got:?}, `{REFERENCE}` has {names:?}: a translation keeps every placeholder"),
            }),
            Some(_) => {}
        }
    }
    for path in have.keys().filter(|p| !want.contains_key(*p)) {
        out.push(Problem::UnknownText {
            lang: lang.into(),
            what: format!("`{path}` (`{REFERENCE}` has no such text)"),
        });
    }
}
