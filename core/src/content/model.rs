//! The pack file format: a TOML file under `exercises/<sector>/`.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Lang;
use super::item::Item;
use super::problem::Problem;

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
    /// Technical services: caretakers, operations and maintenance.
    Teknisk,
    Arbeidsliv,
}

impl Sector {
    /// Every sector, in the order the home screen shows them.
    pub const ALL: [Sector; 6] = [
        Sector::Helse,
        Sector::Barnehage,
        Sector::Horeca,
        Sector::Renhold,
        Sector::Teknisk,
        Sector::Arbeidsliv,
    ];

    /// The stable id used in folders, routes and storage.
    pub const fn id(self) -> &'static str {
        match self {
            Sector::Helse => "helse",
            Sector::Barnehage => "barnehage",
            Sector::Horeca => "horeca",
            Sector::Renhold => "renhold",
            Sector::Teknisk => "teknisk",
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
    /// A recording of the lemma, relative to the pack file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
}

impl VocabEntry {
    /// The lemma without its article or «å»: «bøtte» of «ei bøtte».
    pub fn word(&self) -> &str {
        match self.lemma.split_once(' ') {
            Some(("en" | "ei" | "et" | "å", rest)) => rest,
            _ => &self.lemma,
        }
    }
}

/// A whole pack file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub schema: u32,
    pub pack: PackMeta,
    #[serde(default)]
    pub vocabulary: Vec<VocabEntry>,
    #[serde(default)]
    pub items: Vec<Item>,
}

impl Pack {
    /// An item's level: its own, else the pack's.
    pub fn level_of(&self, item: &Item) -> Level {
        item.level.unwrap_or(self.pack.level)
    }

    /// Every recording and picture the pack names, relative to its file.
    pub fn media(&self) -> impl Iterator<Item = &str> {
        let words = self
            .vocabulary
            .iter()
            .filter_map(|word| word.audio.as_deref());
        let items = self.items.iter().flat_map(|item| {
            [item.audio.as_deref(), item.image.as_deref()]
                .into_iter()
                .flatten()
        });
        words.chain(items)
    }
}

/// Why a pack file could not be read: every problem found in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError(pub Vec<Problem>);

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PackError {}

/// Reads a pack from its TOML text.
pub fn parse_pack(text: &str) -> Result<Pack, PackError> {
    super::read::read_pack(text).map_err(PackError)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const PACK: &str = r#"
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
        let message = error.to_string();
        assert!(message.contains("word 'mopp'"), "{message}");
        assert!(message.contains("unknown field 'glos'"), "{message}");
        assert!(message.starts_with("19:1: "), "{message}");
    }

    #[test]
    fn newer_schema_says_so() {
        let newer = PACK.replace("schema = 1", "schema = 7\nfuture = true");
        let error = parse_pack(&newer).unwrap_err();
        assert_eq!(
            error.0[0].kind,
            crate::content::ProblemKind::UnsupportedSchema(7)
        );
    }
}
