//! A word list from a spreadsheet, Quizlet or Anki, read into rows, its
//! columns mapped to Norwegian, Ukrainian, English and an example, and
//! made into vocabulary, flashcards and gap items. A row that cannot be
//! used is listed with its line and why, never dropped in silence.

use std::collections::HashSet;

use crate::content::{
    Exercise, GAP, Gloss, Item, Level, PartOfSpeech, Support, VocabEntry, Whys, has_invisible,
    has_markup,
};

/// The largest list read: far more than a pack holds.
pub const MAX_ROWS: usize = 2_000;
/// The longest text in a cell, as in a pack.
pub const MAX_CELL_CHARS: usize = 500;

/// What separates the cells of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Separator {
    Comma,
    Semicolon,
    Tab,
}

impl Separator {
    fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
            Separator::Tab => b'\t',
        }
    }
}

/// A list as read: its rows of cells, each with the line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub separator: Separator,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The line of the file the row starts on, from 1.
    pub line: usize,
    pub cells: Vec<String>,
}

/// Why a file cannot be read as a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableError {
    /// Nothing but empty lines.
    Empty,
    /// More rows than [`MAX_ROWS`].
    TooManyRows,
    /// A quotation mark opened and never closed, or a file that is not
    /// text made of rows.
    Unreadable,
}

/// Reads a list: with or without a byte order mark, with Anki's
/// `#separator:` and other `#` lines at the top, cells separated by
/// tabs, semicolons or commas (whichever the first row has most of),
/// quoted cells with separators, quotes and line breaks inside.
pub fn read_table(text: &str) -> Result<Table, TableError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut said = None;
    let mut skipped = 0;
    let mut body = text;
    while let Some(line) = body.lines().next().filter(|line| line.starts_with('#')) {
        if let Some(name) = line.strip_prefix("#separator:") {
            said = separator_named(name.trim());
        }
        skipped += 1;
        body = body.get(line.len()..).unwrap_or("");
        body = body
            .strip_prefix("\r\n")
            .or(body.strip_prefix('\n'))
            .unwrap_or(body);
    }
    let separator = said.unwrap_or_else(|| guess_separator(body));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator.byte())
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut rows = Vec::new();
    let mut last_start = 0;
    // The line the row starting at `last_start` is on, counted on from the
    // row before rather than from the top each time.
    let mut line = skipped + 1;
    for record in reader.records() {
        let record = record.map_err(|_| TableError::Unreadable)?;
        // Where the reader started: before any empty lines it skipped.
        let from = record.position().map_or(0, |at| at.byte() as usize);
        let start = from + body[from..].len() - body[from..].trim_start_matches(['\r', '\n']).len();
        line += body.as_bytes()[last_start..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        last_start = start;
        let cells: Vec<String> = record.iter().map(|cell| cell.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(TableError::TooManyRows);
        }
        rows.push(Row { line, cells });
    }
    // A quotation mark never closed takes in the rest of the file as one
    // cell: its last row then holds an odd number of them.
    if body[last_start..].matches('"').count() % 2 == 1 {
        return Err(TableError::Unreadable);
    }
    if rows.is_empty() {
        return Err(TableError::Empty);
    }
    Ok(Table { separator, rows })
}

fn separator_named(name: &str) -> Option<Separator> {
    match name.to_ascii_lowercase().as_str() {
        "tab" | "\\t" => Some(Separator::Tab),
        "semicolon" | ";" => Some(Separator::Semicolon),
        "comma" | "," => Some(Separator::Comma),
        _ => None,
    }
}

/// The separator the first row has most of, outside quotes; a comma when
/// it has none.
fn guess_separator(text: &str) -> Separator {
    let first = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("");
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            '\t' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            ',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let [tabs, semicolons, commas] = counts;
    if tabs > 0 && tabs >= semicolons && tabs >= commas {
        Separator::Tab
    } else if semicolons > commas {
        Separator::Semicolon
    } else {
        Separator::Comma
    }
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Norwegian,
    Ukrainian,
    English,
    Example,
    Ignored,
}

/// Which column holds what, and whether the first row names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mapping {
    pub columns: Vec<Column>,
    pub header: bool,
}

