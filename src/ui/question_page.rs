//! A page of questions. A page of one question makes the question the `<h1>` inside the
//! `<legend>`; a page of several has its own `<h1>` and each question is a fieldset with an
//! `<h2>` legend. Then the hint, the checklist or radios, "why we ask this", and Continue.
//! Continue with a required question unanswered shows the error summary (which takes focus)
//! and an inline error on each such question.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{
    back_link::back_link, care_card::classed, error_summary::error_summary, focus::focus, Action,
    SharedBundle,
};
use crate::content::{Question, QuestionId, QuestionKind};
use crate::triage::{Asked, ChoiceMap, Session};

/// Props for [`QuestionPage`].
#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    /// Content.
    pub bundle: SharedBundle,
    /// The page id.
    pub page: AttrValue,
    /// The questions shown on it, with any answer given before (when coming back).
    pub asked: Vec<(QuestionId, Option<Vec<String>>)>,
    /// Choices ticked on this page before the person left it unanswered (to read a panel,
    /// or back): shown again instead of the answers given before.
    #[prop_or_default]
    pub draft: Option<ChoiceMap>,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

impl QuestionPageProps {
    /// The props for a page the session shows.
    pub fn asked(asked: &[Asked<'_>]) -> Vec<(QuestionId, Option<Vec<String>>)> {
        asked
            .iter()
            .map(|(q, a)| {
                // The session's questions are the content's: the ids are the same list.
                let id = QuestionId::from_id(&q.id).expect("a question of the content");
                (id, a.map(<[String]>::to_vec))
            })
            .collect()
    }
}

/// Applies a click on a choice to the current selection: radios replace it; checkboxes toggle,
/// and an exclusive choice ("None of these") clears and is cleared by the others.
pub fn toggle(
    kind: QuestionKind,
    exclusive: &[&str],
    selected: &[String],
    id: &str,
    on: bool,
) -> Vec<String> {
    match kind {
        QuestionKind::Single => vec![id.to_owned()],
        QuestionKind::Multiple => {
            if !on {
                return selected.iter().filter(|s| *s != id).cloned().collect();
            }
            if exclusive.contains(&id) {
                return vec![id.to_owned()];
            }
            let mut next: Vec<String> = selected
                .iter()
                .filter(|s| !exclusive.contains(&s.as_str()) && *s != id)
                .cloned()
                .collect();
            next.push(id.to_owned());
            next
        }
    }
}

/// The id of an element of a question (`nlc-<question>-<suffix>`).
fn el_id(q: &str, suffix: &str) -> String {
    format!("nlc-{q}-{suffix}")
}

/// A page of questions.
#[function_component(QuestionPage)]
pub fn question_page(p: &QuestionPageProps) -> Html {
    let selected = use_state(|| {
        p.draft.clone().unwrap_or_else(|| {
            // One insert at a time: collecting into a map would bring a sort into the wasm.
            let mut given = ChoiceMap::new();
            for (id, a) in &p.asked {
                given.insert(id.id().to_owned(), a.clone().unwrap_or_default());
            }
            given
        })
    });
    // Failed Continue presses; each one draws a new summary, which takes focus.
    let attempts = use_state(|| 0u32);
    let b = &p.bundle;
    let ui = &b.ui;
    let questions: Vec<&Question> = p.asked.iter().map(|(id, _)| id.of(b)).collect();
    let page = b.page(&p.page);
    let single = questions.len() == 1;
    let chosen = |q: &Question| selected.get(&q.id).cloned().unwrap_or_default();
    let errors: Vec<&Question> = if *attempts > 0 {
        questions
            .iter()
            .copied()
            .filter(|q| Session::check_answer(q, &chosen(q)).is_err())
            .collect()
    } else {
        Vec::new()
    };

    let on_continue = {
        let selected = selected.clone();
        let attempts = attempts.clone();
        let on_action = p.on_action.clone();
        let page = p.page.to_string();
        // The ids, not the questions: looked up again on the press, nothing copied per render.
        let ids: Vec<QuestionId> = p.asked.iter().map(|(id, _)| *id).collect();
        let b = p.bundle.clone();
        move |e: SubmitEvent| {
            e.prevent_default();
            let questions: Vec<&Question> = ids.iter().map(|id| id.of(&b)).collect();
            let answers: Vec<(String, Vec<String>)> = questions
                .iter()
                .map(|q| {
                    (
                        q.id.to_string(),
                        selected.get(&q.id).cloned().unwrap_or_default(),
                    )
                })
                .collect();
            let ok = questions
                .iter()
                .zip(&answers)
                .all(|(q, (_, a))| Session::check_answer(q, a).is_ok());
            if ok {
                on_action.emit(Action::Answer(page.clone(), answers));
            } else {
                attempts.set(*attempts + 1);
            }
        }
    };
    // One activation, one action: the second click of a double-click lands on the next
    // page's Continue, and must not press it.
    let on_button_click = |e: MouseEvent| {
        if e.detail() > 1 {
            e.prevent_default();
        }
    };
    let on_back = {
        let a = p.on_action.clone();
        move |_| a.emit(Action::Back)
    };

    let fieldset = |q: &Question| -> Html {
        let qid = q.id.clone();
        let hint_id = el_id(&qid, "hint");
        let error_id = el_id(&qid, "error");
        let error = errors.iter().any(|x| x.id == q.id);
        let exclusive: Vec<String> = q
            .choices
            .iter()
            .filter(|c| c.exclusive)
            .map(|c| c.id.to_string())
            .collect();
        let has_hint = q.hint.is_some() || q.kind == QuestionKind::Multiple;
        let mut described = Vec::new();
        if has_hint {
            described.push(hint_id.clone());
        }
        if error {
            described.push(error_id.clone());
        }
        let (input_type, choices_class) = match q.kind {
            QuestionKind::Single => ("radio", "nlc-choices nlc-choices--radio"),
            QuestionKind::Multiple => ("checkbox", "nlc-choices nlc-choices--checkbox"),
        };
        // A checklist's own hint says how to tick (the content tests check it does); without
        // one, the general words.
        let hint_text = q.hint.as_deref().unwrap_or(ui.select_all());
        let current = chosen(q);
        let title = if q.optional {
            format!("{} {}", q.title, ui.optional())
        } else {
            q.title.to_string()
        };
        let choices = classed(
            html! {
                <div>
                    { for q.choices.iter().map(|c| {
                        let input_id = format!("nlc-{qid}-choice-{}", c.id);
                        let choice_hint = format!("{input_id}-hint");
                        let checked = current.iter().any(|x| *x == c.id);
                        let onchange = {
                            let selected = selected.clone();
                            let on_action = p.on_action.clone();
                            let page = p.page.to_string();
                            let id = c.id.clone();
                            let qid = qid.clone();
                            let kind = q.kind;
                            let exclusive = exclusive.clone();
                            move |e: Event| {
                                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                                let ex: Vec<&str> = exclusive.iter().map(String::as_str).collect();
                                let mut next = (*selected).clone();
                                let now = next.get(&qid).cloned().unwrap_or_default();
                                next.insert(qid.to_string(), toggle(kind, &ex, &now, &id, on));
                                // Kept by the widget too, so a panel opened before
                                // Continue loses nothing.
                                on_action.emit(Action::Draft(page.clone(), next.clone()));
                                selected.set(next);
                            }
                        };
                        html! {
                            <>
                            if c.exclusive { <p class="nlc-choices__divider">{ ui.or_divider() }</p> }
                            <div class="nlc-choice">
                                <input class="nlc-choice__input" type={input_type} id={input_id.clone()}
                                    name={qid.clone()} value={c.id.clone()} {checked} {onchange}
                                    aria-describedby={c.hint.as_ref().map(|_| choice_hint.clone())} />
                                <label class="nlc-choice__label" for={input_id}>{ &*c.label }</label>
                                if let Some(h) = &c.hint {
                                    <div class="nlc-choice__hint" id={choice_hint}>{ &**h }</div>
                                }
                            </div>
                            </>
                        }
                    }) }
                </div>
            },
            &["class"],
            &[],
            choices_class.into(),
        );
        let legend = classed(
            html! {
                <legend>
                    if single {
                        <h1 class="nlc-heading" tabindex="-1">{ title }</h1>
                    } else {
                        <h2 class="nlc-heading-m">{ title }</h2>
                    }
                </legend>
            },
            &["class"],
            &[],
            AttrValue::Static(if single {
                "nlc-fieldset__legend"
            } else {
                "nlc-fieldset__legend nlc-fieldset__legend--m"
            }),
        );
        let group = html! {
            <div>
                <fieldset class="nlc-fieldset" aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
                    { legend }
                    if has_hint {
                        <div class="nlc-hint" id={hint_id}>{ hint_text }</div>
                    }
                    if error {
                        <p class="nlc-error-message" id={error_id}>
                            <span class="nlc-visually-hidden">{ format!("{}: ", ui.error_title()) }</span>{ &*q.error }
                        </p>
                    }
                    { choices }
                </fieldset>
                <details class="nlc-details">
                    <summary class="nlc-details__summary">{ ui.why_ask() }</summary>
                    <p class="nlc-details__text">{ &*q.why }</p>
                </details>
            </div>
        };
        classed(
            group,
            &["class"],
            &[],
            AttrValue::Static(if error {
                "nlc-form-group nlc-form-group--error"
            } else {
                "nlc-form-group"
            }),
        )
    };

    let summary_errors: Vec<(String, String)> = errors
        .iter()
        .map(|q| {
            let first = q.choices.first().map_or("", |c| &*c.id);
            (format!("nlc-{}-choice-{first}", q.id), q.error.to_string())
        })
        .collect();
    // The summary takes focus whenever it appears: after each failed Continue (a new box each
    // time), or when it comes back after its problems were all mended.
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(
            (*attempts, !summary_errors.is_empty()),
            move |(_, shown)| {
                if *shown {
                    focus(&summary);
                }
            },
        );
    }

    html! {
        <div class="nlc-page nlc-question">
            { back_link(ui.back(), Callback::from(on_back)) }
            if !summary_errors.is_empty() {
                { error_summary(ui.error_title(), &summary_errors, &summary, *attempts) }
            }
            <form class="nlc-form" novalidate=true onsubmit={on_continue}>
                if !single {
                    if let Some(page) = page {
                        <h1 class="nlc-heading" tabindex="-1">{ page.title.clone().unwrap_or_default() }</h1>
                        if let Some(h) = &page.hint { <p class="nlc-hint">{ &**h }</p> }
                    }
                }
                { for questions.iter().map(|q| fieldset(q)) }
                <button type="submit" class="nlc-button" onclick={on_button_click}>{ ui.continue_button() }</button>
            </form>
        </div>
    }
}
