//! Reading a pack file: TOML syntax, then the shape of each part on its
//! own, so that one mistake does not hide the others.

use std::borrow::Borrow;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::item::Item;
use super::model::{Pack, PackMeta, SCHEMA_VERSION, VocabEntry};
use super::problem::{Location, Problem, ProblemKind, Slip, Subject};
use super::shape::{WrongType, wrong_types};

/// The largest pack file read, in bytes. Audio and images are separate
/// files; the text of even a long pack is a few tens of kilobytes.
pub const MAX_PACK_BYTES: usize = 512 * 1024;

/// A step on the way to a value in the file: a key, or a position in an
/// array.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Where in the file `path` points, if it exists there.
pub fn locate(text: &str, path: &[Step]) -> Option<Location> {
    let document = DeTable::parse(text).ok()?;
    let mut span = document.span();
    let mut table: Option<&DeTable> = Some(document.get_ref());
    let mut array: Option<&[Spanned<DeValue>]> = None;
    for step in path {
        let value = match step {
            Step::Key(key) => {
                let (name, value) = table?.get_key_value(key.as_str())?;
                // Point at the key, where a reader looks for it.
                span = name.span();
                value
            }
            Step::Index(index) => {
                let value = array?.get(*index)?;
                span = value.span();
                value
            }
        };
        (table, array) = match value.get_ref() {
            DeValue::Table(inner) => (Some(inner), None),
            DeValue::Array(inner) => (None, Some(inner.borrow())),
            _ => (None, None),
        };
    }
    Some(Location::of_offset(text, span.start))
}

/// The parts of a pack file, each still unread.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Parts {
    #[serde(rename = "schema")]
    _schema: toml::Value,
    pack: Option<toml::Table>,
    #[serde(default)]
    vocabulary: Vec<toml::Table>,
    #[serde(default)]
    items: Vec<toml::Table>,
}

/// Reads a pack file. On failure, every problem found, with its place.
pub fn read_pack(text: &str) -> Result<Pack, Vec<Problem>> {
    let partial = read_partial(text);
    match partial.pack {
        Some(pack) if partial.problems.is_empty() => Ok(pack),
        _ => Err(partial.problems),
    }
}

/// What could be read of a pack file: the pack without the words and items
/// that could not be read (if its `[pack]` table could), where the others
/// stand in the file, and the problems found.
pub(super) struct Partial {
    pub pack: Option<Pack>,
    /// The position in the file of each word read.
    pub word_at: Vec<usize>,
    /// The position in the file of each item read.
    pub item_at: Vec<usize>,
    pub problems: Vec<Problem>,
}

impl Partial {
    fn failed(problem: Problem) -> Partial {
        Partial {
            pack: None,
            word_at: Vec::new(),
            item_at: Vec::new(),
            problems: vec![problem],
        }
    }
}

/// Reads what it can of a pack file, so that the other checks can still
/// look at the parts that were read.
pub(super) fn read_partial(text: &str) -> Partial {
    let problem = |kind, path: &[Step]| Problem {
        subject: Subject::Pack,
        kind,
        location: locate(text, path),
        field: None,
    };
    if text.len() > MAX_PACK_BYTES {
        return Partial::failed(Problem {
            subject: Subject::Pack,
            kind: ProblemKind::FileTooLarge {
                size: text.len(),
                limit: MAX_PACK_BYTES,
            },
            location: None,
            field: None,
        });
    }
    if let Some(problem) = single_brackets(text) {
        return Partial::failed(problem);
    }
    // The schema first, so a pack in a newer format says so instead of
    // failing on fields this version has never heard of.
    #[derive(Deserialize)]
    struct SchemaOnly {
        schema: Option<toml::Value>,
    }
    let schema = match toml::from_str::<SchemaOnly>(text) {
        Ok(found) => found.schema,
        Err(error) => return Partial::failed(syntax_or_shape(text, &error)),
    };
    match schema.as_ref().map(toml::Value::as_integer) {
        None => return Partial::failed(problem(ProblemKind::MissingSchema, &[])),
        Some(Some(schema)) if schema == i64::from(SCHEMA_VERSION) => {}
        Some(Some(schema)) => {
            let found = u32::try_from(schema).unwrap_or(u32::MAX);
            return Partial::failed(problem(
                ProblemKind::UnsupportedSchema(found),
                &[key("schema")],
            ));
        }
        Some(None) => {
            let kind = ProblemKind::Shape("'schema' must be a whole number, such as 1".into());
            return Partial::failed(problem(kind, &[key("schema")]));
        }
    }
    let parts: Parts = match toml::from_str(text) {
        Ok(parts) => parts,
        Err(error) => return Partial::failed(syntax_or_shape(text, &error)),
    };

    let mut problems = Vec::new();
    let meta = match parts.pack {
        Some(table) => {
            read_part::<PackMeta>(text, table, Subject::Pack, vec![key("pack")], &mut problems)
        }
        None => {
            problems.push(Problem {
                subject: Subject::Pack,
                kind: ProblemKind::Shape("the [pack] table is missing".into()),
                location: None,
                field: None,
            });
            None
        }
    };
    let (word_at, vocabulary) = read_list::<VocabEntry>(
        text,
        parts.vocabulary,
        "vocabulary",
        Subject::Vocabulary,
        &mut problems,
    )
    .into_iter()
    .unzip();
    let (item_at, items) =
        read_list::<Item>(text, parts.items, "items", Subject::Item, &mut problems)
            .into_iter()
            .unzip();
    Partial {
        pack: meta.map(|pack| Pack {
            schema: SCHEMA_VERSION,
            pack,
            vocabulary,
            items,
        }),
        word_at,
        item_at,
        problems,
    }
}

