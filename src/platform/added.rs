//! Packs a learner added, kept in the browser's IndexedDB: a record of each
//! (what the catalog lists), the pack itself as JSON, and its recordings
//! and pictures as blobs. A pack is kept or removed in one transaction, so
//! it is never half there.

use idb::{Database, DatabaseEvent, Factory, KeyRange, ObjectStoreParams, Query, TransactionMode};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag};

use bransjenorsk_core::added::AddedPack;
use bransjenorsk_core::json;

const DB_NAME: &str = "bransjenorsk";
const DB_VERSION: u32 = 1;
/// Pack id → the record (`AddedPack` as JSON).
const RECORDS: &str = "packs";
/// Pack id → the pack as JSON.
const BODIES: &str = "bodies";
/// `<pack id>/<name>` → a recording or picture, as a blob.
const MEDIA: &str = "media";

/// Why a pack could not be kept, read or removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser keeps no data for this site (private mode, say).
    Unavailable,
    /// The device or the browser's share for this site is full.
    Full,
    /// Anything else the store refused.
    Failed,
}

impl StoreError {
    pub const fn message_id(self) -> &'static str {
        match self {
            StoreError::Unavailable => "added-store-unavailable",
            StoreError::Full => "added-store-full",
            StoreError::Failed => "added-store-failed",
        }
    }
}

impl From<idb::Error> for StoreError {
    fn from(_: idb::Error) -> StoreError {
        StoreError::Failed
    }
}

/// A connection, closed when dropped (once its transactions are done), so
/// a later version of the database never waits for an open tab.
pub(super) struct Connection(Database);

impl Drop for Connection {
    fn drop(&mut self) {
        self.0.close();
    }
}

impl std::ops::Deref for Connection {
    type Target = Database;

    fn deref(&self) -> &Database {
        &self.0
    }
}

async fn open() -> Result<Connection, StoreError> {
    open_database(DB_NAME, DB_VERSION, &[RECORDS, BODIES, MEDIA]).await
}

/// Opens the database `name`, made with `stores` if it is new.
pub(super) async fn open_database(
    name: &str,
    version: u32,
    stores: &'static [&'static str],
) -> Result<Connection, StoreError> {
    let factory = Factory::new().map_err(|_| StoreError::Unavailable)?;
    let mut request = factory
        .open(name, Some(version))
        .map_err(|_| StoreError::Unavailable)?;
    request.on_upgrade_needed(move |event| {
        let Ok(database) = event.database() else {
            return;
        };
        let have = database.store_names();
        for &store in stores {
            if !have.iter().any(|name| name == store) {
                let _ = database.create_object_store(store, ObjectStoreParams::new());
            }
        }
    });
    request
        .await
        .map(Connection)
        .map_err(|_| StoreError::Unavailable)
}

/// Every added pack's record, by id (the store's order of its keys); a
/// damaged record is left out.
pub async fn list() -> Result<Vec<AddedPack>, StoreError> {
    let database = open().await?;
    let transaction = database.transaction(&[RECORDS], TransactionMode::ReadOnly)?;
    let values = transaction
        .object_store(RECORDS)?
        .get_all(None, None)?
        .await?;
    Ok(values
        .iter()
        .filter_map(|value| AddedPack::read(&value.as_string()?))
        .collect())
}

/// The pack `id` as JSON.
pub async fn body(id: &str) -> Result<String, StoreError> {
    let database = open().await?;
    let transaction = database.transaction(&[BODIES], TransactionMode::ReadOnly)?;
    let value = transaction
        .object_store(BODIES)?
        .get(JsValue::from_str(id))?
        .await?;
    value
        .and_then(|value| value.as_string())
        .ok_or(StoreError::Failed)
}

/// The pack's recordings and pictures as blobs, by the names it uses.
pub async fn media(record: &AddedPack) -> Result<Vec<(String, Blob)>, StoreError> {
    let database = open().await?;
    let transaction = database.transaction(&[MEDIA], TransactionMode::ReadOnly)?;
    let store = transaction.object_store(MEDIA)?;
    let mut found = Vec::with_capacity(record.media.len());
    for name in &record.media {
        let key = JsValue::from_str(&media_key(record.id(), name));
        if let Some(blob) = store.get(key)?.await?.and_then(|v| v.dyn_into().ok()) {
            found.push((name.clone(), blob));
        }
    }
    Ok(found)
}

/// A recording or picture to keep with a pack.
pub struct MediaFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub mime: &'static str,
}

/// Keeps a checked pack, or its newer version in place of the old one,
/// with its media: all of it, or (the store full, say) none of it.
pub async fn keep(record: &AddedPack, body: &str, media: &[MediaFile]) -> Result<(), StoreError> {
    let text = json::to_string(record);
    let blobs = media
        .iter()
        .map(|file| Ok((media_key(record.id(), &file.name), blob(file)?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    let database = open().await?;
    let transaction =
        database.transaction(&[RECORDS, BODIES, MEDIA], TransactionMode::ReadWrite)?;
    let media_store = transaction.object_store(MEDIA)?;
    let id = JsValue::from_str(record.id());
    // An older version's media go first; requests run in order.
    media_store.delete(media_range(record.id())?)?;
    for (key, blob) in &blobs {
        media_store.put(blob, Some(&JsValue::from_str(key)))?;
    }
    transaction
        .object_store(BODIES)?
        .put(&JsValue::from_str(body), Some(&id))?;
    transaction
        .object_store(RECORDS)?
        .put(&JsValue::from_str(&text), Some(&id))?;
    finish(transaction, media_store).await
}

/// Removes the pack `id` and its media.
pub async fn remove(id: &str) -> Result<(), StoreError> {
    let database = open().await?;
    let transaction =
        database.transaction(&[RECORDS, BODIES, MEDIA], TransactionMode::ReadWrite)?;
    let key = JsValue::from_str(id);
    let media_store = transaction.object_store(MEDIA)?;
    media_store.delete(media_range(id)?)?;
    transaction.object_store(BODIES)?.delete(key.clone())?;
    transaction.object_store(RECORDS)?.delete(key)?;
    finish(transaction, media_store).await
}

/// Commits, and says why if the browser aborted the transaction.
pub(super) async fn finish(
    transaction: idb::Transaction,
    store: idb::ObjectStore,
) -> Result<(), StoreError> {
    let result = transaction.await;
    if matches!(result, Ok(ref done) if done.is_committed()) {
        return Ok(());
    }
    let full = store
        .transaction()
        .error()
        .is_some_and(|error| error.name() == "QuotaExceededError");
    Err(if full {
        StoreError::Full
    } else {
        StoreError::Failed
    })
}

fn media_key(id: &str, name: &str) -> String {
    format!("{id}/{name}")
}

/// Every media key of the pack `id`: `<id>/` up to `<id>0` (`0` follows `/`).
fn media_range(id: &str) -> Result<Query, StoreError> {
    let range = KeyRange::bound(
        &JsValue::from_str(&format!("{id}/")),
        &JsValue::from_str(&format!("{id}0")),
        None,
        Some(true),
    )?;
    Ok(Query::KeyRange(range))
}

fn blob(file: &MediaFile) -> Result<Blob, StoreError> {
    let parts = Array::of1(&Uint8Array::from(file.bytes.as_slice()));
    let options = BlobPropertyBag::new();
    options.set_type(file.mime);
    Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|_| StoreError::Failed)
}
