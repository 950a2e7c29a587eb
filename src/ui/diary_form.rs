//! Recording a cramp in the diary, quick enough for the middle of the night: which muscle
//! (the relief mode's muscles), how many minutes, how it affected sleep, what helped, and
//! when (now unless changed). From the relief mode the muscle, the start and the minutes are
//! filled in already. Save with a field missing shows the error summary and the field's own
//! error, as the questions do.
//!
//! A plain function: the inputs keep what the person types, and Save reads the whole form
//! at once (`FormData`); the widget's state holds only the form as last saved and the
//! fields to mend (one handler instead of one per input: much less wasm).

use wasm_bindgen::JsCast;
use web_sys::{FormData, HtmlFormElement};
use yew::prelude::*;

use super::diary_page::{label, muscles};
use super::state::DiaryStep;
use super::{care_card::classed, device, error_summary::error_summary, Action};
use crate::content::{Bundle, QuestionId};
use crate::diary::{Draft, Field, Sleep};

/// The id of a field's first input (where the error summary's link goes).
fn input_id(field: Field, first_muscle: &str) -> String {
    match field {
        Field::Muscle => format!("nlc-diary-muscle-{first_muscle}"),
        Field::Minutes => "nlc-diary-minutes".into(),
        Field::Sleep => "nlc-diary-sleep-not-woken".into(),
        Field::When => "nlc-diary-when".into(),
    }
}

