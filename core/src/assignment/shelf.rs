//! Messages kept in the browser: a learner's accepted assignments, a
//! mentor's assignments and the reports they received. Stored as text, one
//! message a line (`<when, ms since 1970> <message>`), so a damaged line
//! costs only itself and is kept as it is, never dropped unseen.

use super::{Assignment, Report, Shared, read};
use crate::progress::day::Day;
use crate::time::Millis;

/// A message and when it was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub at: Millis,
    pub payload: String,
    pub message: Shared,
}

/// Every kept message, in the order kept, and the lines that could not be
/// read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shelf {
    pub kept: Vec<Kept>,
    pub unreadable: Vec<String>,
}

impl Shelf {
    pub fn read(text: &str) -> Shelf {
        let mut shelf = Shelf::default();
        for line in text.lines().filter(|line| !line.trim().is_empty()) {
            let parsed = line.split_once(' ').and_then(|(at, payload)| {
                let at = Millis(at.parse().ok()?);
                let message = read(payload).ok()?;
                Some(Kept {
                    at,
                    payload: payload.to_owned(),
                    message,
                })
            });
            match parsed {
                Some(kept) => shelf.kept.push(kept),
                None => shelf.unreadable.push(line.to_owned()),
            }
        }
        shelf
    }

    /// The text to store: every message, and every unreadable line as it
    /// was.
    pub fn write(&self) -> String {
        let mut text = String::new();
        for kept in &self.kept {
            text.push_str(&format!("{} {}\n", kept.at, kept.payload));
        }
        for line in &self.unreadable {
            text.push_str(line);
            text.push('\n');
        }
        text
    }

    pub fn assignments(&self) -> impl DoubleEndedIterator<Item = (&Kept, &Assignment)> {
        self.kept.iter().filter_map(|kept| match &kept.message {
            Shared::Assignment(assignment) => Some((kept, assignment)),
            Shared::Report(_) => None,
        })
    }

    /// Whether an assignment kept here asks for this item of this pack.
    pub fn assigns(&self, pack: &str, item: &str) -> bool {
        self.assignments().any(|(_, a)| a.includes(pack, item))
    }

    pub fn reports(&self) -> impl Iterator<Item = (&Kept, &Report)> {
        self.kept.iter().filter_map(|kept| match &kept.message {
            Shared::Report(report) => Some((kept, report)),
            Shared::Assignment(_) => None,
        })
    }

    pub fn assignment(&self, id: u32) -> Option<&Assignment> {
        self.assignments()
            .map(|(_, assignment)| assignment)
            .find(|assignment| assignment.id() == id)
    }

    /// Keeps a message. An assignment kept already is not kept twice; a
    /// report replaces the same learner's earlier one on that assignment.
    /// Whether anything changed.
    pub fn keep(&mut self, at: Millis, message: Shared) -> bool {
        let same = |kept: &Kept| match (&kept.message, &message) {
            (Shared::Assignment(a), Shared::Assignment(b)) => a.id() == b.id(),
            (Shared::Report(a), Shared::Report(b)) => {
                a.assignment == b.assignment && a.learner == b.learner
            }
            _ => false,
        };
        if let Some(index) = self.kept.iter().position(same) {
            match &self.kept[index].message {
                Shared::Report(old) if old.made <= report_day(&message) => {
                    self.kept.remove(index);
                }
                _ => return false,
            }
        }
        self.kept.push(Kept {
            at,
            payload: message.encode(),
            message,
        });
        true
    }

    /// Removes an assignment. Whether it was there.
    pub fn remove_assignment(&mut self, id: u32) -> bool {
        let before = self.kept.len();
        self.kept
            .retain(|kept| !matches!(&kept.message, Shared::Assignment(a) if a.id() == id));
        self.kept.len() < before
    }

    /// Removes every report from `learner`. Whether there was one.
    pub fn remove_learner(&mut self, learner: &str) -> bool {
        let before = self.kept.len();
        self.kept
            .retain(|kept| !matches!(&kept.message, Shared::Report(r) if r.learner == learner));
        self.kept.len() < before
    }
}

fn report_day(message: &Shared) -> Day {
    match message {
        Shared::Report(report) => report.made,
        Shared::Assignment(assignment) => assignment.made,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{AssignedPack, PackReport};
    use super::*;

    fn assignment(note: &str) -> Assignment {
        Assignment {
            from: "Ingrid".into(),
            note: note.into(),
            made: Day(20_788),
            due: Some(Day(20_795)),
            packs: vec![AssignedPack {
                id: "helse-a1-hilse-beboer".into(),
                items: vec![],
                source: None,
            }],
        }
    }

    fn report(learner: &str, made: i64) -> Report {
        Report {
            assignment: assignment("a").id(),
            learner: learner.into(),
            made: Day(made),
            packs: vec![PackReport {
                id: "helse-a1-hilse-beboer".into(),
                items: 25,
                practised: 5,
                answers: 5,
                ..PackReport::default()
            }],
        }
    }

    #[test]
    fn kept_messages_are_stored_and_read_back() {
        let mut shelf = Shelf::default();
        assert!(shelf.keep(Millis(1), Shared::Assignment(assignment("a"))));
        assert!(
            !shelf.keep(Millis(2), Shared::Assignment(assignment("a"))),
            "twice"
        );
        assert!(shelf.keep(Millis(3), Shared::Assignment(assignment("b"))));
        assert!(shelf.keep(Millis(4), Shared::Report(report("Olena", 20_790))));
        let text = shelf.write();
        assert_eq!(text.lines().count(), 3);
        assert_eq!(Shelf::read(&text), shelf);
        assert_eq!(shelf.assignments().count(), 2);
        let id = assignment("b").id();
        assert_eq!(shelf.assignment(id), Some(&assignment("b")));
        assert!(shelf.remove_assignment(id));
        assert!(!shelf.remove_assignment(id));
        assert_eq!(shelf.assignment(id), None);
    }

    #[test]
    fn a_newer_report_replaces_the_older_one_from_the_same_learner() {
        let mut shelf = Shelf::default();
        assert!(shelf.keep(Millis(1), Shared::Report(report("Olena", 20_790))));
        assert!(shelf.keep(Millis(2), Shared::Report(report("Taras", 20_790))));
        assert!(shelf.keep(Millis(3), Shared::Report(report("Olena", 20_792))));
        assert!(
            !shelf.keep(Millis(4), Shared::Report(report("Olena", 20_791))),
            "older"
        );
        let days: Vec<(&str, Day)> = shelf
            .reports()
            .map(|(_, r)| (r.learner.as_str(), r.made))
            .collect();
        assert_eq!(days, [("Taras", Day(20_790)), ("Olena", Day(20_792))]);
        assert!(shelf.remove_learner("Olena"));
        assert_eq!(shelf.reports().count(), 1);
        assert!(!shelf.remove_learner("Olena"));
    }

    #[test]
    fn a_damaged_line_is_kept_as_it_is_and_costs_only_itself() {
        let good = Shared::Assignment(assignment("a")).encode();
        let text = format!("17 {good}\nnot a message\n18 {}\n\n19 BAD\n", &good[..20]);
        let shelf = Shelf::read(&text);
        assert_eq!(shelf.kept.len(), 1);
        assert_eq!(shelf.unreadable.len(), 3);
        let written = shelf.write();
        for line in text.lines().filter(|line| !line.is_empty()) {
            assert!(written.contains(line), "{line}");
        }
        assert_eq!(Shelf::read(""), Shelf::default());
    }
}
