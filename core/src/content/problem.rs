//! What can be wrong with a pack, said so a teacher understands it, and
//! where in the file it is.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::shape::Want;

/// A place in a pack file: 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// The line and column of a byte offset in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Location {
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Location { line, column }
    }
}

/// Which part of the pack a problem is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The file as a whole, or its `[pack]` table.
    Pack,
    /// A vocabulary entry, by id (or by position if it has none).
    Vocabulary(String),
    /// An exercise item, by id (or by position if it has none).
    Item(String),
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Pack => f.write_str("pack"),
            Subject::Vocabulary(id) => write!(f, "word '{id}'"),
            Subject::Item(id) => write!(f, "item '{id}'"),
        }
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not valid TOML; the parser's words.
    Syntax(String),
    /// Valid TOML, but not the shape of a pack: a missing, unknown or
    /// mistyped field; serde's words.
    Shape(String),
    /// No `schema = N` line.
    MissingSchema,
    /// Written for a pack format this version does not read.
    UnsupportedSchema(u32),
    /// The file is not UTF-8 text.
    NotUtf8,
    /// The file is larger than a pack may be.
    FileTooLarge { size: usize, limit: usize },
    /// An id that is empty or has characters other than a–z, 0–9 and `-`.
    BadId(String),
    /// The same id twice in this pack; the line of its first use.
    DuplicateId { id: String, first: usize },
    /// The same pack id in two pack files.
    DuplicatePackId { id: String, other: String },
    /// The version is not `MAJOR.MINOR.PATCH`.
    BadVersion(String),
    /// The pack says another sector than the folder it lies in.
    WrongSectorFolder { sector: String, folder: String },
    /// A list that must not be empty is empty.
    Empty(&'static str),
    /// A text that is empty or only spaces.
    Blank(String),
    /// A pack that names itself among the packs to do first.
    NeedsItself(String),
    /// Packs that need each other to be done first, in a circle: their
    /// ids, the first named again at the end.
    NeedEachOther(Vec<String>),
    /// An answer given, but no options for it to be one of.
    AnswerWithoutOptions,
    /// A field whose value has the wrong type.
    WrongType { field: String, want: Want },
    /// A slip in writing TOML that the parser cannot say plainly.
    TomlSlip(Slip),
    /// A list with fewer entries than it needs.
    TooFew { field: &'static str, min: usize },
    /// An option list without the answer in it.
    AnswerNotInOption { answer: String },
    /// The same option twice.
    DuplicateOption(String),
    /// A text with a gap needs exactly one `___`.
    GapCount { found: usize },
    /// A wrong option without its `why`.
    MissingWhy(String),
    /// A `why` for the answer, or for a text that is not an option.
    WhyNotWrong(String),
    /// Another right order that is not the answer's tiles in another
    /// order.
    AlternativeNotAnswer(usize),
    /// The answer's tiles are not all among the tiles.
    TileMissing(String),
    /// The answer uses a tile more often than the tiles hold it.
    TileOverused(String),
    /// A dialogue turn by a speaker the dialogue does not list.
    UnknownSpeaker(String),
    /// A dialogue needs exactly one learner speaker.
    LearnerCount(usize),
    /// A turn of the learner needs options with one correct, or answers.
    LearnerTurnUnanswerable,
    /// A turn of another speaker needs its text.
    TurnWithoutText,
    /// A text the level requires in this language is missing.
    MissingTranslation { field: String, lang: &'static str },
    /// A text longer than the limit for its field.
    TooLong {
        field: String,
        length: usize,
        limit: usize,
    },
    /// Markup such as `<b>` or `<script>`: content is shown as text.
    Markup(String),
    /// A control character that cannot be shown.
    ControlCharacter(String),
    /// A text that is read aloud with a written abbreviation in it
    /// (`kl.`, `f.eks.`): it is recorded and spoken as it is written.
    WrittenForm { field: String, abbreviation: String },
    /// A character that is invisible or turns the direction of text:
    /// zero-width spaces, bidirectional marks, overrides and isolates.
    InvisibleCharacter(String),
    /// A referenced audio or image file that does not exist.
    MissingFile(String),
    /// A recording or picture in a format the app does not take.
    MediaType { file: String, allowed: &'static str },
    /// A recording or picture larger than one may be, in bytes.
    MediaTooLarge { file: String, size: u64, limit: u64 },
    /// All the recordings and pictures of a pack together are too large.
    MediaTotal { size: u64, limit: u64 },
    /// A recording or picture whose content is not what its name says.
    MediaContent {
        file: String,
        named: &'static str,
        found: Option<&'static str>,
    },
    /// A zip that cannot be read.
    ZipDamaged,
    /// A zip packed in a way the app does not read (encrypted, or an
    /// unusual compression).
    ZipUnsupported,
    /// A zip of more files than a pack may have.
    ZipTooManyFiles { count: usize, limit: usize },
    /// A file in a zip whose name leads out of the pack.
    ZipUnsafeName(String),
    /// A file in a zip that unpacks to more than any file of a pack may be.
    ZipFileTooLarge { file: String, limit: u64 },
    /// A zip whose files unpack to more than a pack may be.
    ZipTooLarge { limit: u64 },
    /// A zip with no `.toml` at its top.
    ZipNoPack,
    /// A zip with more than one `.toml` at its top.
    ZipManyPacks(Vec<String>),
    /// A file in a zip that the pack does not name.
    ZipFileNotNamed(String),
    /// A listening item's `plays` outside the range it may have.
    PlaysOutOfRange(u8),
    /// A prerequisite pack that is not in the catalog.
    UnknownPrerequisite(String),
}

/// Slips in writing TOML, recognised so they can be explained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slip {
    /// `text = "Han sa "hei" til meg"`: the inner quote ends the text.
    QuoteInText,
    /// A text in `"…"` broken over two lines by pressing Enter.
    EnterInText,
    /// `text = 'Kari's vakt'`: the apostrophe ends the text.
    ApostropheInSingleQuotes,
    /// `[items]` (or `[vocabulary]`) where `[[items]]` starts each one.
    SingleBrackets(&'static str),
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind::*;
        match self {
            Syntax(message) => write!(f, "this is not valid TOML: {message}"),
            Shape(message) => f.write_str(message),
            MissingSchema => f.write_str("the line `schema = 1` is missing at the top"),
            UnsupportedSchema(found) => write!(
                f,
                "this pack is written for format {found}, but this version of Bransjenorsk reads format {}",
                super::SCHEMA_VERSION
            ),
            NotUtf8 => f.write_str("the file is not UTF-8 text; save it as UTF-8"),
            FileTooLarge { size, limit } => {
                write!(
                    f,
                    "the file is {size} bytes; a pack may be at most {limit} bytes"
                )
            }
            BadId(id) => write!(
                f,
                "the id '{id}' may only use small letters a–z, digits and '-'"
            ),
            DuplicateId { id, first } => write!(
                f,
                "the id '{id}' is used more than once in this pack (first at line {first})"
            ),
            DuplicatePackId { id, other } => {
                write!(f, "the pack id '{id}' is also used by {other}")
            }
            BadVersion(version) => write!(
                f,
                "the version '{version}' must look like 1.0.0 (major.minor.patch)"
            ),
            WrongSectorFolder { sector, folder } => write!(
                f,
                "the pack says sector '{sector}' but lies in the folder '{folder}'"
            ),
            Empty(field) => write!(f, "'{field}' is empty"),
            Blank(field) => write!(f, "'{field}' is empty; write its text or leave the field out"),
            NeedsItself(id) => write!(
                f,
                "the pack '{id}' names itself among the packs to do first"
            ),
            NeedEachOther(circle) => write!(
                f,
                "these packs each need the next to be done first, so none can be started: {}",
                circle.join(" → ")
            ),
            AnswerWithoutOptions => f.write_str(
                "'answer' names the right option, but there are no 'options'; add them or remove 'answer'",
            ),
            TomlSlip(slip) => slip.fmt(f),
            WrongType { field, want } => write!(f, "'{field}' must be {}", want.describe()),
            TooFew { field, min } => write!(f, "'{field}' needs at least {min} entries"),
            AnswerNotInOption { answer } => {
                write!(f, "the answer '{answer}' is not one of the options")
            }
            DuplicateOption(option) => write!(f, "the option '{option}' is listed twice"),
            GapCount { found } => write!(
                f,
                "the text needs exactly one gap written as ___, but has {found}"
            ),
            TileMissing(tile) => write!(
                f,
                "the answer uses the tile '{tile}', which is not among the tiles"
            ),
            TileOverused(tile) => write!(
                f,
                "the answer uses the tile '{tile}' more often than the tiles hold it"
            ),
            UnknownSpeaker(speaker) => write!(
                f,
                "a turn is spoken by '{speaker}', who is not among the speakers"
            ),
            LearnerCount(found) => write!(
                f,
                "a dialogue needs exactly one speaker with learner = true, but has {found}"
            ),
            LearnerTurnUnanswerable => f.write_str(
                "a learner's turn needs options with one marked correct = true, or answers to type",
            ),
            TurnWithoutText => f.write_str("a turn of another speaker needs its text"),
            MissingWhy(option) => write!(
                f,
                "the wrong option '{option}' needs a 'why': say in a sentence why it is wrong"
            ),
            WhyNotWrong(option) => write!(
                f,
                "'why' explains '{option}', which is not a wrong option; a why is only for wrong options"
            ),
            AlternativeNotAnswer(number) => write!(
                f,
                "alternative {number} must use the answer's tiles, each once, in another order"
            ),
            MissingTranslation { field, lang } => {
                write!(f, "'{field}' needs a text in '{lang}' at this level")
            }
            TooLong {
                field,
                length,
                limit,
            } => write!(
                f,
                "'{field}' is {length} characters long; at most {limit} fit on a phone screen"
            ),
            Markup(field) => write!(
                f,
                "'{field}' contains markup such as <b> or <script>; write plain text"
            ),
            ControlCharacter(field) => {
                write!(f, "'{field}' contains an invisible control character")
            }
            WrittenForm {
                field,
                abbreviation,
            } => write!(
                f,
                "'{field}' is read aloud, but it has the written abbreviation '{abbreviation}'; write it as it is said ('klokka ti', not 'kl. ti')"
            ),
            InvisibleCharacter(field) => write!(
                f,
                "'{field}' contains an invisible character (such as a zero-width space or a direction mark), often copied from a web page; retype the text"
            ),
            MissingFile(file) => write!(f, "the file '{file}' does not exist"),
            MediaType { file, allowed } => {
                write!(f, "the file '{file}' must be one of: {allowed}")
            }
            MediaTooLarge { file, size, limit } => write!(
                f,
                "the file '{file}' is {} KB; it may be at most {} KB",
                kilobytes(*size),
                kilobytes(*limit)
            ),
            MediaTotal { size, limit } => write!(
                f,
                "the pack's recordings and pictures come to {} KB; together they may be at most {} KB",
                kilobytes(*size),
                kilobytes(*limit)
            ),
            MediaContent { file, named, found } => match found {
                Some(found) => write!(f, "the file '{file}' is named as {named} but holds {found}; save it as {named} or name it for what it is"),
                None => write!(f, "the file '{file}' is named as {named} but is not a recording or picture the app can play or show"),
            },
            ZipDamaged => f.write_str("the .zip file is damaged or is not a zip file; make it again"),
            ZipUnsupported => f.write_str("the .zip file is packed in a way the app does not read (with a password, or an unusual compression); make it again with the usual settings"),
            ZipTooManyFiles { count, limit } => write!(f, "the .zip file holds {count} files; a pack may have at most {limit}"),
            ZipUnsafeName(name) => write!(f, "the .zip file holds '{name}', whose name leads out of the pack"),
            ZipFileTooLarge { file, limit } => write!(f, "the file '{file}' in the .zip unpacks to more than {} KB", kilobytes(*limit)),
            ZipTooLarge { limit } => write!(f, "the files in the .zip unpack to more than {} KB together", kilobytes(*limit)),
            ZipNoPack => f.write_str("the .zip file has no pack file (.toml) at its top"),
            ZipManyPacks(names) => write!(f, "the .zip file holds more than one pack file: {}; put each pack in its own zip", names.join(", ")),
            ZipFileNotNamed(name) => write!(f, "the .zip file holds '{name}', which the pack does not name; take it out or name it in the pack"),
            PlaysOutOfRange(found) => write!(
                f,
                "'plays' must be from {} to {}, but is {found}",
                super::validate::PLAYS_RANGE.start(),
                super::validate::PLAYS_RANGE.end()
            ),
            UnknownPrerequisite(id) => {
                write!(f, "the prerequisite '{id}' is not a known pack")
            }
        }
    }
}

impl fmt::Display for Slip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Slip::QuoteInText => f.write_str(
                "a quote mark (\") inside a text ends the text too early; write it as \\\" or use « » instead",
            ),
            Slip::EnterInText => f.write_str(
                "a text in \"…\" must end on its own line with a closing quote mark; add the missing \", or put a text of several lines between \"\"\" and \"\"\"",
            ),
            Slip::ApostropheInSingleQuotes => f.write_str(
                "a text in single quotes cannot hold an apostrophe ('); put the text in double quotes instead",
            ),
            Slip::SingleBrackets(list) => write!(
                f,
                "each entry starts with [[{list}]], with two brackets on each side; [{list}] is read as one table"
            ),
        }
    }
}

