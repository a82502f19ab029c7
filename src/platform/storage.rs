//! Browser storage (localStorage) that never panics and never writes
//! over what it cannot read.
//!
//! Each value lives under one of the app's keys ([`StoreKey`],
//! `bransjenorsk.v1.<name>`). A kept value is read with its reader
//! (`bransjenorsk_core::storage::read`); text the reader cannot take is set
//! aside under a quarantine key and listed in [`set_aside`], for the page
//! to tell the person. Every failure comes back as a [`StorageError`] the
//! UI can explain.

use std::cell::RefCell;

use bransjenorsk_core::json::{self, ToJson};

use bransjenorsk_core::assignment::shelf::Shelf;
pub use bransjenorsk_core::storage::read::Unreadable;
use bransjenorsk_core::storage::read::set_aside_place;
pub use bransjenorsk_core::storage::{Guarded, StorageError, StoreKey};

/// A kept value that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub value: Guarded,
    pub reason: Unreadable,
    /// The text as it was stored, for the person to download.
    pub raw: String,
    /// Where a copy is kept; `None` when there was no room for one, and
    /// then nothing is written over the value.
    pub kept_as: Option<StoreKey>,
}

thread_local! {
    /// What this page set aside, until the person has seen it.
    static SET_ASIDE: RefCell<Vec<SetAside>> = const { RefCell::new(Vec::new()) };
    /// Told when something more is set aside.
    static ON_SET_ASIDE: RefCell<Option<Box<dyn Fn()>>> = const { RefCell::new(None) };
}

/// The page's localStorage, if the browser gives it one.
fn local() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageError::Unavailable),
        Err(error) => Err(dom_error(&error)),
    }
}

/// Reads `value` with `reader`; `None` if nothing is stored, storage
/// cannot be read, or the text is unreadable (then it is set aside).
pub fn read<T>(value: Guarded, reader: fn(&str) -> Result<T, Unreadable>) -> Option<T> {
    let raw = get_raw(value.key()).ok().flatten()?;
    match reader(&raw) {
        Ok(read) => Some(read),
        Err(reason) => {
            keep_aside(value, raw, reason);
            None
        }
    }
}

/// Sets `raw`, the unreadable text of `value`, aside where it is never
/// written over, and lists it for the page to tell. Whether a copy is
/// kept; if not, nothing may be written over the value.
pub fn keep_aside(value: Guarded, raw: String, reason: Unreadable) -> bool {
    let same = |set_aside: &SetAside| set_aside.value == value && set_aside.raw == raw;
    let listed = SET_ASIDE.with_borrow(|list| list.iter().find(|s| same(s)).map(|s| s.kept_as));
    if let Some(Some(_)) = listed {
        return true;
    }
    let place = set_aside_place(value, &raw, |key| get_raw(key).ok());
    let kept_as = place.filter(|&place| {
        get_raw(place).ok().flatten().as_deref() == Some(&*raw) || set_raw(place, &raw).is_ok()
    });
    if listed.is_some() && kept_as.is_none() {
        // Still no room: nothing new to tell.
        return false;
    }
    SET_ASIDE.with_borrow_mut(|list| {
        if let Some(listed) = list.iter_mut().find(|s| same(s)) {
            listed.kept_as = kept_as;
        } else {
            let set_aside = SetAside {
                value,
                reason,
                raw: raw.clone(),
                kept_as,
            };
            list.push(set_aside);
        }
    });
    ON_SET_ASIDE.with_borrow(|on| on.as_ref().map(|on| on()));
    kept_as.is_some()
}

/// What this page set aside and has not yet been dismissed.
pub fn set_aside() -> Vec<SetAside> {
    SET_ASIDE.with_borrow(Clone::clone)
}

/// Calls `on` whenever something more is set aside or dismissed.
pub fn on_set_aside(on: impl Fn() + 'static) {
    ON_SET_ASIDE.with_borrow_mut(|slot| *slot = Some(Box::new(on)));
}

