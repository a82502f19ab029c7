//! The checks a pack must pass beyond its shape: ids, answers that exist,
//! tiles that build the answer, speakers that exist, translations the level
//! needs, text that fits a phone and contains no markup, files that exist.

use std::collections::HashSet;

use super::Lang;
use super::item::{Exercise, Item, Support, Whys};
use super::media::MediaKind;
use super::model::{Level, Pack, Sector};
use super::problem::{Location, Problem, ProblemKind, Subject};
use super::read::{Partial, Step, locate, read_partial};
use super::texts::each_text;

/// The size in bytes of a file named relative to the pack, if it exists.
pub type FileSize<'a> = dyn Fn(&str) -> Option<u64> + 'a;

/// What a file named relative to the pack holds, if it is a kind the app
/// takes.
pub type ContentKind<'a> = dyn Fn(&str) -> Option<MediaKind> + 'a;

/// What the checks need to know beyond the pack file itself.
pub struct Context<'a> {
    /// The sector folder the file lies in, if it lies in one.
    pub folder: Option<Sector>,
    /// The size in bytes of a file named relative to the pack file, `None`
    /// if there is no such file; itself `None` where files cannot be seen
    /// (a single file opened in the browser).
    pub file_size: Option<&'a FileSize<'a>>,
    /// What a file named relative to the pack file holds, told by its
    /// content; `None` where files cannot be seen.
    pub content_kind: Option<&'a ContentKind<'a>>,
    /// Ids of the packs a prerequisite may name, if known.
    pub known_packs: Option<&'a HashSet<String>>,
}

/// Longest text in most fields, in characters: a few lines on a phone.
pub const MAX_TEXT: usize = 500;
/// Longest text of a culture note or a model message.
pub const MAX_LONG_TEXT: usize = 2000;
/// The gap in a `gap` or `cloze` text.
pub const GAP: &str = "___";

/// Largest recording: about 40 seconds of speech at 24 kbit/s.
pub const MAX_AUDIO_BYTES: u64 = 128 * 1024;
/// Largest picture.
pub const MAX_IMAGE_BYTES: u64 = 128 * 1024;
/// All recordings and pictures of one pack together: what a learner on a
/// data plan downloads to hear and see all of it.
pub const MAX_MEDIA_BYTES: u64 = 2 * 1024 * 1024;
/// Recordings: Ogg Opus or Vorbis, AAC in M4A, or MP3.
pub const AUDIO_TYPES: &str = ".ogg, .opus, .m4a, .mp3";
/// The fewest and most times a listening item may let its text be played.
pub const PLAYS_RANGE: std::ops::RangeInclusive<u8> = 1..=5;
/// Pictures.
pub const IMAGE_TYPES: &str = ".svg, .png, .jpg, .jpeg, .webp";

/// Reads and checks a pack file as it comes from disk or a file picker:
/// text that is not UTF-8 is a problem of its own.
pub fn check_pack_bytes(bytes: Vec<u8>, context: &Context) -> Result<Pack, Vec<Problem>> {
    match String::from_utf8(bytes) {
        Ok(text) => check_pack(&text, context),
        Err(error) => {
            // The place of the first byte that is not UTF-8.
            let valid = error.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&error.as_bytes()[..valid]);
            Err(vec![Problem {
                subject: Subject::Pack,
                kind: ProblemKind::NotUtf8,
                location: Some(Location::of_offset(&before, valid)),
                field: None,
            }])
        }
    }
}

/// Reads and checks a pack file; on failure, every problem found, in the
/// order of the file. The parts that could be read are checked even when
/// others could not, so one mistake does not hide the rest.
pub fn check_pack(text: &str, context: &Context) -> Result<Pack, Vec<Problem>> {
    match check_partial(text, context) {
        (Some(pack), problems) if problems.is_empty() => Ok(pack),
        (_, problems) => Err(problems),
    }
}

