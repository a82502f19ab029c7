//! Where a learner who has not added a teacher's pack gets it from an
//! assignment: the pack's web address, or the pack itself inside the link.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_with_limit};

use super::wire::{Malformed, Reader, Writer};
use super::{Assignment, MAX_PAYLOAD_CHARS, Shared};
use crate::added::{AddedPack, Origin};
use crate::content::MAX_PACK_BYTES;
use crate::packlink::{PackLink, PackLinkError, check_address};

/// How an assigned pack that is not bundled reaches the learner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackSource {
    /// The address of the pack file on the web.
    At(String),
    /// The pack as the app keeps it (JSON), deflated. Kept deflated so the
    /// message, and with it the assignment's id, never changes.
    Inside(Vec<u8>),
}

const AT: u8 = 1;
const INSIDE: u8 = 2;

impl PackSource {
    /// The pack as the app keeps it, to travel inside the link.
    pub fn inside(json: &str) -> PackSource {
        PackSource::Inside(compress_to_vec(json.as_bytes(), 10))
    }

    /// Where a mentor's added pack can be got again: its web address, or
    /// the pack itself when it came as a file without recordings or
    /// pictures (those do not travel in a link). `json` is the pack as
    /// kept.
    pub fn for_added(record: &AddedPack, json: Option<&str>) -> Option<PackSource> {
        match &record.origin {
            Origin::Web { address } => Some(PackSource::At(address.clone())),
            Origin::Sent if record.media.is_empty() => json.map(PackSource::inside),
            Origin::Sent => None,
        }
    }

    /// The pack link that brings it: checked, and unpacked no further than
    /// a pack may be.
    pub fn link(&self) -> Result<PackLink, PackLinkError> {
        match self {
            PackSource::At(address) => {
                check_address(address)?;
                Ok(PackLink::At(address.clone()))
            }
            PackSource::Inside(deflated) => {
                let text =
                    decompress_to_vec_with_limit(deflated, MAX_PACK_BYTES).map_err(|error| {
                        match error.status {
                            TINFLStatus::HasMoreOutput => PackLinkError::TooLarge,
                            _ => PackLinkError::Broken,
                        }
                    })?;
                Ok(PackLink::Inside(
                    String::from_utf8_lossy(&text).into_owned(),
                ))
            }
        }
    }

    fn size(&self) -> usize {
        match self {
            PackSource::At(address) => address.len(),
            PackSource::Inside(deflated) => deflated.len(),
        }
    }
}

/// Writes a pack's source, or that it has none.
pub(super) fn write(w: &mut Writer, source: Option<&PackSource>) {
    match source {
        None => w.byte(0),
        Some(PackSource::At(address)) => {
            w.byte(AT);
            w.text(address);
        }
        Some(PackSource::Inside(deflated)) => {
            w.byte(INSIDE);
            w.number(deflated.len() as u32);
            w.raw(deflated);
        }
    }
}

pub(super) fn read(r: &mut Reader) -> Result<Option<PackSource>, Malformed> {
    Ok(match r.byte()? {
        0 => None,
        AT => Some(PackSource::At(r.text()?)),
        INSIDE => Some(PackSource::Inside(r.bytes()?)),
        _ => return Err(Malformed),
    })
}

/// Leaves out the largest packs inside the link until the link is no
/// longer than a message may be. Returns the ids of the packs left out:
/// their learners must get them another way.
pub fn fit(assignment: &mut Assignment) -> Vec<String> {
    let mut left_out = Vec::new();
    while Shared::Assignment(assignment.clone()).encode().len() > MAX_PAYLOAD_CHARS {
        let largest = assignment
            .packs
            .iter_mut()
            .filter(|pack| matches!(pack.source, Some(PackSource::Inside(_))))
            .max_by_key(|pack| pack.source.as_ref().map_or(0, PackSource::size));
        match largest {
            Some(pack) => {
                pack.source = None;
                left_out.push(pack.id.clone());
            }
            None => break,
        }
    }
    left_out
}
