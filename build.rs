//! Turns the content files into one `Bundle` per locale, written as Rust data, after
//! validating them. Any content problem fails the build with the full list, so invalid content
//! never reaches a patient; the wasm carries neither a TOML parser nor a decoder.

use std::{env, fs, path::Path};

use night_leg_cramps_content::{codegen, resolve, schema, validate};

fn main() {
    println!("cargo:rerun-if-changed=content");
    let dir = Path::new("content");
    let read = |p: &Path| fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let structure: schema::Structure = toml::from_str(&read(&dir.join("questionnaire.toml")))
        .unwrap_or_else(|e| panic!("content/questionnaire.toml: {e}"));
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("content/ exists")
        .map(|e| e.expect("readable content/").path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "toml") && !p.ends_with("questionnaire.toml")
        })
        .collect();
    files.sort();
    let locales: Vec<schema::Locale> = files
        .iter()
        .map(|p| toml::from_str(&read(p)).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect();
    let problems = validate(&structure, &locales);
    if !problems.is_empty() {
        for p in &problems {
            println!("cargo:warning=content: {p}");
        }
        panic!(
            "{} content problem(s); see the warnings above",
            problems.len()
        );
    }
    // Each locale's bundle as Rust data: no decoder ships, and every text is a `&'static str`.
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut index = String::from(
        "/// Every locale: (language tag, its `Bundle`), compiled in by build.rs.\npub static LOCALES: &[(&str, Bundle)] = &[\n",
    );
    for l in &locales {
        let bundle = codegen::rust_source(&resolve(&structure, l));
        index.push_str(&format!("    ({:?}, {bundle}),\n", l.lang));
    }
    index.push_str("];\n");
    fs::write(Path::new(&out).join("locales.rs"), index).expect("OUT_DIR is writable");
}
