//! Browser storage (localStorage through gloo-storage) that never panics.
//!
//! Values are JSON under one of the app's keys ([`StoreKey`],
//! `bransjenorsk.v1.<name>`). Every failure comes back as a
//! [`StorageError`] the UI can explain.

use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use bransjenorsk_core::storage::{StorageError, StoreKey};

/// The page's localStorage, if the browser gives it one. gloo-storage
/// panics when it is missing, so every call checks here first.
fn local() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageError::Unavailable),
        Err(error) => Err(dom_error(&error)),
    }
}

/// Reads the value stored under `key`; `Ok(None)` if there is none.
pub fn get<T: DeserializeOwned>(key: StoreKey) -> Result<Option<T>, StorageError> {
    let storage = local()?;
    let key = key.key();
    match LocalStorage::get::<T>(&key) {
        Ok(value) => Ok(Some(value)),
        Err(GlooError::KeyNotFound(_)) => Ok(None),
        Err(GlooError::SerdeError(_)) => {
            let raw = storage.get_item(&key).ok().flatten().unwrap_or_default();
            Err(StorageError::Corrupted { key, raw })
        }
        Err(GlooError::JsError(error)) => Err(StorageError::from_dom_name(&error.name)),
    }
}

/// Stores `value` under `key`. On any error nothing was written.
pub fn set<T: Serialize + ?Sized>(key: StoreKey, value: &T) -> Result<(), StorageError> {
    local()?;
    match LocalStorage::set(key.key(), value) {
        Ok(()) => Ok(()),
        Err(GlooError::SerdeError(error)) => Err(StorageError::Encode(error.to_string())),
        Err(GlooError::JsError(error)) => Err(StorageError::from_dom_name(&error.name)),
        Err(GlooError::KeyNotFound(_)) => Err(StorageError::Browser("KeyNotFound".into())),
    }
}

/// The text stored under `key`, as it is.
pub fn get_raw(key: StoreKey) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(&key.key())
        .map_err(|error| dom_error(&error))
}

/// Stores `text` under `key` as it is. On any error nothing was written.
pub fn set_raw(key: StoreKey, text: &str) -> Result<(), StorageError> {
    local()?
        .set_item(&key.key(), text)
        .map_err(|error| dom_error(&error))
}

/// Removes the value under `key`.
pub fn remove(key: StoreKey) -> Result<(), StorageError> {
    local()?
        .remove_item(&key.key())
        .map_err(|error| dom_error(&error))
}

/// Checks that storage can be written and read back, without touching any
/// stored value.
pub fn probe() -> Result<(), StorageError> {
    set(StoreKey::Probe, &true)?;
    let read = get::<bool>(StoreKey::Probe);
    let _ = remove(StoreKey::Probe);
    match read? {
        Some(true) => Ok(()),
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
