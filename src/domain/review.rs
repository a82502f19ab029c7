//! The learner's review settings: how much they want to remember, and how
//! many new items a day.

use serde::{Deserialize, Serialize};

use super::schedule::{DEFAULT_RETENTION, retention};

pub const DEFAULT_NEW_PER_DAY: u32 = 15;
pub const MAX_NEW_PER_DAY: u32 = 50;

/// Stored as JSON under `bransjenorsk.v1.review`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReviewSettings {
    /// The share of items to still remember when they come back.
    pub retention: f64,
    /// New items a day, at most.
    pub new_per_day: u32,
}

impl Default for ReviewSettings {
    fn default() -> ReviewSettings {
        ReviewSettings {
            retention: DEFAULT_RETENTION,
            new_per_day: DEFAULT_NEW_PER_DAY,
        }
    }
}

impl ReviewSettings {
    /// The settings brought within their bounds, however they were stored.
    pub fn checked(self) -> ReviewSettings {
        ReviewSettings {
            retention: retention(self.retention),
            new_per_day: self.new_per_day.min(MAX_NEW_PER_DAY),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::schedule::MAX_RETENTION;

    #[test]
    fn settings_missing_or_out_of_bounds_are_made_sensible() {
        let read = |json| {
            serde_json::from_str::<ReviewSettings>(json)
                .unwrap()
                .checked()
        };
        assert_eq!(read("{}"), ReviewSettings::default());
        assert_eq!(
            read(r#"{"retention":2.0,"new_per_day":1000}"#),
            ReviewSettings {
                retention: MAX_RETENTION,
                new_per_day: MAX_NEW_PER_DAY
            }
        );
        assert_eq!(read(r#"{"new_per_day":5}"#).new_per_day, 5);
    }
}