/// What the form holds, read on Save.
fn read(form: &HtmlFormElement, id: u32) -> Draft {
    let data = FormData::new_with_form(form).ok();
    let get = |name: &str| {
        data.as_ref()
            .and_then(|d| d.get(name).as_string())
            .unwrap_or_default()
    };
    let helped = data
        .as_ref()
        .map(|d| {
            d.get_all("helped")
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Draft {
        id,
        at_ms: device::from_local_input(&get("when")),
        muscle: get("muscle"),
        minutes: get("minutes"),
        sleep: get("sleep"),
        helped,
    }
}

/// A radio or checkbox with its label.
fn choice(kind: &'static str, name: &'static str, id: &str, text: &str, checked: bool) -> Html {
    let input_id = format!("nlc-diary-{name}-{id}");
    html! {
        <div class="nlc-choice">
            <input class="nlc-choice__input" type={kind} id={input_id.clone()} {name} value={id.to_owned()} {checked} />
            <label class="nlc-choice__label" for={input_id}>{ text.to_owned() }</label>
        </div>
    }
}

/// The form for `draft` (id 0: a new entry), with the `errors` of the last Save.
pub fn diary_form(
    b: &Bundle,
    draft: &Draft,
    errors: &[Field],
    on_action: &Callback<Action>,
) -> Html {
    let ui = &b.ui;
    let muscles = muscles();
    let tried = QuestionId::Tried.of(b);
    let message = |f: Field| match f {
        Field::Muscle => ui.diary_muscle_error(),
        Field::Minutes => ui.diary_minutes_error(),
        Field::Sleep => ui.diary_sleep_error(),
        Field::When => ui.diary_when_error(),
    };
    let summary: Vec<(String, String)> = errors
        .iter()
        .map(|f| (input_id(*f, muscles[0]), message(*f).to_owned()))
        .collect();
    // A field: its group (marked when in error), its error, and what it describes.
    let has = |f: Field| errors.contains(&f);
    // The class through `classed`: `class={…}` would bring in Yew's `Classes`.
    let group = |f: Field, inner: Html| {
        let class = if has(f) {
            "nlc-form-group nlc-form-group--error"
        } else {
            "nlc-form-group"
        };
        classed(
            html! { <div>{ inner }</div> },
            &["class"],
            &[],
            AttrValue::Static(class),
        )
    };
    let error = |f: Field, id: &str| {
        has(f).then(|| {
            html! {
                <p class="nlc-error-message" id={format!("{id}-error")}>
                    <span class="nlc-visually-hidden">{ format!("{}: ", ui.error_title()) }</span>{ message(f) }
                </p>
            }
        })
    };
    let described = |f: Field, id: &str| has(f).then(|| format!("{id}-error"));
    let on_save = {
        let (a, id) = (on_action.clone(), draft.id);
        move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(form) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
            {
                a.emit(Action::Diary(DiaryStep::Save(read(&form, id))));
            }
        }
    };
    let cancel = {
        let a = on_action.clone();
        move |_| a.emit(Action::Diary(DiaryStep::Overview))
    };
    let when = draft.at_ms.map(device::local_input).unwrap_or_default();
    let legend = |text: &str| {
        html! {
            <legend class="nlc-fieldset__legend nlc-fieldset__legend--m"><h2 class="nlc-heading-m">{ text.to_owned() }</h2></legend>
        }
    };

    html! {
        <div key={format!("diary-form-{}", draft.id)} class="nlc-page nlc-diary-form">
            if !summary.is_empty() {
                { error_summary(ui.error_title(), &summary, &NodeRef::default(), 0) }
            }
            <form class="nlc-form" novalidate=true onsubmit={on_save}>
                <h1 class="nlc-heading" tabindex="-1">{ if draft.id == 0 { ui.diary_form_title() } else { ui.diary_edit_title() } }</h1>
                { group(Field::Muscle, html! { <>
                    <fieldset class="nlc-fieldset" aria-describedby={described(Field::Muscle, "nlc-diary-muscle")}>
                        { legend(ui.diary_muscle()) }
                        { error(Field::Muscle, "nlc-diary-muscle") }
                        <div class="nlc-choices nlc-choices--radio">
                            { for muscles.iter().map(|m| choice("radio", "muscle", m, &label(b, m), draft.muscle == *m)) }
                        </div>
                    </fieldset>
                </> }) }
                { group(Field::Minutes, html! { <>
                    <label class="nlc-label" for="nlc-diary-minutes">{ ui.diary_minutes() }</label>
                    <div class="nlc-hint" id="nlc-diary-minutes-hint">{ ui.diary_minutes_hint() }</div>
                    { error(Field::Minutes, "nlc-diary-minutes") }
                    <input class="nlc-input nlc-input--short" type="text" inputmode="numeric" id="nlc-diary-minutes" name="minutes"
                        autocomplete="off" value={draft.minutes.clone()}
                        aria-describedby={match described(Field::Minutes, "nlc-diary-minutes") { Some(e) => format!("nlc-diary-minutes-hint {e}"), None => "nlc-diary-minutes-hint".into() }} />
                </> }) }
                { group(Field::Sleep, html! { <>
                    <fieldset class="nlc-fieldset" aria-describedby={described(Field::Sleep, "nlc-diary-sleep")}>
                        { legend(ui.diary_sleep()) }
                        { error(Field::Sleep, "nlc-diary-sleep") }
                        <div class="nlc-choices nlc-choices--radio">
                            { for Sleep::ALL.iter().map(|s| choice("radio", "sleep", s.id(), &label(b, s.id()), draft.sleep == s.id())) }
                        </div>
                    </fieldset>
                </> }) }
                <div class="nlc-form-group">
                    <fieldset class="nlc-fieldset" aria-describedby="nlc-diary-helped-hint">
                        { legend(ui.diary_helped()) }
                        <div class="nlc-hint" id="nlc-diary-helped-hint">{ ui.diary_helped_hint() }</div>
                        <div class="nlc-choices nlc-choices--checkbox">
                            { for tried.choices.iter().map(|c| choice("checkbox", "helped", &c.id, &c.label, draft.helped.iter().any(|h| *h == *c.id))) }
                        </div>
                    </fieldset>
                </div>
                { group(Field::When, html! { <>
                    <label class="nlc-label" for="nlc-diary-when">{ ui.diary_when() }</label>
                    { error(Field::When, "nlc-diary-when") }
                    <input class="nlc-input" type="datetime-local" id="nlc-diary-when" name="when" value={when}
                        aria-describedby={described(Field::When, "nlc-diary-when")} />
                </> }) }
                <div class="nlc-button-group">
                    <button type="submit" class="nlc-button">{ ui.diary_save() }</button>
                    <button type="button" class="nlc-button nlc-button--secondary" onclick={cancel}>{ ui.diary_cancel() }</button>
                </div>
            </form>
        </div>
    }
}
