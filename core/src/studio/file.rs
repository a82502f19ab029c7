//! A draft put together as the pack file it is handed out as, and a pack
//! file opened to be edited. The studio's page writes the pack's text; the
//! checker's worker puts the file together, checks it and opens files, so
//! the page carries neither the TOML reader nor the zip reader.

use std::collections::{BTreeSet, HashSet};

use crate::content::{
    CheckReport, Context, Media, Pack, PackFile, Problem, ProblemKind, ProblemReport, Subject,
    check_pack_file, is_zip, read_pack, unzip, zip_pack,
};

use super::draft::pack_toml;

/// A pack's file before it is put together: the name and text of its
/// `.toml`, and the recordings and pictures the pack names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parts {
    pub name: String,
    pub toml: String,
    pub media: Media,
}

impl Parts {
    /// The parts of `pack`, with those of `media` it names (a recording
    /// replaced or removed is left behind).
    pub fn of(pack: &Pack, media: &Media) -> Parts {
        let named: BTreeSet<&str> = pack.media().collect();
        Parts {
            name: format!("{}.toml", pack.pack.id),
            toml: pack_toml(pack),
            media: media
                .iter()
                .filter(|(name, _)| named.contains(name.as_str()))
                .map(|(name, bytes)| (name.clone(), bytes.clone()))
                .collect(),
        }
    }

    /// The file: the `.toml` alone, or with recordings or pictures, all of
    /// them in one `.zip`.
    pub fn bytes(&self) -> Vec<u8> {
        if self.media.is_empty() {
            return self.toml.clone().into_bytes();
        }
        zip_pack(&self.name, self.toml.as_bytes(), &self.media)
    }
}

/// A draft as a file: its bytes and what the checker says of exactly
/// those bytes.
#[derive(Debug)]
pub struct Written {
    pub report: CheckReport,
    pub bytes: Vec<u8>,
}

/// Puts `parts` together and checks the file as a learner's app will
/// when it is added: every recording and picture it names must be in it.
/// `known` are the pack ids a prerequisite may name.
pub fn write(parts: &Parts, known: &HashSet<String>) -> Written {
    let bytes = parts.bytes();
    let context = Context {
        folder: None,
        file_size: None,
        content_kind: None,
        known_packs: Some(known),
    };
    let report = match check_pack_file(bytes.clone(), &context) {
        Ok(opened) => CheckReport::passed(&opened.pack),
        Err(found) => CheckReport::Failed(found.iter().map(ProblemReport::from).collect()),
    };
    Written { report, bytes }
}

/// Opens a pack file (`.toml` or `.zip`) to edit it: the pack and the
/// recordings and pictures beside it. A pack the checker would fault
/// still opens, so that it can be mended; only one that cannot be read is
/// refused, with why.
pub fn open(bytes: Vec<u8>) -> Result<(Pack, Media), Vec<ProblemReport>> {
    let fail = |kind| {
        vec![ProblemReport::from(&Problem {
            subject: Subject::Pack,
            kind,
            location: None,
            field: None,
        })]
    };
    let file = if is_zip(&bytes) {
        unzip(&bytes).map_err(fail)?
    } else {
        PackFile {
            toml: bytes,
            media: Media::new(),
        }
    };
    let text = String::from_utf8(file.toml).map_err(|_| fail(ProblemKind::NotUtf8))?;
    let pack = read_pack(&text)
        .map_err(|found| found.iter().map(ProblemReport::from).collect::<Vec<_>>())?;
    Ok((pack, file.media))
}

#[cfg(test)]
mod tests;
