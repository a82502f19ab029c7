//! A pack being written in the studio, kept on the teacher's device as
//! they type: the pack itself (what the checker, the preview and the export
//! read), the key it is stored under, when it was saved, and what it was
//! when it was opened from a published pack.
//!
//! Stored as JSON with a format number; a damaged or newer draft is
//! reported, never half-read.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::import::{Imported, part_of_speech, slug, unique_id};
use crate::content::{
    Exercise, Gloss, Item, Level, MediaKind, Pack, PackMeta, PartOfSpeech, Sector, Support, Texts,
    VocabEntry,
};

/// The format drafts are stored in; a newer one is refused with "update".
pub const FORMAT: u32 = 1;
/// The licence a new pack is offered under (the bundled packs' own).
pub const LICENCE: &str = "CC-BY-SA-4.0";

/// A pack in the making.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub format: u32,
    /// The draft's own key, made when it was begun: the pack's id may
    /// change while it is written, the key does not.
    pub key: String,
    /// When it was last saved, in milliseconds since 1970.
    pub saved: i64,
    /// Counts saves, so a tab can tell that another tab saved since.
    pub revision: u64,
    /// The pack as published, when the draft began from a pack file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
    pub pack: Pack,
}

/// What a published pack was when it was opened: its version and the ids
/// of its items, which learners' progress is kept under.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Published {
    pub version: String,
    pub items: Vec<String>,
}

/// Why a stored draft cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// Not a draft, or cut short.
    Damaged,
    /// Saved by a newer version of the studio.
    Newer,
}

impl Draft {
    /// A new, empty pack for `sector` at `level`.
    pub fn begin(key: &str, now: i64, sector: Sector, level: Level) -> Draft {
        let empty = || Texts {
            nb: String::new(),
            uk: String::new(),
            en: String::new(),
        };
        Draft {
            format: FORMAT,
            key: key.to_owned(),
            saved: now,
            revision: 0,
            published: None,
            pack: Pack {
                schema: 1,
                pack: PackMeta {
                    id: String::new(),
                    version: "1.0.0".to_owned(),
                    sector,
                    level,
                    title: empty(),
                    description: empty(),
                    authors: Vec::new(),
                    licence: LICENCE.to_owned(),
                    situations: Vec::new(),
                    prerequisites: Vec::new(),
                },
                vocabulary: Vec::new(),
                items: Vec::new(),
            },
        }
    }

    /// A draft of a published pack, to be published again: its next
    /// version is proposed as the teacher edits (see `proposed_version`).
    pub fn of_pack(key: &str, now: i64, pack: Pack) -> Draft {
        let published = Published {
            version: pack.pack.version.clone(),
            items: pack.items.iter().map(|item| item.id.clone()).collect(),
        };
        let mut draft = Draft {
            published: Some(published),
            pack,
            ..Draft::begin(key, now, Sector::Arbeidsliv, Level::A1)
        };
        draft.pack.pack.version = draft.proposed_version();
        draft
    }

    /// The draft as stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A stored draft.
    pub fn from_json(text: &str) -> Result<Draft, DraftError> {
        #[derive(Deserialize)]
        struct Head {
            format: u32,
        }
        let head: Head = serde_json::from_str(text).map_err(|_| DraftError::Damaged)?;
        if head.format > FORMAT {
            return Err(DraftError::Newer);
        }
        serde_json::from_str(text).map_err(|_| DraftError::Damaged)
    }

    /// The pack's file, as a teacher would write it.
    pub fn to_toml(&self) -> String {
        pack_toml(&self.pack)
    }

    /// The version a published pack goes out as, by the packs' rule: an
    /// item removed (its learners' progress with it) is a major change,
    /// an item added a minor one, anything else a fix. A pack never
    /// published keeps the version the teacher gave it.
    pub fn proposed_version(&self) -> String {
        let Some(published) = &self.published else {
            return self.pack.pack.version.clone();
        };
        let ids: HashSet<&str> = self.pack.items.iter().map(|i| i.id.as_str()).collect();
        let before: HashSet<&str> = published.items.iter().map(String::as_str).collect();
        let bump = if before.iter().any(|id| !ids.contains(id)) {
            Bump::Major
        } else if ids.iter().any(|id| !before.contains(id)) {
            Bump::Minor
        } else {
            Bump::Patch
        };
        next_version(&published.version, bump)
    }

    /// The id a pack never published takes from its level and Norwegian
    /// title: «Rom og flater» at A1 is `a1-rom-og-flater`.
    pub fn suggested_id(&self) -> String {
        let meta = &self.pack.pack;
        format!(
            "{}-{}",
            meta.level.code().to_lowercase(),
            slug(&meta.title.nb)
        )
    }

