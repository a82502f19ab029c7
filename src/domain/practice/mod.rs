//! Practising: grading answers, the help a level gives, glosses for
//! Norwegian words and the run of a session. Pure, so it is tested natively.

pub mod gloss;
pub mod grade;
pub mod outcome;
pub mod session;
pub mod support;

/// How well an item went, in the terms review scheduling uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    /// Wrong, or not known: it comes back soon.
    Again,
    /// Right with a slip or with effort.
    Hard,
    /// Right.
    Good,
    /// Right without effort (a flashcard the learner knew at once).
    Easy,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    /// Whether the item was answered right, with or without a slip.
    pub fn is_right(self) -> bool {
        self != Rating::Again
    }
}
