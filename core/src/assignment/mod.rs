//! What passes between a language mentor and a learner, with no server:
//! an assignment ("practise these packs by Friday") and a report back
//! ("this is what I did"). Each travels as a link whose fragment holds the
//! whole message, versioned and checksummed, so a link cut short by a
//! messenger is known to be broken rather than misread.
//!
//! Everything read from a link is untrusted: [`decode`] checks every
//! value against the catalog, the date and the limits below, and says in
//! one [`LinkError`] what is wrong.

pub mod report;
pub mod shelf;
pub mod source;
pub mod table;
pub(crate) mod wire;

pub use self::source::PackSource;
use self::wire::{Malformed, Reader, Unopened, Writer, first_byte};
use super::content::{Catalog, Level, Sector, has_markup, is_id};
use super::progress::day::Day;
use super::route::ShareView;

/// The newest format this app reads and writes; links of a newer one are
/// refused with a word to update the app, not misread. Format 2 adds where
/// to get each pack that is not bundled; a message that needs none of that
/// is still written in format 1, which older apps read.
pub const FORMAT: u8 = 2;
const FIRST_FORMAT: u8 = 1;

/// Limits on what a message may hold. A name fits a person, a note a few
/// sentences, and a message without packs inside it a QR code a phone
/// camera reads; with them, a link that chat apps and mail pass on whole.
pub const MAX_NAME_CHARS: usize = 60;
pub const MAX_NOTE_CHARS: usize = 300;
pub const MAX_PACKS: usize = 10;
pub const MAX_ITEMS_PER_PACK: usize = 60;
pub const MAX_PAYLOAD_CHARS: usize = 8_000;
/// The longest time from giving an assignment to its due date, in days.
pub const MAX_DAYS_TO_DUE: i64 = 366;
/// 2024-01-01: nothing was shared before it.
pub const FIRST_DAY: Day = Day(19_723);
/// Absurd counts are refused: no pack has more items, nobody answers more.
const MAX_ITEMS: u32 = 10_000;
const MAX_ANSWERS: u32 = 1_000_000;

/// Packs to practise, from a mentor to one or several learners.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    /// The mentor's name, as they typed it.
    pub from: String,
    pub note: String,
    /// The day it was made.
    pub made: Day,
    pub due: Option<Day>,
    pub packs: Vec<AssignedPack>,
}

/// A pack in an assignment: all of it, or only the items named.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssignedPack {
    pub id: String,
    pub items: Vec<String>,
    /// Where to get it, for a pack a teacher made rather than a bundled one.
    pub source: Option<PackSource>,
}

/// What a learner did on an assignment, for their mentor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The assignment's [`Assignment::id`].
    pub assignment: u32,
    /// The learner's name, as they typed it.
    pub learner: String,
    /// The day the report was made.
    pub made: Day,
    pub packs: Vec<PackReport>,
}

/// One pack in a report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackReport {
    pub id: String,
    /// Items assigned in the pack.
    pub items: u32,
    /// Of those, answered at least once.
    pub practised: u32,
    /// Answers given, and how many of them were right.
    pub answers: u32,
    pub right: u32,
    /// Items remembered for weeks ahead.
    pub mastered: u32,
    pub minutes: u32,
    /// The last day an item of the pack was answered.
    pub last_active: Option<Day>,
}

/// A message read from a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    Assignment(Assignment),
    Report(Report),
}

/// Why a link cannot be opened. Nothing is changed by a link that fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// No message at all: the link lost its part after `#`.
    Missing,
    /// Far longer than any message.
    TooLong,
    /// Cut short or changed on the way: it does not match its checksum.
    Broken,
    /// Made by a newer version of the app.
    Newer,
    /// Names a pack this app does not have.
    UnknownPack(String),
    /// A date that cannot be right: before 2024, in the future, or a due
    /// date more than a year ahead.
    Date,
    /// A name or note that is empty where it must not be, too long, or
    /// holds markup or control characters.
    Text,
    /// No packs, or more packs or items than a message may hold, or the
    /// same one twice, or counts that cannot be.
    Contents,
}

impl From<Unopened> for LinkError {
    fn from(unopened: Unopened) -> LinkError {
        match unopened {
            Unopened::Missing => LinkError::Missing,
            Unopened::TooLong => LinkError::TooLong,
            Unopened::Broken => LinkError::Broken,
            Unopened::Newer => LinkError::Newer,
        }
    }
}

