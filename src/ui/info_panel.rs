//! An information panel, reachable at any time without losing answers.

use std::rc::Rc;

use yew::prelude::*;

use super::{back_link::back_link, focus::use_focus_on_mount, Action};
use crate::content::{Block, Bundle};
use crate::text::with;

/// Props for [`InfoPanel`].
#[derive(Properties, PartialEq)]
pub struct InfoPanelProps {
    /// Content.
    pub bundle: Rc<Bundle>,
    /// Panel id.
    pub id: AttrValue,
    /// The back link's words (back to where the panel was opened from).
    pub back_label: AttrValue,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// Move focus to the heading when shown.
    pub focus: bool,
}

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

/// An information panel page.
#[function_component(InfoPanel)]
pub fn info_panel(p: &InfoPanelProps) -> Html {
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), p.focus);
    let ui = &p.bundle.ui;
    let Some(panel) = p.bundle.panel(&p.id) else {
        return Html::default();
    };
    let close = {
        let a = p.on_action.clone();
        move |_| a.emit(Action::ClosePanel)
    };
    html! {
        <article class="nlc-page nlc-panel">
            { back_link(&p.back_label, Callback::from(close)) }
            <h1 class="nlc-heading" tabindex="-1" ref={heading}>{ &*panel.title }</h1>
            { blocks(&panel.body, 2) }
            <h2 class="nlc-heading-s">{ ui.sources_title() }</h2>
            { sources(&p.bundle, &panel.sources) }
            <p class="nlc-meta">{ with(ui.panel_reviewed(), &[("date", &panel.reviewed)]) }</p>
        </article>
    }
}
