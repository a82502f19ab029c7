//! A pack as it travels: a `.toml` alone, or a `.zip` that any zip tool
//! makes, with the pack's `.toml` at its top and the recordings and
//! pictures it names beside it.
//!
//! A zip from outside is read with care: its size, the number of files and
//! each file's unpacked size are bounded before and while reading, names
//! that climb out of the pack (`../`, `/etc`) are refused, and nothing the
//! pack does not name is kept.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use super::media::MediaKind;
use super::model::Pack;
use super::problem::{Problem, ProblemKind, Subject};
use super::read::MAX_PACK_BYTES;
use super::validate::{Context, MAX_MEDIA_BYTES, check_pack_bytes};

/// The largest zip read: a pack file and its media at their limits, with
/// room for what zip adds.
pub const MAX_ZIP_BYTES: usize = MAX_PACK_BYTES + MAX_MEDIA_BYTES as usize + 256 * 1024;
/// The most files a zip may hold.
pub const MAX_ZIP_FILES: usize = 200;
/// The most any one file in a zip may unpack to; the checks then hold each
/// file to its own, smaller limit, at the line that names it.
const MAX_ENTRY_BYTES: u64 = MAX_PACK_BYTES as u64;
/// The most all files in a zip may unpack to together.
const MAX_UNPACKED_BYTES: u64 = 2 * MAX_ZIP_BYTES as u64;

/// Recordings and pictures by the names the pack uses.
pub type Media = BTreeMap<String, Vec<u8>>;

/// A pack file's text and the recordings and pictures beside it, by the
/// names the pack uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackFile {
    pub toml: Vec<u8>,
    pub media: Media,
}

/// A pack read from one file and checked, with its media.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedPack {
    pub pack: Pack,
    pub media: Media,
}

/// Whether the bytes are a zip file.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// A pack as one `.zip`, as teachers hand it out: its file `name` at the
/// top and beside it its recordings and pictures.
pub fn zip_pack(name: &str, toml: &[u8], media: &Media) -> Vec<u8> {
    let files: Vec<(&str, &[u8])> = std::iter::once((name, toml))
        .chain(
            media
                .iter()
                .map(|(file, bytes)| (file.as_str(), bytes.as_slice())),
        )
        .collect();
    stored_zip(&files)
}

/// A `.zip` of `files`, each stored as it is: recordings and pictures are
/// compressed already and a pack's text is small, so the studio carries
/// no compressor. Sizes are within a pack's limits, far below 4 GB.
fn stored_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    // Version 2.0, names in UTF-8, stored, 1980-01-01 00:00.
    const VERSION: u16 = 20;
    const UTF8_NAMES: u16 = 0x0800;
    const DATE: u16 = 0x21;
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in files {
        let offset = out.len() as u32;
        let size = (bytes.len() as u32).to_le_bytes();
        let crc = crc32fast::hash(bytes).to_le_bytes();
        let name_len = (name.len() as u16).to_le_bytes();
        let common = [
            &VERSION.to_le_bytes()[..],
            &UTF8_NAMES.to_le_bytes(),
            &0u16.to_le_bytes(),
            &0u16.to_le_bytes(),
            &DATE.to_le_bytes(),
            &crc,
            &size,
            &size,
            &name_len,
            &0u16.to_le_bytes(),
        ]
        .concat();
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(&common);
        out.extend(name.as_bytes());
        out.extend(*bytes);
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(VERSION.to_le_bytes());
        central.extend(&common);
        // Comment length, disk, internal and external attributes.
        central.extend([0u8; 10]);
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let count = (files.len() as u16).to_le_bytes();
    let directory_at = (out.len() as u32).to_le_bytes();
    let directory_size = (central.len() as u32).to_le_bytes();
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend(count);
    out.extend(count);
    out.extend(directory_size);
    out.extend(directory_at);
    out.extend(0u16.to_le_bytes());
    out
}

