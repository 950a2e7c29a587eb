//! What the element tells the host page, as DOM events `nlc-<kind>`, and which of it a host
//! hears (the `events` attribute).

use crate::content::CareLevel;

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

/// The `events` attribute: what the host page hears. Nothing set, or a value not
/// understood: [`Heard::Nothing`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Heard {
    /// No answer events (`none`).
    #[default]
    Nothing,
    /// Started, the outcome's care level, restarted (`outcome`).
    Outcome,
    /// Those and every step (`steps`).
    Steps,
}

impl Heard {
    /// The value an attribute names ([`EVENT_LEVELS`]; anything else: nothing).
    pub fn from_id(id: &str) -> Heard {
        match id {
            "outcome" => Heard::Outcome,
            "steps" => Heard::Steps,
            _ => Heard::Nothing,
        }
    }
}

/// What the widget sends (`nlc-ready` is the element's own, not the widget's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// The person began the questions.
    Started,
    /// A new screen.
    Step,
    /// An outcome, with its care level.
    Outcome,
    /// The person started again.
    Restarted,
    /// The person pressed "Send my answers to `<name>`".
    Answers,
}

impl EventKind {
    /// Every kind, in the order of [`EVENTS`] (after `ready`).
    pub const ALL: [EventKind; 5] = [
        EventKind::Started,
        EventKind::Step,
        EventKind::Outcome,
        EventKind::Restarted,
        EventKind::Answers,
    ];

    /// The event's name (`nlc-<id>` on the element).
    pub fn id(self) -> &'static str {
        match self {
            EventKind::Started => "started",
            EventKind::Step => "step",
            EventKind::Outcome => "outcome",
            EventKind::Restarted => "restarted",
            EventKind::Answers => "answers",
        }
    }
}

/// Whether a host that set `events` hears an event of this kind: `none` (or nothing set)
/// hears none; `outcome` hears `started`, `outcome` (the care level) and `restarted`;
/// `steps` hears those and every `step` too. `nlc-ready` is not an answer and always fires;
/// `answers` is sent only on the person's press, so the host always hears it.
pub fn hears(events: Heard, kind: EventKind) -> bool {
    match (events, kind) {
        (_, EventKind::Answers) | (Heard::Steps, _) => true,
        (Heard::Outcome, kind) => kind != EventKind::Step,
        (Heard::Nothing, _) => false,
    }
}

/// What the widget tells the host page (as DOM events `nlc-<kind>`). Ids and levels only:
/// never free text, and nothing a person chose beyond the care level, except `answers`,
/// which carries the answers only because the person pressed "Send my answers".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostEvent {
    /// What happened.
    pub kind: EventKind,
    /// The step id: `start`, `question:<id>`, `check-answers`, `outcome:<level>`, `panel:<id>`,
    /// `cramp-now`, `cramp-now:eased`, `diary`, `diary:form`, `diary:delete`;
    /// on `answers`, the FHIR `QuestionnaireResponse` as JSON text.
    pub step: String,
    /// The care level, on `outcome`.
    pub level: Option<CareLevel>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_hears_only_what_it_asked_for() {
        assert_eq!(EventKind::ALL.map(EventKind::id), EVENTS[1..]);
        for kind in &EventKind::ALL[..4] {
            let kind = *kind;
            assert!(!hears(Heard::Nothing, kind), "{kind:?}");
            assert!(hears(Heard::Steps, kind), "{kind:?}");
            assert_eq!(
                hears(Heard::Outcome, kind),
                kind != EventKind::Step,
                "{kind:?}"
            );
        }
        // The person pressed "Send my answers": always heard.
        assert!(hears(Heard::Nothing, EventKind::Answers));
        assert_eq!(
            EVENT_LEVELS.map(Heard::from_id),
            [Heard::Nothing, Heard::Outcome, Heard::Steps]
        );
    }
}
