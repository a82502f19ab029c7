//! The bundled packs changed in small ways, as a teacher's slip would
//! change them: the checker refuses every change and says where it is.

use std::fs;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use super::files::check_on_disk;
use super::problem::{Location, Problem, ProblemKind, Slip};
use crate::testing::bundled_catalog;

/// A string value in a pack file: the path of keys to it and where its
/// token (quotes included) lies.
struct Found {
    keys: Vec<String>,
    start: usize,
    end: usize,
}

fn strings(text: &str) -> Vec<Found> {
    fn walk(
        value: &DeValue,
        span: std::ops::Range<usize>,
        keys: &mut Vec<String>,
        out: &mut Vec<Found>,
    ) {
        match value {
            DeValue::String(_) => out.push(Found {
                keys: keys.clone(),
                start: span.start,
                end: span.end,
            }),
            DeValue::Array(values) => {
                for value in values {
                    walk(value.get_ref(), value.span(), keys, out);
                }
            }
            DeValue::Table(table) => {
                for (key, value) in table {
                    keys.push(key.get_ref().to_string());
                    walk(value.get_ref(), value.span(), keys, out);
                    keys.pop();
                }
            }
            _ => {}
        }
    }
    let document = DeTable::parse(text).expect("a bundled pack is valid TOML");
    let mut out = Vec::new();
    let mut keys = Vec::new();
    for (key, value) in document.get_ref() {
        keys.push(key.get_ref().to_string());
        walk(value.get_ref(), value.span(), &mut keys, &mut out);
        keys.pop();
    }
    out.sort_by_key(|found| found.start);
    out
}

/// What a change must be refused for.
#[derive(Clone, Copy, Debug)]
enum Expect {
    Blank,
    Invisible,
    NoItems,
    NeedsItself,
    DuplicateOption,
    AnswerWithoutOptions,
    NotUtf8,
    WrongType,
    DuplicateId,
    QuoteInText,
    EnterInText,
    SingleBrackets,
    ApostropheInSingleQuotes,
}

impl Expect {
    fn holds(self, problem: &Problem) -> bool {
        let kind = &problem.kind;
        let said = kind.to_string();
        match self {
            Expect::Blank => matches!(kind, ProblemKind::Blank(_)),
            // In a field of fixed words (pos, kind, level), the word is
            // not one of them.
            // A field of fixed words (pos, kind, level) or an id says the
            // word is not one it takes.
            Expect::Invisible => matches!(
                kind,
                ProblemKind::InvisibleCharacter(_) | ProblemKind::Shape(_) | ProblemKind::BadId(_)
            ),
            Expect::NoItems => matches!(kind, ProblemKind::Empty("items")),
            Expect::NeedsItself => matches!(kind, ProblemKind::NeedsItself(_)),
            Expect::DuplicateOption => matches!(kind, ProblemKind::DuplicateOption(_)),
            Expect::AnswerWithoutOptions => matches!(kind, ProblemKind::AnswerWithoutOptions),
            Expect::NotUtf8 => matches!(kind, ProblemKind::NotUtf8),
            Expect::WrongType => {
                matches!(kind, ProblemKind::WrongType { .. })
                    && !JARGON.iter().any(|word| said.contains(word))
            }
            Expect::DuplicateId => {
                matches!(kind, ProblemKind::DuplicateId { .. }) && said.contains("line")
            }
            Expect::QuoteInText => *kind == ProblemKind::TomlSlip(Slip::QuoteInText),
            Expect::EnterInText => *kind == ProblemKind::TomlSlip(Slip::EnterInText),
            Expect::SingleBrackets => *kind == ProblemKind::TomlSlip(Slip::SingleBrackets("items")),
            Expect::ApostropheInSingleQuotes => {
                *kind == ProblemKind::TomlSlip(Slip::ApostropheInSingleQuotes)
            }
        }
    }
}

