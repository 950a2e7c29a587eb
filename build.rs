//! Turns the content files into one `Bundle` per locale, written as Rust data, after
//! validating them. Any content problem fails the build with the full list, so invalid content
//! never reaches a patient; the wasm carries neither a TOML parser nor a decoder.

use std::{env, fs, path::Path};

use night_leg_cramps_content::{codegen, files, resolve};

fn main() {
    println!("cargo:rerun-if-changed=content");
    // Every problem of every file at once (missing or extra texts per locale, placeholders,
    // inheritance, then the structure and each locale's meaning).
    let files::Content { structure, locales } =
        files::load(Path::new("content")).unwrap_or_else(|problems| {
            for p in &problems {
                println!("cargo:warning=content: {p}");
            }
            panic!(
                "{} content problem(s); see the warnings above",
                problems.len()
            )
        });
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