fn key(name: &str) -> Step {
    Step::Key(name.to_owned())
}

/// `[items]` or `[vocabulary]` on a line of its own, where each entry
/// starts with `[[items]]`.
fn single_brackets(text: &str) -> Option<Problem> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let list = match line.trim() {
            "[items]" => Some("items"),
            "[vocabulary]" => Some("vocabulary"),
            _ => None,
        };
        if let Some(list) = list {
            let at = offset + line.find('[').unwrap_or(0);
            return Some(Problem {
                subject: Subject::Pack,
                kind: ProblemKind::TomlSlip(Slip::SingleBrackets(list)),
                location: Some(Location::of_offset(text, at)),
                field: None,
            });
        }
        offset += line.len();
    }
    None
}

/// The slip that most likely caused a syntax error at `at`: a quote or an
/// apostrophe that ended a text early, or Enter pressed inside a text.
fn slip_at(text: &str, at: usize) -> Option<Slip> {
    let before = text[..at].trim_end_matches([' ', '\t']);
    let after = text[at..].chars().next();
    // Text goes on right after the closing mark, where a comma, bracket or
    // the end of the line should be.
    let ended_early =
        after.is_some_and(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}' | '#'));
    if ended_early && before.ends_with('"') && !before.ends_with("\"\"\"") {
        return Some(Slip::QuoteInText);
    }
    if ended_early && before.ends_with('\'') && !before.ends_with("\'\'\'") {
        return Some(Slip::ApostropheInSingleQuotes);
    }
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[start..end];
    let mut quotes = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' => escaped = !escaped,
            '"' if !escaped => quotes += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    (quotes % 2 == 1 && !line.contains("\"\"\"")).then_some(Slip::EnterInText)
}

/// A whole-file error from the TOML parser: bad syntax, or a top-level
/// shape error such as an unknown table.
fn syntax_or_shape(text: &str, error: &toml::de::Error) -> Problem {
    let message = error.message().trim_end().to_owned();
    let at = error.span().map(|span| span.start);
    let location = at.map(|at| Location::of_offset(text, at));
    let kind = if DeTable::parse(text).is_err() {
        match at.and_then(|at| slip_at(text, at)) {
            Some(slip) => ProblemKind::TomlSlip(slip),
            None => ProblemKind::Syntax(message),
        }
    } else {
        ProblemKind::Shape(explain(&message))
    };
    Problem {
        subject: Subject::Pack,
        kind,
        location,
        field: None,
    }
}

fn read_list<T: DeserializeOwned>(
    text: &str,
    tables: Vec<toml::Table>,
    name: &str,
    subject: fn(String) -> Subject,
    problems: &mut Vec<Problem>,
) -> Vec<(usize, T)> {
    tables
        .into_iter()
        .enumerate()
        .filter_map(|(index, table)| {
            let id = match table.get("id").and_then(toml::Value::as_str) {
                Some(id) => id.to_owned(),
                None => format!("#{}", index + 1),
            };
            let path = vec![key(name), Step::Index(index)];
            read_part(text, table, subject(id), path, problems).map(|value| (index, value))
        })
        .collect()
}