/// The pack as far as it could be read, and every problem found.
fn check_partial(text: &str, context: &Context) -> (Option<Pack>, Vec<Problem>) {
    let Partial {
        pack,
        word_at,
        item_at,
        problems,
    } = read_partial(text);
    let Some(pack) = pack else {
        return (None, problems);
    };
    let checks = Checks {
        text,
        pack: &pack,
        word_at: &word_at,
        item_at: &item_at,
        problems,
    };
    let mut problems = checks.run(context);
    problems.sort_by_key(|problem| problem.location.map(|at| (at.line, at.column)));
    (Some(pack), problems)
}

/// Checks a pack already read (from a backup, as JSON) as a pack file is
/// checked, without places in a text.
pub fn check_read(pack: &Pack, context: &Context) -> Vec<Problem> {
    let word_at: Vec<usize> = (0..pack.vocabulary.len()).collect();
    let item_at: Vec<usize> = (0..pack.items.len()).collect();
    let checks = Checks {
        text: "",
        pack,
        word_at: &word_at,
        item_at: &item_at,
        problems: Vec::new(),
    };
    checks.run(context)
}

struct Checks<'a> {
    text: &'a str,
    pack: &'a Pack,
    /// Where each word and item read stands among those in the file.
    word_at: &'a [usize],
    item_at: &'a [usize],
    problems: Vec<Problem>,
}

/// The field `path` names below its word, exercise or `[pack]` table:
/// `["items", 3, "turns", 2, "text"]` is `turns.2.text`.
fn field_of(path: &[Step]) -> Option<String> {
    let below = match path {
        [Step::Key(list), Step::Index(_), rest @ ..] if list == "items" || list == "vocabulary" => {
            rest
        }
        [Step::Key(table), rest @ ..] if table == "pack" => rest,
        _ => return None,
    };
    let steps: Vec<String> = below
        .iter()
        .map(|step| match step {
            Step::Key(name) => name.clone(),
            Step::Index(index) => index.to_string(),
        })
        .collect();
    (!steps.is_empty()).then(|| steps.join("."))
}

fn key(name: &str) -> Step {
    Step::Key(name.to_owned())
}

