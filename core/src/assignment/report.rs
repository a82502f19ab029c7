//! A learner's report on an assignment, made from their progress: per
//! pack what was practised, how well, for how long and when, and nothing
//! else.

use super::{Assignment, PackReport, Report};
use crate::content::Catalog;
use crate::progress::day::{Day, day_at};
use crate::progress::{ItemProgress, Progress};

/// The report `learner` would send on `assignment` on `today`; days of
/// answers are counted in the learner's time zone (`offset_minutes`).
pub fn make(
    assignment: &Assignment,
    learner: &str,
    progress: &Progress,
    catalog: &Catalog,
    today: Day,
    offset_minutes: i64,
) -> Report {
    let packs = assignment
        .packs
        .iter()
        .map(|pack| {
            let entries: Vec<&ItemProgress> = if pack.items.is_empty() {
                progress.in_pack(&pack.id).collect()
            } else {
                pack.items
                    .iter()
                    .filter_map(|item| progress.item(&pack.id, item))
                    .collect()
            };
            let items = if pack.items.is_empty() {
                catalog.pack(&pack.id).map_or(0, |entry| entry.item_count)
            } else {
                pack.items.len()
            };
            summary(&pack.id, items as u32, &entries, offset_minutes)
        })
        .collect();
    Report {
        assignment: assignment.id(),
        learner: learner.trim().to_owned(),
        made: today,
        packs,
    }
}

fn summary(id: &str, items: u32, entries: &[&ItemProgress], offset_minutes: i64) -> PackReport {
    let sum = |count: fn(&ItemProgress) -> u32| {
        entries
            .iter()
            .fold(0u32, |total, entry| total.saturating_add(count(entry)))
    };
    // Items the pack has since dropped still count as practised, but never
    // more than the pack has.
    let practised = (entries.len() as u32).min(items);
    let seconds = sum(|entry| entry.seconds);
    PackReport {
        id: id.to_owned(),
        items,
        practised,
        answers: sum(|entry| entry.seen).max(practised),
        right: sum(|entry| entry.right).min(sum(|entry| entry.seen)),
        mastered: sum(|entry| u32::from(entry.memory.is_mastered())).min(practised),
        minutes: seconds.div_ceil(60),
        last_active: entries
            .iter()
            .map(|entry| day_at(entry.at, offset_minutes))
            .max(),
    }
}

/// A share in whole per cent, `None` of nothing.
pub fn percent(part: u32, whole: u32) -> Option<u32> {
    (whole > 0).then(|| (u64::from(part) * 100 / u64::from(whole)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assignment::{AssignedPack, Shared, decode};
    use crate::practice::Rating;
    use crate::progress::Answer;
    use crate::schedule::DEFAULT_RETENTION;
    use crate::testing::bundled_catalog;
    use crate::time::Millis;

    const DAY_MS: i64 = 86_400_000;
    /// 2026-12-01.
    const TODAY: Day = Day(20_788);

    fn answer(progress: &mut Progress, pack: &str, item: &str, rating: Rating, day: Day) {
        let at = Millis(day.0 * DAY_MS + 23 * 3_600_000);
        let answer = Answer {
            pack,
            item,
            rating,
            at,
            day: day_at(at, 60),
            seconds: 50,
        };
        progress.record(&answer, DEFAULT_RETENTION);
    }

    #[test]
    fn a_report_counts_the_assigned_items_and_nothing_else() {
        let assignment = Assignment {
            from: "Ingrid".into(),
            note: String::new(),
            made: TODAY,
            due: Some(TODAY + 7),
            packs: vec![
                AssignedPack {
                    id: "helse-a1-hilse-beboer".into(),
                    items: vec![],
                    source: None,
                },
                AssignedPack {
                    id: "renhold-a1-utstyr".into(),
                    items: vec!["a".into(), "b".into(), "c".into()],
                    source: None,
                },
                AssignedPack {
                    id: "horeca-a1-i-kafeen".into(),
                    items: vec![],
                    source: None,
                },
            ],
        };
        let mut progress = Progress::default();
        answer(
            &mut progress,
            "helse-a1-hilse-beboer",
            "x",
            Rating::Again,
            TODAY,
        );
        answer(
            &mut progress,
            "helse-a1-hilse-beboer",
            "x",
            Rating::Good,
            TODAY + 1,
        );
        answer(
            &mut progress,
            "helse-a1-hilse-beboer",
            "y",
            Rating::Good,
            TODAY + 2,
        );
        answer(&mut progress, "renhold-a1-utstyr", "a", Rating::Good, TODAY);
        // Not assigned: not counted.
        answer(
            &mut progress,
            "renhold-a1-utstyr",
            "z",
            Rating::Good,
            TODAY + 3,
        );
        answer(
            &mut progress,
            "helse-a1-hilse-beboer-2",
            "x",
            Rating::Good,
            TODAY,
        );
        let catalog = bundled_catalog();
        let report = make(&assignment, " Олена ", &progress, &catalog, TODAY + 3, 60);
        assert_eq!(report.assignment, assignment.id());
        assert_eq!((report.learner.as_str(), report.made), ("Олена", TODAY + 3));
        let helse = catalog.pack("helse-a1-hilse-beboer").unwrap().item_count as u32;
        assert_eq!(
            report.packs[0],
            PackReport {
                id: "helse-a1-hilse-beboer".into(),
                items: helse,
                practised: 2,
                answers: 3,
                right: 2,
                mastered: 0,
                minutes: 3,
                // 23:00 UTC is the next day at UTC+1.
                last_active: Some(TODAY + 3),
            }
        );
        assert_eq!(
            (
                report.packs[1].items,
                report.packs[1].practised,
                report.packs[1].minutes
            ),
            (3, 1, 1)
        );
        assert_eq!(report.packs[2].practised, 0);
        assert_eq!(report.packs[2].last_active, None);
        // What a learner makes, their mentor can open.
        let shared = Shared::Report(report);
        assert_eq!(decode(&shared.encode(), &catalog, TODAY + 3), Ok(shared));
        assert_eq!(percent(2, 3), Some(66));
        assert_eq!(percent(0, 0), None);
    }
}
