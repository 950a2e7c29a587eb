//! The host contract: the element's attributes, checked against what the content offers, and
//! the events it may send the host page.
//!
//! Pure: the web crate reads the attributes and prints the warnings; this decides. An
//! unknown value falls back to the default, with one warning naming the attribute and the
//! values it allows.
//!
//! - [`attributes`]: what the element reads ([`ATTRIBUTES`]), the values each allows
//!   ([`allowed`]) and the check ([`parse`] into an [`EmbedConfig`]);
//! - [`values`]: the checked values as types ([`Theme`], [`Start`], [`Storage`]);
//! - [`events`]: what it sends ([`EVENTS`], [`EventKind`]), and which of it a host hears
//!   ([`hears`], [`Heard`]).

pub mod attributes;
pub mod events;
pub mod values;

pub use attributes::{
    allowed, parse, Attrs, EmbedConfig, Warning, ATTRIBUTES, MAX_SEND_TO, STORAGE, THEMES,
};
pub use events::{hears, EventKind, Heard, HostEvent, EVENTS, EVENT_LEVELS};
pub use values::{Start, Storage, Theme};

/// The `start` value that opens the relief mode for a cramp happening now.
pub const CRAMP_NOW: &str = "cramp-now";

#[cfg(test)]
mod tests {
    use super::*;

    /// `web/entry.js` observes exactly [`ATTRIBUTES`] and dispatches exactly [`EVENTS`]:
    /// `nlc-ready` by name and the others as `nlc-${kind}` for the kinds the view sends, which
    /// are the ones [`hears`] decides on.
    #[test]
    fn the_custom_element_observes_and_dispatches_what_is_declared_here() {
        let js = include_str!("../../web/entry.js");
        let attrs = ATTRIBUTES.map(|a| format!("'{a}'")).join(", ");
        assert!(
            js.contains(&format!("const ATTRS = [{attrs}];")),
            "entry.js ATTRS differ from embed::ATTRIBUTES"
        );
        let dispatched: Vec<&str> = js
            .match_indices("new CustomEvent(")
            .map(|(i, _)| js[i..].split([',', ')']).next().unwrap())
            .collect();
        assert_eq!(
            dispatched,
            [
                "new CustomEvent('nlc-ready'",
                "new CustomEvent(`nlc-${kind}`"
            ]
        );
        let ui = include_str!("../ui/mod.rs");
        for kind in EventKind::ALL {
            assert!(
                ui.contains(&format!("EventKind::{kind:?}")),
                "the view never sends {kind:?}"
            );
        }
    }
}
