//! The interface words (buttons, headings, hidden prefixes): one list per locale, read by key.

use serde::{Deserialize, Serialize};

use crate::{List, Text};

macro_rules! ui_texts {
    ($($key:ident),* $(,)?) => {
        /// Interface words (buttons, headings) for one locale: one text per key of
        /// [`UI_KEYS`], read with the method of the key's name. Held as a list, not as one
        /// field per key: comparing, cloning and writing them out then cost the same code however
        /// many keys there are (each field cost about 150 bytes of wasm).
        #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub struct UiTexts(pub List<Text>);

        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum UiKey { $($key),* }

        /// Every key of [`UiTexts`], as written in the `[ui]` table of a locale file.
        pub const UI_KEYS: &[&str] = &[$(stringify!($key)),*];

        #[allow(missing_docs)]
        impl UiTexts {
            $(pub fn $key(&self) -> &str { &self.0[UiKey::$key as usize] })*

            /// Builds the texts from a key → text lookup; `None` if any key is missing.
            pub fn from_lookup(get: &dyn Fn(&str) -> Option<String>) -> Option<UiTexts> {
                UI_KEYS
                    .iter()
                    .map(|k| get(k).map(Text::Owned))
                    .collect::<Option<Vec<_>>>()
                    .map(|v| UiTexts(v.into()))
            }

            /// Visits every text with its key.
            pub fn for_each_mut(&mut self, f: &mut dyn FnMut(&'static str, &mut Text)) {
                for (k, v) in UI_KEYS.iter().zip(self.0.to_mut()) {
                    f(k, v);
                }
            }
        }
    };
}

ui_texts! {
    start_title, start_intro, start_adults, start_privacy, start_button, cramp_now,
    info_title, continue_button, back, error_title, why_ask, select_all,
    check_title, check_intro, change, confirm_button,
    prefix_emergency, prefix_urgent, prefix_routine, prefix_self_care,
    reasons_title, do_now_title, watch_for_title, advice_title, self_care_title,
    linked_title, linked_intro, sources_title, content_version, restart, print,
    save_answers, send_answers,
    back_to_questions, back_to_start, call, panel_reviewed, or_divider, answer_list_title, help_label,
    change_answers, optional, not_answered, summary_title, completed, name_line, age_line,
    medicine_names, checklist_note, level_label,
    relief_title, relief_pick, relief_clock_label, relief_just_now, relief_ago_one, relief_ago,
    relief_started, relief_eased, relief_not_easing, relief_limit, relief_keep_going,
    relief_eased_title, relief_eased_intro, relief_questions, relief_questions_button, relief_back,
    language_label,
    keep_answers, delete_saved, resume_title, resume_text, resume_button, notice_expired, notice_unreadable, notice_outdated, notice_migrated, notice_deleted, notice_blocked, notice_full, diary_link, diary_title, diary_intro, diary_privacy, diary_start, diary_add, diary_record_this, diary_form_title, diary_edit_title, diary_when, diary_when_error, diary_muscle, diary_muscle_error, diary_other_muscle, diary_minutes, diary_minutes_hint, diary_minutes_error, diary_helped, diary_helped_hint, diary_sleep, diary_sleep_error, diary_not_woken, diary_back_soon, diary_awake_long, diary_save, diary_cancel, diary_saved, diary_chart_title, diary_week, diary_count, diary_average, diary_awake, diary_empty, diary_list_title, diary_minutes_short, diary_edit, diary_delete, diary_entry_deleted, diary_keep, diary_keep_days, diary_export, diary_delete_all, diary_delete_confirm, diary_delete_yes, diary_keep_it, diary_deleted, diary_unreadable, diary_col_when, diary_col_muscle, diary_col_minutes, diary_col_helped, diary_col_sleep, diary_summary,
}