/// One problem in a pack file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub subject: Subject,
    pub kind: ProblemKind,
    pub location: Option<Location>,
    /// The field it is about, below its word, exercise or `[pack]` table
    /// (`title.uk`, `options`, `turns.2.text`): where a form shows it.
    pub field: Option<String>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(Location { line, column }) = self.location {
            write!(f, "{line}:{column}: ")?;
        }
        write!(f, "{}: {}", self.subject, self.kind)
    }
}

/// An argument of a problem's localised message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    Text(String),
    Number(usize),
}

fn text(value: &str) -> Arg {
    Arg::Text(value.to_owned())
}

impl Subject {
    /// The Fluent message id naming the subject, and its `id` argument.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, Arg)>) {
        match self {
            Subject::Pack => ("subject-pack", vec![]),
            Subject::Vocabulary(id) => ("subject-word", vec![("id", text(id))]),
            Subject::Item(id) => ("subject-item", vec![("id", text(id))]),
        }
    }
}

/// Bytes as whole kilobytes (of 1,024 bytes), rounded up, so a file just
/// over a limit never reads as equal to it.
fn kilobytes(bytes: u64) -> usize {
    bytes.div_ceil(1024) as usize
}

impl ProblemKind {
    /// The Fluent message id that explains the problem, with its arguments.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, Arg)>) {
        use ProblemKind::*;
        match self {
            Syntax(detail) => ("problem-syntax", vec![("detail", text(detail))]),
            Shape(detail) => ("problem-shape", vec![("detail", text(detail))]),
            MissingSchema => ("problem-missing-schema", vec![]),
            UnsupportedSchema(found) => (
                "problem-unsupported-schema",
                vec![
                    ("found", Arg::Number(*found as usize)),
                    ("supported", Arg::Number(super::SCHEMA_VERSION as usize)),
                ],
            ),
            NotUtf8 => ("problem-not-utf8", vec![]),
            FileTooLarge { size, limit } => (
                "problem-file-too-large",
                vec![("size", Arg::Number(*size)), ("limit", Arg::Number(*limit))],
            ),
            BadId(id) => ("problem-bad-id", vec![("id", text(id))]),
            DuplicateId { id, first } => (
                "problem-duplicate-id",
                vec![("id", text(id)), ("first", Arg::Number(*first))],
            ),
            DuplicatePackId { id, .. } => ("problem-duplicate-pack-id", vec![("id", text(id))]),
            BadVersion(version) => ("problem-bad-version", vec![("version", text(version))]),
            WrongSectorFolder { sector, folder } => (
                "problem-wrong-sector-folder",
                vec![("sector", text(sector)), ("folder", text(folder))],
            ),
            Empty(field) => ("problem-empty", vec![("field", text(field))]),
            Blank(field) => ("problem-blank", vec![("field", text(field))]),
            NeedsItself(id) => ("problem-needs-itself", vec![("id", text(id))]),
            NeedEachOther(circle) => (
                "problem-need-each-other",
                vec![("packs", text(&circle.join(" → ")))],
            ),
            AnswerWithoutOptions => ("problem-answer-without-options", vec![]),
            WrongType { field, want } => (
                "problem-wrong-type",
                vec![("field", text(field)), ("want", text(want.name()))],
            ),
            TomlSlip(Slip::QuoteInText) => ("problem-slip-quote", vec![]),
            TomlSlip(Slip::EnterInText) => ("problem-slip-enter", vec![]),
            TomlSlip(Slip::ApostropheInSingleQuotes) => ("problem-slip-apostrophe", vec![]),
            TomlSlip(Slip::SingleBrackets(list)) => {
                ("problem-slip-brackets", vec![("list", text(list))])
            }
            TooFew { field, min } => (
                "problem-too-few",
                vec![("field", text(field)), ("min", Arg::Number(*min))],
            ),
            AnswerNotInOption { answer } => (
                "problem-answer-not-in-options",
                vec![("answer", text(answer))],
            ),
            DuplicateOption(option) => ("problem-duplicate-option", vec![("option", text(option))]),
            GapCount { found } => ("problem-gap-count", vec![("found", Arg::Number(*found))]),
            TileMissing(tile) => ("problem-tile-missing", vec![("tile", text(tile))]),
            TileOverused(tile) => ("problem-tile-overused", vec![("tile", text(tile))]),
            UnknownSpeaker(speaker) => {
                ("problem-unknown-speaker", vec![("speaker", text(speaker))])
            }
            LearnerCount(found) => (
                "problem-learner-count",
                vec![("found", Arg::Number(*found))],
            ),
            LearnerTurnUnanswerable => ("problem-learner-turn", vec![]),
            TurnWithoutText => ("problem-turn-without-text", vec![]),
            MissingWhy(option) => ("problem-missing-why", vec![("option", text(option))]),
            WhyNotWrong(option) => ("problem-why-not-wrong", vec![("option", text(option))]),
            AlternativeNotAnswer(number) => (
                "problem-alternative-not-answer",
                vec![("number", Arg::Number(*number))],
            ),
            MissingTranslation { field, lang } => (
                "problem-missing-translation",
                vec![("field", text(field)), ("lang", text(lang))],
            ),
            TooLong {
                field,
                length,
                limit,
            } => (
                "problem-too-long",
                vec![
                    ("field", text(field)),
                    ("length", Arg::Number(*length)),
                    ("limit", Arg::Number(*limit)),
                ],
            ),
            Markup(field) => ("problem-markup", vec![("field", text(field))]),
            ControlCharacter(field) => ("problem-control-character", vec![("field", text(field))]),
            WrittenForm {
                field,
                abbreviation,
            } => (
                "problem-written-form",
                vec![("field", text(field)), ("abbreviation", text(abbreviation))],
            ),
            InvisibleCharacter(field) => {
                ("problem-invisible-character", vec![("field", text(field))])
            }
            MissingFile(file) => ("problem-missing-file", vec![("file", text(file))]),
            MediaType { file, allowed } => (
                "problem-media-type",
                vec![("file", text(file)), ("allowed", text(allowed))],
            ),
            MediaTooLarge { file, size, limit } => (
                "problem-media-too-large",
                vec![
                    ("file", text(file)),
                    ("size", Arg::Number(kilobytes(*size))),
                    ("limit", Arg::Number(kilobytes(*limit))),
                ],
            ),
            MediaTotal { size, limit } => (
                "problem-media-total",
                vec![
                    ("size", Arg::Number(kilobytes(*size))),
                    ("limit", Arg::Number(kilobytes(*limit))),
                ],
            ),
            MediaContent { file, named, found } => (
                "problem-media-content",
                vec![
                    ("file", text(file)),
                    ("named", text(named)),
                    ("found", text(found.unwrap_or("none"))),
                ],
            ),
            ZipDamaged => ("problem-zip-damaged", vec![]),
            ZipUnsupported => ("problem-zip-unsupported", vec![]),
            ZipTooManyFiles { count, limit } => (
                "problem-zip-too-many-files",
                vec![
                    ("count", Arg::Number(*count)),
                    ("limit", Arg::Number(*limit)),
                ],
            ),
            ZipUnsafeName(name) => ("problem-zip-unsafe-name", vec![("file", text(name))]),
            ZipFileTooLarge { file, limit } => (
                "problem-zip-file-too-large",
                vec![
                    ("file", text(file)),
                    ("limit", Arg::Number(kilobytes(*limit))),
                ],
            ),
            ZipTooLarge { limit } => (
                "problem-zip-too-large",
                vec![("limit", Arg::Number(kilobytes(*limit)))],
            ),
            ZipNoPack => ("problem-zip-no-pack", vec![]),
            ZipManyPacks(names) => (
                "problem-zip-many-packs",
                vec![("files", text(&names.join(", ")))],
            ),
            ZipFileNotNamed(name) => ("problem-zip-file-not-named", vec![("file", text(name))]),
            PlaysOutOfRange(found) => (
                "problem-plays",
                vec![
                    ("found", Arg::Number(*found as usize)),
                    (
                        "min",
                        Arg::Number(*super::validate::PLAYS_RANGE.start() as usize),
                    ),
                    (
                        "max",
                        Arg::Number(*super::validate::PLAYS_RANGE.end() as usize),
                    ),
                ],
            ),
            UnknownPrerequisite(id) => ("problem-unknown-prerequisite", vec![("id", text(id))]),
        }
    }
}