impl Checks<'_> {
    /// Every check, in the order of the file.
    fn run(mut self, context: &Context) -> Vec<Problem> {
        self.pack_meta(context);
        self.ids();
        self.texts();
        for (index, item) in self.pack.items.iter().enumerate() {
            self.item(index, item);
        }
        self.media(context);
        self.problems
    }

    /// Records a problem at `path`, which counts words and items among
    /// those read; its place is looked up among all of them in the file.
    fn push(&mut self, subject: Subject, kind: ProblemKind, path: Vec<Step>) {
        // A missing text is located at what is there, but mended where
        // it is typed: a why at its option, a language in its own field.
        let field = match &kind {
            ProblemKind::MissingWhy(option) => Some(format!("why.{option}")),
            ProblemKind::MissingTranslation { field, lang } => {
                field_of(&path).is_some().then(|| format!("{field}.{lang}"))
            }
            _ => field_of(&path),
        };
        let location = self.located(path);
        self.problems.push(Problem {
            subject,
            kind,
            location,
            field,
        });
    }

    /// Where `path`, which counts words and items among those read, is in
    /// the file.
    fn located(&self, mut path: Vec<Step>) -> Option<Location> {
        if let [Step::Key(list), Step::Index(index), ..] = path.as_mut_slice() {
            let positions = match list.as_str() {
                "items" => self.item_at,
                "vocabulary" => self.word_at,
                _ => &[],
            };
            if let Some(&in_file) = positions.get(*index) {
                *index = in_file;
            }
        }
        locate(self.text, &path)
    }

    fn item_path(index: usize, field: &str) -> Vec<Step> {
        vec![key("items"), Step::Index(index), key(field)]
    }

    fn pack_meta(&mut self, context: &Context) {
        let meta = &self.pack.pack;
        // A blank id is said to be blank (by `texts`), and nothing more.
        if !meta.id.trim().is_empty() && !is_id(&meta.id) {
            self.push(
                Subject::Pack,
                ProblemKind::BadId(meta.id.clone()),
                vec![key("pack"), key("id")],
            );
        }
        if !is_version(&meta.version) {
            let kind = ProblemKind::BadVersion(meta.version.clone());
            self.push(Subject::Pack, kind, vec![key("pack"), key("version")]);
        }
        if let Some(folder) = context.folder
            && folder != meta.sector
        {
            let kind = ProblemKind::WrongSectorFolder {
                sector: meta.sector.id().into(),
                folder: folder.id().into(),
            };
            self.push(Subject::Pack, kind, vec![key("pack"), key("sector")]);
        }
        if meta.authors.iter().all(|author| author.trim().is_empty()) {
            self.push(
                Subject::Pack,
                ProblemKind::Empty("authors"),
                vec![key("pack"), key("authors")],
            );
        }
        // No items in the file at all (not items that could not be read).
        let no_items = locate(self.text, &[key("items"), Step::Index(0)]).is_none();
        if self.pack.items.is_empty() && no_items {
            self.push(
                Subject::Pack,
                ProblemKind::Empty("items"),
                vec![key("pack")],
            );
        }
        if meta.prerequisites.contains(&meta.id) {
            let kind = ProblemKind::NeedsItself(meta.id.clone());
            self.push(Subject::Pack, kind, vec![key("pack"), key("prerequisites")]);
        }
        if let Some(known) = context.known_packs {
            for prerequisite in &meta.prerequisites {
                if !known.contains(prerequisite) {
                    let kind = ProblemKind::UnknownPrerequisite(prerequisite.clone());
                    self.push(Subject::Pack, kind, vec![key("pack"), key("prerequisites")]);
                }
            }
        }
    }

    /// Ids of words and items share one space: outside the pack both are
    /// `<pack-id>/<id>`.
    fn ids(&mut self) {
        let mut seen = std::collections::HashMap::<&str, Vec<Step>>::new();
        let words = self
            .pack
            .vocabulary
            .iter()
            .map(|word| (&word.id, "vocabulary"));
        let items = self.pack.items.iter().map(|item| (&item.id, "items"));
        let mut counts = std::collections::HashMap::<&str, usize>::new();
        for (id, list) in words.chain(items).collect::<Vec<_>>() {
            let index = counts.entry(list).or_default();
            let path = vec![key(list), Step::Index(*index), key("id")];
            *index += 1;
            let subject = subject_of(list, id);
            if id.trim().is_empty() {
                continue;
            }
            if !is_id(id) {
                self.push(
                    subject.clone(),
                    ProblemKind::BadId(id.clone()),
                    path.clone(),
                );
            }
            match seen.get(id.as_str()) {
                Some(first) => {
                    let first = self.located(first.clone()).map_or(0, |at| at.line);
                    let kind = ProblemKind::DuplicateId {
                        id: id.clone(),
                        first,
                    };
                    self.push(subject, kind, path);
                }
                None => {
                    seen.insert(id.as_str(), path);
                }
            }
        }
    }

    /// Every text in the pack: blank, invisible characters, length, markup,
    /// control characters.
    fn texts(&mut self) {
        let mut found = Vec::new();
        each_text(self.pack, &mut |path, text| {
            let kinds = text_problems(&field_name(path), text);
            if !kinds.is_empty() {
                found.push((path.to_vec(), kinds));
            }
        });
        for (path, kinds) in found {
            let subject = self.subject_at(&path);
            for kind in kinds {
                self.push(subject.clone(), kind, path.clone());
            }
        }
    }

    /// Recordings and pictures: their type, that they exist, their size
    /// each and together.
    fn media(&mut self, context: &Context) {
        let mut files: Vec<(Subject, Vec<Step>, &str, bool)> = Vec::new();
        for (index, word) in self.pack.vocabulary.iter().enumerate() {
            if let Some(audio) = &word.audio {
                let path = vec![key("vocabulary"), Step::Index(index), key("audio")];
                files.push((Subject::Vocabulary(word.id.clone()), path, audio, true));
            }
        }
        for (index, item) in self.pack.items.iter().enumerate() {
            for (field, file, audio) in
                [("audio", &item.audio, true), ("image", &item.image, false)]
            {
                if let Some(file) = file {
                    let path = Self::item_path(index, field);
                    files.push((Subject::Item(item.id.clone()), path, file, audio));
                }
            }
        }
        let mut total = 0;
        let mut counted = HashSet::new();
        for (subject, path, file, audio) in files {
            let (allowed, limit) = if audio {
                (AUDIO_TYPES, MAX_AUDIO_BYTES)
            } else {
                (IMAGE_TYPES, MAX_IMAGE_BYTES)
            };
            if !has_type(file, allowed) {
                let kind = ProblemKind::MediaType {
                    file: file.to_owned(),
                    allowed,
                };
                self.push(subject.clone(), kind, path.clone());
            }
            let Some(size_of) = context.file_size else {
                continue;
            };
            match size_of(file) {
                None => self.push(subject, ProblemKind::MissingFile(file.to_owned()), path),
                Some(size) => {
                    if counted.insert(file) {
                        total += size;
                    }
                    if let (Some(kind_of), Some(named)) =
                        (context.content_kind, MediaKind::of_name(file))
                        && kind_of(file) != Some(named)
                    {
                        let kind = ProblemKind::MediaContent {
                            file: file.to_owned(),
                            named: named.name(),
                            found: kind_of(file).map(MediaKind::name),
                        };
                        self.push(subject.clone(), kind, path.clone());
                    }
                    if size > limit {
                        let kind = ProblemKind::MediaTooLarge {
                            file: file.to_owned(),
                            size,
                            limit,
                        };
                        self.push(subject, kind, path);
                    }
                }
            }
        }
        if total > MAX_MEDIA_BYTES {
            let kind = ProblemKind::MediaTotal {
                size: total,
                limit: MAX_MEDIA_BYTES,
            };
            self.push(Subject::Pack, kind, vec![key("pack")]);
        }
    }

    fn subject_at(&self, path: &[Step]) -> Subject {
        match path {
            [Step::Key(list), Step::Index(index), ..] if list == "items" => {
                Subject::Item(self.pack.items[*index].id.clone())
            }
            [Step::Key(list), Step::Index(index), ..] if list == "vocabulary" => {
                Subject::Vocabulary(self.pack.vocabulary[*index].id.clone())
            }
            _ => Subject::Pack,
        }
    }

    fn item(&mut self, index: usize, item: &Item) {
        let subject = Subject::Item(item.id.clone());
        let level = self.pack.level_of(item);
        let mut problems: Vec<(ProblemKind, &str)> = Vec::new();
        for (field, support) in [
            ("instruction", &item.instruction),
            ("hint", &item.hint),
            ("feedback", &item.feedback),
        ] {
            if let Some(support) = support {
                support_needs(support, level, field, &mut problems);
            }
        }
        exercise(&item.exercise, level, &mut problems);
        for (kind, field) in problems {
            self.push(subject.clone(), kind, Self::item_path(index, field));
        }
    }
}

