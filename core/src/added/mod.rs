//! Packs a learner added from a file or a link: what is kept of each, and
//! whether a checked pack may be kept beside the bundled packs and those
//! already added.

use std::collections::HashSet;

use crate::json::{self, FromJson, ToJson, Value, Writer};

use crate::content::{
    Catalog, CatalogEntry, Context, MediaKind, Pack, Problem, ProblemKind, ProblemReport, Subject,
    check_pack_file, check_read,
};

/// Where an added pack's entry points: `added/<id>`. The app reads such a
/// pack from the browser's own store, never from the network.
pub const PATH_PREFIX: &str = "added/";

/// The stored record's format version.
pub const RECORD_SCHEMA: u32 = 1;

/// How a pack reached the learner. Stored as the web address, or `null`
/// for a pack that was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A file, or a link that holds the pack itself: the person who sent it
    /// is its only source.
    Sent,
    /// A pack on a web host, fetched from this address.
    Web { address: String },
}

impl From<Option<String>> for Origin {
    fn from(address: Option<String>) -> Origin {
        address.map_or(Origin::Sent, |address| Origin::Web { address })
    }
}

impl From<Origin> for Option<String> {
    fn from(origin: Origin) -> Option<String> {
        match origin {
            Origin::Sent => None,
            Origin::Web { address } => Some(address),
        }
    }
}

impl FromJson for Origin {
    fn from_json(value: &Value) -> Option<Origin> {
        match value {
            Value::Null => Some(Origin::Sent),
            value => Some(Origin::Web {
                address: String::from_json(value)?,
            }),
        }
    }
}

impl ToJson for Origin {
    fn to_json(&self, out: &mut Writer) {
        match self {
            Origin::Sent => out.null(),
            Origin::Web { address } => out.string(address),
        }
    }
}

/// The host of a web address (name and port), as a learner sees it.
pub fn host(address: &str) -> &str {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())]
}

impl Origin {
    /// What two origins must share for one pack to update the other: the
    /// scheme and host of a web address.
    fn site(&self) -> Option<(&str, &str)> {
        match self {
            Origin::Sent => None,
            Origin::Web { address } => {
                let scheme = address.split_once("://").map_or("", |(scheme, _)| scheme);
                Some((scheme, host(address)))
            }
        }
    }

    /// Whether a pack from `other` may take the place of one from `self`.
    pub fn same_source(&self, other: &Origin) -> bool {
        self.site() == other.site()
    }
}

/// What the app keeps of an added pack beside the pack itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddedPack {
    pub schema: u32,
    /// The pack as the catalog lists it; its path is `added/<id>`.
    pub entry: CatalogEntry,
    pub authors: Vec<String>,
    pub origin: Origin,
    /// When it was added or last updated, in milliseconds since 1970.
    pub added: i64,
    /// The recordings and pictures kept with it, by the names the pack uses.
    pub media: Vec<String>,
}

impl FromJson for AddedPack {
    fn from_json(value: &Value) -> Option<AddedPack> {
        Some(AddedPack {
            schema: value.field("schema")?,
            entry: value.field("entry")?,
            authors: value.field("authors")?,
            origin: value.field("origin")?,
            added: value.field("added")?,
            media: value.field("media")?,
        })
    }
}

impl ToJson for AddedPack {
    fn to_json(&self, out: &mut Writer) {
        out.begin_object();
        out.member("schema", &self.schema);
        out.member("entry", &self.entry);
        out.member("authors", &self.authors);
        out.member("origin", &self.origin);
        out.member("added", &self.added);
        out.member("media", &self.media);
        out.end_object();
    }
}

impl AddedPack {
    pub fn new(pack: &Pack, size: usize, origin: Origin, now_ms: i64) -> AddedPack {
        AddedPack {
            schema: RECORD_SCHEMA,
            entry: CatalogEntry::new(pack, path_of(&pack.pack.id), size),
            authors: pack.pack.authors.clone(),
            origin,
            added: now_ms,
            media: pack.media().map(str::to_owned).collect(),
        }
    }

    /// Reads a stored record; `None` for anything damaged or newer.
    pub fn read(text: &str) -> Option<AddedPack> {
        AddedPack::checked(json::from_str(text)?)
    }

    /// The record if it is of this version and names its own path.
    pub fn checked(record: AddedPack) -> Option<AddedPack> {
        (record.schema == RECORD_SCHEMA && record.entry.path == path_of(&record.entry.id))
            .then_some(record)
    }

    pub fn id(&self) -> &str {
        &self.entry.id
    }
}

/// The path of the added pack `id`.
pub fn path_of(id: &str) -> String {
    format!("{PATH_PREFIX}{id}")
}

/// Whether a catalog path names an added pack.
pub fn is_added_path(path: &str) -> bool {
    path.starts_with(PATH_PREFIX)
}

/// The bundled catalog with the added packs in it, each in its place
/// (by sector, level and id), as if it were bundled.
pub fn with_added(bundled: &Catalog, added: &[AddedPack]) -> Catalog {
    let mut packs = bundled.packs.clone();
    for pack in added
        .iter()
        .filter(|pack| bundled.pack(pack.id()).is_none())
    {
        let entry = &pack.entry;
        let key = (entry.sector, entry.level, &entry.id);
        let at = packs.partition_point(|other| (other.sector, other.level, &other.id) < key);
        packs.insert(at, entry.clone());
    }
    Catalog { packs }
}

