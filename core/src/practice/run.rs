//! A practice run: the items a session plays, from one pack or from a
//! review across packs, and every decision along the way (which items this
//! device can play, what an answer saves, how long it took, when feedback
//! shows, what comes next). The player only shows it.

use std::sync::Arc;

use super::feedback::{Answer, Feedback};
use super::session::{Session, Summary, plan};
use super::support::Help;
use super::{Rating, label};
use crate::content::{Item, Pack};
use crate::lang::Lang;
use crate::progress::day::MAX_SECONDS_PER_ANSWER;
use crate::route::Route;
use crate::sound::Silence;
use crate::time::Millis;

/// Items a run leaves out, by why.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Items this version of the app cannot read.
    pub unreadable: usize,
    /// Items that need sound, which the learner turned off.
    pub sound_off: usize,
    /// Items that need a Norwegian voice this device lacks.
    pub no_voice: usize,
}

/// What an answer saves: one answer to one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub pack: String,
    pub item: String,
    pub rating: Rating,
    /// Time spent on the item, at most [`MAX_SECONDS_PER_ANSWER`].
    pub seconds: u32,
}

/// The item the run is at.
#[derive(Clone, Copy, Debug)]
pub struct Current<'a> {
    /// Which of the run's packs it is from.
    pub source: usize,
    pub pack: &'a Pack,
    pub item: &'a Item,
}

/// What a run is over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// One pack, planned afresh from the learner's progress.
    Pack,
    /// A review across packs, planned by the caller.
    Review,
}

/// A practice run from start to summary.
#[derive(Clone, Debug)]
pub struct Run {
    packs: Vec<Arc<Pack>>,
    /// Every item the run may show, as (pack, item) indexes.
    entries: Vec<(usize, usize)>,
    /// The entries this device can play.
    playable: Vec<usize>,
    left_out: LeftOut,
    kind: Kind,
    session: Session,
    /// Feedback on the current item, while it shows.
    feedback: Option<Feedback>,
    /// When the current item was shown.
    shown_at: Millis,
    /// Items shown so far, restarts included: another item, another number.
    shown: usize,
    seed: u64,
}

impl Run {
    /// A session of one pack: what is not yet right first, then what was
    /// done longest ago (`last` gives an item's latest rating and time).
    /// `unreadable` counts items this version could not read; `gate` says
    /// whether this device can play an item.
    pub fn pack(
        pack: Arc<Pack>,
        unreadable: usize,
        gate: impl Fn(&Item) -> Result<(), Silence>,
        last: impl Fn(&str, &str) -> Option<(Rating, Millis)>,
        now: Millis,
    ) -> Run {
        let entries = (0..pack.items.len()).map(|i| (0, i)).collect();
        let mut run = Run::new(vec![pack], entries, Kind::Pack, gate, now);
        run.left_out.unreadable = unreadable;
        run.session = Session::new(run.plan(last));
        run
    }

    /// A review across `packs`, over `entries` as (pack, item) indexes in
    /// the order they should come (see [`crate::review::session`]).
    pub fn review(
        packs: Vec<Arc<Pack>>,
        entries: Vec<(usize, usize)>,
        gate: impl Fn(&Item) -> Result<(), Silence>,
        now: Millis,
    ) -> Run {
        let mut run = Run::new(packs, entries, Kind::Review, gate, now);
        run.session = Session::new(run.playable.clone());
        run
    }

    fn new(
        packs: Vec<Arc<Pack>>,
        entries: Vec<(usize, usize)>,
        kind: Kind,
        gate: impl Fn(&Item) -> Result<(), Silence>,
        now: Millis,
    ) -> Run {
        let entries: Vec<(usize, usize)> = entries
            .into_iter()
            .filter(|&(p, i)| packs.get(p).is_some_and(|pack| i < pack.items.len()))
            .collect();
        let mut left_out = LeftOut::default();
        let mut playable = Vec::new();
        for (entry, &(p, i)) in entries.iter().enumerate() {
            match gate(&packs[p].items[i]) {
                Ok(()) => playable.push(entry),
                Err(Silence::Off) => left_out.sound_off += 1,
                Err(Silence::NoVoice) => left_out.no_voice += 1,
            }
        }
        Run {
            packs,
            entries,
            playable,
            left_out,
            kind,
            session: Session::new(Vec::new()),
            feedback: None,
            shown_at: now,
            shown: 0,
            // Mixes options and tiles differently each run.
            seed: now.0 as u64,
        }
    }

    /// The playable entries planned for a pack's session.
    fn plan(&self, last: impl Fn(&str, &str) -> Option<(Rating, Millis)>) -> Vec<usize> {
        plan(&self.playable, |entry| {
            let (pack, item) = self.item(entry);
            last(&pack.pack.id, &item.id)
        })
    }

