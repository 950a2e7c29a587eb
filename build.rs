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
    // The ids as enums (see `content::ids`): code that names a question, panel, rule, region
    // or locale names a variant, so an id that is not in the content does not compile.
    let first = resolve(&structure, &locales[0]);
    let kinds: [(&str, &str, Vec<&str>); 5] = [
        (
            "QuestionId",
            "A question: its place in every bundle's `questions`.",
            first.questions.iter().map(|q| &*q.id).collect(),
        ),
        (
            "PanelId",
            "An information panel: its place in every bundle's `panels`.",
            first.panels.iter().map(|p| &*p.id).collect(),
        ),
        (
            "RuleId",
            "A triage rule: its place in every bundle's `rules`.",
            first.rules.iter().map(|r| &*r.id).collect(),
        ),
        (
            "RegionId",
            "A region: its place in every bundle's `regions`.",
            first.regions.iter().map(|r| &*r.id).collect(),
        ),
        (
            "Lang",
            "A locale the widget has: its place in `LOCALES`.",
            locales.iter().map(|l| l.lang.as_str()).collect(),
        ),
    ];
    let mut ids: String = kinds
        .iter()
        .map(|(name, doc, list)| codegen::id_enum(name, doc, list))
        .collect();
    // The relief mode's panels and rule, typed (validation has checked that they exist).
    let r = &first.relief;
    let panel = |id: &str| format!("PanelId::{}", codegen::variant_name(id));
    let muscles: Vec<String> = r.muscles.iter().map(|m| panel(m)).collect();
    ids.push_str(&format!(
        "/// The relief mode's muscles: one panel each, with its stretch.\n\
         pub const RELIEF_MUSCLES: [PanelId; {}] = [{}];\n\
         /// The relief mode's steps for any muscle.\npub const RELIEF_ALSO: PanelId = {};\n\
         /// The relief mode's prevention, once the cramp has eased.\npub const RELIEF_EASED: PanelId = {};\n\
         /// The rule whose outcome the relief mode shows when the cramp does not ease.\n\
         pub const RELIEF_RULE: RuleId = RuleId::{};\n",
        muscles.len(),
        muscles.join(", "),
        panel(&r.also),
        panel(&r.eased),
        codegen::variant_name(&r.rule),
    ));
    fs::write(Path::new(&out).join("ids.rs"), ids).expect("OUT_DIR is writable");
    // The advice for a page where the widget cannot run: read by `review fallback` for the
    // release build; the wasm never references it, so it is not linked in.
    index.push_str(
        "/// Per locale, the static fallback advice: (tag, [(name, text)]).\npub static FALLBACK: &[(&str, [(&str, &str); 5])] = &[\n",
    );
    for l in &locales {
        index.push_str(&format!("    ({:?}, {:?}),\n", l.lang, l.fallback.fields()));
    }
    index.push_str("];\n");
    fs::write(Path::new(&out).join("locales.rs"), index).expect("OUT_DIR is writable");
}
