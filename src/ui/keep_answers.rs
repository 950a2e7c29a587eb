//! Keeping answers on the device, only when the person asks: the "Keep my answers" choice
//! under the questions, the offer to continue when they come back, and the plain messages
//! about what was, or could not be, kept.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::Notice;
use super::{device, Action};
use crate::content::Bundle;
use crate::saved::Resumed;
use crate::text::with;

/// "Keep my answers on this device for 24 hours" and, while they are kept, "Delete my saved
/// answers".
pub fn keep_answers(b: &Bundle, keep: bool, on_action: &Callback<Action>) -> Html {
    let ui = &b.ui;
    let onchange = {
        let a = on_action.clone();
        move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            a.emit(Action::KeepAnswers(on));
        }
    };
    let delete = {
        let a = on_action.clone();
        move |_| a.emit(Action::DeleteSaved)
    };
    html! {
        <div class="nlc-keep">
            <div class="nlc-choice">
                <input class="nlc-choice__input" type="checkbox" id="nlc-keep-answers" checked={keep} {onchange} />
                <label class="nlc-choice__label" for="nlc-keep-answers">{ ui.keep_answers() }</label>
            </div>
            if keep {
                <button type="button" class="nlc-link-button nlc-delete-saved" onclick={delete}>{ ui.delete_saved() }</button>
            }
        </div>
    }
}

/// "Continue where you left off?": when the answers were kept, Continue or Start again.
pub fn resume_offer(b: &Bundle, offer: &Resumed, on_action: &Callback<Action>) -> Html {
    let ui = &b.ui;
    let act = |action: Action| {
        let a = on_action.clone();
        move |_| a.emit(action.clone())
    };
    let when = device::moment(offer.saved_ms, &b.lang, false);
    html! {
        <section class="nlc-resume" aria-labelledby="nlc-resume-title">
            <h2 class="nlc-heading-m" id="nlc-resume-title">{ ui.resume_title() }</h2>
            <p>{ with(ui.resume_text(), &[("date", &when)]) }</p>
            <div class="nlc-button-group">
                <button type="button" class="nlc-button nlc-resume__continue" onclick={act(Action::Resume)}>{ ui.resume_button() }</button>
                <button type="button" class="nlc-button nlc-button--secondary nlc-resume__restart" onclick={act(Action::Restart)}>{ ui.restart() }</button>
            </div>
        </section>
    }
}

/// A message about what was kept (the widget moves focus to it when the person's own action
/// brought it).
pub fn notice(b: &Bundle, notice: Notice) -> Html {
    let ui = &b.ui;
    let text = match notice {
        Notice::Expired => ui.notice_expired(),
        Notice::Unreadable => ui.notice_unreadable(),
        Notice::Outdated => ui.notice_outdated(),
        Notice::Migrated => ui.notice_migrated(),
        Notice::Deleted => ui.notice_deleted(),
        Notice::Blocked => ui.notice_blocked(),
        Notice::Full => ui.notice_full(),
        Notice::DiarySaved => ui.diary_saved(),
        Notice::EntryDeleted => ui.diary_entry_deleted(),
        Notice::DiaryDeleted => ui.diary_deleted(),
    };
    html! {
        <p class="nlc-notice" role="status" tabindex="-1">{ text }</p>
    }
}
