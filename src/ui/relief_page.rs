//! A cramp happening now: pick the muscle, its stretch, the time since it started, and
//! "It has eased" or "It is not easing" (CLINICAL.md §4 rule 10).

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Interval;
use yew::prelude::*;

use super::back_link::back_link;
use super::device::{keep_screen_on, let_screen_sleep, now_ms, page_hidden};
use super::info_panel::blocks;
use super::{Action, ReliefStep, SharedBundle};
use crate::content::{UiTexts, RELIEF_ALSO, RELIEF_MUSCLES};
use crate::text::with;
use crate::triage::Relief;

/// Props for [`ReliefPage`].
#[derive(Properties, PartialEq)]
pub struct ReliefPageProps {
    /// Content (texts already filled for the region).
    pub bundle: SharedBundle,
    /// The relief mode's state.
    pub relief: Relief,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// "Just now", "About 1 minute ago", "About 3 minutes ago".
fn ago(ui: &UiTexts, minutes: u32) -> String {
    match minutes {
        0 => ui.relief_just_now().to_owned(),
        1 => ui.relief_ago_one().to_owned(),
        m => with(ui.relief_ago(), &[("minutes", &m.to_string())]),
    }
}

/// The relief page.
#[function_component(ReliefPage)]
pub fn relief_page(p: &ReliefPageProps) -> Html {
    // A tick every second re-renders this page (only it); each render reads the clock
    // itself, so a new start time shows at once, not at the next tick. The screen is kept on
    // while the person stretches, where the browser can; the browser lets go of that lock
    // whenever the page is hidden, so the tick asks again once the page is shown.
    let tick = use_state(now_ms);
    {
        let tick = tick.setter();
        use_effect_with((), move |_| {
            let lock = Rc::new(Cell::new(keep_screen_on()));
            let was_hidden = Cell::new(false);
            let every_second = {
                let lock = lock.clone();
                Interval::new(1_000, move || {
                    tick.set(now_ms());
                    let hidden = page_hidden();
                    if was_hidden.replace(hidden) && !hidden {
                        let_screen_sleep(lock.replace(keep_screen_on()));
                    }
                })
            };
            move || {
                drop(every_second);
                let_screen_sleep(lock.take());
            }
        });
    }
    let now = now_ms().max(*tick);
    // Once the cramp has lasted too long, the outcome follows by itself.
    {
        let due = p.relief.due(&p.bundle, now);
        let on_action = p.on_action.clone();
        let at = now;
        use_effect_with(due, move |due| {
            if *due {
                on_action.emit(Action::Relief(ReliefStep::Tick(at)));
            }
        });
    }

    let b = &p.bundle;
    let ui = &b.ui;
    let r = &p.relief;
    let limit = b.relief.minutes;
    let step = |s: ReliefStep| {
        let cb = p.on_action.clone();
        move |_| cb.emit(Action::Relief(s.clone()))
    };
    let not_easing = {
        let cb = p.on_action.clone();
        move |_| cb.emit(Action::Relief(ReliefStep::NotEasing(now_ms())))
    };
    let started = {
        let cb = p.on_action.clone();
        move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(m) = value.parse() {
                cb.emit(Action::Relief(ReliefStep::StartedAgo(m, now_ms())));
            }
        }
    };
    let back = {
        let cb = p.on_action.clone();
        move |_| cb.emit(Action::Back)
    };
    let seconds = r.seconds(now);
    let muscle = r.muscle.map(|m| m.of(b));
    let also = RELIEF_ALSO.of(b);
    html! {
        <div class="nlc-page nlc-relief">
            { back_link(ui.back_to_start(), Callback::from(back)) }
            <h1 class="nlc-heading" tabindex="-1">{ ui.relief_title() }</h1>

            <h2 class="nlc-heading-m" id="nlc-relief-pick">{ ui.relief_pick() }</h2>
            <div class="nlc-muscles" role="group" aria-labelledby="nlc-relief-pick">
                { for RELIEF_MUSCLES.into_iter().map(|id| {
                    let pressed = r.muscle == Some(id);
                    html! {
                        <button type="button" class="nlc-muscle" aria-pressed={if pressed { "true" } else { "false" }}
                            onclick={step(ReliefStep::Pick(id))}>{ &*id.of(b).title }</button>
                    }
                }) }
            </div>
            if let Some(m) = muscle {
                <section class="nlc-relief__steps" aria-labelledby="nlc-relief-steps">
                    <h2 class="nlc-heading-m" id="nlc-relief-steps">{ &*m.title }</h2>
                    { blocks(&m.body, 3) }
                </section>
            }

            <div class="nlc-relief__timer">
                <p class="nlc-relief__label">{ ui.relief_clock_label() }</p>
                // Read out once a minute at most (the live region below), never every second.
                <p class="nlc-relief__clock" aria-hidden="true">{ format!("{}:{:02}", (seconds / 60) as u32, (seconds % 60) as u32) }</p>
                <p class="nlc-relief__ago" aria-live="polite">{ ago(ui, r.minutes(now)) }</p>
            </div>
            <div class="nlc-relief__started">
                <label class="nlc-label" for="nlc-relief-started">{ ui.relief_started() }</label>
                <select class="nlc-select" id="nlc-relief-started" onchange={started}>
                    { for (0..=limit).map(|m| html! {
                        <option value={m.to_string()} selected={m == r.said_ago}>{ ago(ui, m) }</option>
                    }) }
                </select>
            </div>
            <p>{ with(ui.relief_limit(), &[("minutes", &limit.to_string())]) }</p>
            <p class="nlc-relief__keep-going" role="status">
                if r.keep_going {
                    { with(ui.relief_keep_going(), &[("minutes", &limit.to_string())]) }
                }
            </p>
            <div class="nlc-button-group">
                <button type="button" class="nlc-button" onclick={step(ReliefStep::Eased)}>{ ui.relief_eased() }</button>
                <button type="button" class="nlc-button nlc-button--secondary" onclick={not_easing}>{ ui.relief_not_easing() }</button>
            </div>

            <section class="nlc-section" aria-labelledby="nlc-relief-also">
                <h2 class="nlc-heading-m" id="nlc-relief-also">{ &*also.title }</h2>
                { blocks(&also.body, 3) }
            </section>
        </div>
    }
}
