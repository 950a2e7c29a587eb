//! The command line of the safety documents: `docs [--check]`, `hazard-log`, `safety-case`,
//! `sign-off` and `vignettes` (see `src/bin/review/main.rs`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use night_leg_cramps::content::Bundle;

use super::{case_file, docs, hazards, vignettes};

/// Prints a document, or every problem with its sources (exit 1).
fn print_or_fail(result: Result<String, Vec<String>>) -> ExitCode {
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in problems {
                eprintln!("review: {p}");
            }
            ExitCode::from(1)
        }
    }
}

/// The safety documents' commands: `docs`, `hazard-log`, `safety-case`, `sign-off`,
/// `vignettes`.
pub fn run(b: &Bundle, args: &[String]) -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map(PathBuf::from)
    };
    let mut src = docs::Sources::default_in(root);
    src.hazards = opt("--hazards").unwrap_or(src.hazards);
    src.case = opt("--case").unwrap_or(src.case);
    src.scenarios = opt("--scenarios").unwrap_or(src.scenarios);
    src.vignettes = opt("--vignettes").unwrap_or(src.vignettes);
    match args.first().map(String::as_str) {
        Some("hazard-log") => print_or_fail(
            docs::hazard_log(root, &src).map(|log| hazards::markdown(&log, &b.version)),
        ),
        Some("safety-case") => print_or_fail(docs::safety_case(root, b, &src)),
        // The sign-off alone, checked (quick: the safety case also walks every path).
        Some("sign-off") => print_or_fail(
            case_file::load(&src.case)
                .map_err(|e| vec![e])
                .and_then(|c| {
                    let p = case_file::problems(&c, &b.version);
                    if p.is_empty() {
                        Ok(case_file::sign_off(&c.sign_off))
                    } else {
                        Err(p)
                    }
                }),
        ),
        Some("vignettes") => {
            let file = args.get(1).map_or(src.vignettes, PathBuf::from);
            print_or_fail(vignettes::load(&file).map_err(|e| vec![e]).and_then(|f| {
                let p = vignettes::problems(b, &f);
                if p.is_empty() {
                    Ok(format!("{:#}\n", vignettes::json(&f, &b.version)))
                } else {
                    Err(p)
                }
            }))
        }
        _ => {
            let check = args.iter().any(|a| a == "--check");
            match docs::run(root, b, check) {
                Ok(done) => {
                    for d in done {
                        println!("{d}");
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    for p in problems {
                        eprintln!("review: {p}");
                    }
                    ExitCode::from(1)
                }
            }
        }
    }
}
