//! The care card: one per outcome, in a fixed urgency colour, with a visually hidden prefix
//! and an icon, so urgency never rests on colour alone. Hosts cannot theme these colours.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

use crate::content::{CareLevel, UiTexts};

/// `node` (an element `html!` made without attributes) with the attributes `keys`: the
/// `values` written, then the last key (`class`) set to `class`, worked out at run time.
/// `class={…}` in `html!` goes through Yew's `Classes` (an ordered set of names), about 1 KB
/// of wasm for the five elements whose class changes; the DOM is the same.
pub fn classed(
    mut node: Html,
    keys: &'static [&'static str],
    values: &[&'static str],
    class: AttrValue,
) -> Html {
    if let Html::VTag(tag) = &mut node {
        if let Some(tag) = Rc::get_mut(tag) {
            let mut all: Vec<_> = values
                .iter()
                .map(|v| Some(AttributeOrProperty::Attribute(AttrValue::Static(v))))
                .collect();
            all.push(Some(AttributeOrProperty::Attribute(class)));
            tag.attributes = Attributes::Dynamic {
                keys,
                values: all.into(),
            };
        }
    }
    node
}

/// The text read before the heading by screen readers ("Urgent: ").
pub fn prefix(level: CareLevel, ui: &UiTexts) -> &str {
    match level {
        CareLevel::Emergency => ui.prefix_emergency(),
        CareLevel::Urgent => ui.prefix_urgent(),
        CareLevel::Routine => ui.prefix_routine(),
        CareLevel::SelfCare => ui.prefix_self_care(),
    }
}

fn icon(level: CareLevel) -> Html {
    // Simple shapes that differ by level as well as by colour.
    let path = match level {
        CareLevel::Emergency => "M12 2 1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z",
        CareLevel::Urgent => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v6h-2V7zm0 8h2v2h-2v-2z",
        CareLevel::Routine => "M5 4h14a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm0 5v10h14V9H5zm2 2h4v4H7v-4z",
        CareLevel::SelfCare => "M12 21s-8-5.2-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.8-8 11-8 11z",
    };
    html! {
        <svg class="nlc-care-card__icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
            <path fill="currentColor" d={path} />
        </svg>
    }
}

/// A care card for `level`: its heading `title` (read after `prefix`, see [`prefix`]), one
/// line `summary` under it, and what to do now (`children`) inside the card.
pub fn care_card(
    level: CareLevel,
    title: &str,
    summary: &str,
    prefix: &str,
    children: Html,
) -> Html {
    let card = html! {
        <section>
            <div class="nlc-care-card__heading-container">
                { icon(level) }
                <h1 class="nlc-care-card__heading" id="nlc-care-card-heading" tabindex="-1">
                    <span class="nlc-visually-hidden">{ prefix }</span>{ title }
                </h1>
            </div>
            <div class="nlc-care-card__content">
                <p class="nlc-care-card__summary">{ summary }</p>
                { children }
            </div>
        </section>
    };
    classed(
        card,
        &["aria-labelledby", "class"],
        &["nlc-care-card-heading"],
        format!("nlc-care-card nlc-care-card--{}", level.id()).into(),
    )
}