/// A first guess for the teacher to correct: by the first row's names if
/// it has them (norsk, українська, English, eksempel…), else by the
/// letters in the cells (Cyrillic is Ukrainian; the first Latin column
/// Norwegian, the next English, a longer one the example).
pub fn guess_mapping(table: &Table) -> Mapping {
    let width = table
        .rows
        .iter()
        .map(|row| row.cells.len())
        .max()
        .unwrap_or(0);
    let named: Vec<Option<Column>> = (0..width)
        .map(|at| column_named(table.rows[0].cells.get(at).map_or("", String::as_str)))
        .collect();
    if named.iter().any(Option::is_some) {
        return Mapping {
            columns: named
                .into_iter()
                .map(|c| c.unwrap_or(Column::Ignored))
                .collect(),
            header: true,
        };
    }
    let mut columns = Vec::with_capacity(width);
    for at in 0..width {
        let cells: Vec<&str> = table
            .rows
            .iter()
            .filter_map(|row| row.cells.get(at).map(String::as_str))
            .filter(|cell| !cell.is_empty())
            .collect();
        let cyrillic = cells
            .iter()
            .filter(|cell| cell.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c)))
            .count();
        let words = cells
            .iter()
            .map(|cell| cell.split_whitespace().count())
            .sum::<usize>();
        let long = !cells.is_empty() && words >= cells.len() * 4;
        let column = if cells.is_empty() {
            Column::Ignored
        } else if cyrillic * 2 > cells.len() {
            Column::Ukrainian
        } else if long
            && !columns.contains(&Column::Example)
            && columns.contains(&Column::Norwegian)
        {
            Column::Example
        } else if !columns.contains(&Column::Norwegian) {
            Column::Norwegian
        } else if !columns.contains(&Column::English) {
            Column::English
        } else {
            Column::Ignored
        };
        columns.push(column);
    }
    Mapping {
        columns,
        header: false,
    }
}

/// A column by the name in its first row: a language's name in nb, uk or
/// en (the start is enough: «українська мова»), its code, or what
/// Quizlet and Anki call the sides.
fn column_named(name: &str) -> Option<Column> {
    let name = name.trim().to_lowercase();
    let is = |codes: &[&str], names: &[&str]| {
        codes.contains(&name.as_str()) || names.iter().any(|n| name.starts_with(n))
    };
    if is(
        &["no", "nb", "ord", "term", "word", "front"],
        &["norsk", "bokmål", "norwegian", "норвезьк"],
    ) {
        Some(Column::Norwegian)
    } else if is(
        &["uk", "back"],
        &["ukrainsk", "ukrainian", "українськ", "переклад"],
    ) {
        Some(Column::Ukrainian)
    } else if is(
        &["en", "definition", "meaning"],
        &["engelsk", "english", "англійськ"],
    ) {
        Some(Column::English)
    } else if is(
        &[],
        &["eksempel", "example", "setning", "sentence", "приклад"],
    ) {
        Some(Column::Example)
    } else {
        None
    }
}

/// Why a row was not made into a word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// The Norwegian cell is empty.
    NoNorwegian,
    /// Both the Ukrainian and the English cell are empty. (A word with one
    /// of them is kept: the checker asks for the other where it is typed.)
    NoMeaning,
    /// The same Norwegian as on an earlier line.
    Twice { first: usize },
    /// A cell with markup, an invisible character or more than
    /// [`MAX_CELL_CHARS`].
    BadCell(Column),
}

/// A row that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub line: usize,
    pub problem: RowProblem,
}

/// What a list makes: its words, with a flashcard each, matching of the
/// words to their examples and (at A1–A2) a gap item for each example that
/// holds its word; and the rows left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub words: Vec<VocabEntry>,
    pub items: Vec<Item>,
    pub left_out: Vec<LeftOut>,
}

