//! `review docs`: writes every generated document, or with `--check` compares them with the
//! committed copies, so the documents a health organisation reads cannot go stale.
//!
//! - `docs/safety/hazard-log.md` from `docs/safety/hazards.toml`;
//! - `docs/safety/safety-case.md` (see [`super::safety_case`]);
//! - the generated blocks of the hand-written statements: the intended purpose in
//!   `docs/regulatory.md`, what the host page hears in `docs/privacy.md`. A block sits
//!   between `<!-- generated: NAME -->` and `<!-- end generated: NAME -->`.
//!
//! It also checks every test that a document under `docs/` names (see [`super::proofs`]).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use night_leg_cramps::content::Bundle;
use night_leg_cramps::embed;
use night_leg_cramps::triage::scenario::ScenarioFile;
use night_leg_cramps::triage::walk;

use super::safety_case::{self, Inputs};
use super::{case_file, hazards, proofs, vignettes};

/// A document as it should be.
pub struct Doc {
    /// Relative to the repository root.
    pub path: String,
    pub text: String,
}

/// The paths of the data files, relative to the repository root unless absolute.
pub struct Sources {
    pub hazards: PathBuf,
    pub case: PathBuf,
    pub scenarios: PathBuf,
    pub vignettes: PathBuf,
}

impl Sources {
    /// The project's own files.
    pub fn default_in(root: &Path) -> Sources {
        Sources {
            hazards: root.join("docs/safety/hazards.toml"),
            case: root.join("docs/safety/safety-case.toml"),
            scenarios: root.join("tests/scenarios.toml"),
            vignettes: root.join("tests/vignettes.toml"),
        }
    }
}

/// The hazard log, checked.
pub fn hazard_log(root: &Path, src: &Sources) -> Result<hazards::HazardLog, Vec<String>> {
    let log = hazards::load(&src.hazards).map_err(|e| vec![e])?;
    let p = hazards::problems(&log, root);
    if p.is_empty() {
        Ok(log)
    } else {
        Err(p)
    }
}