/// Words of programmers, not of teachers.
const JARGON: [&str; 10] = [
    "sequence",
    "map",
    "u8",
    "u32",
    "usize",
    "i64",
    "struct",
    "variant",
    "tuple",
    "string only",
];

/// One changed copy of a pack.
struct Mutation {
    what: String,
    bytes: Vec<u8>,
    expect: Expect,
    /// The lines of the part the problem must be reported in.
    lines: std::ops::RangeInclusive<usize>,
}

fn line_of(text: &str, offset: usize) -> usize {
    Location::of_offset(text, offset).line
}

/// The lines of the table (`[pack]`, an item, a word) around `offset`.
fn part_around(text: &str, offset: usize) -> std::ops::RangeInclusive<usize> {
    let line = line_of(text, offset);
    let lines: Vec<&str> = text.lines().collect();
    let is_header = |l: &str| l.starts_with('[');
    let start = (1..=line)
        .rev()
        .find(|&n| is_header(lines[n - 1]))
        .unwrap_or(1);
    let end = (line + 1..=lines.len())
        .find(|&n| is_header(lines[n - 1]))
        .map_or(lines.len(), |n| n - 1);
    start..=end
}

fn replaced(text: &str, start: usize, end: usize, with: &str) -> String {
    [&text[..start], with, &text[end..]].concat()
}

