//! Keeping things on the device, for the widget's state: what is found there when the guide
//! starts ([`find`]), and, after each action, writing or deleting the kept answers and the
//! diary as the new state says ([`sync`]). The reducer calls both directly rather than
//! through Yew effects (each effect costs kilobytes of wasm, and a write that fails is then
//! answered in the same step). With storage off (the host's `storage="off"`) neither is
//! called: nothing is read or written.

use std::rc::Rc;

use super::state::{DiaryState, Notice, State};
use super::store::{self, Problem};
use crate::content::Bundle;
use crate::diary::Diary;
use crate::saved::{self, Read};

/// What is kept on the device, read once at start, into the first state: kept answers to
/// offer (expired, broken or outdated ones are deleted and the person is told), and the diary
/// (old entries deleted by its retention setting; a broken diary is left untouched).
pub fn find(s: &mut State, b: &Bundle, now: f64) {
    if let Ok(Some(text)) = store::read(store::ANSWERS) {
        match saved::read(b, &text, now) {
            Read::Resume(r) => s.offer = Some(Rc::new(r)),
            other => {
                store::remove(store::ANSWERS);
                s.notice = Some(match other {
                    Read::Expired => Notice::Expired,
                    Read::Outdated => Notice::Outdated,
                    _ => Notice::Unreadable,
                });
            }
        }
    }
    s.diary = match store::read(store::DIARY) {
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
}

/// Brings the device in step with the state `s` that follows `old`: the answers while they
/// are kept, their deletion when asked, the diary when the person changed it. A storage that
/// refuses turns keeping off and says why (a blocked one also closes the diary).
pub fn sync(old: &State, s: &mut State, now: f64) {
    let mut failed = None;
    if s.keep && (!old.keep || s.session != old.session) {
        let text = saved::write(crate::content::structure(), &s.session, now);
        failed = store::write(store::ANSWERS, &text).err();
    }
    if s.forget != old.forget {
        store::remove(store::ANSWERS);
    }
    if s.diary_rev != old.diary_rev {
        match &s.diary {
            DiaryState::On(d) => failed = failed.or(store::write(store::DIARY, &d.write()).err()),
            _ => store::remove(store::DIARY),
        }
    }
    if let Some(problem) = failed {
        s.keep = false;
        s.notice = Some(match problem {
            Problem::Blocked => Notice::Blocked,
            Problem::Full => Notice::Full,
        });
        if problem == Problem::Blocked {
            s.diary = DiaryState::Off;
        }
        s.attention += 1;
    }
}
