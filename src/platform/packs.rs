//! Pack files from the app's origin, fetched when first opened and kept in
//! memory for the rest of the visit, so going back and forth costs no data.

use std::cell::RefCell;
use std::collections::HashMap;

use super::fetch::{self, FetchError};
use crate::bundled::CATALOG_PATH;
use bransjenorsk_core::content::{Catalog, PackError, Playable, read_playable};

/// Why a pack could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Fetch(FetchError),
    Pack(PackError),
}

thread_local! {
    static LOADED: RefCell<HashMap<String, Playable>> = RefCell::new(HashMap::new());
}

/// The pack at `path` (relative to the app's base), with any item that
/// cannot be played left out.
pub async fn load(path: &str) -> Result<Playable, LoadError> {
    if let Some(pack) = LOADED.with_borrow(|loaded| loaded.get(path).cloned()) {
        return Ok(pack);
    }
    let text = fetch::text(path).await.map_err(LoadError::Fetch)?;
    let pack = read_playable(&text).map_err(LoadError::Pack)?;
    LOADED.with_borrow_mut(|loaded| loaded.insert(path.to_owned(), pack.clone()));
    Ok(pack)
}

/// Starts downloading the catalog of bundled packs; `None` if it cannot be
/// downloaded or read.
pub fn load_catalog() -> impl Future<Output = Option<Catalog>> + use<> {
    let text = fetch::text(CATALOG_PATH);
    async move { serde_json::from_str(&text.await.ok()?).ok() }
}

/// The folder of a pack file, ending in `/`: its recordings and pictures
/// are named relative to it.
pub fn folder(path: &str) -> String {
    path.rsplit_once('/')
        .map_or(String::new(), |(dir, _)| format!("{dir}/"))
}