/// A char boundary near the middle of a string token's contents.
fn middle(text: &str, found: &Found) -> usize {
    let mut at = (found.start + 1 + found.end - 1) / 2;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

const SEEN_TEXTS: [&str; 14] = [
    "lemma", "uk", "en", "nb", "front", "name", "options", "answers", "answer", "question", "text",
    "tiles", "forms", "model",
];

/// Every change of one pack, at most `per_class` of each class.
fn mutations(text: &str, id: &str, per_class: usize) -> Vec<Mutation> {
    let found = strings(text);
    let basic =
        |f: &&Found| text[f.start..].starts_with('"') && !text[f.start..].starts_with("\"\"\"");
    let field = |f: &Found| f.keys.last().cloned().unwrap_or_default();
    let mut out = Vec::new();
    let push = |out: &mut Vec<Mutation>, what: String, text: String, expect, at: usize| {
        let lines = part_around(&text, at);
        out.push(Mutation {
            what,
            bytes: text.into_bytes(),
            expect,
            lines,
        });
    };

    // Blank text where the learner sees it or the app needs it.
    for f in found
        .iter()
        .filter(basic)
        .filter(|f| {
            SEEN_TEXTS.contains(&field(f).as_str()) && f.keys[0] != "pack"
                || f.keys.starts_with(&["pack".into(), "title".into()])
        })
        .take(per_class)
    {
        for blank in ["\"\"", "\"   \""] {
            let changed = replaced(text, f.start, f.end, blank);
            push(
                &mut out,
                format!("{} blank", f.keys.join(".")),
                changed,
                Expect::Blank,
                f.start,
            );
        }
    }
    // Invisible and direction-changing characters.
    for (n, f) in found
        .iter()
        .filter(basic)
        .filter(|f| f.end - f.start > 4)
        .step_by(7)
        .take(per_class)
        .enumerate()
    {
        let c = ['\u{200B}', '\u{202E}', '\u{2067}', '\u{FEFF}', '\u{200F}'][n % 5];
        let at = middle(text, f);
        let changed = replaced(text, at, at, &c.to_string());
        push(
            &mut out,
            format!("{} with U+{:04X}", f.keys.join("."), c as u32),
            changed,
            Expect::Invisible,
            f.start,
        );
    }
    // No items at all.
    if let Some(first) = text.find("\n[[items]]") {
        let changed = text[..first + 1].to_owned();
        let at = changed.find("[pack]").unwrap_or(0);
        push(&mut out, "no items".into(), changed, Expect::NoItems, at);
    }
    // A pack that needs itself.
    if let Some(f) = found.iter().find(|f| f.keys == ["pack", "id"]) {
        let line_end = f.end + text[f.end..].find('\n').unwrap_or(0);
        let list = if text.contains("\nprerequisites = [") {
            text.replacen(
                "\nprerequisites = [",
                &format!("\nprerequisites = [\"{id}\", "),
                1,
            )
        } else {
            replaced(
                text,
                line_end,
                line_end,
                &format!("\nprerequisites = [\"{id}\"]"),
            )
        };
        push(
            &mut out,
            "needs itself".into(),
            list,
            Expect::NeedsItself,
            f.start,
        );
    }
    // The same option twice: a list of options, a dialogue turn's, a minimal pair.
    let option_lists: Vec<(&Found, &Found)> = found
        .windows(2)
        .filter(|w| {
            let (a, b) = (&w[0], &w[1]);
            a.keys == b.keys
                && matches!(field(a).as_str(), "options" | "words")
                && text[a.end..b.start].trim() == ","
        })
        .map(|w| (&w[0], &w[1]))
        .take(per_class)
        .collect();
    for (a, b) in option_lists {
        let changed = replaced(text, b.start, b.end, &text[a.start..a.end]);
        push(
            &mut out,
            format!("{} twice", a.keys.join(".")),
            changed,
            Expect::DuplicateOption,
            a.start,
        );
    }
    let turn_options: Vec<(&Found, &Found)> = found
        .iter()
        .filter(|f| f.keys.ends_with(&["options".into(), "text".into()]))
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| text[w[0].end..w[1].start].lines().count() <= 2)
        .map(|w| (w[0], w[1]))
        .take(per_class)
        .collect();
    for (a, b) in turn_options {
        let changed = replaced(text, b.start, b.end, &text[a.start..a.end]);
        push(
            &mut out,
            "a turn's option twice".into(),
            changed,
            Expect::DuplicateOption,
            a.start,
        );
    }
    // An answer that points at options that are not there.
    for header in text
        .match_indices("kind = \"listening\"")
        .map(|(at, _)| at)
        .take(per_class)
    {
        let part = part_around(text, header);
        let lines: Vec<&str> = text.lines().collect();
        let Some(options) = part
            .clone()
            .find(|&n| lines[n - 1].starts_with("options = "))
        else {
            continue;
        };
        if !part.clone().any(|n| lines[n - 1].starts_with("answer = "))
            || lines[options - 1].ends_with('[')
        {
            continue;
        }
        let changed: String = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| i + 1 != options)
            .map(|(_, l)| format!("{l}\n"))
            .collect();
        push(
            &mut out,
            "listening answer without options".into(),
            changed,
            Expect::AnswerWithoutOptions,
            header,
        );
    }
    // A byte that is not UTF-8, inside a text.
    for f in found.iter().filter(basic).step_by(11).take(per_class) {
        let at = middle(text, f);
        let mut bytes = text.as_bytes().to_vec();
        bytes.insert(at, 0xFF);
        out.push(Mutation {
            what: format!("{} with a byte 0xFF", f.keys.join(".")),
            bytes,
            expect: Expect::NotUtf8,
            lines: line_of(text, at)..=line_of(text, at),
        });
    }
    // A value of the wrong type.
    for name in [
        "options", "answers", "tiles", "pairs", "forms", "plays", "learner", "gloss", "back",
        "level",
    ] {
        let pattern = format!("\n{name} = ");
        for (at, _) in text.match_indices(&pattern).take(per_class.div_ceil(4)) {
            let start = at + pattern.len();
            let end = start + text[start..].find('\n').unwrap_or(0);
            let value = &text[start..end];
            // Only values on one line, and a type they cannot be.
            let wrong = match value.chars().next() {
                Some('[') if value.ends_with(']') => "\"x\"",
                Some('{') if value.ends_with('}') => "[\"x\"]",
                Some('"') => "2",
                Some(c) if c.is_ascii_digit() => "\"to\"",
                Some('t' | 'f') => "\"ja\"",
                _ => continue,
            };
            let changed = replaced(text, start, end, wrong);
            push(
                &mut out,
                format!("{name} = {wrong}"),
                changed,
                Expect::WrongType,
                start,
            );
        }
    }
    // The same id twice.
    let ids: Vec<&Found> = found.iter().filter(|f| f.keys == ["items", "id"]).collect();
    for pair in ids.windows(2).take(per_class.div_ceil(2)) {
        let changed = replaced(
            text,
            pair[1].start,
            pair[1].end,
            &text[pair[0].start..pair[0].end],
        );
        push(
            &mut out,
            "an item id twice".into(),
            changed,
            Expect::DuplicateId,
            pair[1].start,
        );
    }
    // TOML slips: a quote inside a text, Enter inside a one-line text, an
    // apostrophe inside single quotes, [items] for [[items]].
    let spaced: Vec<&Found> = found
        .iter()
        .filter(basic)
        .filter(|f| {
            let inner = &text[f.start + 1..f.end - 1];
            inner.contains(' ') && !inner.contains('\\') && !inner.contains('\'')
        })
        .step_by(5)
        .take(per_class)
        .collect();
    for f in &spaced {
        let inner = &text[f.start + 1..f.end - 1];
        let (first, rest) = inner.split_once(' ').unwrap();
        let quoted = format!("\"{first} \"{rest}\" igjen\"");
        push(
            &mut out,
            format!("{} with a quote", f.keys.join(".")),
            replaced(text, f.start, f.end, &quoted),
            Expect::QuoteInText,
            f.start,
        );
        let broken = format!("\"{first}\n{rest}\"");
        push(
            &mut out,
            format!("{} with Enter", f.keys.join(".")),
            replaced(text, f.start, f.end, &broken),
            Expect::EnterInText,
            f.start,
        );
        let single = format!("'{first}'s {rest}'");
        push(
            &mut out,
            format!("{} with an apostrophe", f.keys.join(".")),
            replaced(text, f.start, f.end, &single),
            Expect::ApostropheInSingleQuotes,
            f.start,
        );
    }
    if let Some(at) = text.find("\n[[items]]") {
        let changed = text.replacen("\n[[items]]", "\n[items]", 1);
        push(
            &mut out,
            "[items] for [[items]]".into(),
            changed,
            Expect::SingleBrackets,
            at + 1,
        );
    }
    out
}