/// What is wrong with one text of a pack, in the field named `field`.
fn text_problems(field: &str, text: &str) -> Vec<ProblemKind> {
    let limit = if matches!(field, "text" | "model") {
        MAX_LONG_TEXT
    } else {
        MAX_TEXT
    };
    let length = text.chars().count();
    let field = || field.to_owned();
    let mut kinds = Vec::new();
    if text.trim().is_empty() {
        kinds.push(ProblemKind::Blank(field()));
    }
    if has_invisible(text) {
        kinds.push(ProblemKind::InvisibleCharacter(field()));
    }
    if length > limit {
        kinds.push(ProblemKind::TooLong {
            field: field(),
            length,
            limit,
        });
    }
    if has_markup(text) {
        kinds.push(ProblemKind::Markup(field()));
    }
    if text.chars().any(|c| c.is_control() && c != '\n') {
        kinds.push(ProblemKind::ControlCharacter(field()));
    }
    kinds
}

/// Abbreviations that are written but never said: a text that is read
/// aloud spells them out ("klokka ti", "for eksempel").
const WRITTEN_ONLY: [&str; 10] = [
    "kl.", "f.eks.", "ca.", "bl.a.", "osv.", "dvs.", "nr.", "evt.", "pga.", "mht.",
];

/// The first written-only abbreviation in a text that is read aloud.
fn written_form(text: &str) -> Option<&'static str> {
    text.split_whitespace()
        .map(|word| word.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .find_map(|word| {
            let word = word.to_lowercase();
            WRITTEN_ONLY
                .into_iter()
                .find(|abbreviation| word.trim_end_matches([',', ':', ';']) == *abbreviation)
        })
}

