//! The cramp diary: the offer to start one, then the weeks (chart and table), the entries to
//! change or delete, how long entries are kept, the CSV file and "Delete my diary" (asked
//! twice). Recording a cramp is [`diary_form`](super::diary_form::diary_form). Also the
//! diary's part of the reducer.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::state::{DiaryScreen, DiaryState, DiaryStep, Notice, State, View};
use super::{back_link::back_link, care_card::classed, device, diary_chart::diary_chart, Action};
use crate::content::{Bundle, QuestionId, RELIEF_MUSCLES};
use crate::diary::{Diary, Draft, Entry, Sleep, KEEP_CHOICES, OTHER_MUSCLE};
use crate::text::with;

/// Weeks on the chart.
const WEEKS: usize = 8;

/// The file name of the CSV.
pub const CSV_FILE: &str = "night-leg-cramps-diary.csv";

/// The words for an id the diary stores: a muscle (its stretch panel's title, or "somewhere
/// else"), a choice of "What have you tried?", or a sleep value.
pub fn label(b: &Bundle, id: &str) -> String {
    let ui = &b.ui;
    let text = match Sleep::from_id(id) {
        Some(Sleep::NotWoken) => ui.diary_not_woken(),
        Some(Sleep::BackSoon) => ui.diary_back_soon(),
        Some(Sleep::AwakeLong) => ui.diary_awake_long(),
        None if id == OTHER_MUSCLE => ui.diary_other_muscle(),
        None => match RELIEF_MUSCLES.into_iter().find(|m| m.id() == id) {
            Some(m) => &m.of(b).title,
            _ => QuestionId::Tried
                .of(b)
                .choices
                .iter()
                .find(|c| *c.id == *id)
                .map_or(id, |c| &*c.label),
        },
    };
    text.to_owned()
}

/// The muscles a cramp can be recorded in: the relief mode's, then "somewhere else".
pub fn muscles() -> Vec<&'static str> {
    RELIEF_MUSCLES
        .iter()
        .map(|m| m.id())
        .chain([OTHER_MUSCLE])
        .collect()
}

/// The diary's actions on the widget's state (`s`, which follows `old`).
pub(super) fn reduce(old: &State, s: &mut State, step: DiaryStep) {
    let from = match &old.view {
        View::Diary { from, .. } => from.clone(),
        v => Box::new(v.clone()),
    };
    let show = |screen| View::Diary {
        screen,
        from: from.clone(),
    };
    let diary = match &old.diary {
        DiaryState::On(d) => (**d).clone(),
        _ => Diary::default(),
    };
    let keep = |s: &mut State, d: Diary| {
        s.diary = DiaryState::On(Rc::new(d));
        s.diary_rev += 1;
    };
    match step {
        DiaryStep::Open | DiaryStep::Overview => s.view = show(DiaryScreen::Overview),
        DiaryStep::Start => keep(s, Diary::default()),
        DiaryStep::Record(draft) => s.view = show(DiaryScreen::Form(draft, Vec::new())),
        DiaryStep::Edit(id) => {
            if let Some(e) = diary.entry(id) {
                s.view = show(DiaryScreen::Form(Draft::of(e), Vec::new()));
            }
        }
        DiaryStep::Save(draft) => {
            let b = crate::content::structure();
            let helped: Vec<&str> = QuestionId::Tried
                .of(b)
                .choices
                .iter()
                .map(|c| &*c.id)
                .collect();
            match draft.check(&muscles(), &helped) {
                Ok(entry) => {
                    keep(s, diary.save(entry));
                    s.view = show(DiaryScreen::Overview);
                    s.notice = Some(Notice::DiarySaved);
                }
                Err(fields) => {
                    s.view = show(DiaryScreen::Form(draft, fields));
                    s.attention += 1;
                }
            }
        }
        DiaryStep::Delete(id) => {
            keep(s, diary.remove(id));
            s.notice = Some(Notice::EntryDeleted);
        }
        DiaryStep::Keep(days, now_ms) => {
            keep(s, diary.keep(days).pruned(now_ms).0);
            s.focus = old.focus;
        }
        DiaryStep::AskDeleteAll => s.view = show(DiaryScreen::ConfirmDelete),
        DiaryStep::DeleteAll => {
            s.diary = DiaryState::Off;
            s.diary_rev += 1;
            s.view = show(DiaryScreen::Overview);
            s.notice = Some(Notice::DiaryDeleted);
        }
        DiaryStep::Leave => s.view = *from,
    }
}

/// A button sending a diary step.
fn button(class: &'static str, text: Html, on_action: &Callback<Action>, step: DiaryStep) -> Html {
    let a = on_action.clone();
    // The class through `classed`: `class={…}` would bring in Yew's `Classes`.
    classed(
        html! { <button onclick={move |_| a.emit(Action::Diary(step.clone()))}>{ text }</button> },
        &["type", "class"],
        &["button"],
        AttrValue::Static(class),
    )
}

