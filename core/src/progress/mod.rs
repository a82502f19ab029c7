//! The learner's progress: every item met, with its answers and its
//! memory under FSRS, and what was done on each day. Stored as JSON under
//! `bransjenorsk.v1.progress`; the format is described in README.md and
//! read back by [`stored::read`], which also brings older versions up to
//! date.
//!
//! Items are kept under their [`ItemKey`], `pack-id/item-id`, whether or
//! not their pack still has them, so progress on an item a pack drops
//! comes back if the item does.

pub mod day;
mod json;
mod key;
pub mod stored;

use std::collections::BTreeMap;

use self::day::{Day, DayLog, Days, MAX_SECONDS_PER_ANSWER};
pub use self::key::ItemKey;
use super::practice::Rating;
use super::schedule::{self, Memory};
use super::time::Millis;

/// The version of the stored format this app writes.
pub const PROGRESS_SCHEMA: u32 = 2;

/// Every item the learner has answered, and their days of practice.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub schema: u32,
    pub items: BTreeMap<ItemKey, ItemProgress>,
    pub days: Days,
}

impl Default for Progress {
    fn default() -> Progress {
        Progress {
            schema: PROGRESS_SCHEMA,
            items: BTreeMap::new(),
            days: Days::new(),
        }
    }
}

/// How an item has gone, and when it is due again.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemProgress {
    /// Times answered.
    pub seen: u32,
    /// Times answered right, with or without a slip.
    pub right: u32,
    /// The rating of the latest answer.
    pub last: StoredRating,
    /// When the latest answer was given.
    pub at: Millis,
    pub memory: Memory,
    /// Seconds spent answering it, each answer counted up to
    /// [`MAX_SECONDS_PER_ANSWER`]; not kept before reports to mentors.
    pub seconds: u32,
}

/// A rating as stored: lower-case words, stable across versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// One answer, as the player gives it.
#[derive(Clone, Copy, Debug)]
pub struct Answer<'a> {
    pub pack: &'a str,
    pub item: &'a str,
    pub rating: Rating,
    /// When it was given.
    pub at: Millis,
    /// The learner's day it was given on.
    pub day: Day,
    /// Seconds from showing the item to the answer.
    pub seconds: u32,
}

/// How far the learner is with a set of items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Answered at least once.
    pub met: usize,
    /// Last answered right.
    pub done: usize,
    /// Due for review now.
    pub due: usize,
    /// Remembered for weeks ahead (see [`Memory::is_mastered`]).
    pub mastered: usize,
}

impl Counts {
    fn add(&mut self, entry: &ItemProgress, now: Millis) {
        self.met += 1;
        self.done += usize::from(Rating::from(entry.last).is_right());
        self.due += usize::from(entry.memory.is_due(now));
        self.mastered += usize::from(entry.memory.is_mastered());
    }
}

impl Progress {
    /// Records an answer: its counts, its next review under FSRS at the
    /// learner's `retention`, and the day's log.
    pub fn record(&mut self, answer: &Answer, retention: f64) {
        let key = ItemKey::new(answer.pack, answer.item);
        let previous = self.items.get(&key);
        let memory = schedule::review(
            previous.map(|entry| &entry.memory),
            answer.rating,
            answer.at,
            retention,
        );
        let is_new = previous.is_none();
        let (seen, right, spent) =
            previous.map_or((0, 0, 0), |entry| (entry.seen, entry.right, entry.seconds));
        let seconds = answer.seconds.min(MAX_SECONDS_PER_ANSWER);
        let entry = ItemProgress {
            seen: seen.saturating_add(1),
            right: right.saturating_add(u32::from(answer.rating.is_right())),
            last: answer.rating.into(),
            at: answer.at,
            memory,
            seconds: spent.saturating_add(seconds),
        };
        self.items.insert(key, entry);
        let log = self.days.entry(day::date(answer.day)).or_default();
        log.answers = log.answers.saturating_add(1);
        log.new = log.new.saturating_add(u32::from(is_new));
        log.seconds = log.seconds.saturating_add(seconds);
    }

    pub fn item(&self, pack: &str, item: &str) -> Option<&ItemProgress> {
        self.items.get(&ItemKey::new(pack, item))
    }

    /// How `item` of `pack` went last, and when.
    pub fn last(&self, pack: &str, item: &str) -> Option<(Rating, Millis)> {
        self.item(pack, item)
            .map(|entry| (entry.last.into(), entry.at))
    }

