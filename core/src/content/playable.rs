//! Reading a pack for practice. The app downloads packs as JSON made by
//! the build from checked TOML; an item it cannot read (a kind from a
//! newer version, say) is left out with its id, not the whole pack.
//!
//! Read by hand from the JSON tree ([`crate::json`]): serde's derives for
//! the pack (needed for TOML) would add tens of kilobytes to the app's
//! download.

use crate::json::{self, FromJson, Value};

use super::item::{Exercise, Item, Speaker, Support, Turn, TurnOption, Whys};
use super::model::{Level, Pack, PackError, PackMeta, SCHEMA_VERSION, VocabEntry};
use super::problem::{Problem, ProblemKind, Subject};

/// A pack as the practice player takes it: the items it can read, and the
/// ids of those it cannot, which are left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Playable {
    pub pack: Pack,
    pub skipped: Vec<String>,
}

/// Reads a pack's JSON. Fails only if its format is newer or its `pack`
/// part cannot be read.
pub fn read_playable(json: &str) -> Result<Playable, PackError> {
    let fail = |kind| {
        PackError(vec![Problem {
            subject: Subject::Pack,
            kind,
            location: None,
            field: None,
        }])
    };
    let tree = json::parse(json).map_err(|_| fail(ProblemKind::Shape("not JSON".into())))?;
    let schema = tree
        .field::<u32>("schema")
        .ok_or_else(|| fail(ProblemKind::Shape("no schema".into())))?;
    if schema != SCHEMA_VERSION {
        return Err(fail(ProblemKind::UnsupportedSchema(schema)));
    }
    let pack = tree
        .field::<PackMeta>("pack")
        .ok_or_else(|| fail(ProblemKind::Shape("no readable `pack` table".into())))?;
    let no_list = || {
        fail(ProblemKind::Shape(
            "`vocabulary` or `items` is not a list".into(),
        ))
    };
    let list = |name| match tree.get(name) {
        None => Ok(&[][..]),
        Some(list) => list.as_array().ok_or_else(no_list),
    };
    let vocabulary = list("vocabulary")?
        .iter()
        .filter_map(VocabEntry::from_json)
        .collect();
    let mut skipped = Vec::new();
    let mut items = Vec::new();
    for (index, value) in list("items")?.iter().enumerate() {
        let id = match value.get("id").and_then(Value::as_str) {
            Some(id) => id.to_owned(),
            None => format!("#{}", index + 1),
        };
        match object(value).and_then(item) {
            Some(item) => items.push(item),
            None => skipped.push(id),
        }
    }
    Ok(Playable {
        pack: Pack {
            schema,
            pack,
            vocabulary,
            items,
        },
        skipped,
    })
}

/// A JSON object, read member by member with [`Value::get`].
type Object = Value;

fn object(value: &Value) -> Option<&Object> {
    value.as_object().map(|_| value)
}

/// Reads an item; `None` if its kind is unknown or a field is missing or
/// of the wrong type. Fields this version does not know are ignored.
fn item(object: &Object) -> Option<Item> {
    Some(Item {
        id: text(object, "id")?,
        level: match object.get("level") {
            None => None,
            Some(code) => Some(
                *Level::ALL
                    .iter()
                    .find(|l| Some(l.code()) == code.as_str())?,
            ),
        },
        instruction: optional(object, "instruction", support)?,
        hint: optional(object, "hint", support)?,
        feedback: optional(object, "feedback", support)?,
        audio: optional(object, "audio", Value::as_str)?.map(str::to_owned),
        image: optional(object, "image", Value::as_str)?.map(str::to_owned),
        exercise: exercise(object)?,
    })
}