/// Makes words and exercises of the rows, as mapped, for a pack of
/// `level`. Ids are made from the words and are unique among `taken`
/// (the ids the pack has already) and each other.
pub fn import(table: &Table, mapping: &Mapping, level: Level, taken: &HashSet<String>) -> Imported {
    let mut ids = taken.clone();
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut words = Vec::new();
    let mut left_out = Vec::new();
    let rows = table.rows.iter().skip(usize::from(mapping.header));
    for row in rows {
        match word_of(row, mapping, &seen) {
            Ok(mut word) => {
                seen.push((word.lemma.to_lowercase(), row.line));
                word.id = unique_id(&slug(&word.lemma), &mut ids);
                words.push(word);
            }
            Err(problem) => left_out.push(LeftOut {
                line: row.line,
                problem,
            }),
        }
    }
    let mut items: Vec<Item> = words
        .iter()
        .map(|word| {
            let card = Exercise::Flashcard {
                front: word.lemma.clone(),
                back: Support {
                    nb: None,
                    uk: Some(word.gloss.uk.clone()).filter(|uk| !uk.is_empty()),
                    en: Some(word.gloss.en.clone()).filter(|en| !en.is_empty()),
                },
            };
            Item::plain(unique_id(&format!("kort-{}", word.id), &mut ids), card)
        })
        .collect();
    if level <= Level::A2 {
        for at in 0..words.len() {
            if let Some(item) = gap_item(at, &words, &mut ids) {
                items.push(item);
            }
        }
    }
    items.extend(match_items(&words, &mut ids));
    Imported {
        words,
        items,
        left_out,
    }
}

fn word_of(
    row: &Row,
    mapping: &Mapping,
    seen: &[(String, usize)],
) -> Result<VocabEntry, RowProblem> {
    let cell = |wanted: Column| {
        mapping
            .columns
            .iter()
            .position(|column| *column == wanted)
            .and_then(|at| row.cells.get(at))
            .map_or("", String::as_str)
    };
    for column in [
        Column::Norwegian,
        Column::Ukrainian,
        Column::English,
        Column::Example,
    ] {
        let text = cell(column);
        if has_markup(text) || has_invisible(text) || text.chars().count() > MAX_CELL_CHARS {
            return Err(RowProblem::BadCell(column));
        }
    }
    let lemma = cell(Column::Norwegian);
    if lemma.is_empty() {
        return Err(RowProblem::NoNorwegian);
    }
    if let Some((_, first)) = seen.iter().find(|(word, _)| *word == lemma.to_lowercase()) {
        return Err(RowProblem::Twice { first: *first });
    }
    let (uk, en) = (cell(Column::Ukrainian), cell(Column::English));
    if uk.is_empty() && en.is_empty() {
        return Err(RowProblem::NoMeaning);
    }
    let example = Some(cell(Column::Example).to_owned()).filter(|example| !example.is_empty());
    Ok(VocabEntry {
        id: String::new(),
        lemma: lemma.to_owned(),
        forms: Vec::new(),
        pos: part_of_speech(lemma),
        gloss: Gloss {
            uk: uk.to_owned(),
            en: en.to_owned(),
        },
        example,
        audio: None,
    })
}

/// A noun has its article, a verb its «å»; anything else is taken as a
/// phrase until the teacher says otherwise.
pub(crate) fn part_of_speech(lemma: &str) -> PartOfSpeech {
    match lemma.split_once(' ') {
        Some(("en" | "ei" | "et", _)) => PartOfSpeech::Noun,
        Some(("å", _)) => PartOfSpeech::Verb,
        _ => PartOfSpeech::Phrase,
    }
}

/// A gap where the word stands in its example, with up to two other words
/// of the list as wrong options, each saying what it means.
fn gap_item(at: usize, words: &[VocabEntry], ids: &mut HashSet<String>) -> Option<Item> {
    let word = &words[at];
    let answer = word.word();
    let example = word.example.as_deref()?;
    let text = replace_word(example, answer)?;
    let others: Vec<&VocabEntry> = words
        .iter()
        .enumerate()
        .filter(|(other, candidate)| {
            *other != at
                && !candidate.gloss.uk.is_empty()
                && !candidate.gloss.en.is_empty()
                && candidate.pos == word.pos
                && !candidate.word().eq_ignore_ascii_case(answer)
                && replace_word(example, candidate.word()).is_none()
        })
        .map(|(_, candidate)| candidate)
        .take(2)
        .collect();
    if others.is_empty() || word.gloss.uk.is_empty() || word.gloss.en.is_empty() {
        return None;
    }
    let mut options = vec![answer.to_owned()];
    let mut why = Whys::new();
    for other in others {
        why.insert(other.word().to_owned(), meaning(other));
        options.push(other.word().to_owned());
    }
    let gap = Exercise::Gap {
        text,
        options,
        answer: answer.to_owned(),
        why,
    };
    Some(Item {
        feedback: Some(meaning(word)),
        ..Item::plain(unique_id(&format!("luke-{}", word.id), ids), gap)
    })
}

