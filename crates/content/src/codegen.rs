//! Content compiled to Rust: [`rust_source`] writes a [`Bundle`] as a Rust expression of
//! borrowed texts and lists, which the guide's `build.rs` puts in a `static`. The wasm then
//! carries the content as plain data, with no decoder. [`id_enum`] writes the ids of one kind
//! (questions, panels, rules, regions, locales) as a Rust enum, so that code naming content
//! names a variant: an id that does not exist is a compile error.

use std::fmt::Write as _;

use crate::{
    Block, Bundle, CareLevel, Choice, ChoiceRef, Condition, List, Outcome, Page, Panel, Question,
    QuestionKind, Region, Relief, Rule, Screen, Source, Text, UiTexts,
};

/// A value that can be written as a Rust constant expression.
trait Lit {
    fn lit(&self, out: &mut String);
}

impl Lit for Text {
    fn lit(&self, out: &mut String) {
        // `{:?}` of a str is a valid Rust string literal (quotes and escapes included).
        let _ = write!(out, "::std::borrow::Cow::Borrowed({:?})", &**self);
    }
}

impl<T: Lit + Clone> Lit for List<T> {
    fn lit(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.lit(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Lit> Lit for Option<T> {
    fn lit(&self, out: &mut String) {
        match self {
            Some(x) => {
                out.push_str("Some(");
                x.lit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl Lit for bool {
    fn lit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Lit for u32 {
    fn lit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

/// Enums without data: `Type::Variant`.
macro_rules! lit_unit_enum {
    ($($ty:ident),*) => {$(
        impl Lit for $ty {
            fn lit(&self, out: &mut String) {
                let _ = write!(out, concat!(stringify!($ty), "::{:?}"), self);
            }
        }
    )*};
}
lit_unit_enum!(CareLevel, QuestionKind, Screen);

/// Structs: `Type { field: value, … }`.
macro_rules! lit_struct {
    ($($ty:ident { $($field:ident),* })*) => {$(
        impl Lit for $ty {
            fn lit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($ty), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.lit(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    )*};
}
lit_struct! {
    ChoiceRef { question, choice }
    Choice { id, label, hint, exclusive, unsure, linked }
    Question { id, page, optional, kind, screen, ask_when, title, hint, why, error, short, choices }
    Page { id, screen, questions, title, hint }
    Rule { id, level, when, sources, reviewed, reason, advice, panels }
    Outcome { level, title, summary, do_now, watch_for, reviewed }
    Panel { id, title, body, sources, reviewed }
    Relief { muscles, also, eased, minutes, rule }
    Source { tag, title, url }
    Region { id, name, emergency_number, urgent_number, emergency, urgent, worried, quinine }
    Bundle { version, reviewed, lang, language, ui, questions, pages, rules, outcomes, panels, relief, sources, regions }
}

impl Lit for Condition {
    fn lit(&self, out: &mut String) {
        let (variant, inner): (&str, &dyn Fn(&mut String)) = match self {
            Condition::Chose(r) => ("Chose", &|o| r.lit(o)),
            Condition::AnyOf(cs) => ("AnyOf", &|o| cs.lit(o)),
            Condition::AllOf(cs) => ("AllOf", &|o| cs.lit(o)),
        };
        let _ = write!(out, "Condition::{variant}(");
        inner(out);
        out.push(')');
    }
}

impl Lit for Block {
    fn lit(&self, out: &mut String) {
        match self {
            Block::P(t) => {
                out.push_str("Block::P(");
                t.lit(out);
            }
            Block::H(t) => {
                out.push_str("Block::H(");
                t.lit(out);
            }
            Block::List(ts) => {
                out.push_str("Block::List(");
                ts.lit(out);
            }
        }
        out.push(')');
    }
}

impl Lit for UiTexts {
    fn lit(&self, out: &mut String) {
        out.push_str("UiTexts(");
        self.0.lit(out);
        out.push(')');
    }
}

/// The bundle as a Rust constant expression (types named as the content crate exports them:
/// the including module must have them in scope).
pub fn rust_source(bundle: &Bundle) -> String {
    let mut out = String::new();
    bundle.lit(&mut out);
    out
}

/// The Rust name of a content id: `leg-signs` → `LegSigns`, `en-GB` → `EnGb`.
pub fn variant_name(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            let first = cs.next().map(|c| c.to_ascii_uppercase());
            first
                .into_iter()
                .chain(cs.map(|c| c.to_ascii_lowercase()))
                .collect::<String>()
        })
        .collect()
}

/// An enum named `name` with one variant per id, in the order given: a variant's
/// discriminant is its id's place in that list (so it indexes the bundle's list of that
/// kind, which every locale shares). `ALL` lists the variants in the same order.
pub fn id_enum(name: &str, doc: &str, ids: &[&str]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "#[doc = {doc:?}]");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n");
    // The names come from the content: a lint on their shape must not fail the build.
    out.push_str("#[allow(clippy::enum_variant_names)]\n");
    let _ = writeln!(out, "pub enum {name} {{");
    for id in ids {
        let _ = writeln!(out, "    #[doc = \"`{id}`\"]\n    {},", variant_name(id));
    }
    out.push_str("}\n");
    let _ = writeln!(out, "impl {name} {{");
    let _ = writeln!(out, "    /// Every one, in content order.");
    let _ = write!(out, "    pub const ALL: [{name}; {}] = [", ids.len());
    for id in ids {
        let _ = write!(out, "{name}::{}, ", variant_name(id));
    }
    out.push_str("];\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_become_rust_names() {
        assert_eq!(variant_name("leg-signs"), "LegSigns");
        assert_eq!(variant_name("en-GB"), "EnGb");
        assert_eq!(variant_name("default"), "Default");
        let e = id_enum("PanelId", "A panel.", &["relief-calf", "quinine"]);
        assert!(e.contains("pub enum PanelId {"), "{e}");
        assert!(e.contains("    ReliefCalf,\n"), "{e}");
        assert!(
            e.contains("pub const ALL: [PanelId; 2] = [PanelId::ReliefCalf, PanelId::Quinine, ];"),
            "{e}"
        );
    }
}