/// Reads a pack file, a `.toml` or a `.zip` told apart by its content, and
/// checks it with everything beside it: the same checks as a pack in a
/// folder, and the recordings' and pictures' real types. `context` says
/// what else is known (the packs a prerequisite may name).
pub fn check_pack_file(bytes: Vec<u8>, context: &Context) -> Result<OpenedPack, Vec<Problem>> {
    let file = if is_zip(&bytes) {
        unzip(&bytes).map_err(|kind| vec![pack_problem(kind)])?
    } else {
        PackFile {
            toml: bytes,
            media: BTreeMap::new(),
        }
    };
    let PackFile { toml, media } = file;
    let mut pack = {
        let size = |name: &str| media.get(name).map(|bytes| bytes.len() as u64);
        let kind = |name: &str| {
            media
                .get(name)
                .and_then(|bytes| MediaKind::of_content(bytes))
        };
        let context = Context {
            folder: context.folder,
            file_size: Some(&size),
            content_kind: Some(&kind),
            known_packs: context.known_packs,
        };
        check_pack_bytes(toml, &context)
    };
    if let Ok(checked) = &pack {
        let named: Vec<&str> = checked.media().collect();
        let unnamed: Vec<Problem> = media
            .keys()
            .filter(|name| !named.contains(&name.as_str()))
            .map(|name| pack_problem(ProblemKind::ZipFileNotNamed(name.clone())))
            .collect();
        if !unnamed.is_empty() {
            pack = Err(unnamed);
        }
    }
    pack.map(|pack| OpenedPack { pack, media })
}

fn pack_problem(kind: ProblemKind) -> Problem {
    Problem {
        subject: Subject::Pack,
        kind,
        location: None,
        field: None,
    }
}

/// The pack file and media in a zip, or why they cannot be taken out.
pub fn unzip(bytes: &[u8]) -> Result<PackFile, ProblemKind> {
    if bytes.len() > MAX_ZIP_BYTES {
        return Err(ProblemKind::FileTooLarge {
            size: bytes.len(),
            limit: MAX_ZIP_BYTES,
        });
    }
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ProblemKind::ZipDamaged)?;
    if archive.len() > MAX_ZIP_FILES {
        return Err(ProblemKind::ZipTooManyFiles {
            count: archive.len(),
            limit: MAX_ZIP_FILES,
        });
    }
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut unpacked = 0;
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(|error| match error {
            zip::result::ZipError::UnsupportedArchive(_) => ProblemKind::ZipUnsupported,
            _ => ProblemKind::ZipDamaged,
        })?;
        let name = entry
            .name()
            .map_err(|_| ProblemKind::ZipDamaged)?
            .replace('\\', "/");
        if !is_inside(name.trim_end_matches('/')) {
            return Err(ProblemKind::ZipUnsafeName(name));
        }
        if entry.is_dir() || is_hidden(&name) {
            continue;
        }
        if entry.encrypted() {
            return Err(ProblemKind::ZipUnsupported);
        }
        // Read one byte more than allowed: a file that says it is small but
        // is not is caught all the same.
        let mut content = Vec::new();
        (&mut entry)
            .take(MAX_ENTRY_BYTES + 1)
            .read_to_end(&mut content)
            .map_err(|_| ProblemKind::ZipDamaged)?;
        if content.len() as u64 > MAX_ENTRY_BYTES {
            return Err(ProblemKind::ZipFileTooLarge {
                file: name,
                limit: MAX_ENTRY_BYTES,
            });
        }
        unpacked += content.len() as u64;
        if unpacked > MAX_UNPACKED_BYTES {
            return Err(ProblemKind::ZipTooLarge {
                limit: MAX_UNPACKED_BYTES,
            });
        }
        files.push((name, content));
    }
    // A zip of the pack's folder, rather than of what is in it, holds all
    // in one folder: read it as if it did not.
    if let Some(folder) = only_folder(&files) {
        for (name, _) in &mut files {
            name.drain(..=folder);
        }
    }
    let (toml, media): (Vec<_>, Vec<_>) = files
        .into_iter()
        .partition(|(name, _)| !name.contains('/') && name.to_ascii_lowercase().ends_with(".toml"));
    match <[_; 1]>::try_from(toml) {
        Ok([(_, toml)]) => Ok(PackFile {
            toml,
            media: media.into_iter().collect(),
        }),
        Err(toml) if toml.is_empty() => Err(ProblemKind::ZipNoPack),
        Err(toml) => Err(ProblemKind::ZipManyPacks(
            toml.into_iter().map(|(name, _)| name).collect(),
        )),
    }
}

/// The length of the one folder every file lies in, if they all do.
fn only_folder(files: &[(String, Vec<u8>)]) -> Option<usize> {
    let (first, _) = files.first()?;
    let folder = &first[..first.find('/')? + 1];
    files
        .iter()
        .all(|(name, _)| name.starts_with(folder))
        .then_some(folder.len() - 1)
}

/// Files a computer adds to a zip on its own: `__MACOSX/…`, `.DS_Store`.
fn is_hidden(name: &str) -> bool {
    name.split('/')
        .any(|part| part.starts_with('.') || part == "__MACOSX")
}

/// A relative name that stays inside the pack.
fn is_inside(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains(':')
        && name.split('/').all(|part| !part.is_empty() && part != "..")
}

#[cfg(test)]
mod tests;
