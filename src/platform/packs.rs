//! Pack files from the app's origin, fetched when first opened and kept in
//! memory for the rest of the visit, so going back and forth costs no data;
//! packs the learner added come from the browser's own store.

use std::cell::RefCell;
use std::collections::HashMap;

use super::added::{self, StoreError};
use super::fetch::{self, FetchError};
use crate::bundled::CATALOG_PATH;
use bransjenorsk_core::added::{AddedPack, PATH_PREFIX};
use bransjenorsk_core::content::{Catalog, PackError, Playable, read_playable};
use bransjenorsk_core::json;

/// Why a pack could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Fetch(FetchError),
    Pack(PackError),
    /// An added pack could not be read from the browser's store.
    Stored(StoreError),
}

thread_local! {
    static LOADED: RefCell<HashMap<String, Playable>> = RefCell::new(HashMap::new());
    static ADDED: RefCell<Vec<AddedPack>> = const { RefCell::new(Vec::new()) };
}

/// The pack at `path` (relative to the app's base), with any item that
/// cannot be played left out.
pub async fn load(path: &str) -> Result<Playable, LoadError> {
    if let Some(pack) = LOADED.with_borrow(|loaded| loaded.get(path).cloned()) {
        return Ok(pack);
    }
    let pack = match path.strip_prefix(PATH_PREFIX) {
        Some(id) => load_added(id).await?,
        None => {
            let text = fetch::text(path).await.map_err(LoadError::Fetch)?;
            read_playable(&text).map_err(LoadError::Pack)?
        }
    };
    LOADED.with_borrow_mut(|loaded| loaded.insert(path.to_owned(), pack.clone()));
    Ok(pack)
}

/// An added pack, its recordings and pictures named by addresses of the
/// blobs kept with it (valid while the page is open).
async fn load_added(id: &str) -> Result<Playable, LoadError> {
    let record = added_pack(id).ok_or(LoadError::Stored(StoreError::Failed))?;
    let text = added::body(id).await.map_err(LoadError::Stored)?;
    let mut playable = read_playable(&text).map_err(LoadError::Pack)?;
    let urls: Vec<(String, String)> = added::media(&record)
        .await
        .map_err(LoadError::Stored)?
        .into_iter()
        .filter_map(|(name, blob)| {
            Some((name, web_sys::Url::create_object_url_with_blob(&blob).ok()?))
        })
        .collect();
    let pack = &mut playable.pack;
    let named = pack
        .vocabulary
        .iter_mut()
        .map(|word| &mut word.audio)
        .chain(
            pack.items
                .iter_mut()
                .flat_map(|item| [&mut item.audio, &mut item.image]),
        );
    for media in named {
        if let Some(name) = media.take() {
            // A file that is gone is played as no file at all.
            *media = urls
                .iter()
                .find(|(kept, _)| *kept == name)
                .map(|(_, url)| url.clone());
        }
    }
    Ok(playable)
}

/// The packs the learner added, read at start.
pub fn added_packs() -> Vec<AddedPack> {
    ADDED.with_borrow(Clone::clone)
}

/// The added pack `id`, if the learner added it.
pub fn added_pack(id: &str) -> Option<AddedPack> {
    ADDED.with_borrow(|packs| packs.iter().find(|pack| pack.id() == id).cloned())
}

/// Reads the added packs again (one was kept or removed) and lists them in
/// the catalog in place of those before.
pub async fn refresh_added() -> Vec<AddedPack> {
    let packs = load_added_list().await;
    crate::bundled::set_added(&packs);
    packs
}

/// Reads the packs the learner added; none where the browser keeps none.
pub async fn load_added_list() -> Vec<AddedPack> {
    let packs = added::list().await.unwrap_or_default();
    ADDED.set(packs.clone());
    packs
}

/// Starts downloading the catalog of bundled packs; `None` if it cannot be
/// downloaded or read.
pub fn load_catalog() -> impl Future<Output = Option<Catalog>> + use<> {
    let text = fetch::text(CATALOG_PATH);
    async move { json::from_str(&text.await.ok()?) }
}

/// The folder of a pack file, ending in `/`: its recordings and pictures
/// are named relative to it.
pub fn folder(path: &str) -> String {
    if path.starts_with(PATH_PREFIX) {
        // An added pack names its media by full (blob) addresses.
        return String::new();
    }
    path.rsplit_once('/')
        .map_or(String::new(), |(dir, _)| format!("{dir}/"))
}
