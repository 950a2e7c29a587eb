//! What the element tells the host page, as DOM events `nlc-<kind>`, and which of it a host
//! hears (the `events` attribute).

/// The values of the `events` attribute, least revealing first. The default (none) is the
/// private one: the order of `nlc-step` events gives red-flag answers away (a question
/// followed at once by an emergency outcome means "yes"), so a host asks for them.
pub const EVENT_LEVELS: [&str; 3] = ["none", "outcome", "steps"];

/// The events the element dispatches, as DOM events `nlc-<kind>`: `ready` always (it is not
/// an answer); `answers` only when the person presses "Send my answers to `<name>`" (their own
/// act, so whatever `events` says); the others only as [`hears`] allows. `web/entry.js` dispatches exactly these
/// (a test checks it, and the Custom Elements Manifest lists them from here).
pub const EVENTS: [&str; 6] = [
    "ready",
    "started",
    "step",
    "outcome",
    "restarted",
    "answers",
];

/// Whether a host that set `events` hears an event of this kind: `none` (or nothing set)
/// hears none; `outcome` hears `started`, `outcome` (the care level) and `restarted`;
/// `steps` hears those and every `step` too. `nlc-ready` is not an answer and always fires;
/// `answers` is sent only on the person's press, so the host always hears it.
pub fn hears(events: &str, kind: &str) -> bool {
    if kind == "answers" {
        return true;
    }
    match events {
        "steps" => true,
        "outcome" => kind != "step",
        _ => false,
    }
}

/// What the widget tells the host page (as DOM events `nlc-<kind>`). Ids and levels only:
/// never free text, and nothing a person chose beyond the care level, except `answers`,
/// which carries the answers only because the person pressed "Send my answers".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostEvent {
    /// `started`, `step`, `outcome`, `restarted`, or `answers` (the person pressed send).
    pub kind: &'static str,
    /// The step id: `start`, `question:<id>`, `check-answers`, `outcome:<level>`, `panel:<id>`,
    /// `cramp-now`, `cramp-now:eased`, `diary`, `diary:form`, `diary:delete`;
    /// on `answers`, the FHIR `QuestionnaireResponse` as JSON text.
    pub step: String,
    /// The care level, on `outcome`.
    pub level: Option<&'static str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_hears_only_what_it_asked_for() {
        for kind in &EVENTS[1..5] {
            let kind = *kind;
            assert!(!hears("", kind) && !hears("none", kind), "{kind}");
            assert!(hears("steps", kind), "{kind}");
            assert_eq!(hears("outcome", kind), kind != "step", "{kind}");
        }
        // The person pressed "Send my answers": always heard.
        assert!(hears("", "answers") && hears("none", "answers"));
    }
}
