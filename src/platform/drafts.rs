//! The studio's drafts, kept in their own IndexedDB database (apart from
//! the learner's packs): each draft as JSON under its key.
//!
//! Two tabs on one draft: each save says which revision it follows, and a
//! save that follows an older one than is stored is refused, so one tab
//! never writes over what the other saved.

use idb::TransactionMode;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsValue;

use super::added::{StoreError, finish, open_database};
use bransjenorsk_core::content::Media;
use bransjenorsk_core::studio::draft::{Draft, DraftError};

const DB_NAME: &str = "bransjenorsk-studio";
const DB_VERSION: u32 = 1;
/// Draft key → the draft as JSON.
const DRAFTS: &str = "drafts";
/// `<draft key>/<name>` → a recording or picture, as a blob.
const MEDIA: &str = "media";
const STORES: &[&str] = &[DRAFTS, MEDIA];

/// Why a draft could not be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenError {
    NotFound,
    Unreadable(DraftError),
    Store(StoreError),
}

impl From<StoreError> for OpenError {
    fn from(error: StoreError) -> OpenError {
        OpenError::Store(error)
    }
}

impl From<idb::Error> for OpenError {
    fn from(_: idb::Error) -> OpenError {
        OpenError::Store(StoreError::Failed)
    }
}

/// Why a draft was not saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved this draft since it was opened here.
    Conflict,
    Store(StoreError),
}

impl From<StoreError> for SaveError {
    fn from(error: StoreError) -> SaveError {
        SaveError::Store(error)
    }
}

impl From<idb::Error> for SaveError {
    fn from(_: idb::Error) -> SaveError {
        SaveError::Store(StoreError::Failed)
    }
}

/// Every draft, the last saved first, and how many could not be read.
pub async fn list() -> Result<(Vec<Draft>, usize), StoreError> {
    let database = open_database(DB_NAME, DB_VERSION, STORES).await?;
    let transaction = database.transaction(&[DRAFTS], TransactionMode::ReadOnly)?;
    let values = transaction
        .object_store(DRAFTS)?
        .get_all(None, None)?
        .await?;
    let mut drafts = Vec::new();
    let mut unreadable = 0;
    for value in values {
        match value.as_string().map(|text| Draft::from_json(&text)) {
            Some(Ok(draft)) => drafts.push(draft),
            _ => unreadable += 1,
        }
    }
    drafts.sort_by_key(|draft| std::cmp::Reverse(draft.saved));
    Ok((drafts, unreadable))
}

/// The draft `key`.
pub async fn get(key: &str) -> Result<Draft, OpenError> {
    let database = open_database(DB_NAME, DB_VERSION, STORES).await?;
    let transaction = database.transaction(&[DRAFTS], TransactionMode::ReadOnly)?;
    let value = transaction
        .object_store(DRAFTS)?
        .get(JsValue::from_str(key))?
        .await?;
    let text = value
        .and_then(|value| value.as_string())
        .ok_or(OpenError::NotFound)?;
    Draft::from_json(&text).map_err(OpenError::Unreadable)
}

/// Saves `draft`, which follows the revision it carries, as the next
/// revision; returns that revision. Refused if the stored draft is not the
/// one it follows (saved from another tab since).
pub async fn save(draft: &Draft) -> Result<u64, SaveError> {
    let database = open_database(DB_NAME, DB_VERSION, STORES).await?;
    let transaction = database.transaction(&[DRAFTS], TransactionMode::ReadWrite)?;
    let store = transaction.object_store(DRAFTS)?;
    let key = JsValue::from_str(&draft.key);
    let stored = store.get(key.clone())?.await?;
    let stored = stored
        .and_then(|value| value.as_string())
        .and_then(|text| Draft::from_json(&text).ok());
    if stored.is_some_and(|stored| stored.revision != draft.revision) {
        let _ = transaction.abort();
        return Err(SaveError::Conflict);
    }
    let mut next = draft.clone();
    next.revision += 1;
    store.put(&JsValue::from_str(&next.to_json()), Some(&key))?;
    finish(transaction, store).await?;
    Ok(next.revision)
}

/// Every recording kept with the draft `key`, by the name the pack uses.
pub async fn media(key: &str) -> Result<Media, StoreError> {
    let database = open_database(DB_NAME, DB_VERSION, STORES).await?;
    let transaction = database.transaction(&[MEDIA], TransactionMode::ReadOnly)?;
    let values = transaction
        .object_store(MEDIA)?
        .get_all(Some(media_range(key)?), None)?
        .await?;
    let mut media = Media::new();
    for value in values {
        let pair = Array::from(&value);
        if let Some(name) = pair.get(0).as_string() {
            media.insert(name, Uint8Array::new(&pair.get(1)).to_vec());
        }
    }
    Ok(media)
}

/// Keeps `bytes` as the draft's file `name` (none if empty) in place of
/// `old`, in one transaction.
pub async fn put_media(
    key: &str,
    name: &str,
    bytes: &[u8],
    old: Option<&str>,
) -> Result<(), StoreError> {
    let database = open_database(DB_NAME, DB_VERSION, STORES).await?;
    let transaction = database.transaction(&[MEDIA], TransactionMode::ReadWrite)?;
    let store = transaction.object_store(MEDIA)?;
    if let Some(old) = old.filter(|old| *old != name) {
        store.delete(JsValue::from_str(&format!("{key}/{old}")))?;
    }
    if !name.is_empty() {
        let pair = Array::of2(&JsValue::from_str(name), &Uint8Array::from(bytes));
        store.put(&pair, Some(&JsValue::from_str(&format!("{key}/{name}"))))?;
    }
    finish(transaction, store).await
}

/// Every media key of the draft `key`: `<key>/` up to `<key>0`.
fn media_range(key: &str) -> Result<idb::Query, StoreError> {
    let range = idb::KeyRange::bound(
        &JsValue::from_str(&format!("{key}/")),
        &JsValue::from_str(&format!("{key}0")),
        None,
        Some(true),
    )?;
    Ok(idb::Query::KeyRange(range))
}

/// Deletes the draft `key` and its recordings.
pub async fn delete(key: &str) -> Result<(), StoreError> {
    let database = open_database(DB_NAME, DB_VERSION, STORES).await?;
    let transaction = database.transaction(&[DRAFTS, MEDIA], TransactionMode::ReadWrite)?;
    let media = transaction.object_store(MEDIA)?;
    media.delete(media_range(key)?)?;
    transaction
        .object_store(DRAFTS)?
        .delete(JsValue::from_str(key))?;
    finish(transaction, media).await
}