/// What keeping a checked pack would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Not kept yet.
    New,
    /// Takes the place of the kept `version`; progress on items that
    /// remain stays.
    Update { kept: String },
    /// This very version is kept already.
    Same,
}

/// Why a checked pack cannot be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A pack that comes with the app has this id.
    BundledId,
    /// A newer version of it is kept.
    Older { kept: String, offered: String },
    /// A pack with this id from somewhere else is kept.
    OtherSource { kept: Origin },
}

impl Refusal {
    pub fn message_id(&self) -> &'static str {
        match self {
            Refusal::BundledId => "added-refused-bundled",
            Refusal::Older { .. } => "added-refused-older",
            Refusal::OtherSource { .. } => "added-refused-other-source",
        }
    }
}

/// Whether `pack`, from `origin`, may be kept; `catalog` lists the
/// bundled packs (and may list the added ones too).
pub fn judge(
    catalog: &Catalog,
    added: &[AddedPack],
    pack: &Pack,
    origin: &Origin,
) -> Result<Verdict, Refusal> {
    let meta = &pack.pack;
    if catalog
        .pack(&meta.id)
        .is_some_and(|entry| !is_added_path(&entry.path))
    {
        return Err(Refusal::BundledId);
    }
    let Some(kept) = added.iter().find(|kept| kept.id() == meta.id) else {
        return Ok(Verdict::New);
    };
    if !kept.origin.same_source(origin) {
        return Err(Refusal::OtherSource {
            kept: kept.origin.clone(),
        });
    }
    let kept_version = &kept.entry.version;
    match version_key(&meta.version).cmp(&version_key(kept_version)) {
        std::cmp::Ordering::Greater => Ok(Verdict::Update {
            kept: kept_version.clone(),
        }),
        std::cmp::Ordering::Equal => Ok(Verdict::Same),
        std::cmp::Ordering::Less => Err(Refusal::Older {
            kept: kept_version.clone(),
            offered: meta.version.clone(),
        }),
    }
}

/// Whether `version` is later than `than`.
pub fn newer(version: &str, than: &str) -> bool {
    version_key(version) > version_key(than)
}

/// `MAJOR.MINOR.PATCH` as numbers to compare; what is not a number counts
/// as 0 (the checker lets no such version through).
fn version_key(version: &str) -> [u64; 3] {
    let mut key = [0; 3];
    for (slot, part) in key.iter_mut().zip(version.split('.')) {
        *slot = part.parse().unwrap_or(0);
    }
    key
}

/// A pack file opened to be kept: checked with everything in it, and
/// read back as the JSON the app keeps.
#[derive(Debug)]
pub struct Opened {
    pub pack: Pack,
    pub json: String,
    /// Recordings and pictures, with their type told by their content.
    pub media: Vec<(String, MediaKind, Vec<u8>)>,
}

/// Opens a pack file (`.toml` or `.zip`) a learner was given, or a pack as
/// the app keeps it (JSON, from a backup). A `.toml` or `.zip` that names
/// a recording or picture it does not hold is refused. `known` are the
/// ids a prerequisite may name.
pub fn open(bytes: Vec<u8>, known: &HashSet<String>) -> Result<Opened, Vec<ProblemReport>> {
    let context = Context {
        folder: None,
        file_size: None,
        content_kind: None,
        known_packs: Some(known),
    };
    let reports = |problems: Vec<Problem>| problems.iter().map(ProblemReport::from).collect();
    if bytes.trim_ascii_start().starts_with(b"{") {
        return open_json(&bytes, &context).map_err(reports);
    }
    let opened = check_pack_file(bytes, &context).map_err(reports)?;
    let json = serde_json::to_string(&opened.pack).map_err(|_| Vec::new())?;
    let media = opened
        .media
        .into_iter()
        .filter_map(|(name, bytes)| Some((name, MediaKind::of_content(&bytes)?, bytes)))
        .collect();
    Ok(Opened {
        pack: opened.pack,
        json,
        media,
    })
}

/// A pack as the app keeps it (JSON, as in a backup), checked as a pack
/// file is; its recordings and pictures stay behind. A pack kept before
/// wrong options needed a why still comes back: it was checked then.
fn open_json(bytes: &[u8], context: &Context) -> Result<Opened, Vec<Problem>> {
    let pack: Pack = serde_json::from_slice(bytes).map_err(|error| {
        vec![Problem {
            subject: Subject::Pack,
            kind: ProblemKind::Shape(error.to_string()),
            location: None,
            field: None,
        }]
    })?;
    let mut problems = check_read(&pack, context);
    problems.retain(|problem| !matches!(problem.kind, ProblemKind::MissingWhy(_)));
    if !problems.is_empty() {
        return Err(problems);
    }
    let json = serde_json::to_string(&pack).unwrap_or_default();
    Ok(Opened {
        pack,
        json,
        media: Vec::new(),
    })
}

#[cfg(test)]
mod tests;
