//! Browser storage as the app sees it: every key it keeps a value under,
//! and what can go wrong, in terms the UI can explain.

use std::borrow::Cow;
use std::fmt;

pub mod read;

/// Why a value could not be read from or written to browser storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives the page no storage (private mode, blocked by a
    /// setting, or an embedding that forbids it).
    Unavailable,
    /// The storage is full; nothing was written.
    QuotaExceeded,
    /// A stored value is not what this version of the app wrote. The raw
    /// text is kept so it can be quarantined, never overwritten unseen.
    Corrupted { key: String, raw: String },
    /// Any other error the browser reported, by its DOM exception name.
    Browser(String),
}

impl StorageError {
    /// Classifies a `DOMException` name from a failed storage call.
    pub fn from_dom_name(name: &str) -> StorageError {
        match name {
            // Firefox used its own name before adopting the standard one.
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
            "SecurityError" => StorageError::Unavailable,
            other => StorageError::Browser(other.to_owned()),
        }
    }

    /// The Fluent message id that explains this error to the learner.
    pub const fn message_id(&self) -> &'static str {
        match self {
            StorageError::Unavailable => "storage-unavailable",
            StorageError::QuotaExceeded => "storage-full",
            StorageError::Corrupted { .. } => "storage-corrupted",
            StorageError::Browser(_) => "storage-failed",
        }
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str("storage is unavailable"),
            StorageError::QuotaExceeded => f.write_str("storage is full"),
            StorageError::Corrupted { key, .. } => {
                write!(f, "stored value under {key} is unreadable")
            }
            StorageError::Browser(name) => write!(f, "browser storage error: {name}"),
        }
    }
}

impl std::error::Error for StorageError {}

/// The prefix of every key the app stores, with the format version.
pub const KEY_PREFIX: &str = "bransjenorsk.v1.";

/// The full storage key for a name: `bransjenorsk.v1.<name>`.
pub fn key(name: &str) -> String {
    [KEY_PREFIX, name].concat()
}

/// A value a person keeps in the browser. Each has a reader that never
/// panics (`read`), and what it cannot read is set aside under
/// [`StoreKey::Quarantine`], never written over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Guarded {
    /// The learner's progress (`progress::stored`).
    Progress,
    /// The learner's review settings.
    Review,
    /// The learner's accepted assignments, a shelf.
    Assignments,
    /// The mentor's assignments and the reports they received, a shelf.
    Mentor,
    /// The name the learner last put on a report.
    LearnerName,
    /// The interface language the learner chose.
    Lang,
    /// The support language the learner chose, or none.
    Support,
    /// Whether sound is on.
    Sound,
    /// Whether the listed voice spoke Norwegian when the learner tested it.
    HeardVoice,
    /// The day of the last backup, or of "remind me later".
    BackupDay,
}

impl Guarded {
    pub const ALL: [Guarded; 10] = [
        Guarded::Progress,
        Guarded::Review,
        Guarded::Assignments,
        Guarded::Mentor,
        Guarded::LearnerName,
        Guarded::Lang,
        Guarded::Support,
        Guarded::Sound,
        Guarded::HeardVoice,
        Guarded::BackupDay,
    ];

    /// The key the value is stored under.
    pub const fn key(self) -> StoreKey {
        match self {
            Guarded::Progress => StoreKey::Progress,
            Guarded::Review => StoreKey::Review,
            Guarded::Assignments => StoreKey::Assignments,
            Guarded::Mentor => StoreKey::Mentor,
            Guarded::LearnerName => StoreKey::LearnerName,
            Guarded::Lang => StoreKey::Lang,
            Guarded::Support => StoreKey::Support,
            Guarded::Sound => StoreKey::Sound,
            Guarded::HeardVoice => StoreKey::HeardVoice,
            Guarded::BackupDay => StoreKey::BackupDay,
        }
    }

    /// The Fluent message id that names the value for the person who
    /// kept it (`kept-progress`).
    pub const fn message_id(self) -> &'static str {
        match self {
            Guarded::Progress => "kept-progress",
            Guarded::Review => "kept-review",
            Guarded::Assignments => "kept-assignments",
            Guarded::Mentor => "kept-mentor",
            Guarded::LearnerName => "kept-learner-name",
            Guarded::Lang => "kept-lang",
            Guarded::Support => "kept-support",
            Guarded::Sound => "kept-sound",
            Guarded::HeardVoice => "kept-heard-voice",
            Guarded::BackupDay => "kept-backup-day",
        }
    }
}

/// Every value the app keeps in the browser's localStorage, each under
/// `bransjenorsk.v1.<name>`. README.md ("Progress", "Mentors: assignments
/// and reports") describes each one; a test holds the two together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoreKey {
    /// The learner's progress (`progress::stored`).
    Progress,
    /// The learner's review settings.
    Review,
    /// A stored value the app could not read, kept as it was.
    Quarantine(Guarded),
    /// A second place for an unreadable value when [`StoreKey::Quarantine`]
    /// holds other text, named by the text's length in bytes.
    QuarantineOfLength(Guarded, usize),
    /// The learner's accepted assignments, a shelf.
    Assignments,
    /// The mentor's assignments and the reports they received, a shelf.
    Mentor,
    /// The name the learner last put on a report.
    LearnerName,
    /// The interface language the learner chose.
    Lang,
    /// The support language the learner chose, or none.
    Support,
    /// Whether sound is on.
    Sound,
    /// Whether the listed voice spoke Norwegian when the learner tested it.
    HeardVoice,
    /// The day of the last backup, or of "remind me later".
    BackupDay,
    /// Written and removed at once to see that storage works.
    Probe,
}