    /// Counts over `items` (ids in `pack`); items the pack no longer has
    /// are not asked for, so not counted.
    pub fn counts_in<'a>(
        &self,
        pack: &str,
        items: impl IntoIterator<Item = &'a str>,
        now: Millis,
    ) -> Counts {
        let mut counts = Counts::default();
        for entry in items.into_iter().filter_map(|item| self.item(pack, item)) {
            counts.add(entry, now);
        }
        counts
    }

    /// Counts over every item of `pack` the learner has met: for lists
    /// that know a pack's size but not its items.
    pub fn counts_in_pack(&self, pack: &str, now: Millis) -> Counts {
        let mut counts = Counts::default();
        for entry in self.in_pack(pack) {
            counts.add(entry, now);
        }
        counts
    }

    /// Every item of `pack` the learner has met.
    pub fn in_pack(&self, pack: &str) -> impl Iterator<Item = &ItemProgress> {
        // Keys sort as strings: the pack's items come in a row from
        // `pack/`.
        self.items
            .range(ItemKey::new(pack, "")..)
            .take_while(move |(key, _)| key.pack() == Some(pack))
            .map(|(_, entry)| entry)
    }

    /// The keys of items due at `now`, in key order.
    pub fn due(&self, now: Millis) -> impl Iterator<Item = &ItemKey> {
        self.items
            .iter()
            .filter(move |(_, entry)| entry.memory.is_due(now))
            .map(|(key, _)| key)
    }

    /// What was done on `day`.
    pub fn day(&self, day: Day) -> DayLog {
        day::log(&self.days, day)
    }

    /// Takes in progress saved elsewhere (another tab, a backup): per
    /// item the latest answer wins, per day the larger counts.
    pub fn merge(&mut self, other: Progress) {
        for (key, theirs) in other.items {
            match self.items.get(&key) {
                Some(ours) if (ours.at, ours.seen) >= (theirs.at, theirs.seen) => {}
                _ => {
                    self.items.insert(key, theirs);
                }
            }
        }
        for (date, theirs) in other.days {
            let ours = self.days.entry(date).or_default();
            *ours = ours.max(theirs);
        }
    }

    /// Forgets every item of `pack` (a removed pack's, when the learner
    /// chose so); the days practised stay. Returns how many were forgotten.
    pub fn forget_pack(&mut self, pack: &str) -> usize {
        let before = self.items.len();
        self.items.retain(|key, _| key.pack() != Some(pack));
        before - self.items.len()
    }

    /// What a reset would delete: items, packs and days of practice.
    pub fn extent(&self) -> (usize, usize, usize) {
        let mut packs: Vec<&str> = self.items.keys().filter_map(ItemKey::pack).collect();
        packs.dedup();
        (self.items.len(), packs.len(), self.days.len())
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.days.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::DEFAULT_RETENTION;

    const DAY_MS: i64 = 86_400_000;
    /// 2026-11-22 09:00 UTC.
    const NOW: Millis = Millis(20_779 * DAY_MS + 9 * 3_600_000);

    fn answer(progress: &mut Progress, pack: &str, item: &str, rating: Rating, at: Millis) {
        let answer = Answer {
            pack,
            item,
            rating,
            at,
            day: day::day_at(at, 60),
            seconds: 20,
        };
        progress.record(&answer, DEFAULT_RETENTION);
    }

    #[test]
    fn a_removed_pack_can_be_forgotten_alone() {
        let mut progress = Progress::default();
        answer(&mut progress, "morgenstell", "ord-01", Rating::Good, NOW);
        answer(&mut progress, "morgenstell", "ord-02", Rating::Good, NOW);
        answer(&mut progress, "morgenstell-b1", "ord-01", Rating::Good, NOW);
        answer(&mut progress, "renhold-a1", "velg-01", Rating::Good, NOW);
        assert_eq!(progress.forget_pack("morgenstell"), 2);
        let packs: Vec<Option<&str>> = progress.items.keys().map(ItemKey::pack).collect();
        assert_eq!(packs, [Some("morgenstell-b1"), Some("renhold-a1")]);
        assert_eq!(progress.day(day::day_at(NOW, 60)).answers, 4);
        assert_eq!(progress.forget_pack("morgenstell"), 0);
    }

    #[test]
    fn answers_are_counted_per_item() {
        let mut progress = Progress::default();
        answer(&mut progress, "renhold-a1", "velg-01", Rating::Again, NOW);
        answer(
            &mut progress,
            "renhold-a1",
            "velg-01",
            Rating::Good,
            NOW + 60_000,
        );
        answer(
            &mut progress,
            "renhold-a1",
            "kort-01",
            Rating::Hard,
            NOW + 120_000,
        );
        let entry = progress.item("renhold-a1", "velg-01").unwrap();
        assert_eq!((entry.seen, entry.right, entry.at), (2, 1, NOW + 60_000));
        assert_eq!(entry.memory.reps, 2);
        assert_eq!(
            progress.last("renhold-a1", "velg-01"),
            Some((Rating::Good, NOW + 60_000))
        );
        assert_eq!(progress.last("renhold-a1", "ukjent"), None);
        assert_eq!(progress.last("annen-pakke", "velg-01"), None);
        let counts = progress.counts_in("renhold-a1", ["velg-01", "kort-01", "ny-01"], NOW);
        assert_eq!((counts.met, counts.done), (2, 2));
        answer(
            &mut progress,
            "renhold-a1",
            "kort-01",
            Rating::Again,
            NOW + 180_000,
        );
        let counts = progress.counts_in("renhold-a1", ["velg-01", "kort-01"], NOW);
        assert_eq!(counts.done, 1);
        // Another pack whose id starts the same is not counted.
        answer(&mut progress, "renhold-a1-b", "x", Rating::Good, NOW);
        answer(&mut progress, "renhold-a", "y", Rating::Good, NOW);
        assert_eq!(progress.counts_in_pack("renhold-a1", NOW).met, 2);
        assert_eq!(progress.counts_in_pack("renhold-a1-b", NOW).met, 1);
        assert_eq!(progress.counts_in_pack("ukjent", NOW), Counts::default());
    }

    #[test]
    fn each_day_logs_answers_new_items_and_time() {
        let mut progress = Progress::default();
        answer(&mut progress, "p", "a", Rating::Good, NOW);
        answer(&mut progress, "p", "a", Rating::Good, NOW + 60_000);
        let mut long = Answer {
            pack: "p",
            item: "b",
            rating: Rating::Again,
            at: NOW + 120_000,
            day: day::day_at(NOW, 60),
            seconds: 3_600,
        };
        progress.record(&long, DEFAULT_RETENTION);
        long.day = long.day + 1;
        long.seconds = 30;
        progress.record(&long, DEFAULT_RETENTION);
        let today = day::day_at(NOW, 60);
        assert_eq!(
            progress.day(today),
            DayLog {
                answers: 3,
                new: 2,
                seconds: 20 + 20 + MAX_SECONDS_PER_ANSWER
            }
        );
        assert_eq!(progress.day(today + 1).new, 0, "b was met yesterday");
        assert!(progress.days.contains_key("2026-11-22"));
    }

    #[test]
    fn items_fall_due_and_mastery_takes_weeks() {
        let mut progress = Progress::default();
        answer(&mut progress, "p", "late", Rating::Again, NOW);
        answer(&mut progress, "p", "early", Rating::Good, NOW - 2 * DAY_MS);
        answer(&mut progress, "q", "known", Rating::Easy, NOW);
        // Met two days ago, due ten minutes after; the rest not yet.
        let early = ItemKey::new("p", "early");
        assert_eq!(progress.due(NOW).collect::<Vec<_>>(), [&early]);
        let tomorrow = NOW + DAY_MS;
        let late = ItemKey::new("p", "late");
        assert_eq!(progress.due(tomorrow).collect::<Vec<_>>(), [&early, &late]);
        let counts = progress.counts_in_pack("p", tomorrow);
        assert_eq!((counts.met, counts.due, counts.mastered), (2, 2, 0));
        // Easy, then right each time it comes back: mastered within weeks.
        let mut at = NOW;
        while !progress.item("q", "known").unwrap().memory.is_mastered() {
            at = progress.item("q", "known").unwrap().memory.due;
            answer(&mut progress, "q", "known", Rating::Good, at);
        }
        assert!(at - NOW < 40 * DAY_MS, "{} days", (at - NOW) / DAY_MS);
        assert_eq!(progress.counts_in_pack("q", at).mastered, 1);
    }

    #[test]
    fn merging_keeps_the_latest_answer_per_item_and_all_days() {
        let mut phone = Progress::default();
        answer(&mut phone, "p", "a", Rating::Good, NOW);
        answer(&mut phone, "p", "b", Rating::Again, NOW + 10_000);
        let mut tablet = Progress::default();
        answer(&mut tablet, "p", "a", Rating::Again, NOW + 5_000);
        answer(&mut tablet, "p", "b", Rating::Good, NOW + 1_000);
        answer(&mut tablet, "q", "c", Rating::Good, NOW - 3 * DAY_MS);
        let mut merged = phone.clone();
        merged.merge(tablet.clone());
        assert_eq!(merged.last("p", "a"), Some((Rating::Again, NOW + 5_000)));
        assert_eq!(merged.last("p", "b"), Some((Rating::Again, NOW + 10_000)));
        assert_eq!(merged.last("q", "c"), tablet.last("q", "c"));
        assert_eq!(merged.days.len(), 2);
        // The same both ways, and merging again changes nothing.
        let mut other_way = tablet;
        other_way.merge(phone);
        assert_eq!(other_way, merged);
        let again = merged.clone();
        merged.merge(again.clone());
        assert_eq!(merged, again);
    }

    #[test]
    fn a_reset_names_what_it_deletes() {
        let mut progress = Progress::default();
        assert!(progress.is_empty());
        answer(&mut progress, "p", "a", Rating::Good, NOW);
        answer(&mut progress, "p", "b", Rating::Good, NOW);
        answer(&mut progress, "q", "c", Rating::Good, NOW + DAY_MS);
        assert_eq!(progress.extent(), (3, 2, 2));
    }
}
