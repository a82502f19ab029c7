//! Assignments and reports kept in this browser, under
//! `bransjenorsk.v1.assignments` (a learner's) and `bransjenorsk.v1.mentor`
//! (a mentor's), in the shelf format of `bransjenorsk_core::assignment::shelf`,
//! and the name the learner last put on a report.
//! Every change reads the stored shelf afresh first, so two tabs never
//! undo each other's changes.

use super::storage::{self, Guarded, StorageError, StoreKey, Unreadable};
use bransjenorsk_core::assignment::shelf::Shelf;
use bransjenorsk_core::storage::read;

/// Whose shelf: the learner's or the mentor's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose {
    /// The learner's accepted assignments.
    Learner,
    /// The mentor's assignments and the reports they received.
    Mentor,
}

impl Whose {
    pub const fn value(self) -> Guarded {
        match self {
            Whose::Learner => Guarded::Assignments,
            Whose::Mentor => Guarded::Mentor,
        }
    }

    const fn key(self) -> StoreKey {
        self.value().key()
    }
}

/// The shelf of `whose`; empty if there is none. Lines that cannot be
/// read stay as they are, and are set aside for the person to see.
pub fn load(whose: Whose) -> Result<Shelf, StorageError> {
    let shelf = Shelf::read(&storage::get_raw(whose.key())?.unwrap_or_default());
    if !shelf.unreadable.is_empty() {
        let mut lines = shelf.unreadable.join("\n");
        lines.push('\n');
        storage::keep_aside(whose.value(), lines, Unreadable::Damaged);
    }
    Ok(shelf)
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

/// Stores `shelf` in place of the shelf of `whose`.
pub fn replace(whose: Whose, shelf: &Shelf) -> Result<(), StorageError> {
    storage::set_raw(whose.key(), &shelf.write())
}

/// The name the learner put on their last report, to offer again; empty
/// if there is none or it cannot be read.
pub fn learner_name() -> String {
    storage::read(Guarded::LearnerName, read::text).unwrap_or_default()
}

/// Remembers the name the learner put on a report.
pub fn remember_learner_name(name: &str) -> Result<(), StorageError> {
    storage::set(StoreKey::LearnerName, name)
}
