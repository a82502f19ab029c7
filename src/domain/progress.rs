//! The learner's progress: how each item went last, per pack. Stored as
//! JSON under `bransjenorsk.v1.progress`; the format is versioned so a
//! later version can read it (see `schema`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::practice::Rating;

/// The version of the stored format this app writes.
pub const PROGRESS_SCHEMA: u32 = 1;

/// Every item the learner has answered, under `pack-id/item-id`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub schema: u32,
    #[serde(default)]
    pub items: BTreeMap<String, ItemProgress>,
}

impl Default for Progress {
    fn default() -> Progress {
        Progress {
            schema: PROGRESS_SCHEMA,
            items: BTreeMap::new(),
        }
    }
}

/// How an item has gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemProgress {
    /// Times answered.
    pub seen: u32,
    /// Times answered right, with or without a slip.
    pub right: u32,
    /// The rating of the latest answer.
    pub last: StoredRating,
    /// When the latest answer was given, in milliseconds since 1970.
    pub at: u64,
}

/// A rating as stored: lower-case words, stable across versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoredRating {
    Again,
    Hard,
    Good,
    Easy,
}

impl From<Rating> for StoredRating {
    fn from(rating: Rating) -> StoredRating {
        match rating {
            Rating::Again => StoredRating::Again,
            Rating::Hard => StoredRating::Hard,
            Rating::Good => StoredRating::Good,
            Rating::Easy => StoredRating::Easy,
        }
    }
}

impl From<StoredRating> for Rating {
    fn from(rating: StoredRating) -> Rating {
        match rating {
            StoredRating::Again => Rating::Again,
            StoredRating::Hard => Rating::Hard,
            StoredRating::Good => Rating::Good,
            StoredRating::Easy => Rating::Easy,
        }
    }
}

fn key(pack: &str, item: &str) -> String {
    format!("{pack}/{item}")
}

impl Progress {
    /// Records an answer to `item` of `pack` at time `at`.
    pub fn record(&mut self, pack: &str, item: &str, rating: Rating, at: u64) {
        let entry = self.items.entry(key(pack, item)).or_insert(ItemProgress {
            seen: 0,
            right: 0,
            last: rating.into(),
            at,
        });
        entry.seen = entry.seen.saturating_add(1);
        if rating.is_right() {
            entry.right = entry.right.saturating_add(1);
        }
        entry.last = rating.into();
        entry.at = at;
    }

    /// How `item` of `pack` went last, and when.
    pub fn last(&self, pack: &str, item: &str) -> Option<(Rating, u64)> {
        self.items
            .get(&key(pack, item))
            .map(|entry| (entry.last.into(), entry.at))
    }

    /// How many of `items` (ids in `pack`) were last answered right.
    pub fn done_in<'a>(&self, pack: &str, items: impl IntoIterator<Item = &'a str>) -> usize {
        items
            .into_iter()
            .filter(|item| {
                self.last(pack, item)
                    .is_some_and(|(rating, _)| rating.is_right())
            })
            .count()
    }

    /// How many items of `pack` were last answered right, whichever they
    /// are: for lists that know a pack's size but not its items.
    pub fn done_in_pack(&self, pack: &str) -> usize {
        let prefix = format!("{pack}/");
        self.items
            .range(prefix.clone()..)
            .take_while(|(key, _)| key.starts_with(&prefix))
            .filter(|(_, entry)| Rating::from(entry.last).is_right())
            .count()
    }

    /// Whether this version of the app can read and write this progress.
    pub fn is_current(&self) -> bool {
        self.schema == PROGRESS_SCHEMA
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_counted_per_item() {
        let mut progress = Progress::default();
        progress.record("renhold-a1", "velg-01", Rating::Again, 10);
        progress.record("renhold-a1", "velg-01", Rating::Good, 20);
        progress.record("renhold-a1", "kort-01", Rating::Hard, 30);
        let entry = progress.items["renhold-a1/velg-01"];
        assert_eq!((entry.seen, entry.right, entry.at), (2, 1, 20));
        assert_eq!(
            progress.last("renhold-a1", "velg-01"),
            Some((Rating::Good, 20))
        );
        assert_eq!(progress.last("renhold-a1", "ukjent"), None);
        assert_eq!(progress.last("annen-pakke", "velg-01"), None);
        assert_eq!(
            progress.done_in("renhold-a1", ["velg-01", "kort-01", "ny-01"]),
            2
        );
        progress.record("renhold-a1", "kort-01", Rating::Again, 40);
        assert_eq!(progress.done_in("renhold-a1", ["velg-01", "kort-01"]), 1);
        // Another pack whose id starts the same is not counted.
        progress.record("renhold-a1-b", "x", Rating::Good, 50);
        progress.record("renhold-a", "y", Rating::Good, 50);
        assert_eq!(progress.done_in_pack("renhold-a1"), 1);
        assert_eq!(progress.done_in_pack("renhold-a1-b"), 1);
        assert_eq!(progress.done_in_pack("ukjent"), 0);
    }

    #[test]
    fn the_stored_format_is_stable() {
        let mut progress = Progress::default();
        progress.record("p", "i", Rating::Easy, 1_763_780_000_000);
        let json = serde_json::to_string(&progress).unwrap();
        assert_eq!(
            json,
            r#"{"schema":1,"items":{"p/i":{"seen":1,"right":1,"last":"easy","at":1763780000000}}}"#
        );
        let read: Progress = serde_json::from_str(&json).unwrap();
        assert_eq!(read, progress);
        assert!(read.is_current());
    }

    #[test]
    fn progress_from_a_newer_version_is_recognised() {
        let newer: Progress = serde_json::from_str(r#"{"schema":2}"#).unwrap();
        assert!(!newer.is_current());
    }
}