/// The safety case report, or every problem found on the way.
pub fn safety_case(root: &Path, b: &Bundle, src: &Sources) -> Result<String, Vec<String>> {
    let mut problems = Vec::new();
    let log = hazard_log(root, src).map_err(|p| problems.extend(p)).ok();
    let case = case_file::load(&src.case)
        .map_err(|e| problems.push(e))
        .ok();
    if let Some(c) = &case {
        problems.extend(case_file::problems(c, &b.version));
    }
    let scenarios: Option<ScenarioFile> = std::fs::read_to_string(&src.scenarios)
        .map_err(|e| e.to_string())
        .and_then(|t| toml::from_str(&t).map_err(|e| e.to_string()))
        .map_err(|e| problems.push(format!("{}: {e}", src.scenarios.display())))
        .ok();
    let vig = vignettes::load(&src.vignettes)
        .map_err(|e| problems.push(e))
        .ok();
    if let Some(v) = &vig {
        problems.extend(vignettes::problems(b, v));
    }
    let (Some(log), Some(case), Some(scenarios), Some(vig)) = (log, case, scenarios, vig) else {
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let stats = walk::walk(b, &mut |_, _, _| {});
    Ok(safety_case::markdown(&Inputs {
        bundle: b,
        case: &case,
        hazards: &log,
        scenarios: &scenarios,
        vignettes: &vig,
        walk: &stats,
        version: env!("CARGO_PKG_VERSION"),
    }))
}

/// What the host page hears for each value of the `events` attribute, and the attributes it
/// sets: from `embed`, the code that decides.
fn host_events() -> String {
    let mut o = String::from("| `events` | the host page hears |\n|---|---|\n");
    for level in embed::EVENT_LEVELS {
        let heard: Vec<String> = embed::EVENTS
            .iter()
            // `nlc-answers` is sent only on the person's press (`send-to`), at every level.
            .filter(|k| {
                let kind = embed::EventKind::ALL.into_iter().find(|e| e.id() == **k);
                let hears = |e| embed::hears(embed::Heard::from_id(level), e);
                **k == "ready" || kind.is_some_and(|e| e != embed::EventKind::Answers && hears(e))
            })
            .map(|k| format!("`nlc-{k}`"))
            .collect();
        let default = if level == "none" {
            " (the default)"
        } else {
            ""
        };
        let _ = writeln!(o, "| `{level}`{default} | {} |", heard.join(", "));
    }
    o
}

/// Replaces the generated block `name` of `text`.
fn fill(text: &str, name: &str, body: &str) -> Result<String, String> {
    let start = format!("<!-- generated: {name} -->");
    let end = format!("<!-- end generated: {name} -->");
    let (Some(s), Some(e)) = (text.find(&start), text.find(&end)) else {
        return Err(format!("no `{start}` … `{end}` block"));
    };
    if e < s {
        return Err(format!("`{end}` comes before `{start}`"));
    }
    Ok(format!(
        "{}{start}\n{}\n{}",
        &text[..s],
        body.trim_end(),
        &text[e..]
    ))
}

/// Every generated document, or every problem found on the way.
pub fn all(root: &Path, b: &Bundle) -> Result<Vec<Doc>, Vec<String>> {
    let src = Sources::default_in(root);
    let mut problems = Vec::new();
    let mut docs = Vec::new();
    match hazard_log(root, &src) {
        Ok(log) => docs.push(Doc {
            path: "docs/safety/hazard-log.md".into(),
            text: hazards::markdown(&log, &b.version),
        }),
        Err(p) => problems.extend(p),
    }
    match safety_case(root, b, &src) {
        Ok(text) => docs.push(Doc {
            path: "docs/safety/safety-case.md".into(),
            text,
        }),
        Err(p) => {
            for x in p {
                if !problems.contains(&x) {
                    problems.push(x);
                }
            }
        }
    }
    let purpose = case_file::load(&src.case)
        .map(|c| case_file::intended_purpose(&c.intended_use))
        .unwrap_or_default();
    for (path, name, body) in [
        ("docs/regulatory.md", "intended-purpose", purpose),
        ("docs/privacy.md", "host-events", host_events()),
    ] {
        match std::fs::read_to_string(root.join(path))
            .map_err(|e| e.to_string())
            .and_then(|t| fill(&t, name, &body))
        {
            Ok(text) => docs.push(Doc {
                path: path.into(),
                text,
            }),
            Err(e) => problems.push(format!("{path}: {e}")),
        }
    }
    // Every test a document names exists (the generated ones as they are about to be).
    let mut named = Vec::new();
    for path in markdown_under(&root.join("docs")) {
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        let text = match docs.iter().find(|d| d.path == rel) {
            Some(d) => d.text.clone(),
            None => std::fs::read_to_string(&path).unwrap_or_default(),
        };
        named.extend(
            proofs::in_markdown(&text)
                .into_iter()
                .map(|r| (rel.clone(), r)),
        );
    }
    for (file, r) in named {
        if let Err(e) = proofs::check(root, &r) {
            let msg = format!("{file}: {e}");
            if !problems.contains(&msg) {
                problems.push(msg);
            }
        }
    }
    if problems.is_empty() {
        Ok(docs)
    } else {
        Err(problems)
    }
}

fn markdown_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                out.extend(markdown_under(&p));
            } else if p.extension().is_some_and(|x| x == "md") {
                out.push(p);
            }
        }
    }
    out
}

/// Writes the documents (`check` false) or lists the ones that differ from the committed
/// copies (`check` true). `Ok` holds what was done; `Err` what is wrong.
pub fn run(root: &Path, b: &Bundle, check: bool) -> Result<Vec<String>, Vec<String>> {
    let docs = all(root, b)?;
    let mut done = Vec::new();
    let mut stale = Vec::new();
    for d in docs {
        let path = root.join(&d.path);
        let same = std::fs::read_to_string(&path).is_ok_and(|t| t == d.text);
        if check {
            if same {
                done.push(format!("up to date: {}", d.path));
            } else {
                stale.push(format!(
                    "{} is out of date: run `cargo run --features review --bin review -- docs` (or scripts/docs) and commit it",
                    d.path
                ));
            }
        } else if same {
            done.push(format!("unchanged: {}", d.path));
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| vec![format!("{}: {e}", d.path)])?;
            }
            std::fs::write(&path, &d.text).map_err(|e| vec![format!("{}: {e}", d.path)])?;
            done.push(format!("wrote: {}", d.path));
        }
    }
    if stale.is_empty() {
        Ok(done)
    } else {
        Err(stale)
    }
}
