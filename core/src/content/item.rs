//! Exercise items: the kinds a pack can hold and what each one needs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Lang;
use super::model::Level;

/// Help for the learner in Norwegian and the support languages. Which of
/// them a text needs depends on the level (see the validator).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Support {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nb: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Support {
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Nb => self.nb.as_deref(),
            Lang::Uk => self.uk.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }
}

/// One exercise. Its `id` never changes once published: progress is kept
/// under it.
///
/// Unknown fields are refused by [`Exercise`], which receives every field
/// this struct does not take (serde's `flatten` rules out denying them here).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    /// The item's level, if it differs from the pack's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// What to do, when the kind's usual instruction is not enough.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instruction: Option<Support>,
    /// A hint the learner can ask for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Support>,
    /// Why the answer is what it is, shown after answering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<Support>,
    /// A recording of the Norwegian, relative to the pack file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
    /// A picture, relative to the pack file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(flatten)]
    pub exercise: Exercise,
}

impl Item {
    /// An item with no help of its own beyond what its kind gives.
    pub fn plain(id: String, exercise: Exercise) -> Item {
        Item {
            id,
            level: None,
            instruction: None,
            hint: None,
            feedback: None,
            audio: None,
            image: None,
            exercise,
        }
    }
}

/// Why each wrong option is wrong, by the option's text.
pub type Whys = BTreeMap<String, Support>;

/// What kind of exercise an item is, with what that kind needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Exercise {
    /// Norwegian on the front, its meaning on the back; the learner rates
    /// themselves.
    Flashcard { front: String, back: Support },
    /// A question with options, one of them right; each wrong one says
    /// why.
    Choice {
        question: String,
        options: Vec<String>,
        answer: String,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        why: Whys,
    },
    /// A sentence with a gap (`___`) and options for it (Norskprøven's
    /// lukeoppgave); each wrong one says why.
    Gap {
        text: String,
        options: Vec<String>,
        answer: String,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        why: Whys,
    },
    /// A sentence with a gap (`___`) the learner types into.
    Cloze { text: String, answers: Vec<String> },
    /// A sentence in a support language to write in Norwegian.
    Translate {
        source: Support,
        answers: Vec<String>,
    },
    /// Tiles to put in order: words into a sentence, or sentences into a
    /// text. Tiles not in the answer are distractors; `alternatives` are
    /// other orders of the answer's tiles that are just as right.
    Order {
        tiles: Vec<String>,
        answer: Vec<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        alternatives: Vec<Vec<String>>,
    },
    /// Pairs to match: text with text, emoji or a picture's description.
    Match { pairs: Vec<(String, String)> },
    /// Hear Norwegian, then choose what was said (with `options`) or type it.
    Listening {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        plays: Option<u8>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        options: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        answer: Option<String>,
    },
    /// Hear one of two words that sound alike and pick which.
    MinimalPair {
        words: (String, String),
        answer: String,
    },
    /// A conversation at work; the learner speaks at the turns of the
    /// speaker marked `learner`.
    Dialogue {
        speakers: Vec<Speaker>,
        turns: Vec<Turn>,
    },
    /// A message to write: the task, a model answer and what a good answer
    /// contains.
    Message {
        task: Support,
        model: String,
        checklist: Vec<Support>,
    },
    /// A phrase to say aloud and compare with the model.
    Speaking { text: String },
    /// How things are done at Norwegian workplaces; read, not graded.
    Culture { title: Support, text: Support },
}

impl Exercise {
    /// The kind's name as written in pack files.
    pub const fn kind(&self) -> &'static str {
        match self {
            Exercise::Flashcard { .. } => "flashcard",
            Exercise::Choice { .. } => "choice",
            Exercise::Gap { .. } => "gap",
            Exercise::Cloze { .. } => "cloze",
            Exercise::Translate { .. } => "translate",
            Exercise::Order { .. } => "order",
            Exercise::Match { .. } => "match",
            Exercise::Listening { .. } => "listening",
            Exercise::MinimalPair { .. } => "minimal-pair",
            Exercise::Dialogue { .. } => "dialogue",
            Exercise::Message { .. } => "message",
            Exercise::Speaking { .. } => "speaking",
            Exercise::Culture { .. } => "culture",
        }
    }

    /// Every kind, for statistics.
    pub const KINDS: [&'static str; 13] = [
        "flashcard",
        "choice",
        "gap",
        "cloze",
        "translate",
        "order",
        "match",
        "listening",
        "minimal-pair",
        "dialogue",
        "message",
        "speaking",
        "culture",
    ];
}

/// Someone in a dialogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    pub id: String,
    /// The name shown on their bubbles, such as "Kari (sykepleier)".
    pub name: String,
    /// Whether the learner speaks for this person.
    #[serde(default)]
    pub learner: bool,
}

/// One turn of a dialogue: a line someone says, or the learner's choice
/// among `options`, or the learner's typed line (`answers`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Turn {
    pub speaker: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<TurnOption>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<String>,
}

/// A reply the learner can choose; a wrong one says why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TurnOption {
    pub text: String,
    #[serde(default)]
    pub correct: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<Support>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(text: &str) -> Result<Item, String> {
        let table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
        Item::deserialize(toml::Value::Table(table)).map_err(|e| e.message().to_owned())
    }

    #[test]
    fn reads_an_item_of_each_shape() {
        let choice = item(
            r#"
id = "a"
kind = "choice"
question = "Hva er dette?"
options = ["en mopp", "en bøtte"]
answer = "en mopp"
hint = { uk = "Це для підлоги.", en = "It is for the floor." }
"#,
        )
        .unwrap();
        assert_eq!(choice.exercise.kind(), "choice");
        assert_eq!(choice.hint.unwrap().get(Lang::Uk), Some("Це для підлоги."));

        let dialogue = item(
            r#"
id = "b"
kind = "dialogue"
speakers = [{ id = "kari", name = "Kari" }, { id = "meg", name = "Du", learner = true }]
turns = [
  { speaker = "kari", text = "Hei!" },
  { speaker = "meg", options = [{ text = "Hei!", correct = true }, { text = "Ha det!", why = { en = "That is goodbye." } }] },
]
"#,
        )
        .unwrap();
        let Exercise::Dialogue { turns, .. } = dialogue.exercise else {
            panic!("not a dialogue")
        };
        assert!(turns[1].options[0].correct);
    }

    #[test]
    fn a_typo_in_an_item_is_an_error() {
        let error =
            item("id = \"a\"\nkind = \"speaking\"\ntext = \"Hei\"\ntxet = \"x\"").unwrap_err();
        assert!(error.contains("txet"), "{error}");
        let error = item("id = \"a\"\nkind = \"speaking\"\ntext = \"Hei\"\nhnit = { en = \"x\" }")
            .unwrap_err();
        assert!(error.contains("hnit"), "{error}");
    }

    #[test]
    fn an_unknown_kind_is_an_error() {
        let error = item("id = \"a\"\nkind = \"quiz\"").unwrap_err();
        assert!(error.contains("quiz"), "{error}");
    }
}
