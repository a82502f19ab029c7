//! The backup file: all progress, to keep or to take to another phone or
//! browser. JSON: `{"kind": "bransjenorsk-backup", "exported": <ms>,
//! "progress": <progress as stored>}`.

use serde::{Deserialize, Serialize};

use super::Progress;
use super::stored::{self, Unreadable};
use crate::time::Millis;

const KIND: &str = "bransjenorsk-backup";

/// Why a file cannot be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Not a backup from this app (another file, or a damaged one).
    NotABackup,
    /// A backup from a newer version of the app.
    Newer,
}

/// How an import treats the progress already here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Import {
    /// Keep both: per item the latest answer wins.
    Merge,
    /// Only the backup's progress remains.
    Replace,
}

#[derive(Serialize)]
struct Out<'a> {
    kind: &'static str,
    exported: Millis,
    progress: &'a Progress,
}

#[derive(Deserialize)]
struct In<'a> {
    kind: String,
    #[serde(borrow)]
    progress: &'a serde_json::value::RawValue,
}

/// The backup file of `progress`, made at `now`.
pub fn write(progress: &Progress, now: Millis) -> String {
    let out = Out {
        kind: KIND,
        exported: now,
        progress,
    };
    serde_json::to_string(&out).unwrap_or_default()
}

/// The progress in a backup file, brought up to date.
pub fn read(text: &str) -> Result<Progress, BackupError> {
    let file: In = serde_json::from_str(text).map_err(|_| BackupError::NotABackup)?;
    if file.kind != KIND {
        return Err(BackupError::NotABackup);
    }
    match stored::read(file.progress.get()) {
        Ok(progress) => Ok(progress),
        Err(Unreadable::Newer(_)) => Err(BackupError::Newer),
        Err(Unreadable::Damaged) => Err(BackupError::NotABackup),
    }
}

/// `progress` after importing `backup`.
pub fn import(progress: &mut Progress, backup: Progress, how: Import) {
    match how {
        Import::Merge => progress.merge(backup),
        Import::Replace => *progress = backup,
    }
}

/// A file name for a backup made on `date` (`2026-11-22`).
pub fn file_name(date: &str) -> String {
    format!("bransjenorsk-{date}.json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::Rating;
    use crate::progress::Answer;
    use crate::progress::day::Day;

    const NOW: Millis = Millis(1_795_338_000_000);

    fn progress_with(item: &str, rating: Rating, at: Millis) -> Progress {
        let mut progress = Progress::default();
        let answer = Answer {
            pack: "helse-a1",
            item,
            rating,
            at,
            day: Day(20_779),
            seconds: 30,
        };
        progress.record(&answer, 0.9);
        progress
    }

    #[test]
    fn a_backup_reads_back_as_it_was() {
        let progress = progress_with("a", Rating::Good, NOW);
        let file = write(&progress, NOW);
        assert!(file.starts_with(r#"{"kind":"bransjenorsk-backup","exported":1795338000000,"#));
        assert_eq!(read(&file), Ok(progress));
    }

    #[test]
    fn a_backup_of_the_first_format_is_brought_up_to_date() {
        let v1 = include_str!("../../../tests/fixtures/progress/v1.json");
        let file = format!(r#"{{"kind":"bransjenorsk-backup","exported":1,"progress":{v1}}}"#);
        assert_eq!(read(&file).unwrap().items.len(), 3);
    }

    #[test]
    fn other_files_are_refused_with_a_reason() {
        for other in [
            "",
            "hello",
            "{}",
            r#"{"schema":2,"items":{}}"#,
            r#"{"kind":"something-else","progress":{"schema":2}}"#,
            r#"{"kind":"bransjenorsk-backup","progress":"x"}"#,
            r#"{"kind":"bransjenorsk-backup","progress":{"schema":2,"items":7}}"#,
        ] {
            assert_eq!(read(other), Err(BackupError::NotABackup), "{other}");
        }
        let newer = r#"{"kind":"bransjenorsk-backup","exported":1,"progress":{"schema":9}}"#;
        assert_eq!(read(newer), Err(BackupError::Newer));
    }

    #[test]
    fn import_merges_unless_told_to_replace() {
        let here = progress_with("a", Rating::Good, NOW);
        let backup = progress_with("b", Rating::Again, NOW - 1_000);
        let mut merged = here.clone();
        import(&mut merged, backup.clone(), Import::Merge);
        assert_eq!(merged.items.len(), 2);
        let mut replaced = here;
        import(&mut replaced, backup.clone(), Import::Replace);
        assert_eq!(replaced, backup);
        assert_eq!(file_name("2026-11-22"), "bransjenorsk-2026-11-22.json");
    }
}