/// One entry: when, where, how long, sleep and what helped; Change and Delete (each naming
/// the entry for screen readers).
fn entry(b: &Bundle, e: &Entry, on_action: &Callback<Action>) -> Html {
    let ui = &b.ui;
    let when = device::moment(e.at_ms, &b.lang, false);
    let minutes = e.minutes.to_string();
    let helped: Vec<String> = e.helped.iter().map(|h| label(b, h)).collect();
    let text = format!(
        "{}, {}. {}.",
        label(b, &e.muscle),
        with(ui.diary_minutes_short(), &[("minutes", &minutes)]),
        label(b, e.sleep.id())
    );
    let named = |word: &str| html! { <>{ word.to_owned() }<span class="nlc-visually-hidden">{ format!(" {when}") }</span></> };
    html! {
        <li class="nlc-diary-entry">
            <p class="nlc-diary-entry__text"><strong>{ &when }</strong>{ " " }{ text }
                if !helped.is_empty() { { " " }{ format!("{}: {}.", ui.diary_col_helped(), helped.join(", ")) } }
            </p>
            <div class="nlc-button-group">
                { button("nlc-link-button", named(ui.diary_edit()), on_action, DiaryStep::Edit(e.id)) }
                { button("nlc-link-button", named(ui.diary_delete()), on_action, DiaryStep::Delete(e.id)) }
            </div>
        </li>
    }
}

/// The diary's main screen (or, without a diary, the offer to start one).
pub fn diary_page(b: &Bundle, diary: &DiaryState, on_action: &Callback<Action>) -> Html {
    let ui = &b.ui;
    let leave = {
        let a = on_action.clone();
        Callback::from(move |_| a.emit(Action::Diary(DiaryStep::Leave)))
    };
    let days = |d: u32| with(ui.diary_privacy(), &[("days", &d.to_string())]);
    let body = match diary {
        DiaryState::Off => html! {
            <>
                <p class="nlc-lead">{ ui.diary_intro() }</p>
                <p>{ days(crate::diary::DEFAULT_KEEP_DAYS) }</p>
                { button("nlc-button", html! { ui.diary_start() }, on_action, DiaryStep::Start) }
            </>
        },
        DiaryState::Unreadable => html! {
            <>
                <p>{ ui.diary_unreadable() }</p>
                { button("nlc-button nlc-button--warning", html! { ui.diary_delete_all() }, on_action, DiaryStep::AskDeleteAll) }
            </>
        },
        DiaryState::On(d) => {
            let now = device::now_ms();
            let record = DiaryStep::Record(Draft::new(now));
            let keep = {
                let a = on_action.clone();
                move |e: Event| {
                    let days = e.target_unchecked_into::<HtmlSelectElement>().value();
                    if let Ok(days) = days.parse() {
                        a.emit(Action::Diary(DiaryStep::Keep(days, device::now_ms())));
                    }
                }
            };
            let csv = {
                let d = d.clone();
                let b = b.clone();
                move |_| {
                    let ui = &b.ui;
                    let text = d.csv(
                        &[
                            ui.diary_col_when(),
                            ui.diary_col_muscle(),
                            ui.diary_col_minutes(),
                            ui.diary_col_helped(),
                            ui.diary_col_sleep(),
                        ],
                        &|t| device::moment(t, &b.lang, false),
                        &|id| label(&b, id),
                    );
                    // The byte order mark: spreadsheets then read the accents right.
                    device::save_file(CSV_FILE, "text/csv", &format!("\u{feff}{text}"));
                }
            };
            html! {
                <>
                    <p class="nlc-lead">{ ui.diary_intro() }</p>
                    { button("nlc-button nlc-diary-add", html! { ui.diary_add() }, on_action, record) }
                    { diary_chart(b, &d.weeks(now, WEEKS), &b.lang) }
                    <section class="nlc-section" aria-labelledby="nlc-diary-list-title">
                        <h2 class="nlc-heading-m" id="nlc-diary-list-title">{ ui.diary_list_title() }</h2>
                        if d.entries.is_empty() {
                            <p>{ ui.diary_empty() }</p>
                        } else {
                            <ul class="nlc-diary-list">{ for d.entries.iter().map(|e| entry(b, e, on_action)) }</ul>
                        }
                    </section>
                    <div class="nlc-form-group">
                        <label class="nlc-label" for="nlc-diary-keep">{ ui.diary_keep() }</label>
                        <select class="nlc-select" id="nlc-diary-keep" onchange={keep}>
                            { for KEEP_CHOICES.iter().map(|n| {
                                let n_text = n.to_string();
                                html! {
                                    <option selected={*n == d.keep_days} value={n_text.clone()}>{ with(ui.diary_keep_days(), &[("days", &n_text)]) }</option>
                                }
                            }) }
                        </select>
                    </div>
                    <p class="nlc-meta">{ days(d.keep_days) }</p>
                    <div class="nlc-button-group">
                        <button type="button" class="nlc-button nlc-button--secondary nlc-diary-csv" onclick={csv}>{ ui.diary_export() }</button>
                        { button("nlc-button nlc-button--warning", html! { ui.diary_delete_all() }, on_action, DiaryStep::AskDeleteAll) }
                    </div>
                </>
            }
        }
    };
    html! {
        <div key="diary" class="nlc-page nlc-diary">
            { back_link(ui.back(), leave) }
            <h1 class="nlc-heading" tabindex="-1">{ ui.diary_title() }</h1>
            { body }
        </div>
    }
}

/// "Delete every entry in your diary?"
pub fn confirm_delete(b: &Bundle, on_action: &Callback<Action>) -> Html {
    let ui = &b.ui;
    html! {
        <div key="diary-delete" class="nlc-page nlc-diary">
            <h1 class="nlc-heading" tabindex="-1">{ ui.diary_delete_all() }</h1>
            <p class="nlc-lead">{ ui.diary_delete_confirm() }</p>
            <div class="nlc-button-group">
                { button("nlc-button nlc-button--warning", html! { ui.diary_delete_yes() }, on_action, DiaryStep::DeleteAll) }
                { button("nlc-button nlc-button--secondary", html! { ui.diary_keep_it() }, on_action, DiaryStep::Overview) }
            </div>
        </div>
    }
}
