//! Assignments and reports kept in this browser, under
//! `bransjenorsk.v1.assignments` (a learner's) and `bransjenorsk.v1.mentor`
//! (a mentor's), in the shelf format of `domain::assignment::shelf`.
//! Every change reads the stored shelf afresh first, so two tabs never
//! undo each other's changes.

use super::storage::{self, StorageError};
use bransjenorsk_core::assignment::shelf::Shelf;

/// The learner's accepted assignments.
pub const LEARNER: &str = "assignments";
/// The mentor's assignments and the reports they received.
pub const MENTOR: &str = "mentor";

/// The shelf stored under `name`; empty if there is none.
pub fn load(name: &str) -> Result<Shelf, StorageError> {
    Ok(Shelf::read(&storage::get_raw(name)?.unwrap_or_default()))
}

/// Changes the stored shelf with `change`, which says whether it changed
/// anything; stores it if so. The shelf as it now is.
pub fn update(name: &str, change: impl FnOnce(&mut Shelf) -> bool) -> Result<Shelf, StorageError> {
    let mut shelf = load(name)?;
    if change(&mut shelf) {
        storage::set_raw(name, &shelf.write())?;
    }
    Ok(shelf)
}
