//! How urgently a person should get care: the scale every rule and outcome is on.

use serde::{Deserialize, Serialize};

/// How urgently a person should get care. Ordered least urgent first, so the most urgent level
/// reached is simply the `max()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CareLevel {
    /// Look after yourself at home.
    SelfCare,
    /// Book an appointment with your doctor.
    Routine,
    /// Get medical help today.
    Urgent,
    /// Call the emergency number now.
    Emergency,
}

impl CareLevel {
    /// Every level, least urgent first.
    pub const ALL: [CareLevel; 4] = [
        CareLevel::SelfCare,
        CareLevel::Routine,
        CareLevel::Urgent,
        CareLevel::Emergency,
    ];

    /// The stable id used in content files, scenarios, events and CSS classes.
    pub fn id(self) -> &'static str {
        match self {
            CareLevel::SelfCare => "self-care",
            CareLevel::Routine => "routine",
            CareLevel::Urgent => "urgent",
            CareLevel::Emergency => "emergency",
        }
    }

    /// Parses [`CareLevel::id`].
    pub fn from_id(id: &str) -> Option<CareLevel> {
        CareLevel::ALL.into_iter().find(|l| l.id() == id)
    }
}
