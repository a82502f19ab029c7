//! When each item comes back: its memory state under FSRS (the `rs-fsrs`
//! crate, default parameters), with the clock passed in so every step can
//! be tested natively. Times are milliseconds since 1970 (UTC), as the
//! browser gives them.

use chrono::{DateTime, Utc};
use rs_fsrs::{Card, FSRS, Parameters, Rating as Grade, State};

use super::practice::Rating;
use super::time::Millis;

/// The share of items a learner should still remember when they come
/// back; the learner may set it between the bounds.
pub const DEFAULT_RETENTION: f64 = 0.9;
pub const MIN_RETENTION: f64 = 0.8;
pub const MAX_RETENTION: f64 = 0.95;

/// Where an item is in learning it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    New,
    /// Seen, coming back within minutes.
    Learning,
    /// Learned, coming back after days.
    Review,
    /// Forgotten after it was learned, coming back within minutes.
    Relearning,
}

/// What the scheduler knows of one item. Stored as a JSON array:
/// `[due, last, stability, difficulty, reps, lapses, phase]`, times in
/// milliseconds, stability in days, rounded to four decimals.
#[derive(Clone, Debug, PartialEq)]
pub struct Memory {
    /// When the item is due again.
    pub due: Millis,
    /// When it was last reviewed.
    pub last: Millis,
    pub stability: f64,
    pub difficulty: f64,
    pub reps: u32,
    pub lapses: u32,
    pub phase: Phase,
}

/// Stability counted as mastered: the item is expected to be remembered
/// three weeks on.
pub const MASTERED_DAYS: f64 = 21.0;

impl Memory {
    pub fn is_due(&self, now: Millis) -> bool {
        self.due <= now
    }

    pub fn is_mastered(&self) -> bool {
        self.phase == Phase::Review && self.stability >= MASTERED_DAYS
    }
}

/// A retention setting brought within its bounds; anything unreadable is
/// the default.
pub fn retention(value: f64) -> f64 {
    if value.is_nan() {
        DEFAULT_RETENTION
    } else {
        value.clamp(MIN_RETENTION, MAX_RETENTION)
    }
}

/// The memory after a review rated `rating` at `now`; `memory` is `None`
/// for an item met for the first time. A clock that went back (another
/// device, a changed date) counts as no time passed.
pub fn review(memory: Option<&Memory>, rating: Rating, now: Millis, target: f64) -> Memory {
    let parameters = Parameters {
        request_retention: retention(target),
        ..Parameters::default()
    };
    let (card, now) = match memory {
        Some(memory) => (card(memory), now.max(memory.last)),
        None => (
            Card {
                due: time(now),
                last_review: time(now),
                ..Card::default()
            },
            now,
        ),
    };
    let next = FSRS::new(parameters)
        .next(card, time(now), grade(rating))
        .card;
    Memory {
        due: Millis(next.due.timestamp_millis()),
        last: Millis(next.last_review.timestamp_millis()),
        stability: round(next.stability),
        difficulty: round(next.difficulty),
        reps: next.reps.max(0) as u32,
        lapses: next.lapses.max(0) as u32,
        phase: match next.state {
            State::New => Phase::New,
            State::Learning => Phase::Learning,
            State::Review => Phase::Review,
            State::Relearning => Phase::Relearning,
        },
    }
}

fn card(memory: &Memory) -> Card {
    Card {
        due: time(memory.due),
        last_review: time(memory.last),
        stability: memory.stability,
        difficulty: memory.difficulty,
        reps: memory.reps.min(i32::MAX as u32) as i32,
        lapses: memory.lapses.min(i32::MAX as u32) as i32,
        // Both are worked out afresh by the scheduler.
        elapsed_days: 0,
        scheduled_days: 0,
        state: match memory.phase {
            Phase::New => State::New,
            Phase::Learning => State::Learning,
            Phase::Review => State::Review,
            Phase::Relearning => State::Relearning,
        },
    }
}

/// Four decimals are plenty for scheduling and keep stored progress short.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

fn time(millis: Millis) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(millis.0).unwrap_or_default()
}