fn bundled_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises");
    super::files::pack_files(&root)
}

#[test]
fn every_small_change_to_a_real_pack_is_refused_with_its_place() {
    let catalog = bundled_catalog();
    let known = catalog.packs.iter().map(|entry| entry.id.clone()).collect();
    let mut count = 0;
    let mut failures = Vec::new();
    for path in bundled_files() {
        let text = fs::read_to_string(&path).unwrap();
        let id = strings(&text)
            .into_iter()
            .find(|f| f.keys == ["pack", "id"])
            .map(|f| text[f.start + 1..f.end - 1].to_owned())
            .unwrap();
        for mutation in mutations(&text, &id, 6) {
            count += 1;
            let name = format!(
                "{} ({})",
                path.file_name().unwrap().to_string_lossy(),
                mutation.what
            );
            let problems = match check_on_disk(&path, mutation.bytes, Some(&known)) {
                Ok(_) => {
                    failures.push(format!("{name}: passed"));
                    continue;
                }
                Err(problems) => problems,
            };
            if let Some(unplaced) = problems.iter().find(|p| p.location.is_none()) {
                failures.push(format!("{name}: no place for {unplaced}"));
            }
            let found = problems.iter().any(|p| {
                mutation.expect.holds(p)
                    && p.location
                        .is_some_and(|at| mutation.lines.contains(&at.line))
            });
            if !found {
                let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
                failures.push(format!(
                    "{name}: expected {:?} in lines {:?}, got {said:#?}",
                    mutation.expect, mutation.lines
                ));
            }
        }
    }
    assert!(count >= 500, "only {count} changed packs");
    assert!(
        failures.is_empty(),
        "{} of {count} changes:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
