//! Thin adapters over browser APIs. No decisions here: they live in
//! `domain`, which these only feed.

pub mod assignments;
pub mod browser;
pub mod checker;
pub mod fetch;
pub mod file;
pub mod packs;
pub mod paths;
pub mod progress;
pub mod recorder;
pub mod router;
pub mod share;
pub mod sound;
pub mod storage;
