//! The hazard log (DCB0129): read from `docs/safety/hazards.toml`, checked, and written as
//! Markdown (`docs/safety/hazard-log.md`).
//!
//! Risk is rated with the DCB0129 5 × 5 matrix: a severity and a likelihood give a rating from
//! 1 to 5 by lookup (not by multiplying). The check refuses a hazard without a control, a
//! control without a test that exists, a residual risk above the initial one, a residual risk
//! of 4 or 5 (not acceptable for release), and a transferred hazard with no action for the
//! deploying organisation.

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

use super::proofs;

/// Severity of harm, least first (DCB0129).
pub const SEVERITIES: [&str; 5] = [
    "Minor",
    "Significant",
    "Considerable",
    "Major",
    "Catastrophic",
];
/// Likelihood, least first (DCB0129).
pub const LIKELIHOODS: [&str; 5] = ["Very low", "Low", "Medium", "High", "Very high"];
/// The risk rating for [likelihood][severity], both least first.
const MATRIX: [[u8; 5]; 5] = [
    [1, 1, 2, 2, 3],
    [1, 2, 2, 3, 4],
    [2, 2, 3, 3, 4],
    [2, 3, 3, 4, 5],
    [3, 4, 4, 5, 5],
];
/// What each rating means (DCB0129 example acceptability), rating 1 first.
const ACCEPTABILITY: [&str; 5] = [
    "Acceptable, no further action required",
    "Acceptable where the cost of further reduction outweighs the benefits gained, or where further risk reduction is impractical",
    "Undesirable: attempts should be made to eliminate the hazard or control it; acceptable only when further risk reduction is impractical",
    "Mandatory elimination of the hazard or addition of control measures to reduce the risk to an acceptable level",
    "Unacceptable",
];
/// Hazard status (DCB0129 hazard log).
const STATUSES: [(&str, &str); 3] = [
    ("Open", "not all the manufacturer's actions for this hazard are complete"),
    ("Transferred", "the manufacturer's actions are complete; actions remain for the deploying health organisation"),
    ("Closed", "all actions for this hazard are complete"),
];

/// The hazard log file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HazardLog {
    /// The hazards, in log order.
    #[serde(rename = "hazard", default)]
    pub hazards: Vec<Hazard>,
}

/// One hazard.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Hazard {
    pub id: String,
    pub title: String,
    /// What could go wrong.
    pub hazard: String,
    /// The potential clinical impact.
    pub effect: String,
    pub causes: Vec<String>,
    pub initial: Risk,
    #[serde(rename = "control", default)]
    pub controls: Vec<Control>,
    pub residual: Risk,
    /// Why the residual risk is acceptable.
    pub justification: String,
    /// Actions for the deploying health organisation (its DCB0160 work).
    #[serde(default)]
    pub deployer: Vec<String>,
    pub status: String,
}

/// A severity and a likelihood.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    pub severity: String,
    pub likelihood: String,
}

impl Risk {
    /// The matrix rating, if both words are on the scales.
    pub fn rating(&self) -> Option<u8> {
        let s = SEVERITIES.iter().position(|x| *x == self.severity)?;
        let l = LIKELIHOODS.iter().position(|x| *x == self.likelihood)?;
        Some(MATRIX[l][s])
    }

    fn cell(&self) -> String {
        format!(
            "{} × {} → **{}**",
            self.severity,
            self.likelihood.to_lowercase(),
            self.rating().unwrap_or(0)
        )
    }
}

/// A control and the tests that prove it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Control {
    pub what: String,
    pub tests: Vec<String>,
}

