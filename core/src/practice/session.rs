//! A practice session: a short run of items in which a wrong item comes
//! back a little later, and no item comes twice in a row.

use std::collections::VecDeque;

use super::Rating;
use crate::time::Millis;

/// Items in a session, about a few minutes' work.
pub const SESSION_SIZE: usize = 10;
/// How many other items come before a wrong item returns.
const RETURN_AFTER: usize = 2;
/// How often one item may return in a session.
const MAX_RETURNS: usize = 2;

/// How one attempt at an item went; `None` for what is read, not graded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attempt {
    pub item: usize,
    pub rating: Option<Rating>,
}

/// The run of a session over items known by their index in the pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    planned: usize,
    queue: VecDeque<usize>,
    attempts: Vec<Attempt>,
}

impl Session {
    pub fn new(items: Vec<usize>) -> Session {
        Session {
            planned: items.len(),
            queue: items.into(),
            attempts: Vec::new(),
        }
    }

    /// The item to show now, or `None` when the session is over.
    pub fn current(&self) -> Option<usize> {
        self.queue.front().copied()
    }

    /// Records how the current item went and moves on. A wrong answer
    /// brings the item back after a few others, while there are others.
    pub fn record(&mut self, rating: Option<Rating>) {
        let Some(item) = self.queue.pop_front() else {
            return;
        };
        self.attempts.push(Attempt { item, rating });
        let returned = self.attempts.iter().filter(|a| a.item == item).count() - 1;
        if rating == Some(Rating::Again) && returned < MAX_RETURNS && !self.queue.is_empty() {
            let at = RETURN_AFTER.min(self.queue.len());
            self.queue.insert(at, item);
        }
    }

    /// Leaves the current item out (the learner cannot do it now, such as
    /// speaking without a microphone): not counted, not returned.
    pub fn skip(&mut self) {
        let Some(item) = self.queue.pop_front() else {
            return;
        };
        if !self.attempts.iter().any(|attempt| attempt.item == item) {
            self.planned -= 1;
        }
    }

    /// Items done of those planned, for the progress bar; a returning
    /// item does not count twice.
    pub fn done(&self) -> usize {
        // Each item's first attempt; a session has a few dozen at most.
        self.attempts
            .iter()
            .enumerate()
            .filter(|&(at, attempt)| {
                !self.attempts[..at].iter().any(|a| a.item == attempt.item)
                    && !self.queue.contains(&attempt.item)
            })
            .count()
    }

    pub fn planned(&self) -> usize {
        self.planned
    }

    pub fn attempts(&self) -> &[Attempt] {
        &self.attempts
    }

    /// How the session went: first attempts count, and every item that
    /// was not right the first time is worth another look.
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        let mut first: Vec<&Attempt> = Vec::new();
        for attempt in &self.attempts {
            if !first.iter().any(|seen| seen.item == attempt.item) {
                first.push(attempt);
            }
        }
        for attempt in first {
            match attempt.rating {
                Some(Rating::Good | Rating::Easy) => summary.right += 1,
                Some(Rating::Hard) => {
                    summary.almost += 1;
                    summary.to_review.push(attempt.item);
                }
                Some(Rating::Again) => {
                    summary.wrong += 1;
                    summary.to_review.push(attempt.item);
                }
                None => summary.read += 1,
            }
        }
        summary
    }
}

/// The end of a session in numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub right: usize,
    pub almost: usize,
    pub wrong: usize,
    /// Read, not graded (culture notes).
    pub read: usize,
    /// Items to look at again, in the order they came.
    pub to_review: Vec<usize>,
}

impl Summary {
    /// Items answered, not counting notes read.
    pub fn answered(&self) -> usize {
        self.right + self.almost + self.wrong
    }
}

