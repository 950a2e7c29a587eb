//! The "if you are worried, call …" line, on every screen whatever the questionnaire state.

use yew::prelude::*;

use crate::content::Region;

/// Props for [`WorriedLine`].
#[derive(Properties, PartialEq)]
pub struct WorriedLineProps {
    /// The person's region.
    pub region: Region,
    /// "Call" (the link text before a number).
    pub call: AttrValue,
    /// The landmark's name ("Getting help").
    pub label: AttrValue,
}

/// The region's "if you are worried" sentence, with its numbers as `tel:` links.
#[function_component(WorriedLine)]
pub fn worried_line(p: &WorriedLineProps) -> Html {
    let numbers = [&p.region.urgent_number, &p.region.emergency_number];
    html! {
        <aside class="nlc-worried" aria-label={p.label.clone()}>
            <p class="nlc-worried__text">{ &*p.region.worried }</p>
            { for numbers.into_iter().flatten().map(|n| html! {
                <a class="nlc-worried__call" href={format!("tel:{n}")}>{ format!("{} {n}", p.call) }</a>
            }) }
        </aside>
    }
}
