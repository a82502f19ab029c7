//! What can go wrong with browser storage, in terms the UI can explain.

use std::fmt;

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
    /// The value could not be turned into text to store (a program error).
    Encode(String),
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
            StorageError::Encode(_) | StorageError::Browser(_) => "storage-failed",
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
            StorageError::Encode(message) => write!(f, "could not encode value: {message}"),
            StorageError::Browser(name) => write!(f, "browser storage error: {name}"),
        }
    }
}

impl std::error::Error for StorageError {}

/// The prefix of every key the app stores, with the format version.
pub const KEY_PREFIX: &str = "bransjenorsk.v1.";

/// The full storage key for a name: `bransjenorsk.v1.<name>`.
pub fn key(name: &str) -> String {
    format!("{KEY_PREFIX}{name}")
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
}
