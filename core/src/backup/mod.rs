//! The backup file: everything a person keeps in Bransjenorsk, to keep
//! or to take to another phone or browser. README.md ("The backup file")
//! documents the format:
//!
//! ```json
//! {"kind": "bransjenorsk-backup", "version": 2, "exported": <ms>,
//!  "progress": <progress as stored>,
//!  "assignments": "<the learner's shelf as stored>",
//!  "mentor": "<the mentor's shelf as stored>",
//!  "settings": {"review": {...}, "lang": "uk", ...},
//!  "packs": [{"record": <an added pack's record>, "pack": "<the pack as JSON>"}]}
//! ```
//!
//! Every part may be missing. Version 1 held progress alone. A new part
//! raises the version, so an older app refuses a file it would read only
//! in part.

mod import;

pub use import::{Choice, Here, PackChanges, Plan, Restored, import, pack_changes};

use crate::added::AddedPack;
use crate::assignment::shelf::Shelf;
use crate::content::read_playable;
use crate::json::{self, FromJson, ToJson, Value, Writer};
use crate::progress::Progress;
use crate::progress::day::{self, Day};
use crate::progress::stored::{self, Unreadable};
use crate::storage::Guarded;
use crate::storage::read::check;
use crate::time::Millis;

const KIND: &str = "bransjenorsk-backup";
/// The version this app writes.
pub const VERSION: u32 = 3;

/// The settings a backup holds, each as stored under its key. Which voice
/// speaks Norwegian belongs to a device, so it stays behind.
pub const SETTINGS: [Guarded; 5] = [
    Guarded::Review,
    Guarded::Lang,
    Guarded::Support,
    Guarded::Sound,
    Guarded::LearnerName,
];

/// Days of practice after which a learner whose browser may delete their
/// progress is reminded to download a backup.
pub const REMIND_AFTER: usize = 7;

/// Whether to remind the learner to download a backup: the browser has
/// not promised to keep their progress (`kept`), and they have practised
/// on [`REMIND_AFTER`] days after `counted_from` (the day of their last
/// backup, or of "remind me later").
pub fn remind(kept: Option<bool>, progress: &Progress, counted_from: Option<Day>) -> bool {
    let practised = progress
        .days
        .keys()
        .filter_map(|date| day::from_date(date))
        .filter(|&practised| counted_from.is_none_or(|from| practised > from))
        .count();
    kept != Some(true) && practised >= REMIND_AFTER
}

/// Why a file cannot be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Not a backup from this app (another file, or a damaged one).
    NotABackup,
    /// A backup from a newer version of the app.
    Newer,
}

/// A part of what a backup holds; each is imported by its own choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Progress,
    Assignments,
    Mentor,
    Settings,
    Packs,
}

impl Part {
    pub const ALL: [Part; 5] = [
        Part::Progress,
        Part::Assignments,
        Part::Mentor,
        Part::Settings,
        Part::Packs,
    ];

    /// Its name in the file, and in ids of the page.
    pub const fn name(self) -> &'static str {
        match self {
            Part::Progress => "progress",
            Part::Assignments => "assignments",
            Part::Mentor => "mentor",
            Part::Settings => "settings",
            Part::Packs => "packs",
        }
    }
}

/// What a part holds, to show before importing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holds {
    Progress {
        items: usize,
        packs: usize,
        days: usize,
    },
    Assignments(usize),
    Mentor {
        assignments: usize,
        reports: usize,
    },
    Settings(usize),
    /// Packs added from teachers (without their recordings and pictures).
    Packs(usize),
}

/// A pack a learner added, as a backup holds it: its record and the pack
/// as JSON; its recordings and pictures stay behind (a backup should stay
/// small enough to send by e-mail).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackedUpPack {
    pub record: AddedPack,
    pub pack: String,
}

impl FromJson for BackedUpPack {
    fn from_json(value: &Value) -> Option<BackedUpPack> {
        Some(BackedUpPack {
            record: value.field("record")?,
            pack: value.field("pack")?,
        })
    }
}

impl ToJson for BackedUpPack {
    fn to_json(&self, out: &mut Writer) {
        out.begin_object();
        out.member("record", &self.record);
        out.member("pack", &self.pack);
        out.end_object();
    }
}

/// A backup as read: each part it holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Backup {
    pub exported: Option<Millis>,
    pub progress: Option<Progress>,
    pub assignments: Option<Shelf>,
    pub mentor: Option<Shelf>,
    /// Settings as stored, each under its own key.
    pub settings: Vec<(Guarded, String)>,
    pub packs: Vec<BackedUpPack>,
}

impl Backup {
    /// What `part` holds; `None` if the file has nothing of it.
    pub fn holds(&self, part: Part) -> Option<Holds> {
        let holds = match part {
            Part::Progress => {
                let (items, packs, days) = self.progress.as_ref()?.extent();
                Holds::Progress { items, packs, days }
            }
            Part::Assignments => Holds::Assignments(self.assignments.as_ref()?.kept.len()),
            Part::Mentor => {
                let shelf = self.mentor.as_ref()?;
                Holds::Mentor {
                    assignments: shelf.assignments().count(),
                    reports: shelf.reports().count(),
                }
            }
            Part::Settings => Holds::Settings(self.settings.len()),
            Part::Packs => Holds::Packs(self.packs.len()),
        };
        let empty = match holds {
            Holds::Progress { items, days, .. } => items + days == 0,
            Holds::Assignments(count) | Holds::Settings(count) | Holds::Packs(count) => count == 0,
            Holds::Mentor {
                assignments,
                reports,
            } => assignments + reports == 0,
        };
        (!empty).then_some(holds)
    }