/// The person has seen that `value` was set aside: once a copy is kept,
/// the unreadable text leaves the value's key (unless something new was
/// saved there since), so it is not told again.
pub fn dismiss_set_aside(value: Guarded) {
    let seen: Vec<SetAside> = SET_ASIDE.with_borrow_mut(|list| {
        let (seen, rest) = std::mem::take(list)
            .into_iter()
            .partition(|set_aside| set_aside.value == value && set_aside.kept_as.is_some());
        *list = rest;
        seen
    });
    for set_aside in seen {
        let _ = clear_unreadable(&set_aside);
    }
    ON_SET_ASIDE.with_borrow(|on| on.as_ref().map(|on| on()));
}

/// Removes the unreadable text of `set_aside` from its value's key: the
/// whole value, or a shelf's unreadable lines.
fn clear_unreadable(set_aside: &SetAside) -> Result<(), StorageError> {
    let key = set_aside.value.key();
    let Some(text) = get_raw(key)? else {
        return Ok(());
    };
    match set_aside.value {
        Guarded::Assignments | Guarded::Mentor => {
            let mut shelf = Shelf::read(&text);
            let before = shelf.unreadable.len();
            shelf
                .unreadable
                .retain(|line| !set_aside.raw.lines().any(|seen| seen == line));
            if shelf.unreadable.len() < before {
                set_raw(key, &shelf.write())?;
            }
            Ok(())
        }
        _ if text == set_aside.raw => remove(key),
        _ => Ok(()),
    }
}

/// False while `key` holds unreadable text that could not be kept
/// elsewhere: writing would lose it. Each time it is asked, the copy is
/// tried again, so space freed since lets the value be written.
pub fn may_write(key: StoreKey) -> bool {
    let waiting: Vec<SetAside> = SET_ASIDE.with_borrow(|list| {
        list.iter()
            .filter(|set_aside| set_aside.value.key() == key && set_aside.kept_as.is_none())
            .cloned()
            .collect()
    });
    waiting
        .into_iter()
        .all(|set_aside| keep_aside(set_aside.value, set_aside.raw, set_aside.reason))
}

/// Stores `value` under `key` as JSON. On any error nothing was written.
pub fn set<T: ToJson + ?Sized>(key: StoreKey, value: &T) -> Result<(), StorageError> {
    set_raw(key, &json::to_string(value))
}

/// The text stored under `key`, as it is.
pub fn get_raw(key: StoreKey) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(&key.key())
        .map_err(|error| dom_error(&error))
}

/// Stores `text` under `key` as it is. On any error nothing was written.
pub fn set_raw(key: StoreKey, text: &str) -> Result<(), StorageError> {
    if !may_write(key) {
        return Err(StorageError::Corrupted {
            key: key.key(),
            raw: String::new(),
        });
    }
    local()?
        .set_item(&key.key(), text)
        .map_err(|error| dom_error(&error))
}

/// Removes the value under `key`.
pub fn remove(key: StoreKey) -> Result<(), StorageError> {
    if !may_write(key) {
        return Err(StorageError::Corrupted {
            key: key.key(),
            raw: String::new(),
        });
    }
    local()?
        .remove_item(&key.key())
        .map_err(|error| dom_error(&error))
}

/// Checks that storage can be written and read back, without touching any
/// stored value.
pub fn probe() -> Result<(), StorageError> {
    set_raw(StoreKey::Probe, "true")?;
    let read = get_raw(StoreKey::Probe);
    let _ = remove(StoreKey::Probe);
    match read?.as_deref() {
        Some("true") => Ok(()),
        _ => Err(StorageError::Browser("probe read back nothing".into())),
    }
}

fn dom_error(error: &wasm_bindgen::JsValue) -> StorageError {
    let name = js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default();
    StorageError::from_dom_name(&name)
}

/// Asks the browser to keep the app's storage even when the device runs
/// short of space; `Some(true)` if it will, `None` if it cannot say.
pub async fn persist() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Whether the browser keeps the app's storage even when short of space.
pub async fn persisted() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}