    /// Every id in the pack, words and items, and those of the published
    /// pack's items: a new item never takes one, as learners' progress is
    /// kept under it.
    pub fn taken_ids(&self) -> HashSet<String> {
        let words = self.pack.vocabulary.iter().map(|word| &word.id);
        let items = self.pack.items.iter().map(|item| &item.id);
        let published = self.published.iter().flat_map(|p| &p.items);
        words.chain(items).chain(published).cloned().collect()
    }

    /// Adds a new, empty item of `kind` (as named in pack files) at the
    /// end, with an id of its own; `None` for a kind there is none of.
    pub fn add_item(&mut self, kind: &str) -> Option<usize> {
        let exercise = empty_exercise(kind)?;
        let id = unique_id(kind, &mut self.taken_ids());
        self.pack.items.push(Item::plain(id, exercise));
        Some(self.pack.items.len() - 1)
    }

    /// A copy of the item at `index` right after it, with an id of its own.
    pub fn duplicate_item(&mut self, index: usize) -> Option<usize> {
        let mut copy = self.pack.items.get(index)?.clone();
        copy.id = unique_id(&copy.id, &mut self.taken_ids());
        self.pack.items.insert(index + 1, copy);
        Some(index + 1)
    }

    /// Removes the item at `index`, for the caller to keep in case it is
    /// put back.
    pub fn remove_item(&mut self, index: usize) -> Option<Item> {
        (index < self.pack.items.len()).then(|| self.pack.items.remove(index))
    }

    /// Puts a removed item back at `index` (at the end if the list is
    /// shorter now), under its own id unless another has taken it since.
    /// Returns where it is.
    pub fn restore_item(&mut self, index: usize, mut item: Item) -> usize {
        if self.in_use(&item.id) {
            item.id = unique_id(&item.id, &mut self.taken_ids());
        }
        let at = index.min(self.pack.items.len());
        self.pack.items.insert(at, item);
        at
    }

    /// Removes the word at `index`, for the caller to keep in case it is
    /// put back.
    pub fn remove_word(&mut self, index: usize) -> Option<VocabEntry> {
        (index < self.pack.vocabulary.len()).then(|| self.pack.vocabulary.remove(index))
    }

    /// Puts a removed word back, as [`Draft::restore_item`] does an item.
    pub fn restore_word(&mut self, index: usize, mut word: VocabEntry) -> usize {
        if self.in_use(&word.id) {
            word.id = unique_id(&word.id, &mut self.taken_ids());
        }
        let at = index.min(self.pack.vocabulary.len());
        self.pack.vocabulary.insert(at, word);
        at
    }

    /// Whether a word or item in the pack now has the id `id`.
    fn in_use(&self, id: &str) -> bool {
        let words = self.pack.vocabulary.iter().map(|word| &word.id);
        words
            .chain(self.pack.items.iter().map(|item| &item.id))
            .any(|taken| taken == id)
    }

    /// Moves the item at `index` one place up (`-1`) or down (`1`).
    pub fn move_item(&mut self, index: usize, by: isize) -> bool {
        let Some(to) = index.checked_add_signed(by) else {
            return false;
        };
        if to >= self.pack.items.len() || index >= self.pack.items.len() {
            return false;
        }
        self.pack.items.swap(index, to);
        true
    }

    /// Adds an empty word at the end; its id comes with its lemma.
    pub fn add_word(&mut self) -> usize {
        let id = unique_id("ord", &mut self.taken_ids());
        self.pack.vocabulary.push(VocabEntry {
            id,
            lemma: String::new(),
            forms: Vec::new(),
            pos: PartOfSpeech::Noun,
            gloss: Gloss {
                uk: String::new(),
                en: String::new(),
            },
            example: None,
            audio: None,
        });
        self.pack.vocabulary.len() - 1
    }

    /// Changes a word's lemma. In a pack never published its id follows
    /// («en mopp» is `en-mopp`); a published word keeps its id.
    pub fn set_lemma(&mut self, index: usize, lemma: String) {
        if index >= self.pack.vocabulary.len() {
            return;
        }
        if self.published.is_none() && !lemma.trim().is_empty() {
            self.pack.vocabulary[index].id = String::new();
            let id = unique_id(&slug(&lemma), &mut self.taken_ids());
            self.pack.vocabulary[index].id = id;
        }
        // An article or «å» says what the word is, unless the teacher has
        // chosen otherwise than the old lemma said.
        let word = &mut self.pack.vocabulary[index];
        let said = |lemma: &str| match part_of_speech(lemma) {
            PartOfSpeech::Phrase => None,
            pos => Some(pos),
        };
        if word.pos == said(&word.lemma).unwrap_or(PartOfSpeech::Noun)
            && let Some(pos) = said(&lemma)
        {
            word.pos = pos;
        }
        word.lemma = lemma;
    }