impl LinkError {
    /// The Fluent message that explains this to the reader.
    pub const fn message_id(&self) -> &'static str {
        match self {
            LinkError::Missing => "link-missing",
            LinkError::TooLong | LinkError::Broken => "link-broken",
            LinkError::Newer => "link-newer",
            LinkError::UnknownPack(_) => "link-unknown-pack",
            LinkError::Date => "link-date",
            LinkError::Text => "link-text",
            LinkError::Contents => "link-contents",
        }
    }
}

const ASSIGNMENT: u8 = 1;
const REPORT: u8 = 2;

impl Assignment {
    /// Names this assignment in reports: the checksum of its contents, so
    /// the mentor's copy and every learner's agree without a server.
    pub fn id(&self) -> u32 {
        wire::crc32(self.message().bytes())
    }

    fn message(&self) -> Writer {
        let sourced = self.packs.iter().any(|pack| pack.source.is_some());
        let mut w = header(if sourced { FORMAT } else { FIRST_FORMAT }, ASSIGNMENT);
        w.text(&self.from);
        w.text(&self.note);
        w.number(self.made.0 as u32);
        // 0: no due date; else days after the day made, plus one.
        w.number(self.due.map_or(0, |due| {
            (due - self.made + 1).clamp(1, u32::MAX.into()) as u32
        }));
        w.number(self.packs.len() as u32);
        for pack in &self.packs {
            pack_id(&mut w, &pack.id);
            w.number(pack.items.len() as u32);
            for item in &pack.items {
                w.text(item);
            }
            if sourced {
                source::write(&mut w, pack.source.as_ref());
            }
        }
        w
    }

    /// Whether the learner may do `item` of `pack` for this assignment.
    pub fn includes(&self, pack: &str, item: &str) -> bool {
        self.packs
            .iter()
            .any(|p| p.id == pack && (p.items.is_empty() || p.items.iter().any(|i| i == item)))
    }
}

impl Report {
    fn message(&self) -> Writer {
        let mut w = header(FIRST_FORMAT, REPORT);
        w.number(self.assignment);
        w.text(&self.learner);
        w.number(self.made.0 as u32);
        w.number(self.packs.len() as u32);
        for pack in &self.packs {
            pack_id(&mut w, &pack.id);
            for count in [
                pack.items,
                pack.practised,
                pack.answers,
                pack.right,
                pack.mastered,
                pack.minutes,
            ] {
                w.number(count);
            }
            w.number(pack.last_active.map_or(0, |day| day.0 as u32));
        }
        w
    }
}

impl Shared {
    /// The message for a link's fragment.
    pub fn encode(&self) -> String {
        let message = match self {
            Shared::Assignment(assignment) => assignment.message(),
            Shared::Report(report) => report.message(),
        };
        wire::to_base64(&message.finish())
    }

    /// The view of the sharing page that opens this message: as a
    /// learner (an assignment) or in mentor mode (a report).
    pub fn view(&self) -> ShareView {
        match self {
            Shared::Assignment(_) => ShareView::Learner(self.encode()),
            Shared::Report(_) => ShareView::MentorOpen(self.encode()),
        }
    }

    /// The link that opens this message in the app at `app` (its address
    /// up to and including the base, without a trailing slash).
    pub fn link(&self, app: &str) -> String {
        format!("{app}/{}", self.view().href())
    }
}

fn header(format: u8, kind: u8) -> Writer {
    let mut w = Writer::default();
    w.byte(first_byte(format));
    w.byte(kind);
    w
}

/// Pack ids begin with their sector and level (`helse-a1-stell`): those
/// take one byte, the rest follows as text. Byte 0: the id as it is.
fn pack_id(w: &mut Writer, id: &str) {
    let prefixed = sector_levels().find_map(|(code, prefix)| {
        id.strip_prefix(prefix.as_str())
            .filter(|rest| !rest.is_empty())
            .map(|rest| (code, rest))
    });
    match prefixed {
        Some((code, rest)) => {
            w.byte(code);
            w.text(rest);
        }
        None => {
            w.byte(0);
            w.text(id);
        }
    }
}

fn read_pack_id(r: &mut Reader) -> Result<String, Malformed> {
    let code = r.byte()?;
    let rest = r.text()?;
    if code == 0 {
        return Ok(rest);
    }
    let (_, prefix) = sector_levels().find(|&(c, _)| c == code).ok_or(Malformed)?;
    Ok(prefix + &rest)
}

