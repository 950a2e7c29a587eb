//! The clinical review command, run as a reviewer would.
#![cfg(feature = "review")]

use std::process::Command;

fn review(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_review"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn markdown_lists_every_question_rule_outcome_and_source() {
    let (ok, md) = review(&["markdown"]);
    assert!(ok);
    let b = night_leg_cramps::content::bundle("en").unwrap();
    for q in &b.questions {
        assert!(md.contains(&format!("(`{}`", q.id)), "{}", q.id);
    }
    for r in &b.rules {
        assert!(md.contains(&format!("| `{}` |", r.id)), "{}", r.id);
    }
    for s in &b.sources {
        assert!(md.contains(&s.url), "{}", s.tag);
    }
    assert!(md.contains("### emergency: ") && md.contains("### self-care: "));
}

#[test]
fn scenarios_pass_and_a_mismatch_exits_non_zero() {
    let (ok, out) = review(&["scenarios", "tests/scenarios.toml"]);
    assert!(ok, "{out}");
    assert!(out.contains(" passed, 0 failed"));
    let bad = std::env::temp_dir().join("nlc-bad-scenarios.toml");
    std::fs::write(
        &bad,
        "[base]\nlung-clot = \"yes\"\n[[scenario]]\nname = \"wrong on purpose\"\nlevel = \"self-care\"\n",
    )
    .unwrap();
    let (ok, out) = review(&["scenarios", bad.to_str().unwrap()]);
    assert!(!ok, "{out}");
    assert!(
        out.contains("FAIL") && out.contains("0 passed, 1 failed"),
        "{out}"
    );
}
