//! Tests named in the safety documents, looked up in the test sources.
//!
//! A reference is `path::name`, the path relative to the repository root:
//!
//! - `tests/triage.rs::every_answer_path_ends_in_exactly_one_safe_outcome`: a Rust test (a
//!   `fn` with `#[test]` or `#[wasm_bindgen_test]` just above it), in `tests/` or `src/`;
//! - `tests/e2e/hosts.spec.mjs::strict CSP with Trusted Types: works with no violation`: a
//!   Playwright or `node --test` test, by its title (`test('…'`);
//! - `tests/vignettes/run.mjs::…`: a named check in a test script (a quoted string);
//! - `tests/scenarios.toml::…`: a clinical scenario (or vignette) by its `name`;
//! - `scripts/test::…`: a step of the test command (a quoted string).
//!
//! A hazard control, or a sentence of the accessibility or privacy statement, that names a
//! test which does not exist fails the documents check, so the documents cannot claim a proof
//! that was renamed or removed.

use std::path::Path;

/// Checks that the test `reference` names exists under `root`.
pub fn check(root: &Path, reference: &str) -> Result<(), String> {
    let (file, name) = reference
        .split_once("::")
        .ok_or_else(|| format!("`{reference}`: expected path::test name"))?;
    let name = name.trim();
    if name.is_empty() {
        return Err(format!("`{reference}`: no test name"));
    }
    let text = std::fs::read_to_string(root.join(file))
        .map_err(|e| format!("`{reference}`: cannot read {file}: {e}"))?;
    let found = if file.ends_with(".rs") {
        rust_test(&text, name)
    } else if file.ends_with(".spec.mjs") || file.ends_with(".test.mjs") {
        quoted(name).any(|q| text.contains(&format!("test({q}")))
    } else if file.ends_with(".toml") {
        text.lines().any(|l| {
            l.trim_start()
                .strip_prefix("name = ")
                .is_some_and(|v| v.trim() == format!("{name:?}"))
        })
    } else {
        quoted(name).any(|q| text.contains(&q))
    };
    if found {
        Ok(())
    } else {
        Err(format!("`{reference}`: no such test in {file}"))
    }
}

/// A `fn name(` (or `async fn name(`) with a test attribute on one of the three lines above.
fn rust_test(text: &str, name: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    let head = format!("fn {name}(");
    lines.iter().enumerate().any(|(i, l)| {
        let l = l.trim_start();
        (l.starts_with(&head)
            || l.strip_prefix("async ")
                .is_some_and(|r| r.starts_with(&head)))
            && lines[i.saturating_sub(3)..i]
                .iter()
                .any(|a| a.contains("#[test]") || a.contains("#[wasm_bindgen_test]"))
    })
}

/// `name` as a JavaScript or shell string literal in each quote style (quotes escaped).
fn quoted(name: &str) -> impl Iterator<Item = String> + '_ {
    ['\'', '"', '`'].into_iter().map(move |q| {
        let escaped = name.replace(q, &format!("\\{q}"));
        format!("{q}{escaped}{q}")
    })
}

/// The test references in a Markdown text: code spans of the form `path::name` whose path
/// starts with `tests/`, `src/` or `scripts/`.
pub fn in_markdown(md: &str) -> Vec<String> {
    md.split('`')
        .skip(1)
        .step_by(2)
        .filter(|span| {
            span.split_once("::").is_some_and(|(path, _)| {
                ["tests/", "src/", "scripts/"]
                    .iter()
                    .any(|p| path.starts_with(p))
                    && !path.contains(' ')
            })
        })
        .map(|span| span.replace('\n', " "))
        .collect()
}