    /// Adds what an imported list made; its ids were made unique against
    /// this pack's.
    pub fn add_imported(&mut self, imported: Imported) {
        self.pack.vocabulary.extend(imported.words);
        self.pack.items.extend(imported.items);
    }
}

/// The name a recording or picture of `owner` (a word's or an exercise's
/// id) has in the pack: `lyd/<owner>.ogg`, `bilder/<owner>.png`.
pub fn media_name(owner: &str, kind: MediaKind) -> String {
    let folder = if kind.is_audio() { "lyd" } else { "bilder" };
    format!("{folder}/{owner}.{}", kind.extension())
}

/// A sentence as the `tiles` it is made of, so that a teacher can write
/// another right order as a sentence: at each place the tile of the most
/// words that stands there (capital and small letters do not count), else
/// the one word, which the checker then names as no tile.
pub fn as_tiles(sentence: &str, tiles: &[String]) -> Vec<String> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < words.len() {
        let fits = |tile: &&String| {
            let parts: Vec<&str> = tile.split_whitespace().collect();
            !parts.is_empty()
                && words.get(at..at + parts.len()).is_some_and(|here| {
                    here.iter()
                        .zip(&parts)
                        .all(|(word, part)| word.to_lowercase() == part.to_lowercase())
                })
        };
        match tiles
            .iter()
            .filter(fits)
            .max_by_key(|tile| tile.split_whitespace().count())
        {
            Some(tile) => {
                at += tile.split_whitespace().count();
                found.push(tile.clone());
            }
            None => {
                found.push(words[at].to_owned());
                at += 1;
            }
        }
    }
    found
}

/// A pack's file text. The format's own types write as TOML without fail;
/// an empty text is only returned if that ever changed.
pub fn pack_toml(pack: &Pack) -> String {
    toml::to_string(pack).unwrap_or_default()
}

#[derive(Clone, Copy)]
enum Bump {
    Major,
    Minor,
    Patch,
}

/// The version after `version` (`major.minor.patch`); a version that is
/// not one is begun again at 1.0.0.
fn next_version(version: &str, bump: Bump) -> String {
    let parts: Vec<u64> = version
        .split('.')
        .map_while(|part| part.parse().ok())
        .collect();
    let [major, minor, patch] = parts[..] else {
        return "1.0.0".to_owned();
    };
    match bump {
        Bump::Major => format!("{}.0.0", major + 1),
        Bump::Minor => format!("{major}.{}.0", minor + 1),
        Bump::Patch => format!("{major}.{minor}.{}", patch + 1),
    }
}

/// A kind's exercise with every field empty, for its form to fill.
fn empty_exercise(kind: &str) -> Option<Exercise> {
    let text = String::new;
    let two = || vec![String::new(), String::new()];
    Some(match kind {
        "flashcard" => Exercise::Flashcard {
            front: text(),
            back: Support::default(),
        },
        "choice" => Exercise::Choice {
            question: text(),
            options: two(),
            answer: text(),
            why: Default::default(),
        },
        "gap" => Exercise::Gap {
            text: text(),
            options: two(),
            answer: text(),
            why: Default::default(),
        },
        "cloze" => Exercise::Cloze {
            text: text(),
            answers: vec![text()],
        },
        "translate" => Exercise::Translate {
            source: Support::default(),
            answers: vec![text()],
        },
        "order" => Exercise::Order {
            tiles: Vec::new(),
            answer: Vec::new(),
            alternatives: Vec::new(),
        },
        "match" => Exercise::Match {
            pairs: vec![(text(), text()); 3],
        },
        "listening" => Exercise::Listening {
            text: text(),
            plays: None,
            options: Vec::new(),
            answer: None,
        },
        "minimal-pair" => Exercise::MinimalPair {
            words: (text(), text()),
            answer: text(),
        },
        "dialogue" => Exercise::Dialogue {
            speakers: Vec::new(),
            turns: Vec::new(),
        },
        "message" => Exercise::Message {
            task: Support::default(),
            model: text(),
            checklist: vec![Support::default()],
        },
        "speaking" => Exercise::Speaking { text: text() },
        "culture" => Exercise::Culture {
            title: Support::default(),
            text: Support::default(),
        },
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
