//! Packs and the catalog as JSON: the form the build exports them in and
//! the app reads. Fields this version does not know are passed over, so a
//! newer export still reads.

use super::catalog::{Catalog, CatalogEntry};
use super::model::{Gloss, Level, PackMeta, PartOfSpeech, Sector, Texts, VocabEntry};
use crate::json::{FromJson, ToJson, Value, Writer};

impl FromJson for Sector {
    fn from_json(value: &Value) -> Option<Sector> {
        Sector::from_id(value.as_str()?)
    }
}

impl ToJson for Sector {
    fn to_json(&self, out: &mut Writer) {
        out.string(self.id());
    }
}

impl FromJson for Level {
    fn from_json(value: &Value) -> Option<Level> {
        let code = value.as_str()?;
        Level::ALL.into_iter().find(|level| level.code() == code)
    }
}

impl ToJson for Level {
    fn to_json(&self, out: &mut Writer) {
        out.string(self.code());
    }
}

impl FromJson for PartOfSpeech {
    fn from_json(value: &Value) -> Option<PartOfSpeech> {
        use PartOfSpeech::*;
        Some(match value.as_str()? {
            "noun" => Noun,
            "verb" => Verb,
            "adjective" => Adjective,
            "adverb" => Adverb,
            "pronoun" => Pronoun,
            "preposition" => Preposition,
            "conjunction" => Conjunction,
            "interjection" => Interjection,
            "phrase" => Phrase,
            _ => return None,
        })
    }
}

impl FromJson for Texts {
    fn from_json(value: &Value) -> Option<Texts> {
        Some(Texts {
            nb: value.field("nb")?,
            uk: value.field("uk")?,
            en: value.field("en")?,
        })
    }
}

impl ToJson for Texts {
    fn to_json(&self, out: &mut Writer) {
        out.begin_object();
        out.member("nb", &self.nb);
        out.member("uk", &self.uk);
        out.member("en", &self.en);
        out.end_object();
    }
}

impl FromJson for Gloss {
    fn from_json(value: &Value) -> Option<Gloss> {
        Some(Gloss {
            uk: value.field("uk")?,
            en: value.field("en")?,
        })
    }
}

impl FromJson for PackMeta {
    fn from_json(value: &Value) -> Option<PackMeta> {
        Some(PackMeta {
            id: value.field("id")?,
            version: value.field("version")?,
            sector: value.field("sector")?,
            level: value.field("level")?,
            title: value.field("title")?,
            description: value.field("description")?,
            authors: value.field("authors")?,
            licence: value.field("licence")?,
            situations: value.field_or_default("situations")?,
            prerequisites: value.field_or_default("prerequisites")?,
        })
    }
}

impl FromJson for VocabEntry {
    fn from_json(value: &Value) -> Option<VocabEntry> {
        Some(VocabEntry {
            id: value.field("id")?,
            lemma: value.field("lemma")?,
            forms: value.field_or_default("forms")?,
            pos: value.field("pos")?,
            gloss: value.field("gloss")?,
            example: value.optional("example")?,
            audio: value.optional("audio")?,
        })
    }
}

impl FromJson for CatalogEntry {
    fn from_json(value: &Value) -> Option<CatalogEntry> {
        Some(CatalogEntry {
            id: value.field("id")?,
            version: value.field("version")?,
            sector: value.field("sector")?,
            level: value.field("level")?,
            title: value.field("title")?,
            description: value.field("description")?,
            vocabulary_count: value.field("vocabulary_count")?,
            item_count: value.field("item_count")?,
            size: value.field("size")?,
            media_size: value.field_or_default("media_size")?,
            path: value.field("path")?,
        })
    }
}

impl ToJson for CatalogEntry {
    fn to_json(&self, out: &mut Writer) {
        out.begin_object();
        out.member("id", &self.id);
        out.member("version", &self.version);
        out.member("sector", &self.sector);
        out.member("level", &self.level);
        out.member("title", &self.title);
        out.member("description", &self.description);
        out.member("vocabulary_count", &self.vocabulary_count);
        out.member("item_count", &self.item_count);
        out.member("size", &self.size);
        if self.media_size != 0 {
            out.member("media_size", &self.media_size);
        }
        out.member("path", &self.path);
        out.end_object();
    }
}

impl FromJson for Catalog {
    fn from_json(value: &Value) -> Option<Catalog> {
        Some(Catalog {
            packs: value.field("packs")?,
        })
    }
}

impl ToJson for Catalog {
    fn to_json(&self, out: &mut Writer) {
        out.begin_object();
        out.member("packs", &self.packs);
        out.end_object();
    }
}
