//! The backup file of everything a person keeps here, made from what is
//! in memory and in storage. Importing one is the sharing page's
//! (`share/import.rs`), so the practice app does not carry it.

use leptos::task::spawn_local;

use crate::platform::added;
use crate::platform::assignments::{self, Whose};
use crate::platform::browser;
use crate::platform::storage::{self, Guarded, StoreKey};
use crate::state::progress::ProgressStore;
use bransjenorsk_core::backup::{self, BackedUpPack, Everything};
use bransjenorsk_core::progress::day;
use bransjenorsk_core::storage::read;

/// The settings as stored, each that is.
pub fn stored_settings() -> Vec<(Guarded, String)> {
    backup::SETTINGS
        .into_iter()
        .filter_map(|value| Some((value, storage::get_raw(value.key()).ok()??)))
        .collect()
}

/// The backup file of everything, and a name for it. Progress comes
/// from memory, so answers not yet saved are in it too.
pub fn file(progress: ProgressStore, packs: &[BackedUpPack]) -> (String, String) {
    let shelf = |whose| assignments::load(whose).unwrap_or_default();
    let text = backup::write(
        &Everything {
            progress: &progress.snapshot(),
            assignments: &shelf(Whose::Learner),
            mentor: &shelf(Whose::Mentor),
            settings: stored_settings(),
            packs,
        },
        browser::now(),
    );
    (backup::file_name(&day::date(browser::today())), text)
}

/// The packs added from teachers, as a backup holds them; a pack that
/// cannot be read from the browser's store is left out.
async fn added_packs() -> Vec<BackedUpPack> {
    let mut packs = Vec::new();
    for record in crate::platform::packs::added_packs() {
        if let Ok(pack) = added::body(record.id()).await {
            packs.push(BackedUpPack { record, pack });
        }
    }
    packs
}

/// Downloads the backup file, and remembers the day, so the reminder to
/// make one counts from it.
pub fn download(progress: ProgressStore) {
    spawn_local(async move {
        let (name, text) = file(progress, &added_packs().await);
        if crate::platform::file::download(&name, &text).is_ok() {
            remind_later();
        }
    });
}

/// Whether to remind the learner to download a backup (tracked).
pub fn reminder_due(progress: ProgressStore) -> bool {
    let counted_from = storage::read(Guarded::BackupDay, read::day);
    let kept = progress.persisted();
    progress.with(|p| backup::remind(kept, p, counted_from))
}

/// Counts the days of practice for the next reminder from today.
pub fn remind_later() {
    let _ = storage::set(StoreKey::BackupDay, &browser::today().0);
}