fn exercise(o: &Object) -> Option<Exercise> {
    Some(match o.get("kind")?.as_str()? {
        "flashcard" => Exercise::Flashcard {
            front: text(o, "front")?,
            back: support(o.get("back")?)?,
        },
        "choice" => Exercise::Choice {
            question: text(o, "question")?,
            options: texts(o, "options")?,
            answer: text(o, "answer")?,
            why: optional(o, "why", whys)?.unwrap_or_default(),
        },
        "gap" => Exercise::Gap {
            text: text(o, "text")?,
            options: texts(o, "options")?,
            answer: text(o, "answer")?,
            why: optional(o, "why", whys)?.unwrap_or_default(),
        },
        "cloze" => Exercise::Cloze {
            text: text(o, "text")?,
            answers: texts(o, "answers")?,
        },
        "translate" => Exercise::Translate {
            source: support(o.get("source")?)?,
            answers: texts(o, "answers")?,
        },
        "order" => Exercise::Order {
            tiles: texts(o, "tiles")?,
            answer: texts(o, "answer")?,
            alternatives: optional(o, "alternatives", |v| list(v, strings))?.unwrap_or_default(),
        },
        "match" => Exercise::Match {
            pairs: list(o.get("pairs")?, |pair| {
                let [left, right] = pair.as_array()? else {
                    return None;
                };
                Some((left.as_str()?.to_owned(), right.as_str()?.to_owned()))
            })?,
        },
        "listening" => Exercise::Listening {
            text: text(o, "text")?,
            plays: optional(o, "plays", |v| u8::try_from(v.as_u64()?).ok())?,
            options: optional(o, "options", strings)?.unwrap_or_default(),
            answer: optional(o, "answer", Value::as_str)?.map(str::to_owned),
        },
        "minimal-pair" => {
            let [first, second] = texts(o, "words")?.try_into().ok()?;
            Exercise::MinimalPair {
                words: (first, second),
                answer: text(o, "answer")?,
            }
        }
        "dialogue" => Exercise::Dialogue {
            speakers: list(o.get("speakers")?, |v| {
                let s = object(v)?;
                Some(Speaker {
                    id: text(s, "id")?,
                    name: text(s, "name")?,
                    learner: optional(s, "learner", Value::as_bool)?.unwrap_or(false),
                })
            })?,
            turns: list(o.get("turns")?, turn)?,
        },
        "message" => Exercise::Message {
            task: support(o.get("task")?)?,
            model: text(o, "model")?,
            checklist: list(o.get("checklist")?, support)?,
        },
        "speaking" => Exercise::Speaking {
            text: text(o, "text")?,
        },
        "culture" => Exercise::Culture {
            title: support(o.get("title")?)?,
            text: support(o.get("text")?)?,
        },
        _ => return None,
    })
}

fn turn(value: &Value) -> Option<Turn> {
    let t = object(value)?;
    Some(Turn {
        speaker: text(t, "speaker")?,
        text: optional(t, "text", Value::as_str)?.map(str::to_owned),
        options: optional(t, "options", |v| {
            list(v, |option| {
                let o = object(option)?;
                Some(TurnOption {
                    text: text(o, "text")?,
                    correct: optional(o, "correct", Value::as_bool)?.unwrap_or(false),
                    why: optional(o, "why", support)?,
                })
            })
        })?
        .unwrap_or_default(),
        answers: optional(t, "answers", strings)?.unwrap_or_default(),
    })
}

fn text(object: &Object, key: &str) -> Option<String> {
    Some(object.get(key)?.as_str()?.to_owned())
}

fn texts(object: &Object, key: &str) -> Option<Vec<String>> {
    strings(object.get(key)?)
}

fn strings(value: &Value) -> Option<Vec<String>> {
    list(value, |v| v.as_str().map(str::to_owned))
}

fn list<T>(value: &Value, read: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
    value.as_array()?.iter().map(read).collect()
}

/// A field that may be missing (`Some(None)`); present but unreadable is
/// `None`.
fn optional<'a, T>(
    object: &'a Object,
    key: &str,
    read: impl Fn(&'a Value) -> Option<T>,
) -> Option<Option<T>> {
    match object.get(key) {
        None | Some(Value::Null) => Some(None),
        Some(value) => read(value).map(Some),
    }
}

fn whys(value: &Value) -> Option<Whys> {
    value
        .as_object()?
        .iter()
        .map(|(option, why)| Some((option.clone(), support(why)?)))
        .collect()
}