/// A problem if `text`, which is read aloud, has a written-only
/// abbreviation.
fn spoken(text: &str, field: &'static str, problems: &mut Vec<(ProblemKind, &'static str)>) {
    if let Some(abbreviation) = written_form(text) {
        let kind = ProblemKind::WrittenForm {
            field: field.to_owned(),
            abbreviation: abbreviation.to_owned(),
        };
        problems.push((kind, field));
    }
}

/// Whether a file name ends in one of the listed extensions (in any case).
fn has_type(file: &str, allowed: &str) -> bool {
    let file = file.to_ascii_lowercase();
    allowed
        .split(", ")
        .any(|extension| file.ends_with(extension) && file.len() > extension.len())
}

/// The checks of each kind; problems with the field they are about.
fn exercise(exercise: &Exercise, level: Level, problems: &mut Vec<(ProblemKind, &'static str)>) {
    match exercise {
        Exercise::Flashcard { back, .. } => gloss_needs(back, "back", problems),
        Exercise::Choice {
            options,
            answer,
            why,
            ..
        } => {
            options_hold(options, answer, problems);
            whys_hold(options, answer, why, level, problems);
        }
        Exercise::Gap {
            text,
            options,
            answer,
            why,
        } => {
            one_gap(text, problems);
            options_hold(options, answer, problems);
            whys_hold(options, answer, why, level, problems);
        }
        Exercise::Cloze { text, answers } => {
            one_gap(text, problems);
            not_empty(answers, "answers", problems);
        }
        Exercise::Translate { source, answers } => {
            gloss_needs(source, "source", problems);
            not_empty(answers, "answers", problems);
        }
        Exercise::Order {
            tiles,
            answer,
            alternatives,
        } => {
            not_empty(answer, "answer", problems);
            let sorted = |order: &[String]| {
                let mut tiles: Vec<String> = order.iter().map(|t| t.to_lowercase()).collect();
                tiles.sort_unstable();
                tiles
            };
            for (index, alternative) in alternatives.iter().enumerate() {
                if sorted(alternative) != sorted(answer) {
                    let kind = ProblemKind::AlternativeNotAnswer(index + 1);
                    problems.push((kind, "alternatives"));
                }
            }
            let mut left: Vec<&String> = tiles.iter().collect();
            for tile in answer {
                match left.iter().position(|t| *t == tile) {
                    Some(at) => {
                        left.swap_remove(at);
                    }
                    None if tiles.contains(tile) => {
                        problems.push((ProblemKind::TileOverused(tile.clone()), "answer"))
                    }
                    None => problems.push((ProblemKind::TileMissing(tile.clone()), "answer")),
                }
            }
        }
        Exercise::Match { pairs } => {
            if pairs.len() < 2 {
                problems.push((
                    ProblemKind::TooFew {
                        field: "pairs",
                        min: 2,
                    },
                    "pairs",
                ));
            }
        }
        Exercise::Listening {
            text,
            options,
            answer,
            plays,
        } => {
            spoken(text, "text", problems);
            if let Some(plays) = plays
                && !PLAYS_RANGE.contains(plays)
            {
                problems.push((ProblemKind::PlaysOutOfRange(*plays), "plays"));
            }
            match (options.is_empty(), answer) {
                (true, None) => {}
                (true, Some(_)) => problems.push((ProblemKind::AnswerWithoutOptions, "answer")),
                (false, Some(answer)) => options_hold(options, answer, problems),
                (false, None) => problems.push((
                    ProblemKind::Shape("with options, 'answer' names the right one".into()),
                    "options",
                )),
            }
        }
        Exercise::MinimalPair { words, answer } => {
            spoken(&words.0, "words", problems);
            spoken(&words.1, "words", problems);
            if words.0 == words.1 {
                problems.push((ProblemKind::DuplicateOption(words.0.clone()), "words"));
            } else if answer != &words.0 && answer != &words.1 {
                problems.push((
                    ProblemKind::AnswerNotInOption {
                        answer: answer.clone(),
                    },
                    "answer",
                ));
            }
        }
        Exercise::Dialogue { speakers, turns } => {
            let learners = speakers.iter().filter(|speaker| speaker.learner).count();
            if learners != 1 {
                problems.push((ProblemKind::LearnerCount(learners), "speakers"));
            }
            for (t, turn) in turns.iter().enumerate() {
                let Some(speaker) = speakers.iter().find(|speaker| speaker.id == turn.speaker)
                else {
                    problems.push((ProblemKind::UnknownSpeaker(turn.speaker.clone()), "turns"));
                    continue;
                };
                if let Some(text) = &turn.text {
                    spoken(text, "turns", problems);
                }
                if speaker.learner {
                    let mut seen = HashSet::new();
                    for option in &turn.options {
                        spoken(&option.text, "turns", problems);
                        if !seen.insert(&option.text) {
                            let kind = ProblemKind::DuplicateOption(option.text.clone());
                            problems.push((kind, "turns"));
                        }
                    }
                    let correct = turn.options.iter().filter(|option| option.correct).count();
                    if correct != 1 && (turn.answers.is_empty() || !turn.options.is_empty()) {
                        problems.push((ProblemKind::LearnerTurnUnanswerable, "turns"));
                    }
                    for (o, option) in turn.options.iter().enumerate() {
                        if let Some(why) = &option.why {
                            let field = format!("turns.{t}.options.{o}.why");
                            support_needs_of(why, level, "turns", &field, problems);
                        }
                    }
                } else if turn.text.is_none() {
                    problems.push((ProblemKind::TurnWithoutText, "turns"));
                }
            }
        }
        Exercise::Message {
            task, checklist, ..
        } => {
            support_needs(task, level, "task", problems);
            not_empty(checklist, "checklist", problems);
            for (n, entry) in checklist.iter().enumerate() {
                let field = format!("checklist.{n}");
                support_needs_of(entry, level, "checklist", &field, problems);
            }
        }
        Exercise::Speaking { text } => spoken(text, "text", problems),
        Exercise::Culture { title, text } => {
            support_needs(title, level, "title", problems);
            support_needs(text, level, "text", problems);
        }
    }
}

fn not_empty<T>(list: &[T], field: &'static str, problems: &mut Vec<(ProblemKind, &'static str)>) {
    if list.is_empty() {
        problems.push((ProblemKind::Empty(field), field));
    }
}

