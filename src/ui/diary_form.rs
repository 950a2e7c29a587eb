//! Recording a cramp in the diary, quick enough for the middle of the night: which muscle
//! (the relief mode's muscles), how many minutes, how it affected sleep, what helped, and
//! when (now unless changed). From the relief mode the muscle, the start and the minutes are
//! filled in already. Save with a field missing shows the error summary, as the questions do.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::diary_page::label;
use super::state::DiaryStep;
use super::{device, error_summary::error_summary, focus::focus, Action, SharedBundle};
use crate::diary::{Entry, Sleep, MAX_MINUTES, OTHER_MUSCLE};

/// Props for [`DiaryForm`].
#[derive(Properties, PartialEq)]
pub struct DiaryFormProps {
    /// Content.
    pub bundle: SharedBundle,
    /// The entry: id 0 for a new one (perhaps partly filled in), else the one changed.
    pub entry: Entry,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The value of the input an event came from.
fn value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// The diary form.
#[function_component(DiaryForm)]
pub fn diary_form(p: &DiaryFormProps) -> Html {
    let b = &p.bundle;
    let ui = &b.ui;
    let e = &p.entry;
    let when = use_state(|| device::local_input(e.at_ms));
    let muscle = use_state(|| e.muscle.clone());
    let minutes = use_state(|| {
        if e.minutes > 0 {
            e.minutes.to_string()
        } else {
            String::new()
        }
    });
    let sleep = use_state(|| (e.id != 0).then_some(e.sleep));
    let helped = use_state(|| e.helped.clone());
    let attempts = use_state(|| 0u32);

    let muscles: Vec<&str> = b
        .relief
        .muscles
        .iter()
        .map(|m| &**m)
        .chain([OTHER_MUSCLE])
        .collect();
    let at_ms = device::from_local_input(&when);
    let mins = minutes
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|m| (1..=MAX_MINUTES).contains(m));
    // Problems, in the order of the fields: (field id, message).
    let mut problems: Vec<(String, String)> = Vec::new();
    if *attempts > 0 {
        if !muscles.contains(&muscle.as_str()) {
            problems.push((
                format!("nlc-diary-muscle-{}", muscles[0]),
                ui.diary_muscle_error().into(),
            ));
        }
        if mins.is_none() {
            problems.push(("nlc-diary-minutes".into(), ui.diary_minutes_error().into()));
        }
        if sleep.is_none() {
            problems.push((
                "nlc-diary-sleep-not-woken".into(),
                ui.diary_sleep_error().into(),
            ));
        }
        if at_ms.is_none() {
            problems.push(("nlc-diary-when".into(), ui.diary_when_error().into()));
        }
    }
    let has = |id: &str| problems.iter().any(|(f, _)| f.starts_with(id));

