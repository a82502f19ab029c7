//! The learner's progress in the browser: read at start, saved after
//! every answer, merged with what another tab saved, and never written
//! over when it cannot be read.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::browser;
use crate::platform::storage::{self, Guarded, StorageError, StoreKey};
use bransjenorsk_core::json;
use bransjenorsk_core::practice::Rating;
use bransjenorsk_core::progress::stored;
use bransjenorsk_core::progress::{Answer, Progress};
use bransjenorsk_core::review::ReviewSettings;
use bransjenorsk_core::storage::read;

/// How often answers not yet saved are tried again.
const RETRY: Duration = Duration::from_secs(10);

/// Progress shared through context.
#[derive(Clone, Copy)]
pub struct ProgressStore {
    progress: RwSignal<Progress>,
    settings: RwSignal<ReviewSettings>,
    /// Why the latest answers are not saved, if they are not.
    problem: RwSignal<Option<StorageError>>,
    /// Whether the browser keeps storage when the device is short of space.
    persisted: RwSignal<Option<bool>>,
    /// The text this tab last saved: if storage still holds it, no other
    /// tab has saved since.
    saved: StoredValue<Option<String>>,
    /// Whether answers are held here that storage does not have yet.
    unsaved: StoredValue<bool>,
    asked_to_persist: StoredValue<bool>,
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

    /// Whether storage is kept when the device is short of space; `None`
    /// while unknown (tracked).
    pub fn persisted(self) -> Option<bool> {
        self.persisted.get()
    }

    pub fn settings(self) -> ReviewSettings {
        self.settings.get()
    }

    pub fn set_settings(self, settings: ReviewSettings) -> Result<(), StorageError> {
        let settings = settings.checked();
        self.settings.set(settings);
        storage::set(StoreKey::Review, &settings)
    }

    /// Records an answer given `seconds` after the item was shown, and
    /// saves at once, so leaving loses nothing. What another tab saved is
    /// taken in first, so this answer builds on its reviews.
    pub fn record(self, pack: &str, item: &str, rating: Rating, seconds: u32) {
        let answer = Answer {
            pack,
            item,
            rating,
            at: browser::now(),
            day: browser::today(),
            seconds,
        };
        if storage::may_write(StoreKey::Progress) {
            self.take_in_stored();
        }
        let retention = self.settings.get_untracked().retention;
        self.progress
            .update(|progress| progress.record(&answer, retention));
        let _ = self.save();
    }

    /// A practice session has ended: the moment to ask the browser, once,
    /// to keep the app's storage when the device runs short of space.
    pub fn session_done(self) {
        if self.asked_to_persist.get_value() || self.persisted.get_untracked() == Some(true) {
            return;
        }
        self.asked_to_persist.set_value(true);
        spawn_local(async move {
            let kept = storage::persist().await;
            let _ = self.persisted.try_set(kept);
        });
    }

    /// Saves the progress as it is here. The answers stay in memory if
    /// saving fails (as while unreadable progress could not be set
    /// aside: saving would write over it).
    fn save(self) -> Result<(), StorageError> {
        let text = self.progress.with_untracked(json::to_string);
        let saved = storage::set_raw(StoreKey::Progress, &text).map(|()| {
            self.saved.set_value(Some(text));
        });
        self.unsaved.set_value(saved.is_err());
        self.problem.set(saved.clone().err());
        saved
    }

    /// Tries again to save answers that could not be saved, as space may
    /// have been freed.
    fn retry(self) {
        if !self.unsaved.get_value() {
            return;
        }
        if storage::may_write(StoreKey::Progress) {
            self.take_in_stored();
        }
        let _ = self.save();
    }

    /// Whether answers are held here that are not saved yet.
    pub fn unsaved(self) -> bool {
        self.unsaved.get_value()
    }

    /// Merges in what is stored, if another tab saved since this one did.
    fn take_in_stored(self) {
        let Ok(Some(raw)) = storage::get_raw(StoreKey::Progress) else {
            return;
        };
        if self
            .saved
            .with_value(|saved| saved.as_deref() == Some(&raw))
        {
            return;
        }
        match stored::read(&raw) {
            Ok(theirs) => self.progress.update(|ours| ours.merge(theirs)),
            Err(reason) => {
                storage::keep_aside(Guarded::Progress, raw, reason);
            }
        }
    }

    /// Another tab saved: take its progress in. While this tab's own
    /// answers are saved, what is stored holds them too, so it is taken
    /// as it is (a reset or replacing import elsewhere holds here too).
    fn stored_elsewhere(self, value: Option<String>) {
        let Some(raw) = value else {
            self.progress.set(Progress::default());
            self.saved.set_value(None);
            return;
        };
        let Ok(theirs) = stored::read(&raw) else {
            return;
        };
        if self.problem.get_untracked().is_none() {
            self.progress.set(theirs);
            self.saved.set_value(Some(raw));
        } else {
            self.progress.update(|ours| ours.merge(theirs));
        }
    }

    /// The progress as it is here, saved or not.
    pub fn snapshot(self) -> Progress {
        self.progress.get_untracked()
    }

    /// Deletes all progress, here and in storage.
    pub fn reset(self) -> Result<(), StorageError> {
        storage::remove(StoreKey::Progress)?;
        self.saved.set_value(None);
        self.progress.set(Progress::default());
        self.problem.set(None);
        Ok(())
    }

    /// Asks the browser whether it keeps storage, for the settings page.
    fn check_persisted(self) {
        spawn_local(async move {
            let kept = storage::persisted().await;
            let _ = self.persisted.try_set(kept);
        });
    }
}

/// Loads the stored progress and shares it with the app below.
pub fn provide_progress() -> ProgressStore {
    let settings = storage::read(Guarded::Review, read::review).unwrap_or_default();
    let store = ProgressStore {
        progress: RwSignal::new(Progress::default()),
        settings: RwSignal::new(settings),
        problem: RwSignal::new(None),
        persisted: RwSignal::new(None),
        saved: StoredValue::new(None),
        unsaved: StoredValue::new(false),
        asked_to_persist: StoredValue::new(false),
    };
    match storage::get_raw(StoreKey::Progress) {
        Ok(None) => {}
        Ok(Some(raw)) => match stored::read(&raw) {
            Ok(progress) => {
                store.progress.set(progress);
                store.saved.set_value(Some(raw));
            }
            Err(reason) => {
                storage::keep_aside(Guarded::Progress, raw, reason);
            }
        },
        Err(error) => store.problem.set(Some(error)),
    }
    let progress_key = StoreKey::Progress.key();
    window_event_listener(ev::storage, move |event| {
        if event.key().as_deref() == Some(progress_key.as_str()) {
            store.stored_elsewhere(event.new_value());
        }
        // Another tab may have freed space.
        store.retry();
    });
    // Space may be freed anywhere on the device: answers not saved are
    // tried again now and then, and when the learner comes back.
    set_interval(move || store.retry(), RETRY);
    window_event_listener(ev::focus, move |_| store.retry());
    window_event_listener(ev::beforeunload, move |event| {
        if store.unsaved() {
            event.prevent_default();
            event.set_return_value("unsaved");
        }
    });
    store.check_persisted();
    provide_context(store);
    store
}

pub fn use_progress() -> ProgressStore {
    use_context::<ProgressStore>().expect("ProgressStore is provided by the app")
}

/// The progress as stored, read without the store and never written:
/// for pages beside the app (a report). Empty when there is none, or
/// when storage cannot be read; progress that cannot be read is set
/// aside and told, as the app does.
pub fn read_stored() -> Progress {
    storage::read(Guarded::Progress, stored::read).unwrap_or_default()
}
