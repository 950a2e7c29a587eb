//! An information panel, reachable at any time without losing answers.

use yew::prelude::*;

use super::{back_link::back_link, Action};
use crate::content::{Block, Bundle, Panel};
use crate::text::with;

/// Renders panel blocks (also used for self-care advice on outcomes).
pub fn blocks(body: &[Block], heading_level: u8) -> Html {
    html! {
        { for body.iter().map(|b| match b {
            Block::P(t) => html! { <p>{ &**t }</p> },
            Block::H(t) if heading_level >= 3 => html! { <h3 class="nlc-heading-s">{ &**t }</h3> },
            Block::H(t) => html! { <h2 class="nlc-heading-m">{ &**t }</h2> },
            Block::List(items) => html! {
                <ul class="nlc-list">{ for items.iter().map(|i| html! { <li>{ &**i }</li> }) }</ul>
            },
        }) }
    }
}

/// Source links for a list of tags.
pub fn sources<T: AsRef<str>>(bundle: &Bundle, tags: &[T]) -> Html {
    html! {
        <ul class="nlc-sources">
            { for tags.iter().filter_map(|t| bundle.source(t.as_ref())).map(|s| html! {
                <li><a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{ &*s.title }</a></li>
            }) }
        </ul>
    }
}

/// The information panel `panel`, under a back link with the words `back_label` (back to
/// where the panel was opened from).
pub fn info_panel(
    bundle: &Bundle,
    panel: &Panel,
    back_label: &str,
    on_action: &Callback<Action>,
) -> Html {
    let ui = &bundle.ui;
    let close = {
        let a = on_action.clone();
        move |_| a.emit(Action::ClosePanel)
    };
    html! {
        <article key={&*panel.id} class="nlc-page nlc-panel">
            { back_link(back_label, Callback::from(close)) }
            <h1 class="nlc-heading" tabindex="-1">{ &*panel.title }</h1>
            { blocks(&panel.body, 2) }
            <h2 class="nlc-heading-s">{ ui.sources_title() }</h2>
            { sources(bundle, &panel.sources) }
            <p class="nlc-meta">{ with(ui.panel_reviewed(), &[("date", &super::device::long_date(&panel.reviewed, &bundle.lang))]) }</p>
        </article>
    }
}
