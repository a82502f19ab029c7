//! Review across packs: the learner's settings (how much to remember, new
//! items a day) and what a review session holds.

use super::assignment::shelf::Shelf;
use super::json::{FromJson, ToJson, Value, Writer};
use super::progress::day::Day;
use super::progress::{ItemKey, Progress};
use super::schedule::{DEFAULT_RETENTION, retention};
use super::time::Millis;

pub const DEFAULT_NEW_PER_DAY: u32 = 15;
pub const MAX_NEW_PER_DAY: u32 = 50;

/// Stored as JSON under `bransjenorsk.v1.review`.
#[derive(Clone, Copy, Debug, PartialEq)]
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

/// A setting that is missing is its default.
impl FromJson for ReviewSettings {
    fn from_json(value: &Value) -> Option<ReviewSettings> {
        value.as_object()?;
        let default = ReviewSettings::default();
        Some(ReviewSettings {
            retention: match value.get("retention") {
                None => default.retention,
                Some(retention) => retention.as_f64()?,
            },
            new_per_day: match value.get("new_per_day") {
                None => default.new_per_day,
                Some(count) => count.as_u32()?,
            },
        })
    }
}

impl ToJson for ReviewSettings {
    fn to_json(&self, out: &mut Writer) {
        out.begin_object();
        out.member("retention", &self.retention);
        out.member("new_per_day", &self.new_per_day);
        out.end_object();
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

/// The packs a review draws from, by id, each once: those the learner's
/// mentors assigned, in the order the assignments were accepted, then
/// every pack the learner has begun.
pub fn sources<'a>(shelf: &'a Shelf, progress: &'a Progress) -> Vec<&'a str> {
    let assigned = shelf
        .assignments()
        .flat_map(|(_, a)| a.packs.iter().map(|pack| pack.id.as_str()));
    let begun = progress.items.keys().filter_map(ItemKey::pack);
    let mut ids: Vec<&str> = Vec::new();
    for id in assigned.chain(begun) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Items in one review session at most; another can follow.
pub const REVIEW_SIZE: usize = 20;

/// A review session: the items due, longest overdue first, taking turns
/// between packs; then, while there is room, new items from the packs the
/// learner is working on, up to `new_left`. Both lists hold `(pack, item)`
/// in the order they should come within their pack.
pub fn plan<T>(due: Vec<(String, T)>, new: Vec<(String, T)>, new_left: usize) -> Vec<T> {
    let mut session = Vec::new();
    fill(&mut session, due, new, new_left);
    session
}

/// Adds to `session` what is due, then new items up to `new_left`, while
/// there is room; how many new items it added.
fn fill<T>(
    session: &mut Vec<T>,
    due: Vec<(String, T)>,
    new: Vec<(String, T)>,
    new_left: usize,
) -> usize {
    let room = REVIEW_SIZE.saturating_sub(session.len());
    session.extend(interleave(due).into_iter().take(room));
    let room = REVIEW_SIZE.saturating_sub(session.len());
    let before = session.len();
    session.extend(interleave(new).into_iter().take(new_left.min(room)));
    session.len() - before
}

/// The items of a review session from the packs the learner is working
/// on, each given as its id and its items' ids: `(pack, item)` indexes.
/// Items a mentor assigned (`assigned`) come first, due and new, then the
/// rest.
pub fn session(
    progress: &Progress,
    packs: &[(&str, Vec<&str>)],
    now: Millis,
    settings: ReviewSettings,
    today: Day,
    assigned: impl Fn(&str, &str) -> bool,
) -> Vec<(usize, usize)> {
    // [assigned, the rest], each (due, new).
    let mut tiers = [(Vec::new(), Vec::new()), (Vec::new(), Vec::new())];
    for (p, (pack, items)) in packs.iter().enumerate() {
        for (i, item) in items.iter().enumerate() {
            let (due, new) = &mut tiers[usize::from(!assigned(pack, item))];
            match progress.item(pack, item) {
                Some(entry) if entry.memory.is_due(now) => {
                    due.push((entry.memory.due, (*pack).to_owned(), (p, i)));
                }
                Some(_) => {}
                None => new.push(((*pack).to_owned(), (p, i))),
            }
        }
    }
    let new_today = progress.day(today).new as usize;
    let mut new_left = (settings.new_per_day as usize).saturating_sub(new_today);
    let mut session = Vec::new();
    for (mut due, new) in tiers {
        // Indexes grow in the order met, so ties keep that order as a
        // stable sort would; the unstable sort is smaller code.
        due.sort_unstable_by_key(|&(at, _, item)| (at, item));
        let due = due
            .into_iter()
            .map(|(_, pack, item)| (pack, item))
            .collect();
        new_left -= fill(&mut session, due, new, new_left);
    }
    session
}

/// One item from each pack in turn, each pack's in their order; packs
/// take turns in the order they first appear.
fn interleave<T>(items: Vec<(String, T)>) -> Vec<T> {
    let mut packs: Vec<(String, std::collections::VecDeque<T>)> = Vec::new();
    for (pack, item) in items {
        match packs.iter_mut().find(|(id, _)| *id == pack) {
            Some((_, queue)) => queue.push_back(item),
            None => packs.push((pack, [item].into())),
        }
    }
    let mut out = Vec::new();
    while packs.iter().any(|(_, queue)| !queue.is_empty()) {
        for (_, queue) in &mut packs {
            out.extend(queue.pop_front());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::MAX_RETENTION;

    fn items(list: &[(&str, u32)]) -> Vec<(String, u32)> {
        list.iter()
            .map(|&(pack, item)| (pack.to_owned(), item))
            .collect()
    }

    #[test]
    fn due_items_from_all_packs_take_turns_then_new_ones_come() {
        let due = items(&[
            ("a", 1),
            ("a", 2),
            ("a", 3),
            ("b", 10),
            ("c", 20),
            ("b", 11),
        ]);
        let new = items(&[("a", 4), ("a", 5), ("b", 12)]);
        assert_eq!(plan(due, new, 2), [1, 10, 20, 2, 11, 3, 4, 12]);
    }

    #[test]
    fn a_session_takes_what_is_due_then_new_items_up_to_todays_limit() {
        use crate::practice::Rating;
        use crate::progress::Answer;
        const DAY_MS: i64 = 86_400_000;
        let today = Day(20_779);
        let now = Millis(today.0 * DAY_MS + 12 * 3_600_000);
        let mut progress = Progress::default();
        let mut answer = |pack, item, rating, at: Millis, day| {
            let answer = Answer {
                pack,
                item,
                rating,
                at,
                day,
                seconds: 10,
            };
            progress.record(&answer, DEFAULT_RETENTION);
        };
        // Two days ago; due ten minutes later, so due now.
        answer("a", "1", Rating::Good, now - 2 * DAY_MS, today - 2);
        answer("b", "1", Rating::Good, now - 2 * DAY_MS + 1, today - 2);
        // Known well today: not due.
        answer("a", "2", Rating::Easy, now - 1_000, today);
        // A dropped item's progress is kept but not asked for.
        answer("a", "gone", Rating::Again, now - DAY_MS, today - 1);
        let packs = [("a", vec!["1", "2", "3", "4"]), ("b", vec!["1", "2"])];
        let settings = ReviewSettings {
            new_per_day: 3,
            ..ReviewSettings::default()
        };
        // One new item met today already: two more.
        assert_eq!(
            session(&progress, &packs, now, settings, today, |_, _| false),
            [(0, 0), (1, 0), (0, 2), (1, 1)]
        );
        // Pack b's item 2 assigned by a mentor: it comes first, and takes
        // one of the day's new items; b's due item follows a's.
        assert_eq!(
            session(&progress, &packs, now, settings, today, |p, i| (p, i)
                == ("b", "2")),
            [(1, 1), (0, 0), (1, 0), (0, 2)]
        );
        // Tomorrow the limit starts again.
        let tomorrow = session(
            &progress,
            &packs,
            now + DAY_MS,
            settings,
            today + 1,
            |_, _| false,
        );
        assert_eq!(tomorrow.len(), 2 + 3);
        assert!(tomorrow.contains(&(0, 3)));
    }

    #[test]
    fn a_review_draws_from_assigned_packs_first_then_begun_ones() {
        use crate::assignment::{AssignedPack, Assignment, Shared};
        use crate::practice::Rating;
        use crate::progress::Answer;

        let assignment = |packs: &[&str]| Assignment {
            from: "Ingrid".into(),
            note: String::new(),
            made: Day(20_788),
            due: None,
            packs: packs
                .iter()
                .map(|id| AssignedPack {
                    id: (*id).into(),
                    items: vec![],
                    source: None,
                })
                .collect(),
        };
        let mut shelf = Shelf::default();
        assert!(shelf.keep(Millis(1), Shared::Assignment(assignment(&["b", "a"]))));
        assert!(shelf.keep(Millis(2), Shared::Assignment(assignment(&["a", "d"]))));
        let mut progress = Progress::default();
        for (pack, item) in [("c", "1"), ("a", "1"), ("c", "2"), ("e", "1")] {
            let answer = Answer {
                pack,
                item,
                rating: Rating::Good,
                at: Millis(0),
                day: Day(0),
                seconds: 0,
            };
            progress.record(&answer, 0.9);
        }
        assert_eq!(sources(&shelf, &progress), ["b", "a", "d", "c", "e"]);
        assert_eq!(
            sources(&Shelf::default(), &Progress::default()),
            Vec::<&str>::new()
        );
        assert!(shelf.assigns("d", "any"));
        assert!(!shelf.assigns("c", "1"));
    }

    #[test]
    fn the_daily_new_limit_and_session_size_hold() {
        let new = items(&[("a", 1), ("a", 2), ("a", 3)]);
        assert_eq!(plan(Vec::new(), new.clone(), 0), Vec::<u32>::new());
        assert_eq!(plan(Vec::new(), new, 2), [1, 2]);
        let many: Vec<(String, u32)> = (0..30).map(|i| (format!("p{}", i % 3), i)).collect();
        let session = plan(many, items(&[("a", 99)]), 15);
        assert_eq!(session.len(), REVIEW_SIZE);
        assert!(!session.contains(&99), "no room for new items");
        // Never the same pack twice in a row while others have items.
        let packs: Vec<u32> = session.iter().map(|i| i % 3).collect();
        assert!(packs.windows(2).all(|w| w[0] != w[1]), "{packs:?}");
    }

    #[test]
    fn settings_missing_or_out_of_bounds_are_made_sensible() {
        let read = |json| {
            crate::json::from_str::<ReviewSettings>(json)
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
