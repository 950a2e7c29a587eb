//! The documents a health organisation reads before embedding the guide (docs/): generated
//! from the project and checked here, so they cannot go stale or claim what is not so.
#![cfg(feature = "review")]

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the review command; returns success, stdout and stderr.
fn review(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_review"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A file in a fresh temporary directory for this test.
fn temp(test: &str, name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nlc-safety-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn generated_documents_match_the_committed_copies() {
    // The hazard log, the safety case (rules, walk, scenarios, hazards) and the generated
    // blocks of the regulatory and privacy statements, regenerated and compared; every test
    // a document names exists.
    let (ok, out, err) = review(&["docs", "--check"]);
    assert!(ok, "{err}\n{out}");
    for doc in [
        "docs/safety/hazard-log.md",
        "docs/safety/safety-case.md",
        "docs/regulatory.md",
        "docs/privacy.md",
    ] {
        assert!(out.contains(&format!("up to date: {doc}")), "{out}");
    }
    let case = read("docs/safety/safety-case.md");
    let b = night_leg_cramps::content::bundle("en").unwrap();
    assert!(case.contains(&format!("Content version | {}", b.version)));
    for r in b.rules.iter() {
        assert!(case.contains(&format!("| `{}` | {} |", r.id, r.level.id())));
    }
    // The README sends health organisations to each document.
    let readme = read("README.md");
    for doc in [
        "docs/safety/safety-case.md",
        "docs/safety/hazard-log.md",
        "docs/validation/vignettes.md",
        "docs/accessibility.md",
        "docs/privacy.md",
        "docs/regulatory.md",
    ] {
        assert!(readme.contains(&format!("]({doc})")), "README links {doc}");
        assert!(root().join(doc).exists(), "{doc}");
    }
}

const HAZARD: &str = r#"
[[hazard]]
id = "HAZ-X"
title = "t"
hazard = "h"
effect = "e"
causes = ["c"]
initial = { severity = "Major", likelihood = "Low" }
residual = { severity = "Major", likelihood = "Very low" }
justification = "j"
status = "Open"
"#;

#[test]
fn a_hazard_naming_a_missing_test_or_without_a_control_is_refused() {
    let good = format!(
        "{HAZARD}[[hazard.control]]\nwhat = \"w\"\ntests = [\"tests/triage.rs::every_answer_path_ends_in_exactly_one_safe_outcome\", \"tests/e2e/hosts.spec.mjs::a host console that throws cannot break the widget\", \"tests/scenarios.toml::Fainted, with a swollen calf\"]\n"
    );
    let path = temp("hazards", "good.toml", &good);
    let (ok, out, err) = review(&["hazard-log", "--hazards", path.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(
        out.contains("## HAZ-X") && out.contains("Major × low → **3**"),
        "{out}"
    );

    for (bad, why) in [
        (HAZARD.to_owned(), "HAZ-X: no control"),
        (
            format!("{HAZARD}[[hazard.control]]\nwhat = \"w\"\ntests = []\n"),
            "control 1 names no test",
        ),
        (
            format!("{HAZARD}[[hazard.control]]\nwhat = \"w\"\ntests = [\"tests/triage.rs::a_test_that_was_renamed\"]\n"),
            "no such test in tests/triage.rs",
        ),
        (
            format!("{HAZARD}[[hazard.control]]\nwhat = \"w\"\ntests = [\"tests/e2e/hosts.spec.mjs::a title nobody wrote\"]\n"),
            "no such test in tests/e2e/hosts.spec.mjs",
        ),
        (
            // A helper function is not a test.
            format!("{HAZARD}[[hazard.control]]\nwhat = \"w\"\ntests = [\"tests/triage.rs::check_path\"]\n"),
            "no such test",
        ),
    ] {
        let path = temp("hazards", "bad.toml", &bad);
        let (ok, _, err) = review(&["hazard-log", "--hazards", path.to_str().unwrap()]);
        assert!(!ok && err.contains(why), "expected `{why}`, got: {err}");
    }
}

#[test]
fn a_residual_risk_above_the_initial_one_is_refused() {
    let control = "[[hazard.control]]\nwhat = \"w\"\ntests = [\"tests/triage.rs::restart_forgets_everything\"]\n";
    for (from, to, why) in [
        (
            "likelihood = \"Very low\" }",
            "likelihood = \"High\" }",
            "residual risk 4 is higher than the initial risk 3",
        ),
        (
            "severity = \"Major\", likelihood = \"Low\" }",
            "severity = \"Catastrophic\", likelihood = \"Very high\" }",
            "", // initial 5: the residual is lower, but...
        ),
        (
            "likelihood = \"Very low\" }",
            "likelihood = \"Often\" }",
            "severity must be one of",
        ),
        (
            "status = \"Open\"",
            "status = \"Done\"",
            "unknown status `Done`",
        ),
        (
            "status = \"Open\"",
            "status = \"Transferred\"",
            "no action for the deploying organisation",
        ),
    ] {
        let text = format!("{}{control}", HAZARD.replacen(from, to, 1));
        let path = temp("residual", "h.toml", &text);
        let (ok, _, err) = review(&["hazard-log", "--hazards", path.to_str().unwrap()]);
        if why.is_empty() {
            assert!(ok, "a 5 brought down to 2 is fine: {err}");
        } else {
            assert!(!ok && err.contains(why), "expected `{why}`, got: {err}");
        }
    }
    // A residual risk of 4 or 5 cannot be released, however high the initial one was.
    let text = format!(
        "{}{control}",
        HAZARD
            .replacen(
                "\"Major\", likelihood = \"Low\"",
                "\"Catastrophic\", likelihood = \"Very high\"",
                1
            )
            .replacen(
                "\"Major\", likelihood = \"Very low\"",
                "\"Major\", likelihood = \"High\"",
                1
            )
    );
    let path = temp("residual", "h4.toml", &text);
    let (ok, _, err) = review(&["hazard-log", "--hazards", path.to_str().unwrap()]);
    assert!(!ok && err.contains("not acceptable for release"), "{err}");
}

#[test]
fn a_signed_case_needs_a_name_a_date_and_this_content_version() {
    let b = night_leg_cramps::content::bundle("en").unwrap();
    let committed = read("docs/safety/safety-case.toml");
    let signed = |fields: &str| {
        let (head, _) = committed.split_once("[sign-off]").unwrap();
        format!(
            "{head}[sign-off]\nstatus = \"signed\"\nrole = \"Clinical Safety Officer\"\n{fields}"
        )
    };
    let complete = format!(
        "name = \"Dr A Example\"\nregistration = \"GMC 0000000\"\norganisation = \"Example NHS Trust\"\ndate = \"2026-12-01\"\ncontent-version = \"{}\"\n",
        b.version
    );
    for (fields, why) in [
        (
            "name = \"\"\nregistration = \"\"\norganisation = \"\"\ndate = \"\"\ncontent-version = \"\"\n".to_owned(),
            "sign-off says signed, but `name` is empty or a placeholder",
        ),
        (
            complete.replace("Dr A Example", "(to be completed)"),
            "`name` is empty or a placeholder",
        ),
        (complete.replace("2026-12-01", "01/12/2026"), "is not YYYY-MM-DD"),
        (
            complete.replace(&*b.version, "2020.01.01"),
            "the changed content needs a new review",
        ),
    ] {
        let path = temp("signoff", "case.toml", &signed(&fields));
        let (ok, _, err) = review(&["sign-off", "--case", path.to_str().unwrap()]);
        assert!(!ok && err.contains(why), "expected `{why}`, got: {err}");
    }
    let path = temp("signoff", "case.toml", &signed(&complete));
    let (ok, table, err) = review(&["sign-off", "--case", path.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(table.contains("| Status | Signed |") && table.contains("| Name | Dr A Example |"));
    let (ok, draft, _) = review(&["sign-off"]);
    assert!(
        ok && draft.contains("| Status | Not signed |"),
        "the committed case is a draft"
    );

    // The release build reads the sign-off table of the report it ships: a complete one for
    // this content version passes; one edited by hand to say signed does not.
    let node = |md: &str| {
        let p = temp("signoff", "safety-case.md", md);
        Command::new("node")
            .args(["scripts/sign-off.mjs", p.to_str().unwrap()])
            .current_dir(root())
            .output()
            .unwrap()
    };
    let committed_md = read("docs/safety/safety-case.md");
    let (before, _) = committed_md.split_once("| Sign-off |").unwrap();
    assert!(node(&committed_md).status.success());
    assert!(node(&format!("{before}{table}")).status.success());
    for (from, to) in [
        ("| Status | Not signed |", "| Status | Signed |"),
        ("| Status | Not signed |", "| Status | Approved |"),
    ] {
        let out = node(&committed_md.replace(from, to));
        assert!(!out.status.success(), "{to}: {out:?}");
    }
    let stale = format!("{before}{table}").replace(&*b.version, "2020.01.01");
    let out = node(&stale);
    assert!(
        !out.status.success()
            && String::from_utf8_lossy(&out.stderr).contains("needs a new review"),
        "{out:?}"
    );
}

#[test]
fn vignettes_are_a_third_each_and_answer_every_question() {
    let (ok, out, err) = review(&["vignettes", "tests/vignettes.toml"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let list = v["vignettes"].as_array().unwrap();
    assert!(list.len() >= 45, "{}", list.len());
    let count = |levels: &[&str]| {
        list.iter()
            .filter(|x| levels.contains(&x["level"].as_str().unwrap()))
            .count()
    };
    let thirds = [
        count(&["emergency", "urgent"]),
        count(&["routine"]),
        count(&["self-care"]),
    ];
    assert!(thirds.iter().all(|n| *n == list.len() / 3), "{thirds:?}");
    assert!(
        count(&["emergency"]) >= 5,
        "enough emergencies to measure sensitivity"
    );

    // A vignette with an answer the guide does not offer is refused.
    let bad = read("tests/vignettes.toml").replacen(
        "answers = { emergency = [\"lung-clot\"] }",
        "answers = { emergency = [\"short-of-breath\"] }",
        1,
    );
    let path = temp("vignettes", "v.toml", &bad);
    let (ok, _, err) = review(&["vignettes", path.to_str().unwrap()]);
    assert!(
        !ok && err.contains("`emergency` has no choice `short-of-breath`"),
        "{err}"
    );
}

#[test]
fn the_widget_sends_nothing_and_stores_only_what_the_person_keeps() {
    // The code that runs on a host page (the element, the wasm, the iframe embed) calls no
    // cookie or network API, by name or through Reflect, and storage only in `src/ui/store.rs`
    // (kept answers and the diary, which the person turns on), reached only through
    // `src/ui/kept.rs`, which the reducer calls only when the host allows storage. The standalone page's
    // service worker (web/sw.js, web/register-sw.js) caches the app's own files and is not
    // part of the embed. The embed tells its parent page its height, and nothing else.
    const APIS: &[&str] = &[
        "localStorage",
        "sessionStorage",
        "indexedDB",
        "document.cookie",
        "\"cookie\"",
        "fetch(",
        "\"fetch\"",
        "XMLHttpRequest",
        "sendBeacon",
        "WebSocket",
        "EventSource",
        "RTCPeerConnection",
        "navigator.storage",
        "caches.",
        "postMessage",
        "local_storage",
        "session_storage",
        "indexed_db",
        "set_cookie",
        "fetch_with",
        "XmlHttpRequest",
        "send_beacon",
        "web_socket",
    ];
    let mut files: Vec<PathBuf> = [
        "entry.js",
        "unlzma.js",
        "embed.js",
        "embed-host.js",
        "src/lib.rs",
    ]
    .iter()
    .map(|f| root().join("web").join(f))
    .collect();
    let mut dirs = vec![root().join("src")];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() && !p.ends_with("bin") {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    assert!(files.len() > 20, "{files:?}");
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for api in APIS {
            let n = text.matches(api).count();
            // The one message: { type: 'nlc-resize', height }, to the origin the host names.
            let allowed = usize::from(f.ends_with("web/embed.js") && *api == "postMessage")
                + 10 * usize::from(
                    f.ends_with("src/ui/store.rs")
                        && ["local_storage", "localStorage"].contains(api),
                );
            if n > allowed {
                found.push(format!(
                    "{}: {api}",
                    f.strip_prefix(root()).unwrap().display()
                ));
            }
        }
    }
    assert!(found.is_empty(), "storage or network APIs: {found:?}");
    let users: Vec<String> = files
        .iter()
        .filter(|f| {
            let t = std::fs::read_to_string(f).unwrap();
            [
                "store::read",
                "store::write",
                "store::remove",
                "gloo_storage",
            ]
            .iter()
            .any(|x| t.contains(x))
        })
        .map(|f| f.strip_prefix(root()).unwrap().display().to_string())
        .collect();
    let mut users = users;
    users.sort();
    assert_eq!(
        users,
        ["src/ui/kept.rs", "src/ui/store.rs"].map(String::from),
        "who stores"
    );
    // The reducer calls the storing functions only when the host lets it.
    let state = read("src/ui/state.rs").replace(char::is_whitespace, "");
    assert_eq!(state.matches("kept::").count(), 2, "kept:: is called twice");
    assert!(state.contains("ifstorage{kept::find("));
    assert!(state.contains("ifs.storage{kept::sync("));
    let embed = read("web/embed.js");
    assert!(embed.contains("postMessage({ type: 'nlc-resize', height }, target)"));
}