fn read_part<T: DeserializeOwned>(
    text: &str,
    table: toml::Table,
    subject: Subject,
    mut path: Vec<Step>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    // Values of the wrong type are said in a teacher's words, each at its
    // field; serde would name one, in its own words.
    let list = match path.first() {
        Some(Step::Key(list)) => list.as_str(),
        _ => "",
    };
    let wrong = wrong_types(list, &table);
    if !wrong.is_empty() {
        for WrongType {
            path: inner,
            field,
            want,
        } in wrong
        {
            let at: Vec<Step> = path.iter().cloned().chain(inner).collect();
            problems.push(Problem {
                subject: subject.clone(),
                kind: ProblemKind::WrongType { field, want },
                location: locate(text, &at),
                field: None,
            });
        }
        return None;
    }
    let (result, found_path) = deserialize::<T>(table);
    match result {
        Ok(value) => Some(value),
        Err(message) => {
            let mut field = None;
            for step in found_path {
                if let Step::Key(name) = &step {
                    field = Some(name.clone());
                }
                path.push(step);
            }
            if let Some(unknown) = quoted_field(&message, "unknown field")
                && path.last() != Some(&key(&unknown))
            {
                path.push(key(&unknown));
            }
            let explained = explain(&message);
            let message = match field {
                Some(field) if !explained.starts_with("unknown field") => {
                    format!("'{field}': {explained}")
                }
                _ => explained,
            };
            problems.push(Problem {
                subject,
                kind: ProblemKind::Shape(message),
                location: locate(text, &path),
                field: None,
            });
            None
        }
    }
}

/// Deserialises one part; on failure, serde's message and, where known,
/// the path to the field it is about.
#[cfg(feature = "field-paths")]
fn deserialize<T: DeserializeOwned>(table: toml::Table) -> (Result<T, String>, Vec<Step>) {
    use serde_path_to_error::Segment;
    match serde_path_to_error::deserialize::<_, T>(toml::Value::Table(table)) {
        Ok(value) => (Ok(value), Vec::new()),
        Err(error) => {
            let path = error
                .path()
                .iter()
                .filter_map(|segment| match segment {
                    Segment::Map { key: name } => Some(key(name)),
                    Segment::Seq { index } => Some(Step::Index(*index)),
                    Segment::Enum { .. } | Segment::Unknown => None,
                })
                .collect();
            (
                Err(error.into_inner().message().trim_end().to_owned()),
                path,
            )
        }
    }
}

/// Without the `field-paths` feature (as in the browser), without the
/// field's path: the problem points at the part it is in.
#[cfg(not(feature = "field-paths"))]
fn deserialize<T: DeserializeOwned>(table: toml::Table) -> (Result<T, String>, Vec<Step>) {
    let result = T::deserialize(toml::Value::Table(table))
        .map_err(|error| error.message().trim_end().to_owned());
    (result, Vec::new())
}

/// The name in backticks after `prefix` in a serde message.
fn quoted_field(message: &str, prefix: &str) -> Option<String> {
    let rest = message.split_once(prefix)?.1;
    let start = rest.find('`')? + 1;
    let end = start + rest[start..].find('`')?;
    Some(rest[start..end].to_owned())
}

/// Serde's wording, made plainer for a teacher.
fn explain(message: &str) -> String {
    let message = message.replace('`', "'");
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (field, expected) = rest.split_once(", expected").unwrap_or((rest, ""));
        let expected = expected.trim_start_matches(" one of").trim();
        return if expected.is_empty() {
            format!("unknown field {field} (a typo?)")
        } else {
            format!("unknown field {field} (a typo?); known fields here: {expected}")
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = rest.split_once(", expected").unwrap_or((rest, ""));
        let expected = expected.trim_start_matches(" one of").trim();
        return format!("{value} is not allowed here; use one of: {expected}");
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let expected = rest
            .split_once(", expected ")
            .map_or("", |(_, expected)| expected);
        let expected = if expected == "string only" {
            "text in quotes"
        } else {
            expected
        };
        return format!("the value has the wrong type; expected {expected}");
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "a = 1\nbb = 2\n  ccc = 3";
        assert_eq!(
            Location::of_offset(text, 0),
            Location { line: 1, column: 1 }
        );
        assert_eq!(
            Location::of_offset(text, 6),
            Location { line: 2, column: 1 }
        );
        assert_eq!(
            Location::of_offset(text, 15),
            Location { line: 3, column: 3 }
        );
    }

    #[test]
    fn paths_are_located() {
        let text = "schema = 1\n\n[[items]]\nid = \"a\"\n\n[[items]]\nid = \"b\"\nanswer = \"x\"\n";
        let path = [key("items"), Step::Index(1), key("answer")];
        assert_eq!(locate(text, &path), Some(Location { line: 8, column: 1 }));
        assert_eq!(locate(text, &[key("items"), Step::Index(5)]), None);
    }

    #[test]
    fn field_names_come_out_of_serde_messages() {
        let message = "unknown field `anwser`, expected one of `id`, `answer`";
        assert_eq!(
            quoted_field(message, "unknown field").as_deref(),
            Some("anwser")
        );
        assert_eq!(
            explain(message),
            "unknown field 'anwser' (a typo?); known fields here: 'id', 'answer'"
        );
    }
}