    /// The parts that hold anything, in order.
    pub fn parts(&self) -> Vec<Part> {
        Part::ALL
            .into_iter()
            .filter(|&part| self.holds(part).is_some())
            .collect()
    }
}

/// Everything kept here, to write to a backup.
pub struct Everything<'a> {
    pub progress: &'a Progress,
    pub assignments: &'a Shelf,
    pub mentor: &'a Shelf,
    /// Settings as stored; others are left out.
    pub settings: Vec<(Guarded, String)>,
    /// The packs added from teachers.
    pub packs: &'a [BackedUpPack],
}

/// The backup file of everything, made at `now`. A setting stored in a
/// form this version cannot read is left out.
pub fn write(everything: &Everything, now: Millis) -> String {
    // Settings by name, as a map writes them.
    let mut settings: Vec<(&str, &str)> = everything
        .settings
        .iter()
        .filter(|(value, raw)| {
            SETTINGS.contains(value) && check(*value, raw).is_ok() && json::parse(raw).is_ok()
        })
        .map(|(value, raw)| (value.key().pattern(), raw.as_str()))
        .collect();
    settings.sort_unstable_by_key(|&(name, _)| name);
    settings.dedup_by_key(|&mut (name, _)| name);
    let mut out = Writer::new();
    out.begin_object();
    out.member("kind", KIND);
    out.member("version", &VERSION);
    out.member("exported", &now);
    out.member("progress", &everything.progress);
    out.member("assignments", &everything.assignments.write());
    out.member("mentor", &everything.mentor.write());
    out.key("settings");
    out.begin_object();
    for (name, raw) in settings {
        out.key(name);
        out.raw(raw);
    }
    out.end_object();
    if !everything.packs.is_empty() {
        out.member("packs", &everything.packs);
    }
    out.end_object();
    out.finish()
}

/// The largest backup file read: well beyond what a browser's storage
/// (about 5 MB) can hold, so no real backup is refused.
pub const MAX_BACKUP_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a backup file of any version this app has written, bringing
/// each part up to date.
pub fn read(text: &str) -> Result<Backup, BackupError> {
    if text.len() as u64 > MAX_BACKUP_BYTES {
        return Err(BackupError::NotABackup);
    }
    let file = json::parse(text).map_err(|_| BackupError::NotABackup)?;
    if file.field::<String>("kind").as_deref() != Some(KIND) {
        return Err(BackupError::NotABackup);
    }
    let version = match file.get("version") {
        None => 1,
        Some(version) => version.as_u32().ok_or(BackupError::NotABackup)?,
    };
    if version > VERSION {
        return Err(BackupError::Newer);
    }
    fn part<T>(read: Option<T>) -> Result<T, BackupError> {
        read.ok_or(BackupError::NotABackup)
    }
    let exported: Option<Millis> = part(file.optional("exported"))?;
    let assignments: Option<String> = part(file.optional("assignments"))?;
    let mentor: Option<String> = part(file.optional("mentor"))?;
    let packs: Vec<BackedUpPack> = part(file.field_or_default("packs"))?;
    let progress = match file.get("progress") {
        None | Some(Value::Null) => None,
        Some(progress) => Some(stored::read_value(progress).map_err(
            |unreadable| match unreadable {
                Unreadable::Newer(_) => BackupError::Newer,
                Unreadable::Damaged => BackupError::NotABackup,
            },
        )?),
    };
    let stored_settings = match file.get("settings") {
        None => &[][..],
        Some(settings) => settings.as_object().ok_or(BackupError::NotABackup)?,
    };
    let settings = stored_settings
        .iter()
        .map(|(name, stored)| {
            let value = SETTINGS
                .into_iter()
                .find(|value| value.key().pattern() == name)
                .ok_or(BackupError::NotABackup)?;
            let raw = stored.text();
            check(value, &raw).map_err(|_| BackupError::NotABackup)?;
            Ok((value, raw))
        })
        .collect::<Result<Vec<_>, _>>()?;
    // Each pack must be a pack, under its own record; whether it may be
    // kept is checked when it is (by the checker, as a file would be).
    let packs_readable = packs.iter().all(|kept| {
        AddedPack::checked(kept.record.clone()).is_some()
            && read_playable(&kept.pack).is_ok_and(|read| read.pack.pack.id == kept.record.id())
    });
    if !packs_readable {
        return Err(BackupError::NotABackup);
    }
    Ok(Backup {
        exported,
        progress,
        assignments: assignments.as_deref().map(Shelf::read),
        mentor: mentor.as_deref().map(Shelf::read),
        settings,
        packs,
    })
}

/// A file name for a backup made on `date` (`2026-11-22`).
pub fn file_name(date: &str) -> String {
    ["bransjenorsk-", date, ".json"].concat()
}

#[cfg(test)]
mod tests;