fn options_hold(options: &[String], answer: &str, problems: &mut Vec<(ProblemKind, &'static str)>) {
    if options.len() < 2 {
        problems.push((
            ProblemKind::TooFew {
                field: "options",
                min: 2,
            },
            "options",
        ));
    }
    if !options.is_empty() && !options.iter().any(|option| option == answer) {
        problems.push((
            ProblemKind::AnswerNotInOption {
                answer: answer.into(),
            },
            "answer",
        ));
    }
    let mut seen = HashSet::new();
    for option in options {
        if !seen.insert(option) {
            problems.push((ProblemKind::DuplicateOption(option.clone()), "options"));
        }
    }
}

/// Every wrong option says why it is wrong, in the languages its level
/// needs; nothing else has a why. Which options are wrong is known only
/// once the answer is one of them.
fn whys_hold(
    options: &[String],
    answer: &str,
    whys: &Whys,
    level: Level,
    problems: &mut Vec<(ProblemKind, &'static str)>,
) {
    if !options.iter().any(|option| option == answer) {
        return;
    }
    for option in options.iter().filter(|option| *option != answer) {
        if !whys.contains_key(option) {
            problems.push((ProblemKind::MissingWhy(option.clone()), "options"));
        }
    }
    for (option, why) in whys {
        if option == answer || !options.contains(option) {
            problems.push((ProblemKind::WhyNotWrong(option.clone()), "why"));
        } else {
            support_needs_of(why, level, "why", &format!("why.{option}"), problems);
        }
    }
}

fn one_gap(text: &str, problems: &mut Vec<(ProblemKind, &'static str)>) {
    let found = text.matches(GAP).count();
    if found != 1 {
        problems.push((ProblemKind::GapCount { found }, "text"));
    }
}

/// Help texts follow the level: Ukrainian and English at A1–A2, Norwegian
/// from B1 (see the content guide).
fn support_needs(
    support: &Support,
    level: Level,
    field: &'static str,
    problems: &mut Vec<(ProblemKind, &'static str)>,
) {
    support_needs_of(support, level, field, field, problems);
}

/// As [`support_needs`], for one text of a list or table (`field` is
/// `why.<option>` or `checklist.2`) found in the file at `location`.
fn support_needs_of(
    support: &Support,
    level: Level,
    location: &'static str,
    field: &str,
    problems: &mut Vec<(ProblemKind, &'static str)>,
) {
    let needed: &[Lang] = match level {
        Level::A1 | Level::A2 => &[Lang::Uk, Lang::En],
        Level::B1 | Level::B2 => &[Lang::Nb],
    };
    needs_texts(support, needed, location, field, problems);
}

/// A meaning to translate or show on a card's back needs both support
/// languages at every level.
fn gloss_needs(
    support: &Support,
    field: &'static str,
    problems: &mut Vec<(ProblemKind, &'static str)>,
) {
    needs_texts(support, &[Lang::Uk, Lang::En], field, field, problems);
}

fn needs_texts(
    support: &Support,
    langs: &[Lang],
    location: &'static str,
    field: &str,
    problems: &mut Vec<(ProblemKind, &'static str)>,
) {
    for &lang in langs {
        if support.get(lang).is_none_or(|text| text.trim().is_empty()) {
            let kind = ProblemKind::MissingTranslation {
                field: field.into(),
                lang: lang.code(),
            };
            problems.push((kind, location));
        }
    }
}

fn subject_of(list: &str, id: &str) -> Subject {
    if list == "items" {
        Subject::Item(id.into())
    } else {
        Subject::Vocabulary(id.into())
    }
}

/// Small letters, digits and single dashes: `helse-a1-stell`, `stell-07`.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// `MAJOR.MINOR.PATCH`, numbers without leading zeros.
pub fn is_version(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|part| {
            !part.is_empty()
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part.len() == 1 || !part.starts_with('0'))
        })
}

/// Tags such as `<b>`, `</p>`, `<script`, `<!--`, or a `javascript:` link.
pub fn has_markup(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("javascript:")
        || lower.contains("<!--")
        || lower.match_indices('<').any(|(at, _)| {
            lower[at + 1..]
                .chars()
                .next()
                .is_some_and(|next| next.is_ascii_alphabetic() || next == '/' || next == '!')
        })
}

/// Whether `text` holds a character that is invisible or turns the
/// direction of text. A zero-width joiner is allowed between symbols, where
/// it joins emoji (🧑‍🍳).
pub fn has_invisible(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(at, &c)| match c {
        '\u{200D}' => {
            let symbol =
                |c: Option<&char>| c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace());
            !(at > 0 && symbol(chars.get(at - 1)) && symbol(chars.get(at + 1)))
        }
        '\u{00AD}'
        | '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'
        | '\u{200C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => true,
        _ => false,
    })
}

/// The last named step of a path: the field a text is in.
fn field_name(path: &[Step]) -> String {
    path.iter()
        .rev()
        .find_map(|step| match step {
            Step::Key(name) if !matches!(name.as_str(), "nb" | "uk" | "en") => Some(name.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::written_form;

    #[test]
    fn written_abbreviations_are_found_in_what_is_read_aloud() {
        assert_eq!(
            written_form("I dag kl. ti har vi brannøvelse."),
            Some("kl.")
        );
        assert_eq!(written_form("Kl. 16 kommer legen."), Some("kl."));
        assert_eq!(
            written_form("Ta med noe varmt, f.eks., en genser."),
            Some("f.eks.")
        );
        assert_eq!(written_form("(ca. ti minutter)"), Some("ca."));
        assert_eq!(written_form("I dag klokka ti har vi brannøvelse."), None);
        assert_eq!(written_form("Rom nummer sju, for eksempel."), None);
        assert_eq!(written_form("Klokka er halv ti, cirka."), None);
    }
}
