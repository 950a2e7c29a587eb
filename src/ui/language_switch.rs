//! The language switch a host may offer (`languages="en es"`): one button per language, each
//! named in its own language. Switching keeps the answers and the screen; only the words change.

use yew::prelude::*;

use crate::content;

/// The switch, or nothing when the host offers fewer than two languages. `current` is the
/// language shown; a press stores the tag in `picked` (the widget reads it before the `lang`
/// attribute). The buttons are keyed, so focus stays on the one pressed.
pub fn language_switch(
    offered: &str,
    current: &str,
    label: &str,
    picked: &UseStateHandle<Option<AttrValue>>,
) -> Option<Html> {
    offered.split_whitespace().nth(1)?;
    let buttons = offered.split_whitespace().map(|tag| {
        let name = content::LOCALES
            .iter()
            .find(|(l, _)| *l == tag)
            .map_or("", |(_, b)| &*b.language);
        let is_current = tag == current;
        let onclick = {
            let picked = picked.clone();
            let tag = AttrValue::from(tag.to_owned());
            Callback::from(move |_: MouseEvent| picked.set(Some(tag.clone())))
        };
        html! {
            <li key={tag}>
                <button type="button" class="nlc-languages__button" lang={tag.to_owned()}
                    aria-current={is_current.then_some("true")} {onclick}>{ name }</button>
            </li>
        }
    });
    Some(html! {
        <nav class="nlc-languages" aria-label={label.to_owned()}>
            <ul class="nlc-languages__list">{ for buttons }</ul>
        </nav>
    })
}