    let on_save = {
        let (attempts, on_action) = (attempts.clone(), p.on_action.clone());
        let ok = muscles.contains(&muscle.as_str())
            && mins.is_some()
            && sleep.is_some()
            && at_ms.is_some();
        let entry = Entry {
            id: e.id,
            at_ms: at_ms.unwrap_or(0.0),
            muscle: (*muscle).clone(),
            minutes: mins.unwrap_or(0),
            helped: (*helped).clone(),
            sleep: sleep.unwrap_or(Sleep::NotWoken),
        };
        move |ev: SubmitEvent| {
            ev.prevent_default();
            if ok {
                on_action.emit(Action::Diary(DiaryStep::Save(entry.clone())));
            } else {
                attempts.set(*attempts + 1);
            }
        }
    };
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with((*attempts, !problems.is_empty()), move |(_, shown)| {
            if *shown {
                focus(&summary);
            }
        });
    }
    let error = |field: &str, text: &str| -> Html {
        if has(field) {
            html! {
                <p class="nlc-error-message" id={format!("{field}-error")}>
                    <span class="nlc-visually-hidden">{ format!("{}: ", ui.error_title()) }</span>{ text.to_owned() }
                </p>
            }
        } else {
            Html::default()
        }
    };
    let group = |field: &str| {
        if has(field) {
            "nlc-form-group nlc-form-group--error"
        } else {
            "nlc-form-group"
        }
    };
    let described = |field: &str, hint: bool| {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("{field}-hint"));
        }
        if has(field) {
            ids.push(format!("{field}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let radio = |name: &'static str,
                 id: &str,
                 text: String,
                 checked: bool,
                 onchange: Callback<Event>| {
        let input_id = format!("nlc-diary-{name}-{id}");
        html! {
            <div class="nlc-choice">
                <input class="nlc-choice__input" type="radio" id={input_id.clone()} {name} value={id.to_owned()} {checked} {onchange} />
                <label class="nlc-choice__label" for={input_id}>{ text }</label>
            </div>
        }
    };
    let cancel = {
        let a = p.on_action.clone();
        move |_| a.emit(Action::Diary(DiaryStep::Overview))
    };
    let tried = b.question("tried");

    html! {
        <div class="nlc-page nlc-diary-form">
            if !problems.is_empty() {
                { error_summary(ui.error_title(), &problems, &summary, *attempts) }
            }
            <form class="nlc-form" novalidate=true onsubmit={on_save}>
                <h1 class="nlc-heading" tabindex="-1">{ if e.id == 0 { ui.diary_form_title() } else { ui.diary_edit_title() } }</h1>
                <div class={group("nlc-diary-muscle")}>
                    <fieldset class="nlc-fieldset" aria-describedby={described("nlc-diary-muscle", false)}>
                        <legend class="nlc-fieldset__legend nlc-fieldset__legend--m"><h2 class="nlc-heading-m">{ ui.diary_muscle() }</h2></legend>
                        { error("nlc-diary-muscle", ui.diary_muscle_error()) }
                        <div class="nlc-choices nlc-choices--radio">
                            { for muscles.iter().map(|m| {
                                let set = muscle.clone();
                                let m2 = m.to_string();
                                radio("muscle", m, label(b, m), *muscle == *m, Callback::from(move |_| set.set(m2.clone())))
                            }) }
                        </div>
                    </fieldset>
                </div>
                <div class={group("nlc-diary-minutes")}>
                    <label class="nlc-label nlc-heading-s" for="nlc-diary-minutes">{ ui.diary_minutes() }</label>
                    <div class="nlc-hint" id="nlc-diary-minutes-hint">{ ui.diary_minutes_hint() }</div>
                    { error("nlc-diary-minutes", ui.diary_minutes_error()) }
                    <input class="nlc-input nlc-input--short" type="text" inputmode="numeric" id="nlc-diary-minutes"
                        autocomplete="off" value={(*minutes).clone()} aria-describedby={described("nlc-diary-minutes", true)}
                        oninput={let set = minutes.clone(); move |e: InputEvent| set.set(e.target_unchecked_into::<HtmlInputElement>().value())} />
                </div>
                <div class={group("nlc-diary-sleep")}>
                    <fieldset class="nlc-fieldset" aria-describedby={described("nlc-diary-sleep", false)}>
                        <legend class="nlc-fieldset__legend nlc-fieldset__legend--m"><h2 class="nlc-heading-m">{ ui.diary_sleep() }</h2></legend>
                        { error("nlc-diary-sleep", ui.diary_sleep_error()) }
                        <div class="nlc-choices nlc-choices--radio">
                            { for Sleep::ALL.iter().map(|s| {
                                let set = sleep.clone();
                                let v = *s;
                                radio("sleep", s.id(), label(b, s.id()), *sleep == Some(v), Callback::from(move |_| set.set(Some(v))))
                            }) }
                        </div>
                    </fieldset>
                </div>
                if let Some(q) = tried {
                    <div class="nlc-form-group">
                        <fieldset class="nlc-fieldset" aria-describedby="nlc-diary-helped-hint">
                            <legend class="nlc-fieldset__legend nlc-fieldset__legend--m"><h2 class="nlc-heading-m">{ ui.diary_helped() }</h2></legend>
                            <div class="nlc-hint" id="nlc-diary-helped-hint">{ ui.diary_helped_hint() }</div>
                            <div class="nlc-choices nlc-choices--checkbox">
                                { for q.choices.iter().map(|c| {
                                    let input_id = format!("nlc-diary-helped-{}", c.id);
                                    let onchange = {
                                        let helped = helped.clone();
                                        let id = c.id.to_string();
                                        move |e: Event| {
                                            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                                            let mut next: Vec<String> = helped.iter().filter(|h| **h != id).cloned().collect();
                                            if on {
                                                next.push(id.clone());
                                            }
                                            helped.set(next);
                                        }
                                    };
                                    html! {
                                        <div class="nlc-choice">
                                            <input class="nlc-choice__input" type="checkbox" id={input_id.clone()} name="helped"
                                                value={c.id.to_string()} checked={helped.iter().any(|h| *h == *c.id)} {onchange} />
                                            <label class="nlc-choice__label" for={input_id}>{ &*c.label }</label>
                                        </div>
                                    }
                                }) }
                            </div>
                        </fieldset>
                    </div>
                }
                <div class={group("nlc-diary-when")}>
                    <label class="nlc-label nlc-heading-s" for="nlc-diary-when">{ ui.diary_when() }</label>
                    { error("nlc-diary-when", ui.diary_when_error()) }
                    <input class="nlc-input" type="datetime-local" id="nlc-diary-when" value={(*when).clone()}
                        aria-describedby={described("nlc-diary-when", false)}
                        onchange={let set = when.clone(); move |e: Event| set.set(value(&e))} />
                </div>
                <div class="nlc-button-group">
                    <button type="submit" class="nlc-button">{ ui.diary_save() }</button>
                    <button type="button" class="nlc-button nlc-button--secondary" onclick={cancel}>{ ui.diary_cancel() }</button>
                </div>
            </form>
        </div>
    }
}