/// Reads a hazard log.
pub fn load(path: &Path) -> Result<HazardLog, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Everything wrong with the log; `root` is where the named tests are looked up.
pub fn problems(log: &HazardLog, root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if log.hazards.is_empty() {
        out.push("the hazard log has no hazards".to_owned());
    }
    for (i, h) in log.hazards.iter().enumerate() {
        let id = &h.id;
        if id.is_empty() || log.hazards[..i].iter().any(|x| x.id == *id) {
            out.push(format!("hazard {}: missing or repeated id `{id}`", i + 1));
        }
        if h.causes.is_empty() {
            out.push(format!("{id}: no cause"));
        }
        if h.controls.is_empty() {
            out.push(format!("{id}: no control"));
        }
        for (n, c) in h.controls.iter().enumerate() {
            if c.tests.is_empty() {
                out.push(format!("{id}: control {} names no test", n + 1));
            }
            for t in &c.tests {
                if let Err(e) = proofs::check(root, t) {
                    out.push(format!("{id}: control {}: {e}", n + 1));
                }
            }
        }
        let (Some(initial), Some(residual)) = (h.initial.rating(), h.residual.rating()) else {
            out.push(format!(
                "{id}: severity must be one of {SEVERITIES:?} and likelihood one of {LIKELIHOODS:?}"
            ));
            continue;
        };
        if residual > initial {
            out.push(format!(
                "{id}: residual risk {residual} is higher than the initial risk {initial}"
            ));
        }
        if residual >= 4 {
            out.push(format!(
                "{id}: residual risk {residual} is not acceptable for release"
            ));
        }
        if h.justification.trim().is_empty() {
            out.push(format!("{id}: no justification for the residual risk"));
        }
        if !STATUSES.iter().any(|(s, _)| *s == h.status) {
            out.push(format!("{id}: unknown status `{}`", h.status));
        }
        if h.status == "Transferred" && h.deployer.is_empty() {
            out.push(format!(
                "{id}: transferred, but no action for the deploying organisation"
            ));
        }
    }
    out
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// How risk is rated: the matrix, the scales and what each rating means.
pub fn scheme() -> String {
    let mut o = String::from("| likelihood ↓ / severity → |");
    for s in SEVERITIES {
        let _ = write!(o, " {s} |");
    }
    o.push_str("\n|---|---|---|---|---|---|\n");
    for (l, row) in LIKELIHOODS.iter().zip(MATRIX).rev() {
        let _ = write!(o, "| **{l}** |");
        for r in row {
            let _ = write!(o, " {r} |");
        }
        o.push('\n');
    }
    o.push_str("\n| rating | meaning |\n|---|---|\n");
    for (i, m) in ACCEPTABILITY.iter().enumerate().rev() {
        let _ = writeln!(o, "| {} | {m} |", i + 1);
    }
    o.push_str("\n| status | meaning |\n|---|---|\n");
    for (s, m) in STATUSES {
        let _ = writeln!(o, "| {s} | {m} |");
    }
    o
}

/// One row per hazard: id, title, initial and residual risk, status.
pub fn summary(log: &HazardLog) -> String {
    let mut o = String::from(
        "| hazard | | initial risk | controls | residual risk | status |\n|---|---|---|---|---|---|\n",
    );
    for h in &log.hazards {
        let _ = writeln!(
            o,
            "| [{id}](hazard-log.md#{anchor}) | {} | {} | {} | {} | {} |",
            cell(&h.title),
            h.initial.cell(),
            h.controls.len(),
            h.residual.cell(),
            h.status,
            id = h.id,
            anchor = h.id.to_lowercase(),
        );
    }
    o
}

/// The hazard log as Markdown.
pub fn markdown(log: &HazardLog, content_version: &str) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "# Hazard log\n\n\
         The clinical hazards of the night leg cramps guide, their causes, the controls that \
         reduce them and the tests that prove each control (DCB0129). Content version \
         {content_version}.\n\n\
         Generated from `docs/safety/hazards.toml` by \
         `cargo run --features review --bin review -- docs`; edit that file, not this one. The \
         test command fails when a named test does not exist, a hazard has no control, or a \
         residual risk is above the initial one, and when this copy is out of date.\n\n\
         The ratings are the manufacturer's proposal. They stand once a clinical safety \
         officer has reviewed and signed the [clinical safety case](safety-case.md).\n\n\
         ## Summary\n\n{}\n## How risk is rated\n\n\
         Severity of harm to one person, from DCB0129 (the same harm to several people is \
         one step higher): *Minor* (minor injury that recovers in the short term, upset or \
         inconvenience), *Significant* (minor injury that does not recover in the short \
         term, or significant psychological trauma), *Considerable* (severe injury or \
         incapacity that recovers in the short term, or severe psychological trauma), \
         *Major* (death or permanent life-changing incapacity), *Catastrophic* (death or \
         permanent life-changing incapacity of several people). Each outcome is one \
         person's, so hazards are rated for one person, except where a single fault reaches \
         everyone reading a language at once (a translation). Likelihood: *Very low* (negligible), *Low* (could occur, but in the great \
         majority of cases will not), *Medium* (possible), *High* (very possible), *Very \
         high* (certain or almost certain). Initial risk is rated before the controls \
         listed; residual risk with them.\n\n{}",
        summary(log).replace("(hazard-log.md#", "(#"),
        scheme()
    );
    for h in &log.hazards {
        let _ = writeln!(
            o,
            "\n## {}\n\n**{}**\n\n{}\n\n**Potential clinical impact.** {}\n\n**Causes**\n",
            h.id, h.title, h.hazard, h.effect
        );
        for c in &h.causes {
            let _ = writeln!(o, "- {c}");
        }
        let _ = writeln!(
            o,
            "\n**Initial risk:** {}\n\n**Controls**\n",
            h.initial.cell()
        );
        for (n, c) in h.controls.iter().enumerate() {
            let tests: Vec<String> = c.tests.iter().map(|t| format!("`{t}`")).collect();
            let _ = writeln!(
                o,
                "{}. {}  \n   Proved by: {}",
                n + 1,
                c.what,
                tests.join("; ")
            );
        }
        let _ = writeln!(
            o,
            "\n**Residual risk:** {}. {}\n",
            h.residual.cell(),
            h.justification
        );
        if !h.deployer.is_empty() {
            let _ = writeln!(o, "**For the deploying organisation (DCB0160)**\n");
            for d in &h.deployer {
                let _ = writeln!(o, "- {d}");
            }
            o.push('\n');
        }
        let _ = writeln!(o, "**Status:** {}", h.status);
    }
    o
}