fn support(value: &Value) -> Option<Support> {
    let o = object(value)?;
    Some(Support {
        nb: optional(o, "nb", Value::as_str)?.map(str::to_owned),
        uk: optional(o, "uk", Value::as_str)?.map(str::to_owned),
        en: optional(o, "en", Value::as_str)?.map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help(text: &str) -> Support {
        Support {
            nb: Some(format!("{text} (nb)")),
            uk: Some(format!("{text} (uk)")),
            en: Some(format!("{text} (en)")),
        }
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    /// One item of every kind with every field set, so the hand-written
    /// reader cannot drift from the format.
    fn every_kind() -> Vec<Exercise> {
        vec![
            Exercise::Flashcard {
                front: "et håndkle".into(),
                back: help("towel"),
            },
            Exercise::Choice {
                question: "Hva?".into(),
                options: strings(&["a", "b", "c"]),
                answer: "a".into(),
                why: Whys::from([("b".into(), help("not b")), ("c".into(), help("not c"))]),
            },
            Exercise::Gap {
                text: "Jeg ___.".into(),
                options: strings(&["er", "var"]),
                answer: "er".into(),
                why: Whys::from([("var".into(), help("past"))]),
            },
            Exercise::Cloze {
                text: "Et ___.".into(),
                answers: strings(&["håndkle", "handkle"]),
            },
            Exercise::Translate {
                source: help("Hello"),
                answers: strings(&["Hei"]),
            },
            Exercise::Order {
                tiles: strings(&["i dag", "er", "jeg", "her"]),
                answer: strings(&["i dag", "er", "jeg", "her"]),
                alternatives: vec![strings(&["jeg", "er", "her", "i dag"])],
            },
            Exercise::Match {
                pairs: vec![
                    ("en kam".into(), "💇".into()),
                    ("en kopp".into(), "☕".into()),
                ],
            },
            Exercise::Listening {
                text: "Kaffe?".into(),
                plays: Some(2),
                options: strings(&["Kaffe?", "Vaffel?"]),
                answer: Some("Kaffe?".into()),
            },
            Exercise::MinimalPair {
                words: ("syk".into(), "sik".into()),
                answer: "syk".into(),
            },
            Exercise::Dialogue {
                speakers: vec![
                    Speaker {
                        id: "kari".into(),
                        name: "Kari".into(),
                        learner: false,
                    },
                    Speaker {
                        id: "meg".into(),
                        name: "Du".into(),
                        learner: true,
                    },
                ],
                turns: vec![
                    Turn {
                        speaker: "kari".into(),
                        text: Some("Hei!".into()),
                        options: vec![],
                        answers: vec![],
                    },
                    Turn {
                        speaker: "meg".into(),
                        text: None,
                        options: vec![
                            TurnOption {
                                text: "Hei!".into(),
                                correct: true,
                                why: None,
                            },
                            TurnOption {
                                text: "Ha det!".into(),
                                correct: false,
                                why: Some(help("bye")),
                            },
                        ],
                        answers: vec![],
                    },
                    Turn {
                        speaker: "meg".into(),
                        text: None,
                        options: vec![],
                        answers: strings(&["Takk."]),
                    },
                ],
            },
            Exercise::Message {
                task: help("Write"),
                model: "Hei!".into(),
                checklist: vec![help("who")],
            },
            Exercise::Speaking { text: "Hei".into() },
            Exercise::Culture {
                title: help("Title"),
                text: help("Text"),
            },
        ]
    }

    #[test]
    fn every_kind_and_field_reads_back_as_written() {
        let exercises = every_kind();
        assert_eq!(exercises.len(), Exercise::KINDS.len());
        for (index, exercise) in exercises.into_iter().enumerate() {
            let item = Item {
                id: format!("item-{index}"),
                level: Some(Level::B1),
                instruction: Some(help("Do it")),
                hint: Some(Support {
                    nb: None,
                    uk: Some("підказка".into()),
                    en: None,
                }),
                feedback: Some(help("Because")),
                audio: Some("lyd/a.ogg".into()),
                image: Some("bilde/a.webp".into()),
                exercise,
            };
            // The item as the build exports it: through serde.
            let json = json::parse(&serde_json::to_string(&item).unwrap()).unwrap();
            assert_eq!(super::item(&json), Some(item.clone()), "{}", json.text());
            let bare = Item::plain(item.id.clone(), item.exercise.clone());
            let json = json::parse(&serde_json::to_string(&bare).unwrap()).unwrap();
            assert_eq!(super::item(&json), Some(bare));
        }
    }

    #[test]
    fn unreadable_items_are_none_and_new_fields_are_ignored() {
        let read = |json: &str| super::item(&json::parse(json).unwrap());
        assert!(read(r#"{"id":"a","kind":"speaking","text":"Hei","video":"x.mp4"}"#).is_some());
        assert!(read(r#"{"id":"a","kind":"video","src":"x.mp4"}"#).is_none());
        assert!(read(r#"{"id":"a","kind":"speaking"}"#).is_none());
        assert!(read(r#"{"id":"a","kind":"speaking","text":7}"#).is_none());
        assert!(read(r#"{"kind":"speaking","text":"Hei"}"#).is_none());
        assert!(read(r#"{"id":"a","kind":"speaking","text":"Hei","level":"C1"}"#).is_none());
        assert!(read(r#"{"id":"a","kind":"match","pairs":[["a","b","c"]]}"#).is_none());
        assert!(read(r#"{"id":"a","kind":"minimal-pair","words":["a"],"answer":"a"}"#).is_none());
        assert!(read(r#"{"id":"a","kind":"listening","text":"Hei","plays":300}"#).is_none());
        assert!(read(r#"{"id":"a","kind":"culture","title":{"uk":1},"text":{}}"#).is_none());
        assert!(
            read(
                r#"{"id":"a","kind":"gap","text":"_","options":["a"],"answer":"a","why":{"b":1}}"#
            )
            .is_none()
        );
        assert!(
            read(r#"{"id":"a","kind":"order","tiles":["a"],"answer":["a"],"alternatives":["a"]}"#)
                .is_none()
        );
    }
}
