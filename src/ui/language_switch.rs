//! The language switch a host may offer (`languages="en es"`): one button per language, each
//! named in its own language. Switching keeps the answers and the screen; only the words change.

use yew::prelude::*;

use crate::content::Lang;

/// The switch, or nothing when the host offers fewer than two languages. `current` is the
/// language shown; a press stores the language in `picked` (the widget reads it before the
/// `lang` attribute). The buttons are keyed, so focus stays on the one pressed.
pub fn language_switch(
    offered: &[Lang],
    current: Lang,
    label: &str,
    picked: &UseStateHandle<Option<Lang>>,
) -> Option<Html> {
    offered.get(1)?;
    let buttons = offered.iter().map(|&lang| {
        let tag = lang.id();
        let is_current = lang == current;
        let onclick = {
            let picked = picked.clone();
            Callback::from(move |_: MouseEvent| picked.set(Some(lang)))
        };
        html! {
            <li key={tag}>
                <button type="button" class="nlc-languages__button" lang={tag}
                    aria-current={is_current.then_some("true")} {onclick}>{ &*lang.bundle().language }</button>
            </li>
        }
    });
    Some(html! {
        <nav class="nlc-languages" aria-label={label.to_owned()}>
            <ul class="nlc-languages__list">{ for buttons }</ul>
        </nav>
    })
}