/// Sectors in the order their codes in links were given. A new sector
/// goes at the end, whatever its place on the home screen, so that links
/// already sent keep reading the same.
const SECTOR_CODES: [Sector; 6] = [
    Sector::Helse,
    Sector::Barnehage,
    Sector::Horeca,
    Sector::Renhold,
    Sector::Arbeidsliv,
    Sector::Teknisk,
];

/// `(code, "sector-level-")` for every sector and level, codes from 1.
fn sector_levels() -> impl Iterator<Item = (u8, String)> {
    SECTOR_CODES
        .into_iter()
        .enumerate()
        .flat_map(|(s, sector)| {
            Level::ALL.into_iter().enumerate().map(move |(l, level)| {
                let code = (1 + s * Level::ALL.len() + l) as u8;
                let prefix = format!("{}-{}-", sector.id(), level.code().to_lowercase());
                (code, prefix)
            })
        })
}

/// The message in a link, or in text that holds one (a file, a pasted
/// link, the message alone): what follows the last `#` and any view name
/// (`mentor/`). An address without `#` has lost its message: `""`.
pub fn payload(text: &str) -> &str {
    let text = text.trim();
    let fragment = match text.rsplit_once('#') {
        Some((_, after)) => after,
        None if text.contains("://") => "",
        None => text,
    };
    fragment.rsplit('/').next().unwrap_or_default()
}

/// Reads a message and checks everything in it. `today` is the reader's
/// day; packs must be in `catalog`.
pub fn decode(payload: &str, catalog: &Catalog, today: Day) -> Result<Shared, LinkError> {
    let shared = read(payload)?;
    check(&shared, catalog, today)?;
    Ok(shared)
}

/// Reads a message without checking what it holds: for messages this app
/// checked when they arrived and stored.
pub fn read(payload: &str) -> Result<Shared, LinkError> {
    let message = wire::open(payload, MAX_PAYLOAD_CHARS, FORMAT)?;
    let mut r = Reader::new(&message);
    let read = (|| {
        let format = r.byte()? >> 2;
        if !(FIRST_FORMAT..=FORMAT).contains(&format) {
            return Err(Malformed);
        }
        let shared = match r.byte()? {
            ASSIGNMENT => Shared::Assignment(read_assignment(&mut r, format)?),
            REPORT if format == FIRST_FORMAT => Shared::Report(read_report(&mut r)?),
            _ => return Err(Malformed),
        };
        // Each message has one form: format 2 only where a pack has a source.
        if let Shared::Assignment(a) = &shared
            && (format == FORMAT) != a.packs.iter().any(|p| p.source.is_some())
        {
            return Err(Malformed);
        }
        if r.is_empty() {
            Ok(shared)
        } else {
            Err(Malformed)
        }
    })();
    // The checksum matched, so a message that does not read was made
    // wrongly, not damaged on the way; to the reader it is as broken.
    read.map_err(|Malformed| LinkError::Broken)
}

fn read_assignment(r: &mut Reader, format: u8) -> Result<Assignment, Malformed> {
    let from = r.text()?;
    let note = r.text()?;
    let made = Day(i64::from(r.number()?));
    let due = match r.number()? {
        0 => None,
        after => Some(made + i64::from(after) - 1),
    };
    let mut packs = Vec::new();
    for _ in 0..r.count()? {
        let id = read_pack_id(r)?;
        let mut items = Vec::new();
        for _ in 0..r.count()? {
            items.push(r.text()?);
        }
        let source = if format >= 2 { source::read(r)? } else { None };
        packs.push(AssignedPack { id, items, source });
    }
    Ok(Assignment {
        from,
        note,
        made,
        due,
        packs,
    })
}

fn read_report(r: &mut Reader) -> Result<Report, Malformed> {
    let assignment = r.number()?;
    let learner = r.text()?;
    let made = Day(i64::from(r.number()?));
    let mut packs = Vec::new();
    for _ in 0..r.count()? {
        let id = read_pack_id(r)?;
        let mut counts = [0; 6];
        for count in &mut counts {
            *count = r.number()?;
        }
        let [items, practised, answers, right, mastered, minutes] = counts;
        let last_active = match r.number()? {
            0 => None,
            day => Some(Day(i64::from(day))),
        };
        packs.push(PackReport {
            id,
            items,
            practised,
            answers,
            right,
            mastered,
            minutes,
            last_active,
        });
    }
    Ok(Report {
        assignment,
        learner,
        made,
        packs,
    })
}

