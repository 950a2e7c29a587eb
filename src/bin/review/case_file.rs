//! The words of the clinical safety case that are not derived from the content or the tests:
//! the intended use, the known limitations and the sign-off (`docs/safety/safety-case.toml`).
//!
//! The sign-off is the clinical safety officer's. The check refuses a case that says it is
//! signed while a field is empty or a placeholder, whose date is not a real date, or that was
//! signed for another content version: a changed rule needs a new signature.

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

/// The case file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CaseFile {
    pub intended_use: IntendedUse,
    #[serde(default)]
    pub limitations: Vec<String>,
    pub sign_off: SignOff,
}

/// The intended purpose, in the terms the MHRA asks for.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct IntendedUse {
    /// What the guide does.
    pub purpose: String,
    /// Who it is for.
    pub population: String,
    /// Who uses it.
    pub users: String,
    /// Where and how it is used.
    pub environment: String,
    /// What it is not for.
    pub not_for: Vec<String>,
}

/// The clinical safety officer's sign-off.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SignOff {
    /// `not signed` or `signed`.
    pub status: String,
    pub name: String,
    pub role: String,
    pub registration: String,
    pub organisation: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The content version that was reviewed.
    pub content_version: String,
}

/// What the document shows for a field not yet filled in.
pub const PLACEHOLDER: &str = "(to be completed)";

/// Reads a case file.
pub fn load(path: &Path) -> Result<CaseFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn is_placeholder(v: &str) -> bool {
    let v = v.trim().to_lowercase();
    v.is_empty()
        || ["tbd", "todo", "name", "n/a", "-", "?", "none"].contains(&v.as_str())
        || ["to be completed", "…", "...", "<", ">", "xxx"]
            .iter()
            .any(|p| v.contains(p))
}

fn is_date(v: &str) -> bool {
    let p: Vec<&str> = v.split('-').collect();
    let num = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    if p.len() != 3 || !num(p[0], 4) || !num(p[1], 2) || !num(p[2], 2) {
        return false;
    }
    let (m, d): (u32, u32) = (p[1].parse().unwrap_or(0), p[2].parse().unwrap_or(0));
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// Everything wrong with the case file for `content_version`.
pub fn problems(case: &CaseFile, content_version: &str) -> Vec<String> {
    let mut out = Vec::new();
    let u = &case.intended_use;
    for (k, v) in [
        ("purpose", &u.purpose),
        ("population", &u.population),
        ("users", &u.users),
        ("environment", &u.environment),
    ] {
        if v.trim().is_empty() {
            out.push(format!("intended-use.{k} is empty"));
        }
    }
    let s = &case.sign_off;
    match s.status.as_str() {
        "not signed" => {}
        "signed" => {
            for (k, v) in [
                ("name", &s.name),
                ("role", &s.role),
                ("registration", &s.registration),
                ("organisation", &s.organisation),
                ("date", &s.date),
                ("content-version", &s.content_version),
            ] {
                if is_placeholder(v) {
                    out.push(format!(
                        "sign-off says signed, but `{k}` is empty or a placeholder"
                    ));
                }
            }
            if !is_placeholder(&s.date) && !is_date(&s.date) {
                out.push(format!("sign-off date `{}` is not YYYY-MM-DD", s.date));
            }
            if !is_placeholder(&s.content_version) && s.content_version != content_version {
                out.push(format!(
                    "sign-off is for content version {}, the content is {content_version}: \
                     the changed content needs a new review",
                    s.content_version
                ));
            }
        }
        other => out.push(format!(
            "sign-off status `{other}`: expected `not signed` or `signed`"
        )),
    }
    out
}

/// The intended purpose as Markdown (the safety case and the regulatory position show it).
pub fn intended_purpose(u: &IntendedUse) -> String {
    let mut o = format!(
        "| | |\n|---|---|\n| What it does | {} |\n| For whom | {} |\n| Used by | {} |\n| Where | {} |\n\nIt is not for:\n\n",
        u.purpose, u.population, u.users, u.environment
    );
    for n in &u.not_for {
        let _ = writeln!(o, "- {n}");
    }
    o
}

/// The sign-off block. `scripts/sign-off.mjs` reads this table in the release build.
pub fn sign_off(s: &SignOff) -> String {
    let show = |v: &str| {
        if v.trim().is_empty() {
            PLACEHOLDER.to_owned()
        } else {
            v.to_owned()
        }
    };
    let status = if s.status == "signed" {
        "Signed"
    } else {
        "Not signed"
    };
    format!(
        "| Sign-off | |\n|---|---|\n| Status | {status} |\n| Name | {} |\n| Role | {} |\n| Professional registration | {} |\n| Organisation | {} |\n| Date | {} |\n| Content version reviewed | {} |\n",
        show(&s.name),
        show(&s.role),
        show(&s.registration),
        show(&s.organisation),
        show(&s.date),
        show(&s.content_version),
    )
}
