//! Patient vignettes (`tests/vignettes.toml`): short stories with the answers each patient
//! would give and the level CLINICAL.md says they need. This checks the file and hands it to
//! the browser run (`tests/vignettes/run.mjs`) as JSON; the levels are never computed here:
//! the real widget answers them in a browser.

use std::collections::BTreeMap;
use std::path::Path;

use night_leg_cramps::content::{Bundle, CareLevel, QuestionKind};
use night_leg_cramps::triage::scenario::{self, ScenarioAnswer};
use serde::Deserialize;

/// The smallest set worth reporting (Semigran 2015 used 45).
pub const AT_LEAST: usize = 45;

/// The vignettes file: answers shared by every patient, and the vignettes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VignetteFile {
    /// Answers for every question a vignette does not mention.
    #[serde(default)]
    pub base: BTreeMap<String, ScenarioAnswer>,
    #[serde(rename = "vignette", default)]
    pub vignettes: Vec<Vignette>,
}

/// One patient.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vignette {
    pub id: String,
    pub name: String,
    /// The patient's story, in plain words.
    pub story: String,
    /// The answers the patient gives (the rest from `base`).
    #[serde(default)]
    pub answers: BTreeMap<String, ScenarioAnswer>,
    /// The level CLINICAL.md says they need.
    pub level: String,
    /// The CLINICAL.md rule that sets it.
    pub why: String,
}

fn choices(a: &ScenarioAnswer) -> Vec<String> {
    match a {
        ScenarioAnswer::One(c) => vec![c.clone()],
        ScenarioAnswer::Many(cs) => cs.clone(),
    }
}

/// Reads a vignettes file.
pub fn load(path: &Path) -> Result<VignetteFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The expected levels, counted: emergency, urgent, routine, self-care.
pub fn counts(f: &VignetteFile) -> BTreeMap<CareLevel, usize> {
    let mut n = BTreeMap::new();
    for v in &f.vignettes {
        if let Some(l) = CareLevel::from_id(&v.level) {
            *n.entry(l).or_default() += 1;
        }
    }
    n
}

/// Everything wrong with the file: unknown ids, answers a question cannot take, paths that
/// do not reach an outcome, fewer than [`AT_LEAST`] vignettes, thirds that are not equal.
pub fn problems(b: &Bundle, f: &VignetteFile) -> Vec<String> {
    let mut out = Vec::new();
    for (i, v) in f.vignettes.iter().enumerate() {
        let id = &v.id;
        if id.is_empty() || f.vignettes[..i].iter().any(|x| x.id == *id) {
            out.push(format!("vignette {}: missing or repeated id `{id}`", i + 1));
        }
        if v.story.trim().is_empty() || v.why.trim().is_empty() {
            out.push(format!("{id}: a story and the rule it rests on are needed"));
        }
        if CareLevel::from_id(&v.level).is_none() {
            out.push(format!("{id}: unknown level `{}`", v.level));
        }
        for (qid, a) in f.base.iter().chain(&v.answers) {
            let Some(q) = b.question(qid) else {
                out.push(format!("{id}: unknown question `{qid}`"));
                continue;
            };
            let cs = choices(a);
            for c in &cs {
                if !q.choices.iter().any(|x| x.id == *c) {
                    out.push(format!("{id}: `{qid}` has no choice `{c}`"));
                }
            }
            if q.kind == QuestionKind::Single && cs.len() != 1 {
                out.push(format!("{id}: `{qid}` takes one answer"));
            }
        }
        if let Err(e) = scenario::run(b, &f.base, &v.answers) {
            out.push(format!("{id}: {e}"));
        }
    }
    if f.vignettes.len() < AT_LEAST {
        out.push(format!(
            "{} vignettes; at least {AT_LEAST} are needed",
            f.vignettes.len()
        ));
    }
    let n = counts(f);
    let get = |l| n.get(&l).copied().unwrap_or(0);
    let thirds = [
        get(CareLevel::Emergency) + get(CareLevel::Urgent),
        get(CareLevel::Routine),
        get(CareLevel::SelfCare),
    ];
    if thirds[0] != thirds[1] || thirds[1] != thirds[2] {
        out.push(format!(
            "emergency or urgent, routine and self-care must be a third each: {thirds:?}"
        ));
    }
    out
}

/// The vignettes as JSON for the browser run, each with its full answers (base included),
/// with the content version they were checked against.
pub fn json(f: &VignetteFile, content_version: &str) -> serde_json::Value {
    let list: Vec<serde_json::Value> = f
        .vignettes
        .iter()
        .map(|v| {
            let mut answers: BTreeMap<&str, Vec<String>> = BTreeMap::new();
            for (q, a) in f.base.iter().chain(&v.answers) {
                answers.insert(q, choices(a));
            }
            serde_json::json!({
                "id": v.id, "name": v.name, "story": v.story, "level": v.level,
                "why": v.why, "answers": answers,
            })
        })
        .collect();
    serde_json::json!({ "content_version": content_version, "vignettes": list })
}