impl StoreKey {
    /// One key of every kind; the set-aside keys stand for every value
    /// and length.
    pub const ALL: [StoreKey; 13] = [
        StoreKey::Progress,
        StoreKey::Review,
        StoreKey::Quarantine(Guarded::Progress),
        StoreKey::QuarantineOfLength(Guarded::Progress, 0),
        StoreKey::Assignments,
        StoreKey::Mentor,
        StoreKey::LearnerName,
        StoreKey::Lang,
        StoreKey::Support,
        StoreKey::Sound,
        StoreKey::HeardVoice,
        StoreKey::BackupDay,
        StoreKey::Probe,
    ];

    /// The name as documented: the name itself, or with the value's name
    /// as `<name>` and the length as `<length>`
    /// (`quarantine.<name>.<length>`).
    pub const fn pattern(self) -> &'static str {
        match self {
            StoreKey::Progress => "progress",
            StoreKey::Review => "review",
            StoreKey::Quarantine(_) => "quarantine.<name>",
            StoreKey::QuarantineOfLength(..) => "quarantine.<name>.<length>",
            StoreKey::Assignments => "assignments",
            StoreKey::Mentor => "mentor",
            StoreKey::LearnerName => "learner-name",
            StoreKey::Lang => "lang",
            StoreKey::Support => "support",
            StoreKey::Sound => "sound",
            StoreKey::HeardVoice => "heard-voice",
            StoreKey::BackupDay => "backup-day",
            StoreKey::Probe => "probe",
        }
    }

    /// The name after the prefix, such as `progress` or
    /// `quarantine.progress`.
    pub fn name(self) -> Cow<'static, str> {
        match self {
            StoreKey::Quarantine(value) => {
                Cow::Owned(["quarantine.", value.key().pattern()].concat())
            }
            StoreKey::QuarantineOfLength(value, length) => {
                Cow::Owned(format!("quarantine.{}.{length}", value.key().pattern()))
            }
            fixed => Cow::Borrowed(fixed.pattern()),
        }
    }

    /// The full key, such as `bransjenorsk.v1.progress`.
    pub fn key(self) -> String {
        key(&self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_names_from_all_engines() {
        assert_eq!(
            StorageError::from_dom_name("QuotaExceededError"),
            StorageError::QuotaExceeded
        );
        assert_eq!(
            StorageError::from_dom_name("NS_ERROR_DOM_QUOTA_REACHED"),
            StorageError::QuotaExceeded
        );
    }

    #[test]
    fn security_error_means_unavailable() {
        assert_eq!(
            StorageError::from_dom_name("SecurityError"),
            StorageError::Unavailable
        );
    }

    #[test]
    fn other_errors_keep_their_name() {
        assert_eq!(
            StorageError::from_dom_name("InvalidStateError"),
            StorageError::Browser("InvalidStateError".into())
        );
    }

    #[test]
    fn keys_are_namespaced_and_versioned() {
        assert_eq!(key("lang"), "bransjenorsk.v1.lang");
    }

    #[test]
    fn every_key_has_its_own_name() {
        let mut names: Vec<&str> = StoreKey::ALL.iter().map(|k| k.pattern()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), StoreKey::ALL.len(), "{names:?}");
        let mut keys: Vec<String> = StoreKey::ALL.iter().map(|k| k.key()).collect();
        keys.push(StoreKey::QuarantineOfLength(Guarded::Progress, 4021).key());
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), StoreKey::ALL.len() + 1, "{keys:?}");
    }

    #[test]
    fn every_key_is_namespaced_and_versioned() {
        for store_key in StoreKey::ALL {
            let full = store_key.key();
            assert!(full.starts_with(KEY_PREFIX), "{full}");
            assert_eq!(full.strip_prefix(KEY_PREFIX), Some(&*store_key.name()));
            assert!(!store_key.name().is_empty());
        }
    }

    #[test]
    fn every_kept_value_has_its_own_key_and_set_aside_key() {
        let mut keys: Vec<String> = Guarded::ALL
            .iter()
            .flat_map(|&value| {
                [
                    value.key().key(),
                    StoreKey::Quarantine(value).key(),
                    StoreKey::QuarantineOfLength(value, 12).key(),
                ]
            })
            .collect();
        assert_eq!(
            StoreKey::Quarantine(Guarded::Mentor).key(),
            "bransjenorsk.v1.quarantine.mentor"
        );
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), 3 * Guarded::ALL.len());
    }

    #[test]
    fn keys_are_the_ones_the_app_has_always_used() {
        for (store_key, full) in [
            (StoreKey::Progress, "bransjenorsk.v1.progress"),
            (StoreKey::Review, "bransjenorsk.v1.review"),
            (
                StoreKey::Quarantine(Guarded::Progress),
                "bransjenorsk.v1.quarantine.progress",
            ),
            (
                StoreKey::QuarantineOfLength(Guarded::Progress, 1834),
                "bransjenorsk.v1.quarantine.progress.1834",
            ),
            (StoreKey::Assignments, "bransjenorsk.v1.assignments"),
            (StoreKey::Mentor, "bransjenorsk.v1.mentor"),
            (StoreKey::LearnerName, "bransjenorsk.v1.learner-name"),
            (StoreKey::Lang, "bransjenorsk.v1.lang"),
            (StoreKey::Support, "bransjenorsk.v1.support"),
            (StoreKey::Sound, "bransjenorsk.v1.sound"),
            (StoreKey::HeardVoice, "bransjenorsk.v1.heard-voice"),
            (StoreKey::BackupDay, "bransjenorsk.v1.backup-day"),
            (StoreKey::Probe, "bransjenorsk.v1.probe"),
        ] {
            assert_eq!(store_key.key(), full);
        }
    }
}
