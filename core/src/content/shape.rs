//! The type each field of a pack must have, said in a teacher's words:
//! where serde would say "invalid type: string, expected a sequence", the
//! checker says "'options' must be a list of texts, such as [\"a\", \"b\"]"
//! and points at the field.

use toml::{Table, Value};

use super::read::Step;

/// What a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// `"Hei"`
    Text,
    /// `["a", "b"]`
    Texts,
    /// `["syk", "sik"]`
    TwoTexts,
    /// `[["et håndkle", "🧺"], …]`
    Pairs,
    /// `2`
    Number,
    /// `true` or `false`
    YesNo,
    /// `{ uk = "…", en = "…" }`
    Translations,
    /// `[{ uk = "…", en = "…" }, …]`
    TranslationsList,
    /// `[{ id = "kari", name = "Kari" }, …]`
    Speakers,
    /// `[{ speaker = "kari", text = "…" }, …]`
    Turns,
    /// `[{ text = "…", correct = true }, …]`
    Replies,
    /// `{ "hjelpe" = { uk = "…", en = "…" }, … }`
    Whys,
    /// `[["jeg", "jobber", "i dag"], …]`
    Orders,
}

impl Want {
    /// The name used in messages and their translations.
    pub const fn name(self) -> &'static str {
        match self {
            Want::Text => "text",
            Want::Texts => "texts",
            Want::TwoTexts => "two-texts",
            Want::Pairs => "pairs",
            Want::Number => "number",
            Want::YesNo => "yes-no",
            Want::Translations => "translations",
            Want::TranslationsList => "translations-list",
            Want::Speakers => "speakers",
            Want::Turns => "turns",
            Want::Replies => "replies",
            Want::Whys => "whys",
            Want::Orders => "orders",
        }
    }

    /// What the field must be, in English, with an example.
    pub const fn describe(self) -> &'static str {
        match self {
            Want::Text => "a text in quotes: \"…\"",
            Want::Texts => "a list of texts, such as [\"a\", \"b\"]",
            Want::TwoTexts => "a list of two texts, such as [\"syk\", \"sik\"]",
            Want::Pairs => {
                "a list of pairs of texts, such as [[\"et håndkle\", \"🧺\"], [\"en kam\", \"💇\"]]"
            }
            Want::Number => "a whole number without quotes, such as 2",
            Want::YesNo => "true or false, without quotes",
            Want::Translations => "texts by language, such as { uk = \"…\", en = \"…\" }",
            Want::TranslationsList => {
                "a list of texts by language, such as [{ uk = \"…\", en = \"…\" }]"
            }
            Want::Speakers => "a list of speakers, such as [{ id = \"kari\", name = \"Kari\" }]",
            Want::Turns => "a list of turns, such as [{ speaker = \"kari\", text = \"Hei!\" }]",
            Want::Replies => "a list of replies, such as [{ text = \"Ja.\", correct = true }]",
            Want::Whys => {
                "texts by language for each wrong option, such as why.\"hjelpe\" = { uk = \"…\", en = \"…\" }"
            }
            Want::Orders => "a list of lists of tiles, such as [[\"jeg\", \"jobber\", \"i dag\"]]",
        }
    }

    fn fits(self, value: &Value) -> bool {
        let texts = |list: &[Value]| list.iter().all(Value::is_str);
        let tables = |list: &[Value]| list.iter().all(Value::is_table);
        match (self, value) {
            (Want::Text, Value::String(_)) => true,
            (Want::Texts, Value::Array(list)) => texts(list),
            (Want::TwoTexts, Value::Array(list)) => list.len() == 2 && texts(list),
            (Want::Pairs, Value::Array(list)) => list.iter().all(|pair| {
                pair.as_array()
                    .is_some_and(|pair| pair.len() == 2 && texts(pair))
            }),
            (Want::Number, Value::Integer(_)) => true,
            (Want::YesNo, Value::Boolean(_)) => true,
            (Want::Translations, Value::Table(table)) => table.values().all(Value::is_str),
            (Want::Whys, Value::Table(table)) => table.values().all(|why| {
                why.as_table()
                    .is_some_and(|why| why.values().all(Value::is_str))
            }),
            (Want::Orders, Value::Array(list)) => list
                .iter()
                .all(|order| order.as_array().is_some_and(|order| texts(order))),
            (
                Want::TranslationsList | Want::Speakers | Want::Turns | Want::Replies,
                Value::Array(list),
            ) => tables(list),
            _ => false,
        }
    }
}

/// What `field` of an item of `kind` holds, if it is one the pack format
/// knows.
fn item_field(kind: Option<&str>, field: &str) -> Option<Want> {
    Some(match (kind, field) {
        (Some("order"), "answer") => Want::Texts,
        (Some("order"), "alternatives") => Want::Orders,
        (Some("choice" | "gap"), "why") => Want::Whys,
        (Some("culture"), "text" | "title") => Want::Translations,
        (
            _,
            "id" | "kind" | "level" | "front" | "question" | "answer" | "text" | "model" | "audio"
            | "image",
        ) => Want::Text,
        (_, "options" | "answers" | "tiles") => Want::Texts,
        (_, "words") => Want::TwoTexts,
        (_, "pairs") => Want::Pairs,
        (_, "plays") => Want::Number,
        (_, "back" | "source" | "task" | "instruction" | "hint" | "feedback") => Want::Translations,
        (_, "checklist") => Want::TranslationsList,
        (_, "speakers") => Want::Speakers,
        (_, "turns") => Want::Turns,
        _ => return None,
    })
}

