//! The widget's side of keeping things on the device: what is found there at start, and
//! writing or deleting the kept answers and the diary after the person's actions. The state
//! only says what should be kept ([`State::keep`], [`State::forget`], [`State::diary_rev`]);
//! these effects do the storing, and report a blocked or full storage back as an action.
//! With storage off (the host's `storage="off"`) nothing here reads or writes anything.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{DiaryState, Found, Notice, State};
use super::{device, store, Action};
use crate::content::Bundle;
use crate::diary::Diary;
use crate::saved::{self, Read};

/// What is kept on the device, read once at start: kept answers to offer (expired, broken or
/// outdated ones are deleted and the person is told), and the diary (old entries deleted by
/// its retention setting; a broken diary is left untouched).
fn find(b: &Bundle, now: f64) -> Found {
    let (mut offer, mut notice) = (None, None);
    if let Ok(Some(text)) = store::read(store::ANSWERS) {
        match saved::read(b, &text, now) {
            Read::Resume(r) => offer = Some(r),
            other => {
                store::remove(store::ANSWERS);
                notice = Some(match other {
                    Read::Expired => Notice::Expired,
                    Read::Outdated => Notice::Outdated,
                    _ => Notice::Unreadable,
                });
            }
        }
    }
    let diary = match store::read(store::DIARY) {
        Ok(Some(text)) => match Diary::read(&text) {
            Some(d) => {
                let (d, gone) = d.pruned(now);
                if gone > 0 {
                    let _ = store::write(store::DIARY, &d.write());
                }
                DiaryState::On(Rc::new(d))
            }
            None => DiaryState::Unreadable,
        },
        _ => DiaryState::Off,
    };
    Found {
        offer,
        notice,
        diary,
    }
}

/// Keeps the device in step with the state (only when `enabled`).
#[hook]
pub fn use_kept(state: &UseReducerHandle<State>, enabled: bool) {
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if enabled {
                state.dispatch(Action::Found(find(&state.bundle, device::now_ms())));
            }
        });
    }
    {
        let st = state.clone();
        use_effect_with(
            (state.session.clone(), state.keep),
            move |(session, keep)| {
                if enabled && *keep {
                    let text = saved::write(&st.bundle, session, device::now_ms());
                    if let Err(p) = store::write(store::ANSWERS, &text) {
                        st.dispatch(Action::StorageFailed(p));
                    }
                }
            },
        );
    }
    use_effect_with(state.forget, move |n| {
        if enabled && *n > 0 {
            store::remove(store::ANSWERS);
        }
    });
    {
        let st = state.clone();
        use_effect_with(state.diary_rev, move |n| {
            if enabled && *n > 0 {
                match &st.diary {
                    DiaryState::On(d) => {
                        if let Err(p) = store::write(store::DIARY, &d.write()) {
                            st.dispatch(Action::StorageFailed(p));
                        }
                    }
                    _ => store::remove(store::DIARY),
                }
            }
        });
    }
}
