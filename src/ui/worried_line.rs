//! The "if you are worried, call …" line, on every screen whatever the questionnaire state.

use yew::prelude::*;

use crate::content::Region;

/// The region's "if you are worried" sentence, with its numbers as `tel:` links: `call` is
/// the link text before a number ("Call"), `label` the landmark's name ("Getting help").
pub fn worried_line(region: &Region, call: &str, label: &str) -> Html {
    let numbers = [&region.urgent_number, &region.emergency_number];
    html! {
        <aside class="nlc-worried" aria-label={label.to_owned()}>
            <p class="nlc-worried__text">{ &*region.worried }</p>
            { for numbers.into_iter().flatten().map(|n| html! {
                <a class="nlc-worried__call" href={format!("tel:{n}")}>{ format!("{call} {n}") }</a>
            }) }
        </aside>
    }
}