fn word_field(field: &str) -> Option<Want> {
    Some(match field {
        "id" | "lemma" | "pos" | "example" | "audio" => Want::Text,
        "forms" => Want::Texts,
        "gloss" => Want::Translations,
        _ => return None,
    })
}

fn pack_field(field: &str) -> Option<Want> {
    Some(match field {
        "id" | "version" | "sector" | "level" | "licence" => Want::Text,
        "authors" | "situations" | "prerequisites" => Want::Texts,
        "title" | "description" => Want::Translations,
        _ => return None,
    })
}

fn speaker_field(field: &str) -> Option<Want> {
    Some(match field {
        "id" | "name" => Want::Text,
        "learner" => Want::YesNo,
        _ => return None,
    })
}

fn turn_field(field: &str) -> Option<Want> {
    Some(match field {
        "speaker" | "text" => Want::Text,
        "answers" => Want::Texts,
        "options" => Want::Replies,
        _ => return None,
    })
}

fn reply_field(field: &str) -> Option<Want> {
    Some(match field {
        "text" => Want::Text,
        "correct" => Want::YesNo,
        "why" => Want::Translations,
        _ => return None,
    })
}

/// A field whose value has the wrong type: the path to it from the part,
/// its name and what it must be.
#[derive(Debug, PartialEq, Eq)]
pub struct WrongType {
    pub path: Vec<Step>,
    pub field: String,
    pub want: Want,
}

/// The fields of a part (`pack`, `vocabulary` or `items`) whose values
/// have the wrong type, in the order of the table.
pub fn wrong_types(list: &str, table: &Table) -> Vec<WrongType> {
    let kind = table.get("kind").and_then(Value::as_str);
    let want_of = |field: &str| match list {
        "pack" => pack_field(field),
        "vocabulary" => word_field(field),
        _ => item_field(kind, field),
    };
    let mut found = Vec::new();
    check_table(table, &want_of, &mut Vec::new(), &mut found);
    found
}

fn check_table(
    table: &Table,
    want_of: &dyn Fn(&str) -> Option<Want>,
    path: &mut Vec<Step>,
    found: &mut Vec<WrongType>,
) {
    for (field, value) in table {
        let Some(want) = want_of(field) else {
            continue;
        };
        path.push(Step::Key(field.clone()));
        if !want.fits(value) {
            found.push(WrongType {
                path: path.clone(),
                field: field.clone(),
                want,
            });
        } else if let (Some(inner), Value::Array(list)) = (nested(want), value) {
            for (index, entry) in list.iter().enumerate() {
                if let Value::Table(entry) = entry {
                    path.push(Step::Index(index));
                    check_table(entry, &inner, path, found);
                    path.pop();
                }
            }
        }
        path.pop();
    }
}

/// The fields of the tables in a list of tables.
fn nested(want: Want) -> Option<fn(&str) -> Option<Want>> {
    match want {
        Want::Speakers => Some(speaker_field),
        Want::Turns => Some(turn_field),
        Want::Replies => Some(reply_field),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Table {
        text.parse().unwrap()
    }

    #[test]
    fn a_right_item_has_no_wrong_types() {
        let item = table(
            "id = \"a\"\nkind = \"order\"\ntiles = [\"a\", \"b\"]\nanswer = [\"a\", \"b\"]\n",
        );
        assert_eq!(wrong_types("items", &item), vec![]);
    }

    #[test]
    fn wrong_types_are_found_at_their_field_even_in_turns() {
        let item = table(
            r#"id = "a"
kind = "dialogue"
speakers = [{ id = "kari", name = "Kari", learner = "ja" }]
turns = [{ speaker = "kari", text = "Hei" }, { speaker = "meg", options = "Ja" }]
"#,
        );
        let found = wrong_types("items", &item);
        let fields: Vec<(&str, Want)> = found.iter().map(|w| (w.field.as_str(), w.want)).collect();
        assert_eq!(
            fields,
            [("learner", Want::YesNo), ("options", Want::Replies)]
        );
        assert_eq!(
            found[1].path,
            [
                Step::Key("turns".into()),
                Step::Index(1),
                Step::Key("options".into())
            ]
        );
    }

    #[test]
    fn the_same_field_wants_what_its_kind_needs() {
        let culture = table("kind = \"culture\"\ntext = \"Hei\"\n");
        assert_eq!(wrong_types("items", &culture)[0].want, Want::Translations);
        let gap = table("kind = \"gap\"\ntext = { nb = \"Hei\" }\n");
        assert_eq!(wrong_types("items", &gap)[0].want, Want::Text);
        let pair = table("kind = \"minimal-pair\"\nwords = [\"syk\"]\n");
        assert_eq!(wrong_types("items", &pair)[0].want, Want::TwoTexts);
        let word = table("lemma = 3\ngloss = \"x\"\n");
        assert_eq!(wrong_types("vocabulary", &word).len(), 2);
    }
}
