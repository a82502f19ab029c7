//! The backup file of everything a person keeps here, made from what is
//! in memory and in storage. Importing one is the sharing page's
//! (`share/import.rs`), so the practice app does not carry it.

use crate::platform::assignments::{self, Whose};
use crate::platform::browser;
use crate::platform::storage::{self, Guarded};
use crate::state::progress::ProgressStore;
use bransjenorsk_core::backup::{self, Everything};
use bransjenorsk_core::progress::day;

/// The settings as stored, each that is.
pub fn stored_settings() -> Vec<(Guarded, String)> {
    backup::SETTINGS
        .into_iter()
        .filter_map(|value| Some((value, storage::get_raw(value.key()).ok()??)))
        .collect()
}

/// The backup file of everything, and a name for it. Progress comes
/// from memory, so answers not yet saved are in it too.
pub fn file(progress: ProgressStore) -> (String, String) {
    let shelf = |whose| assignments::load(whose).unwrap_or_default();
    let text = backup::write(
        &Everything {
            progress: &progress.snapshot(),
            assignments: &shelf(Whose::Learner),
            mentor: &shelf(Whose::Mentor),
            settings: stored_settings(),
        },
        browser::now(),
    );
    (backup::file_name(&day::date(browser::today())), text)
}
