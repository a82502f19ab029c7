//! Thin adapters over browser APIs: storage, fetch, files, sharing, the
//! router, sound, the microphone and the service worker. No decisions here: they live in the
//! core (`bransjenorsk_core`), and the shared state in `state`.

pub mod added;
pub mod assignments;
pub mod browser;
pub mod checker;
pub mod drafts;
pub mod fetch;
pub mod file;
pub mod offline;
pub mod packs;
pub mod paths;
pub mod recorder;
pub mod router;
pub mod share;
pub mod sound;
pub mod storage;
