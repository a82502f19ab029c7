//! Content packs: the pack file format and the catalog built from it.
//!
//! A pack is a TOML file under `exercises/<sector>/`. This module has no
//! browser or build-tool dependencies, so `build.rs` reads it too.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::lang::Lang;

/// The pack format version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A work sector; the ids are also the folder names under `exercises/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sector {
    Helse,
    Barnehage,
    Horeca,
    Renhold,
    Arbeidsliv,
}

impl Sector {
    /// Every sector, in the order the home screen shows them.
    pub const ALL: [Sector; 5] = [
        Sector::Helse,
        Sector::Barnehage,
        Sector::Horeca,
        Sector::Renhold,
        Sector::Arbeidsliv,
    ];

    /// The stable id used in folders, routes and storage.
    pub const fn id(self) -> &'static str {
        match self {
            Sector::Helse => "helse",
            Sector::Barnehage => "barnehage",
            Sector::Horeca => "horeca",
            Sector::Renhold => "renhold",
            Sector::Arbeidsliv => "arbeidsliv",
        }
    }

    pub fn from_id(id: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|sector| sector.id() == id)
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A CEFR level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    A1,
    A2,
    B1,
    B2,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::A1, Level::A2, Level::B1, Level::B2];

    pub const fn code(self) -> &'static str {
        match self {
            Level::A1 => "A1",
            Level::A2 => "A2",
            Level::B1 => "B1",
            Level::B2 => "B2",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A text written in all three languages of the app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub nb: String,
    pub uk: String,
    pub en: String,
}

impl Texts {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.nb,
            Lang::Uk => &self.uk,
            Lang::En => &self.en,
        }
    }
}

/// A gloss of a Norwegian word in the support languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gloss {
    pub uk: String,
    pub en: String,
}

impl Gloss {
    /// The gloss for a support language; Norwegian has none.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Nb => None,
            Lang::Uk => Some(&self.uk),
            Lang::En => Some(&self.en),
        }
    }
}

/// Part of speech of a vocabulary entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartOfSpeech {
    Noun,
    Verb,
    Adjective,
    Adverb,
    Pronoun,
    Preposition,
    Conjunction,
    Interjection,
    Phrase,
}

/// A pack's description of itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    pub id: String,
    pub version: String,
    pub sector: Sector,
    pub level: Level,
    pub title: Texts,
    pub description: Texts,
    pub authors: Vec<String>,
    pub licence: String,
    #[serde(default)]
    pub situations: Vec<String>,
    #[serde(default)]
    pub prerequisites: Vec<String>,
}

/// A word or fixed phrase a learner needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabEntry {
    pub id: String,
    /// The dictionary form, with the article for nouns: "en stol".
    pub lemma: String,
    /// The other forms a learner needs: "stolen", "stoler", "stolene".
    #[serde(default)]
    pub forms: Vec<String>,
    pub pos: PartOfSpeech,
    pub gloss: Gloss,
    #[serde(default)]
    pub example: Option<String>,
}

/// A whole pack file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub schema: u32,
    pub pack: PackMeta,
    #[serde(default)]
    pub vocabulary: Vec<VocabEntry>,
}

/// Why a pack file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not valid TOML, or not the shape of a pack; the parser's message.
    Syntax(String),
    /// Written for a pack format this build does not know.
    UnsupportedSchema(u32),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::Syntax(message) => f.write_str(message.trim_end()),
            PackError::UnsupportedSchema(found) => write!(
                f,
                "schema {found} is not supported; this version reads schema {SCHEMA_VERSION}"
            ),
        }
    }
}

impl std::error::Error for PackError {}

/// Reads a pack from its TOML text.
pub fn parse_pack(text: &str) -> Result<Pack, PackError> {
    #[derive(Deserialize)]
    struct SchemaOnly {
        schema: Option<u32>,
    }
    // Look at the schema first, so a pack from a newer format says so
    // instead of failing on fields this build has never heard of.
    if let Ok(SchemaOnly {
        schema: Some(schema),
    }) = toml::from_str::<SchemaOnly>(text)
        && schema != SCHEMA_VERSION
    {
        return Err(PackError::UnsupportedSchema(schema));
    }
    toml::from_str(text).map_err(|error| PackError::Syntax(error.to_string()))
}

/// What the app knows of a pack without downloading it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogEntry {
    pub id: String,
    pub version: String,
    pub sector: Sector,
    pub level: Level,
    pub title: Texts,
    pub description: Texts,
    pub vocabulary_count: usize,
    /// Size of the pack file in bytes, what opening it costs.
    pub size: usize,
    /// Path of the pack file relative to the app's root.
    pub path: String,
}

