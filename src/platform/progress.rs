//! The learner's progress in the browser: read once at start, saved after
//! every answer. Data this version cannot read is never written over.

use leptos::prelude::*;

use super::storage::{self, StorageError};
use crate::domain::practice::Rating;
use crate::domain::progress::Progress;

const PROGRESS_KEY: &str = "progress";

/// Progress shared through context.
#[derive(Clone, Copy)]
pub struct ProgressStore {
    progress: RwSignal<Progress>,
    /// Why progress is not being saved, if it is not.
    problem: RwSignal<Option<StorageError>>,
    /// False when what is stored could not be read: it must not be lost.
    writable: StoredValue<bool>,
}

impl ProgressStore {
    /// Reads `f` of the progress (tracked).
    pub fn with<R>(self, f: impl FnOnce(&Progress) -> R) -> R {
        self.progress.with(f)
    }

    /// Why answers are not being saved, if they are not (tracked).
    pub fn problem(self) -> Option<StorageError> {
        self.problem.get()
    }

    /// Records an answer and saves at once, so leaving loses nothing.
    pub fn record(self, pack: &str, item: &str, rating: Rating) {
        let now = js_sys::Date::now() as u64;
        self.progress
            .update(|progress| progress.record(pack, item, rating, now));
        if !self.writable.get_value() {
            return;
        }
        let saved = self
            .progress
            .with_untracked(|p| storage::set(PROGRESS_KEY, p));
        self.problem.set(saved.err());
    }
}

/// Loads the stored progress and shares it with the app below.
pub fn provide_progress() -> ProgressStore {
    let (progress, problem, writable) = match storage::get::<Progress>(PROGRESS_KEY) {
        Ok(Some(progress)) if progress.is_current() => (progress, None, true),
        Ok(None) => (Progress::default(), None, true),
        Ok(Some(_newer)) => {
            let raw = format!("schema > {}", crate::domain::progress::PROGRESS_SCHEMA);
            let key = storage::StorageError::Corrupted {
                key: PROGRESS_KEY.into(),
                raw,
            };
            (Progress::default(), Some(key), false)
        }
        Err(error) => (Progress::default(), Some(error), false),
    };
    let store = ProgressStore {
        progress: RwSignal::new(progress),
        problem: RwSignal::new(problem),
        writable: StoredValue::new(writable),
    };
    provide_context(store);
    store
}

pub fn use_progress() -> ProgressStore {
    expect_context::<ProgressStore>()
}
