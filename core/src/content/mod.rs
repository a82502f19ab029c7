//! Content packs: the pack file format, how it is read and checked, and the
//! catalog built from the bundled packs.
//!
//! No browser or build-tool dependencies here, so `build.rs` and the
//! `packcheck` tool read it too.

mod catalog;
mod files;
mod item;
mod json;
mod media;
mod model;
#[cfg(test)]
mod mutations;
mod packfile;
mod playable;
mod problem;
mod read;
mod report;
mod shape;
mod texts;
mod validate;

pub use catalog::{Catalog, CatalogEntry};
pub use files::{
    CheckedPack, Found, Report, catalog as catalog_of, check_files, find_packs, pack_files,
    pack_json,
};
pub use item::{Exercise, Item, Speaker, Support, Turn, TurnOption, Whys};
pub use media::MediaKind;
pub use model::*;
pub use packfile::{
    MAX_ZIP_BYTES, Media, OpenedPack, PackFile, check_pack_file, is_zip, unzip, zip_pack,
};
pub use playable::{Playable, read_playable};
pub use problem::{Arg, Location, Problem, ProblemKind, Slip, Subject};
pub use read::{MAX_PACK_BYTES, Step, locate, read_pack};
pub use report::{CheckReport, Message, ProblemReport, check_report};
pub use shape::Want;
pub use texts::each_text;
pub use validate::{
    Context, GAP, MAX_AUDIO_BYTES, MAX_IMAGE_BYTES, check_pack, check_pack_bytes, check_read,
    has_invisible, has_markup, is_id, is_version,
};

use super::lang::Lang;