impl CatalogEntry {
    pub fn new(pack: &Pack, path: String, size: usize) -> CatalogEntry {
        CatalogEntry {
            id: pack.pack.id.clone(),
            version: pack.pack.version.clone(),
            sector: pack.pack.sector,
            level: pack.pack.level,
            title: pack.pack.title.clone(),
            description: pack.pack.description.clone(),
            vocabulary_count: pack.vocabulary.len(),
            size,
            path,
        }
    }
}

/// Every bundled pack, sorted by sector, level and id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    pub packs: Vec<CatalogEntry>,
}

impl Catalog {
    pub fn new(mut packs: Vec<CatalogEntry>) -> Catalog {
        packs.sort_by(|a, b| (a.sector, a.level, &a.id).cmp(&(b.sector, b.level, &b.id)));
        Catalog { packs }
    }

    pub fn pack(&self, id: &str) -> Option<&CatalogEntry> {
        self.packs.iter().find(|entry| entry.id == id)
    }

    /// A sector's packs, in level order.
    pub fn in_sector(&self, sector: Sector) -> impl Iterator<Item = &CatalogEntry> {
        self.packs
            .iter()
            .filter(move |entry| entry.sector == sector)
    }

    /// The levels a sector has packs for, lowest first.
    pub fn levels_in(&self, sector: Sector) -> Vec<Level> {
        let mut levels: Vec<Level> = self.in_sector(sector).map(|entry| entry.level).collect();
        levels.dedup();
        levels
    }

    /// Ids that more than one pack uses.
    pub fn duplicate_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.packs.iter().map(|entry| entry.id.as_str()).collect();
        ids.sort_unstable();
        let mut duplicates: Vec<&str> = ids
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| w[0])
            .collect();
        duplicates.dedup();
        duplicates
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PACK: &str = r#"
schema = 1

[pack]
id = "test-a1"
version = "1.0.0"
sector = "renhold"
level = "A1"
authors = ["Test"]
licence = "CC-BY-SA-4.0"
title = { nb = "Tittel", uk = "Назва", en = "Title" }
description = { nb = "Om", uk = "Про", en = "About" }

[[vocabulary]]
id = "mopp"
lemma = "en mopp"
forms = ["moppen", "mopper", "moppene"]
pos = "noun"
gloss = { uk = "швабра", en = "mop" }
"#;

    #[test]
    fn reads_a_pack() {
        let pack = parse_pack(PACK).unwrap();
        assert_eq!(pack.pack.sector, Sector::Renhold);
        assert_eq!(pack.pack.level, Level::A1);
        assert_eq!(pack.vocabulary[0].forms.len(), 3);
        assert_eq!(pack.vocabulary[0].gloss.get(Lang::Uk), Some("швабра"));
    }

    #[test]
    fn unknown_field_is_an_error() {
        let typo = PACK.replace("pos = \"noun\"", "pos = \"noun\"\nglos = 1");
        let error = parse_pack(&typo).unwrap_err();
        assert!(
            matches!(&error, PackError::Syntax(m) if m.contains("glos")),
            "{error}"
        );
    }

    #[test]
    fn newer_schema_says_so() {
        let newer = PACK.replace("schema = 1", "schema = 7\nfuture = true");
        assert_eq!(parse_pack(&newer), Err(PackError::UnsupportedSchema(7)));
    }

    #[test]
    fn catalog_sorts_and_finds() {
        let pack = parse_pack(PACK).unwrap();
        let mut b1 = pack.clone();
        b1.pack.id = "b".into();
        b1.pack.level = Level::B1;
        let catalog = Catalog::new(vec![
            CatalogEntry::new(&b1, "b.toml".into(), 10),
            CatalogEntry::new(&pack, "a.toml".into(), 20),
        ]);
        assert_eq!(catalog.packs[0].id, "test-a1");
        assert_eq!(
            catalog.levels_in(Sector::Renhold),
            vec![Level::A1, Level::B1]
        );
        assert!(catalog.levels_in(Sector::Helse).is_empty());
        assert_eq!(catalog.pack("b").map(|e| e.size), Some(10));
        assert!(catalog.duplicate_ids().is_empty());
    }

    #[test]
    fn duplicate_ids_are_found() {
        let pack = parse_pack(PACK).unwrap();
        let entry = CatalogEntry::new(&pack, "a.toml".into(), 1);
        let catalog = Catalog::new(vec![entry.clone(), entry.clone(), entry]);
        assert_eq!(catalog.duplicate_ids(), vec!["test-a1"]);
    }
}