/// Chooses the items of a session from a pack's playable items (in pack
/// order) given how each went last (`None`: never tried): first those not
/// yet right, in pack order, then the rest, least recently done first.
pub fn plan(playable: &[usize], last: impl Fn(usize) -> Option<(Rating, Millis)>) -> Vec<usize> {
    let mut due = Vec::new();
    // (when, item), least recently done first; a pack has at most a few
    // dozen items.
    let mut done: Vec<(Millis, usize)> = Vec::new();
    for &item in playable {
        match last(item) {
            Some((rating, at)) if rating.is_right() => {
                let place = done.partition_point(|&(done_at, _)| done_at <= at);
                done.insert(place, (at, item));
            }
            _ => due.push(item),
        }
    }
    due.extend(done.into_iter().map(|(_, item)| item));
    due.truncate(SESSION_SIZE);
    due
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(session: &mut Session, ratings: &[Option<Rating>]) -> Vec<usize> {
        let mut shown = Vec::new();
        for &rating in ratings {
            shown.push(session.current().unwrap());
            session.record(rating);
        }
        shown
    }

    #[test]
    fn items_come_in_order_when_all_go_well() {
        let mut session = Session::new(vec![3, 1, 2]);
        let shown = run(&mut session, &[Some(Rating::Good); 3]);
        assert_eq!(shown, [3, 1, 2]);
        assert_eq!(session.current(), None);
        assert_eq!(session.done(), 3);
    }

    #[test]
    fn a_wrong_item_comes_back_after_two_others() {
        let mut session = Session::new(vec![0, 1, 2, 3]);
        let good = Some(Rating::Good);
        let shown = run(&mut session, &[Some(Rating::Again), good, good, good, good]);
        assert_eq!(shown, [0, 1, 2, 0, 3]);
        assert_eq!(session.current(), None);
    }

    #[test]
    fn never_the_same_item_twice_in_a_row() {
        let mut session = Session::new(vec![0, 1]);
        let again = Some(Rating::Again);
        let mut shown = Vec::new();
        while let Some(item) = session.current() {
            shown.push(item);
            session.record(again);
            assert!(shown.len() < 20, "the session must end");
        }
        assert!(shown.windows(2).all(|pair| pair[0] != pair[1]), "{shown:?}");
        // Each item returns at most twice.
        assert!(shown.iter().filter(|&&item| item == 0).count() <= 3);
    }

    #[test]
    fn the_last_item_wrong_does_not_repeat_at_once() {
        let mut session = Session::new(vec![5]);
        session.record(Some(Rating::Again));
        assert_eq!(session.current(), None);
        assert_eq!(session.summary().to_review, [5]);
    }

    #[test]
    fn progress_counts_items_not_attempts() {
        let mut session = Session::new(vec![0, 1, 2]);
        assert_eq!((session.done(), session.planned()), (0, 3));
        session.record(Some(Rating::Again));
        assert_eq!(session.done(), 0, "item 0 is still to come");
        session.record(Some(Rating::Good));
        assert_eq!(session.done(), 1);
    }

    #[test]
    fn the_summary_counts_first_attempts() {
        let mut session = Session::new(vec![0, 1, 2, 3]);
        let ratings = [
            Some(Rating::Again), // 0, returns
            None,                // 1, a note read
            Some(Rating::Hard),  // 2
            Some(Rating::Good),  // 0 again, right this time
            Some(Rating::Easy),  // 3
        ];
        run(&mut session, &ratings);
        assert_eq!(session.current(), None);
        let summary = session.summary();
        assert_eq!(
            summary,
            Summary {
                right: 1,
                almost: 1,
                wrong: 1,
                read: 1,
                to_review: vec![0, 2],
            }
        );
        assert_eq!(summary.answered(), 3);
        assert_eq!(session.attempts().len(), 5);
    }

    #[test]
    fn recording_after_the_end_does_nothing() {
        let mut session = Session::new(vec![]);
        session.record(Some(Rating::Good));
        assert!(session.attempts().is_empty());
        assert_eq!(session.summary(), Summary::default());
    }

    #[test]
    fn plans_start_with_what_is_not_yet_right() {
        let playable: Vec<usize> = (0..14).collect();
        // Items 0–5 done right (0 longest ago… 5 most recently), 6 wrong.
        let last = |item: usize| match item {
            0..=5 => Some((Rating::Good, Millis(100 - item as i64))),
            6 => Some((Rating::Again, Millis(200))),
            _ => None,
        };
        let plan = plan(&playable, last);
        assert_eq!(plan, [6, 7, 8, 9, 10, 11, 12, 13, 5, 4]);
    }

    #[test]
    fn small_packs_plan_every_item() {
        assert_eq!(plan(&[2, 4, 7], |_| None), [2, 4, 7]);
        assert!(plan(&[], |_| None).is_empty());
    }

    #[test]
    fn a_skipped_item_is_neither_counted_nor_returned() {
        let mut session = Session::new(vec![3, 5, 8]);
        session.skip();
        assert_eq!(session.planned(), 2);
        assert_eq!(session.current(), Some(5));
        session.record(Some(Rating::Again));
        session.record(Some(Rating::Good));
        assert_eq!(session.current(), Some(5));
        // An item skipped on its return still counts once.
        session.skip();
        assert_eq!(session.planned(), 2);
        assert_eq!(session.current(), None);
        assert_eq!(session.done(), 2);
        let summary = session.summary();
        assert_eq!((summary.right, summary.wrong, summary.read), (1, 1, 0));
        session.skip();
        assert_eq!(session.planned(), 2);
    }
}