    fn item(&self, entry: usize) -> (&Pack, &Item) {
        let (p, i) = self.entries[entry];
        let pack = &self.packs[p];
        (pack, &pack.items[i])
    }

    /// The item to show, or `None` when the run is over.
    pub fn current(&self) -> Option<Current<'_>> {
        let entry = self.session.current()?;
        let (pack, item) = self.item(entry);
        Some(Current {
            source: self.entries[entry].0,
            pack,
            item,
        })
    }

    /// Answers given so far in this session; a returning item counts each time.
    pub fn attempt(&self) -> usize {
        self.session.attempts().len()
    }

    /// The help the current item gets at its level, for a learner whose
    /// support language is `support`.
    pub fn help(&self, support: Option<Lang>) -> Option<Help> {
        let current = self.current()?;
        Some(Help::new(current.pack.level_of(current.item), support))
    }

    /// Mixes the options and tiles of the current attempt.
    pub fn seed(&self) -> u64 {
        self.seed ^ (self.attempt() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    /// Takes the learner's answer to the current item at `now`. Returns
    /// what to save, at once, before any feedback: leaving the run then
    /// loses nothing. An answer while feedback shows, or after the end,
    /// is ignored.
    pub fn answer(&mut self, answer: Answer, now: Millis) -> Option<Record> {
        if self.feedback.is_some() {
            return None;
        }
        let entry = self.session.current()?;
        match answer {
            Answer::Next(rating) => {
                let record = self.record(entry, rating, now);
                self.advance(rating, now);
                Some(record)
            }
            Answer::Graded(feedback) => {
                let record = self.record(entry, feedback.rating, now);
                self.feedback = Some(feedback);
                Some(record)
            }
            Answer::Skip => {
                self.session.skip();
                self.show(now);
                None
            }
        }
    }

    /// What an answer to `entry` saves. A note read counts as done, so a
    /// pack can be finished; the time counts up to a limit, so an answer
    /// left open over lunch does not count as an hour's practice.
    fn record(&self, entry: usize, rating: Option<Rating>, now: Millis) -> Record {
        let (pack, item) = self.item(entry);
        let seconds = (now - self.shown_at).max(0) / 1000;
        let seconds = u32::try_from(seconds).unwrap_or(u32::MAX);
        Record {
            pack: pack.pack.id.clone(),
            item: item.id.clone(),
            rating: rating.unwrap_or(Rating::Good),
            seconds: seconds.min(MAX_SECONDS_PER_ANSWER),
        }
    }

    /// The feedback on the current item, while it shows.
    pub fn feedback(&self) -> Option<&Feedback> {
        self.feedback.as_ref()
    }

    /// Closes the feedback and goes on to the next item.
    pub fn carry_on(&mut self, now: Millis) {
        if let Some(feedback) = self.feedback.take() {
            self.advance(feedback.rating, now);
        }
    }

    fn advance(&mut self, rating: Option<Rating>, now: Millis) {
        self.session.record(rating);
        self.show(now);
    }

    fn show(&mut self, now: Millis) {
        self.shown_at = now;
        self.shown += 1;
    }

    /// A number that changes whenever another item (or the summary)
    /// shows, and only then: not when feedback shows over an item.
    pub fn shown(&self) -> usize {
        self.shown
    }

    /// Whether the run can be played again from its summary: a pack's
    /// can, a review is planned anew from the home screen.
    pub fn can_restart(&self) -> bool {
        self.kind == Kind::Pack
    }

    /// A new session of the same pack, planned from the progress now.
    pub fn restart(&mut self, last: impl Fn(&str, &str) -> Option<(Rating, Millis)>, now: Millis) {
        if !self.can_restart() {
            return;
        }
        self.session = Session::new(self.plan(last));
        self.feedback = None;
        self.show(now);
        self.seed = self.seed.rotate_left(17) ^ now.0 as u64;
    }

    /// Items done of those planned, for the progress bar.
    pub fn done(&self) -> usize {
        self.session.done()
    }

    pub fn planned(&self) -> usize {
        self.session.planned()
    }

    /// Whether nothing has been answered yet.
    pub fn at_start(&self) -> bool {
        self.attempt() == 0
    }

    pub fn left_out(&self) -> LeftOut {
        self.left_out
    }

    pub fn packs(&self) -> &[Arc<Pack>] {
        &self.packs
    }

    /// How the run went, and the items to look at again, by their label.
    pub fn summary(&self) -> (Summary, Vec<String>) {
        let summary = self.session.summary();
        let labels = summary
            .to_review
            .iter()
            .map(|&entry| label(&self.item(entry).1.exercise))
            .collect();
        (summary, labels)
    }

    /// Where closing the run and its summary lead.
    pub fn back(&self) -> Route {
        match self.kind {
            Kind::Pack => Route::Pack(self.packs[0].pack.id.clone()),
            Kind::Review => Route::Home,
        }
    }
}

#[cfg(test)]
mod tests;
