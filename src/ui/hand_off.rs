//! The hand-off buttons of the outcome page: save the answers as a FHIR file for the person's
//! doctor, and, when the host page named itself with `send-to`, send them to it. Both act only
//! on the person's press; the printed page leaves them out.

use yew::prelude::*;

use std::rc::Rc;

use super::device;
use crate::content::Bundle;
use crate::handoff::{questionnaire_response, FILE_NAME};
use crate::text::with;
use crate::triage::Session;

/// The answers given so far as a FHIR `QuestionnaireResponse` (JSON text), authored now.
fn response(b: &Bundle, session: &Session) -> String {
    questionnaire_response(b, &session.given(b), &device::now_iso())
}

/// "Save my answers for my doctor (FHIR file)" and, when `send_to` names the host,
/// "Send my answers to `<name>`", which hands the same JSON to `on_send`.
pub fn hand_off(
    b: &Rc<Bundle>,
    session: &Session,
    send_to: &str,
    on_send: &Callback<String>,
) -> Html {
    let save = {
        let (b, session) = (b.clone(), session.clone());
        move |_| device::save_file(FILE_NAME, "application/fhir+json", &response(&b, &session))
    };
    let send = {
        let (b, session, cb) = (b.clone(), session.clone(), on_send.clone());
        move |_| cb.emit(response(&b, &session))
    };
    html! {
        <>
            <button type="button" class="nlc-button nlc-button--secondary nlc-save-answers" onclick={save}>{ b.ui.save_answers() }</button>
            if !send_to.is_empty() {
                <button type="button" class="nlc-button nlc-button--secondary nlc-send-answers" onclick={send}>{ with(b.ui.send_answers(), &[("name", send_to)]) }</button>
            }
        </>
    }
}