/// Matching in Norwegian alone: each word whose example holds it, to that
/// example with a gap where it stands; three pairs to an exercise (four
/// where one would be left over), in the list's order.
fn match_items(words: &[VocabEntry], ids: &mut HashSet<String>) -> Vec<Item> {
    let mut pairs: Vec<(&str, (String, String))> = Vec::new();
    for word in words {
        let Some(gapped) = (word.example.as_deref()).and_then(|e| replace_word(e, word.word()))
        else {
            continue;
        };
        // Two same left or right sides would make two right answers.
        let left = word.word().to_owned();
        let twice = pairs.iter().any(|(_, (l, r))| {
            l.to_lowercase() == left.to_lowercase() || r.to_lowercase() == gapped.to_lowercase()
        });
        if !twice {
            pairs.push((&word.id, (left, gapped)));
        }
    }
    let mut groups: Vec<Vec<(&str, (String, String))>> =
        pairs.chunks(3).map(<[_]>::to_vec).collect();
    if groups.len() > 1 && groups.last().is_some_and(|last| last.len() == 1) {
        let last = groups.pop().unwrap_or_default();
        groups
            .last_mut()
            .into_iter()
            .for_each(|group| group.extend(last.clone()));
    }
    groups
        .into_iter()
        .filter(|group| group.len() >= 2)
        .map(|group| {
            let id = unique_id(&format!("par-{}", group[0].0), ids);
            let pairs = group.into_iter().map(|(_, pair)| pair).collect();
            Item::plain(id, Exercise::Match { pairs })
        })
        .collect()
}

/// What a word means, said in the support languages: the feedback on its
/// own gap, and the why where it is a wrong option.
fn meaning(word: &VocabEntry) -> Support {
    Support {
        nb: None,
        uk: Some(format!("«{}» — це «{}».", word.lemma, word.gloss.uk)),
        en: Some(format!("«{}» means «{}».", word.lemma, word.gloss.en)),
    }
}

/// `text` with the first whole-word `word` (in any case) as a gap.
fn replace_word(text: &str, word: &str) -> Option<String> {
    let lower = text.to_lowercase();
    // Positions in the lower-case text are positions in the text only
    // where lower-casing kept every letter's length.
    if word.is_empty() || lower.len() != text.len() {
        return None;
    }
    let wanted = word.to_lowercase();
    let is_edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let mut from = 0;
    while let Some(found) = lower[from..].find(&wanted) {
        let start = from + found;
        let end = start + wanted.len();
        if is_edge(lower[..start].chars().next_back()) && is_edge(lower[end..].chars().next()) {
            return Some(format!("{}{GAP}{}", &text[..start], &text[end..]));
        }
        from = end;
    }
    None
}

/// An id made of a word: small letters a–z and digits, æ ø å spelled out,
/// anything else a single dash.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.to_lowercase().chars() {
        match c {
            'a'..='z' | '0'..='9' => slug.push(c),
            'æ' => slug.push_str("ae"),
            'ø' => slug.push('o'),
            'å' => slug.push('a'),
            'é' | 'è' | 'ê' => slug.push('e'),
            _ if !slug.ends_with('-') && !slug.is_empty() => slug.push('-'),
            _ => {}
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug: String = slug.chars().take(48).collect();
    if slug.is_empty() {
        "ord".to_owned()
    } else {
        slug.trim_end_matches('-').to_owned()
    }
}

/// `base`, or `base-2`, `base-3`… whichever is not taken; taken from now
/// on.
pub(crate) fn unique_id(base: &str, taken: &mut HashSet<String>) -> String {
    let mut id = base.to_owned();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

#[cfg(test)]
mod tests;
