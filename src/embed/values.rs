//! The checked values of the attributes that choose among a few, as types: [`parse`] turns the
//! host's strings into these once, and past it nothing compares strings again.
//!
//! [`parse`]: super::parse

use super::CRAMP_NOW;
use crate::content::PanelId;

/// The `theme` attribute. Nothing set, or a value not understood: [`Theme::Auto`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the device's setting.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order of [`THEMES`](super::THEMES).
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    /// The attribute value (also the widget's `data-theme`).
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme an attribute value names (exactly, as [`parse`](super::parse) leaves it).
    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// The `start` attribute: the screen the widget opens on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Start {
    /// The start screen (nothing set, or a value not understood).
    #[default]
    Home,
    /// The first page of questions.
    Questionnaire,
    /// The relief mode for a cramp happening now.
    CrampNow,
    /// An information panel listed for the person.
    Panel(PanelId),
}

impl Start {
    /// The screen a checked attribute value names (`""`, or a panel id the content does not
    /// have: the start screen).
    pub fn from_id(id: &str) -> Start {
        match id {
            "questionnaire" => Start::Questionnaire,
            CRAMP_NOW => Start::CrampNow,
            panel => PanelId::from_id(panel).map_or(Start::Home, Start::Panel),
        }
    }
}

/// The `storage` attribute. Nothing set: [`Storage::On`] (the person may choose to keep
/// things; nothing is kept unless they do).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Storage {
    /// Keeping answers or a diary is offered.
    #[default]
    On,
    /// Nothing is kept, read or offered (for hosts whose policy forbids any storage).
    Off,
}

impl Storage {
    /// The value an attribute names (`off`, or anything else: on).
    pub fn from_id(id: &str) -> Storage {
        match id {
            "off" => Storage::Off,
            _ => Storage::On,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_types_name_exactly_the_values_the_check_allows() {
        assert_eq!(Theme::ALL.map(Theme::id), super::super::THEMES);
        assert_eq!(
            super::super::STORAGE.map(Storage::from_id),
            [Storage::On, Storage::Off]
        );
        assert_eq!(Start::from_id(CRAMP_NOW), Start::CrampNow);
        assert_eq!(Start::from_id("quinine"), Start::Panel(PanelId::Quinine));
        assert_eq!(Start::from_id(""), Start::Home);
        assert_eq!(Start::from_id("no-such-panel"), Start::Home);
        assert_eq!(Theme::from_id(""), None);
    }
}