fn grade(rating: Rating) -> Grade {
    match rating {
        Rating::Again => Grade::Again,
        Rating::Hard => Grade::Hard,
        Rating::Good => Grade::Good,
        Rating::Easy => Grade::Easy,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: i64 = 60_000;
    const DAY: i64 = 24 * 60 * MINUTE;
    /// 2026-01-05 08:00 UTC.
    const START: Millis = Millis(1_767_600_000_000);

    /// One review: when, the rating, then the expected time until due,
    /// phase and stability (in days).
    struct Step(Millis, Rating, i64, Phase, f64);

    /// Good, Good, Good, Again, Good, Hard on given days, from a new item.
    /// The first two steps follow FSRS-5 by hand: a new item rated Good
    /// starts with stability w2 = 3.1262 days and a 10-minute learning
    /// step; graduating multiplies it by e^(w17·w18) = 1.3918, giving 4.351
    /// days, which at 90% retention is the interval itself, rounded to 4.
    #[test]
    fn a_golden_sequence_of_reviews_gives_these_due_dates() {
        let steps = [
            Step(START, Rating::Good, 10 * MINUTE, Phase::Learning, 3.1262),
            Step(
                START + 10 * MINUTE,
                Rating::Good,
                4 * DAY,
                Phase::Review,
                4.3510,
            ),
            Step(
                START + 4 * DAY + 10 * MINUTE,
                Rating::Good,
                15 * DAY,
                Phase::Review,
                14.9487,
            ),
            Step(
                START + 19 * DAY + 10 * MINUTE,
                Rating::Again,
                5 * MINUTE,
                Phase::Relearning,
                2.7011,
            ),
            Step(
                START + 19 * DAY + 15 * MINUTE,
                Rating::Good,
                4 * DAY,
                Phase::Review,
                3.7594,
            ),
            Step(
                START + 30 * DAY,
                Rating::Hard,
                7 * DAY,
                Phase::Review,
                7.4973,
            ),
        ];
        let mut memory: Option<Memory> = None;
        for (index, Step(now, rating, until_due, phase, stability)) in steps.into_iter().enumerate()
        {
            let next = review(memory.as_ref(), rating, now, DEFAULT_RETENTION);
            assert_eq!(next.due - now, until_due, "step {index}");
            assert_eq!(next.last, now, "step {index}");
            assert_eq!(next.phase, phase, "step {index}");
            assert!(
                (next.stability - stability).abs() < 1e-3,
                "step {index}: {}",
                next.stability
            );
            assert_eq!(next.reps as usize, index + 1);
            assert_eq!(next.lapses, u32::from(index >= 3));
            memory = Some(next);
        }
        // 2026-02-11 08:00 UTC.
        assert_eq!(memory.unwrap().due, Millis(1_770_796_800_000));
    }

    fn reviewed(ratings: &[Rating], target: f64) -> Memory {
        let mut memory: Option<Memory> = None;
        let mut now = START;
        for &rating in ratings {
            let next = review(memory.as_ref(), rating, now, target);
            now = next.due;
            memory = Some(next);
        }
        memory.unwrap()
    }

    #[test]
    fn a_higher_retention_brings_items_back_sooner() {
        let goods = [Rating::Good; 5];
        let low = reviewed(&goods, MIN_RETENTION);
        let default = reviewed(&goods, DEFAULT_RETENTION);
        let high = reviewed(&goods, MAX_RETENTION);
        let interval = |m: &Memory| m.due - m.last;
        assert!(interval(&low) > interval(&default));
        assert!(interval(&default) > interval(&high));
    }

    #[test]
    fn easy_comes_back_later_than_good_and_again_soonest() {
        let first = |rating| review(None, rating, START, DEFAULT_RETENTION).due;
        assert!(first(Rating::Again) < first(Rating::Hard));
        assert!(first(Rating::Hard) < first(Rating::Good));
        assert!(first(Rating::Good) < first(Rating::Easy));
        assert!(first(Rating::Easy) - START >= DAY);
    }

    #[test]
    fn a_clock_that_went_back_counts_as_no_time_passed() {
        let learned = reviewed(&[Rating::Good, Rating::Good], DEFAULT_RETENTION);
        let earlier = review(Some(&learned), Rating::Good, learned.last - 30 * DAY, 0.9);
        let same = review(Some(&learned), Rating::Good, learned.last, 0.9);
        assert_eq!(earlier, same);
        assert!(earlier.due > learned.last);
    }

    #[test]
    fn retention_stays_within_its_bounds() {
        assert_eq!(retention(0.5), MIN_RETENTION);
        assert_eq!(retention(1.0), MAX_RETENTION);
        assert_eq!(retention(0.85), 0.85);
        assert_eq!(retention(f64::NAN), DEFAULT_RETENTION);
        assert_eq!(retention(f64::INFINITY), MAX_RETENTION);
    }

    #[test]
    fn due_is_due_from_its_moment_on() {
        let memory = review(None, Rating::Good, START, DEFAULT_RETENTION);
        assert!(!memory.is_due(memory.due - 1));
        assert!(memory.is_due(memory.due));
    }

    #[test]
    fn memory_is_stored_as_a_short_array() {
        let memory = reviewed(
            &[Rating::Good, Rating::Good, Rating::Again],
            DEFAULT_RETENTION,
        );
        let json = crate::json::to_string(&memory);
        assert!(
            json.starts_with('[') && json.ends_with(",\"relearning\"]"),
            "{json}"
        );
        assert!(json.len() < 70, "{json}");
        let back: Memory = crate::json::from_str(&json).unwrap();
        assert_eq!(back, memory);
        let fixed = r#"[1770796800000,1770192000000,3.7594,5.3107,5,1,"review"]"#;
        let read: Memory = crate::json::from_str(fixed).unwrap();
        assert_eq!(
            (read.due, read.stability, read.lapses),
            (Millis(1_770_796_800_000), 3.7594, 1)
        );
        assert_eq!(crate::json::to_string(&read), fixed);
    }

    #[test]
    fn mastered_means_three_weeks_of_stability_in_review() {
        let mut memory = review(None, Rating::Good, START, DEFAULT_RETENTION);
        assert!(!memory.is_mastered());
        memory.stability = 25.0;
        assert!(!memory.is_mastered(), "still learning");
        memory.phase = Phase::Review;
        assert!(memory.is_mastered());
    }
}
