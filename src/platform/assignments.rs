//! Assignments and reports kept in this browser, under
//! `bransjenorsk.v1.assignments` (a learner's) and `bransjenorsk.v1.mentor`
//! (a mentor's), in the shelf format of `bransjenorsk_core::assignment::shelf`,
//! and the name the learner last put on a report.
//! Every change reads the stored shelf afresh first, so two tabs never
//! undo each other's changes.

use super::storage::{self, StorageError, StoreKey};
use bransjenorsk_core::assignment::shelf::Shelf;

/// Whose shelf: the learner's or the mentor's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose {
    /// The learner's accepted assignments.
    Learner,
    /// The mentor's assignments and the reports they received.
    Mentor,
}

impl Whose {
    const fn key(self) -> StoreKey {
        match self {
            Whose::Learner => StoreKey::Assignments,
            Whose::Mentor => StoreKey::Mentor,
        }
    }
}

/// The shelf of `whose`; empty if there is none.
pub fn load(whose: Whose) -> Result<Shelf, StorageError> {
    Ok(Shelf::read(
        &storage::get_raw(whose.key())?.unwrap_or_default(),
    ))
}

/// Changes the stored shelf with `change`, which says whether it changed
/// anything; stores it if so. The shelf as it now is.
pub fn update(
    whose: Whose,
    change: impl FnOnce(&mut Shelf) -> bool,
) -> Result<Shelf, StorageError> {
    let mut shelf = load(whose)?;
    if change(&mut shelf) {
        storage::set_raw(whose.key(), &shelf.write())?;
    }
    Ok(shelf)
}

/// The name the learner put on their last report, to offer again; empty
/// if there is none or it cannot be read.
pub fn learner_name() -> String {
    storage::get::<String>(StoreKey::LearnerName)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Remembers the name the learner put on a report.
pub fn remember_learner_name(name: &str) -> Result<(), StorageError> {
    storage::set(StoreKey::LearnerName, name)
}
