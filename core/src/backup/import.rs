//! Importing a backup: a choice for each part, and what each part brought.

use super::{BackedUpPack, Backup, Part};
use crate::added::AddedPack;
use crate::assignment::shelf::Shelf;
use crate::progress::Progress;
use crate::storage::Guarded;

/// How an import treats a part already here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Choice {
    /// Keep both. Progress: per item the latest answer wins. Assignments
    /// and reports: each is kept once. Settings: the backup's fill in
    /// only what is not set here.
    #[default]
    Merge,
    /// Only the backup's part remains.
    Replace,
    /// The part here stays as it is.
    Leave,
}

/// A choice for each part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Plan([Choice; 5]);

impl Plan {
    pub fn choice(&self, part: Part) -> Choice {
        self.0[part as usize]
    }

    pub fn set(&mut self, part: Part, choice: Choice) {
        self.0[part as usize] = choice;
    }
}

/// What importing one part did: how, and how many of the backup's
/// entries (items, assignments, reports, settings) are now here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Restored {
    pub part: Part,
    pub choice: Choice,
    pub count: usize,
}

/// Everything here an import may change, as it is before.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Here {
    pub progress: Progress,
    pub assignments: Shelf,
    pub mentor: Shelf,
    /// Settings as stored.
    pub settings: Vec<(Guarded, String)>,
    /// The packs added from teachers.
    pub packs: Vec<AddedPack>,
}

/// Imports `backup` into `here` as `plan` says; what became of each part
/// the backup holds, in order.
pub fn import(here: &mut Here, backup: Backup, plan: &Plan) -> Vec<Restored> {
    let parts = backup.parts();
    let Backup {
        progress,
        assignments,
        mentor,
        settings,
        packs,
        ..
    } = backup;
    let mut restored = Vec::new();
    for part in parts {
        let choice = plan.choice(part);
        let count = match (part, choice) {
            (_, Choice::Leave) => 0,
            (Part::Progress, _) => progress.clone().map_or(0, |theirs| {
                import_progress(&mut here.progress, theirs, choice)
            }),
            (Part::Assignments, _) => assignments.clone().map_or(0, |theirs| {
                import_shelf(&mut here.assignments, theirs, choice)
            }),
            (Part::Mentor, _) => mentor
                .clone()
                .map_or(0, |theirs| import_shelf(&mut here.mentor, theirs, choice)),
            (Part::Settings, _) => import_settings(&mut here.settings, &settings, choice),
            // The records here; the caller keeps the packs themselves,
            // each checked first (`pack_changes`).
            (Part::Packs, _) => import_packs(&mut here.packs, &packs, choice),
        };
        restored.push(Restored {
            part,
            choice,
            count,
        });
    }
    restored
}

/// The number of the backup's items that are now here.
fn import_progress(here: &mut Progress, theirs: Progress, choice: Choice) -> usize {
    if choice == Choice::Replace {
        let count = theirs.items.len();
        *here = theirs;
        return count;
    }
    let before = here.items.clone();
    here.merge(theirs);
    here.items
        .iter()
        .filter(|(key, item)| before.get(key) != Some(item))
        .count()
}

/// The number of the backup's messages that are now here.
fn import_shelf(here: &mut Shelf, theirs: Shelf, choice: Choice) -> usize {
    if choice == Choice::Replace {
        let count = theirs.kept.len();
        *here = theirs;
        return count;
    }
    let mut count = 0;
    for kept in theirs.kept {
        let known = here.kept.iter().any(|ours| ours.message == kept.message);
        if !known && here.keep(kept.at, kept.message) {
            count += 1;
        }
    }
    for line in theirs.unreadable {
        if !here.unreadable.contains(&line) {
            here.unreadable.push(line);
        }
    }
    count
}

/// The number of the backup's settings that are now here.
fn import_settings(
    here: &mut Vec<(Guarded, String)>,
    theirs: &[(Guarded, String)],
    choice: Choice,
) -> usize {
    let mut count = 0;
    for (value, raw) in theirs {
        match here.iter_mut().find(|(kept, _)| kept == value) {
            Some(_) if choice == Choice::Merge => {}
            Some((_, kept)) => {
                kept.clone_from(raw);
                count += 1;
            }
            None => {
                here.push((*value, raw.clone()));
                count += 1;
            }
        }
    }
    count
}

/// The number of the backup's packs that are now here (their records).
fn import_packs(here: &mut Vec<AddedPack>, theirs: &[BackedUpPack], choice: Choice) -> usize {
    let PackChanges { keep, remove } = pack_changes(here, theirs, choice);
    here.retain(|ours| !remove.iter().any(|id| id == ours.id()));
    for kept in &keep {
        here.retain(|ours| ours.id() != kept.record.id());
        here.push(kept.record.clone());
    }
    keep.len()
}

/// What importing a backup's packs changes in the browser's store.
#[derive(Debug, PartialEq, Eq)]
pub struct PackChanges<'a> {
    /// Packs to keep, new or in place of an older version.
    pub keep: Vec<&'a BackedUpPack>,
    /// Ids of packs to remove (replacing: those the backup does not hold).
    pub remove: Vec<String>,
}

/// Which of the backup's packs to keep and which here to remove. Adding
/// keeps a pack that is not here, or a newer version of one from the same
/// source; replacing keeps all of the backup's and removes the others.
pub fn pack_changes<'a>(
    here: &[AddedPack],
    theirs: &'a [BackedUpPack],
    choice: Choice,
) -> PackChanges<'a> {
    let held = |id: &str| here.iter().find(|ours| ours.id() == id);
    let keep = match choice {
        Choice::Leave => Vec::new(),
        Choice::Replace => theirs.iter().collect(),
        Choice::Merge => theirs
            .iter()
            .filter(|kept| match held(kept.record.id()) {
                None => true,
                Some(ours) => {
                    ours.origin.same_source(&kept.record.origin)
                        && crate::added::newer(&kept.record.entry.version, &ours.entry.version)
                }
            })
            .collect(),
    };
    let remove = match choice {
        Choice::Replace => here
            .iter()
            .filter(|ours| !theirs.iter().any(|kept| kept.record.id() == ours.id()))
            .map(|ours| ours.id().to_owned())
            .collect(),
        _ => Vec::new(),
    };
    PackChanges { keep, remove }
}