/// Checks what a message holds; the mentor's form uses the same rules.
pub fn check(shared: &Shared, catalog: &Catalog, today: Day) -> Result<(), LinkError> {
    let (made, ids): (Day, Vec<&str>) = match shared {
        Shared::Assignment(a) => {
            name(&a.from)?;
            note(&a.note)?;
            if a.due
                .is_some_and(|due| due < a.made || due > a.made + MAX_DAYS_TO_DUE)
            {
                return Err(LinkError::Date);
            }
            for pack in &a.packs {
                if pack.items.len() > MAX_ITEMS_PER_PACK
                    || !pack.items.iter().all(|item| is_id(item))
                    || has_duplicates(pack.items.iter().map(String::as_str))
                {
                    return Err(LinkError::Contents);
                }
            }
            (a.made, a.packs.iter().map(|p| p.id.as_str()).collect())
        }
        Shared::Report(r) => {
            name(&r.learner)?;
            for pack in &r.packs {
                let counts_fit = pack.items <= MAX_ITEMS
                    && pack.practised <= pack.items
                    && pack.mastered <= pack.practised
                    && pack.answers <= MAX_ANSWERS
                    && pack.right <= pack.answers
                    && pack.practised <= pack.answers
                    && pack.minutes <= MAX_ANSWERS;
                if !counts_fit {
                    return Err(LinkError::Contents);
                }
                if pack
                    .last_active
                    .is_some_and(|day| day < FIRST_DAY || day > r.made)
                {
                    return Err(LinkError::Date);
                }
            }
            (r.made, r.packs.iter().map(|p| p.id.as_str()).collect())
        }
    };
    if made < FIRST_DAY || made > today + 1 {
        return Err(LinkError::Date);
    }
    if ids.is_empty() || ids.len() > MAX_PACKS || has_duplicates(ids.iter().copied()) {
        return Err(LinkError::Contents);
    }
    // A pack the reader lacks is fine if the message says where to get it.
    let source = |id: &str| match shared {
        Shared::Assignment(a) => a
            .packs
            .iter()
            .find(|pack| pack.id == id)
            .and_then(|pack| pack.source.as_ref()),
        Shared::Report(_) => None,
    };
    for id in ids.iter().filter(|id| catalog.pack(id).is_none()) {
        match source(id) {
            Some(source) if is_id(id) => {
                source.link().map_err(|_| LinkError::Contents)?;
            }
            _ => return Err(LinkError::UnknownPack(id.chars().take(64).collect())),
        }
    }
    Ok(())
}

/// The packs of an assignment the reader does not have yet, each with
/// where to get it (a checked assignment has one for each).
pub fn missing<'a>(assignment: &'a Assignment, catalog: &Catalog) -> Vec<&'a AssignedPack> {
    assignment
        .packs
        .iter()
        .filter(|pack| catalog.pack(&pack.id).is_none())
        .collect()
}

/// A person's name as typed: some letters, no markup, one line.
pub fn name(text: &str) -> Result<(), LinkError> {
    let chars = text.chars().count();
    if text.trim().is_empty() || chars > MAX_NAME_CHARS || !plain(text, false) {
        return Err(LinkError::Text);
    }
    Ok(())
}

/// A note as typed: may be empty, may have lines, no markup.
pub fn note(text: &str) -> Result<(), LinkError> {
    if text.chars().count() > MAX_NOTE_CHARS || !plain(text, true) {
        return Err(LinkError::Text);
    }
    Ok(())
}

/// No markup, no control characters (but line breaks where allowed), and
/// no characters that turn text direction around to disguise a name.
fn plain(text: &str, lines: bool) -> bool {
    let direction = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    !has_markup(text)
        && !text.contains(['<', '>'])
        && text
            .chars()
            .all(|c| !(c.is_control() && !(lines && c == '\n')) && !direction(c))
}

fn has_duplicates<'a>(ids: impl Iterator<Item = &'a str>) -> bool {
    let mut seen = std::collections::HashSet::new();
    !ids.into_iter().all(|id| seen.insert(id))
}

#[cfg(test)]
mod tests;
