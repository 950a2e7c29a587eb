//! The content's ids as types. `build.rs` writes one enum per kind from the content files
//! ([`QuestionId`], [`PanelId`], [`RuleId`], [`RegionId`] and [`Lang`]), one variant per id in
//! content order, so code that names a piece of content names a variant: an id the content
//! does not have is a compile error, not a lookup that finds nothing.
//!
//! ```
//! // The panel `quinine` exists, so this compiles …
//! let _ = night_leg_cramps::content::PanelId::Quinine;
//! ```
//!
//! ```compile_fail
//! // … and no panel has the id `no-such-panel`, so this does not.
//! let _ = night_leg_cramps::content::PanelId::NoSuchPanel;
//! ```
//!
//! A variant is its id's place in the bundle's list of that kind. Every locale's bundle
//! shares the structure's ids in the same order (the unit test below checks every kind in
//! every locale; `tests/locales.rs` every region's filled copy), so [`PanelId::of`] and the
//! like index, where a lookup by id would compare strings. A host's attribute becomes a type
//! through `from_id`, once, in `embed::parse`. Answers and the diary keep choice and muscle
//! ids as strings: they come from content the build validated and are stored as text.

use super::{structure, Bundle, Panel, Question, Region, Rule, LOCALES};

include!(concat!(env!("OUT_DIR"), "/ids.rs"));

/// `id`, `from_id` and `of` for the kinds that live in a bundle's lists.
macro_rules! bundle_ids {
    ($($ty:ident in $list:ident: $item:ident),*) => {$(
        impl $ty {
            /// The id, as the content files spell it.
            pub fn id(self) -> &'static str {
                &structure().$list[self as usize].id
            }

            /// The one with this id, if the content has it.
            pub fn from_id(id: &str) -> Option<$ty> {
                let i = structure().$list.iter().position(|x| x.id == id)?;
                $ty::ALL.get(i).copied()
            }

            /// Its entry in a bundle of the compiled-in content (any locale and region).
            pub fn of(self, bundle: &Bundle) -> &$item {
                let item = &bundle.$list[self as usize];
                debug_assert_eq!(item.id, self.id());
                item
            }
        }
    )*};
}

bundle_ids!(
    QuestionId in questions: Question,
    PanelId in panels: Panel,
    RuleId in rules: Rule,
    RegionId in regions: Region
);

impl PanelId {
    /// The panels listed for the person to open, in content order (the relief mode's own
    /// are not listed).
    pub fn listed() -> impl Iterator<Item = PanelId> {
        structure()
            .listed_panels()
            .filter_map(|p| PanelId::from_id(&p.id))
    }
}

impl Lang {
    /// The BCP 47 tag (the locale file's `lang`, such as `en-GB`).
    pub fn id(self) -> &'static str {
        LOCALES[self as usize].0
    }

    /// The locale with exactly this tag (any case).
    pub fn from_id(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.id().eq_ignore_ascii_case(tag))
    }

    /// Its bundle, as compiled in (texts not yet filled for a region).
    pub fn bundle(self) -> &'static Bundle {
        &LOCALES[self as usize].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every id of a kind names its own entry in `b` and comes back from its id.
    macro_rules! each_names_its_entry {
        ($b:expr, $($ty:ident in $list:ident),*) => {$(
            assert_eq!($ty::ALL.len(), $b.$list.len(), stringify!($ty));
            for x in $ty::ALL {
                assert_eq!(x.of($b).id, x.id());
                assert_eq!($ty::from_id(x.id()), Some(x));
            }
        )*};
    }

    #[test]
    fn every_id_names_its_own_entry_in_every_locale() {
        for lang in Lang::ALL {
            let b = lang.bundle();
            assert_eq!(Lang::from_id(lang.id()), Some(lang));
            each_names_its_entry!(
                b,
                QuestionId in questions,
                PanelId in panels,
                RuleId in rules,
                RegionId in regions
            );
        }
        assert_eq!(PanelId::from_id("no-such-panel"), None);
        assert_eq!(Lang::from_id("en-gb"), Some(Lang::EnGb));
        assert_eq!(QuestionId::Tried.id(), "tried");
    }
}
