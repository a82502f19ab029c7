//! How far the learner has come towards the level a sector's jobs
//! require: per level, the exercises practised and mastered.

use super::content::{CatalogEntry, Level, Sector};
use super::progress::Progress;
use super::time::Millis;

/// The level the jobs of `sector` require or usually ask for; `None` for
/// working life, which applies to every sector.
pub fn target(sector: Sector) -> Option<Level> {
    match sector {
        Sector::Helse => Some(Level::B2),
        Sector::Barnehage => Some(Level::B1),
        Sector::Horeca | Sector::Renhold => Some(Level::A2),
        Sector::Teknisk => Some(Level::B1),
        Sector::Arbeidsliv => None,
    }
}

/// Exercises of one level: how many there are, practised and mastered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LevelProgress {
    pub level: Level,
    pub total: usize,
    pub practised: usize,
    pub mastered: usize,
}

/// Per level up to the target (every level with packs when there is
/// none), over the packs of a sector.
pub fn readiness<'a>(
    progress: &Progress,
    packs: impl IntoIterator<Item = &'a CatalogEntry>,
    target: Option<Level>,
    now: Millis,
) -> Vec<LevelProgress> {
    let mut levels: Vec<LevelProgress> = Level::ALL
        .iter()
        .filter(|level| target.is_none_or(|target| **level <= target))
        .map(|&level| LevelProgress {
            level,
            total: 0,
            practised: 0,
            mastered: 0,
        })
        .collect();
    for entry in packs {
        let Some(row) = levels.iter_mut().find(|row| row.level == entry.level) else {
            continue;
        };
        let counts = progress.counts_in_pack(&entry.id, now);
        row.total += entry.item_count;
        // Items a pack dropped keep their progress but do not count here.
        row.practised += counts.met.min(entry.item_count);
        row.mastered += counts.mastered.min(entry.item_count);
    }
    if target.is_none() {
        levels.retain(|row| row.total > 0);
    }
    levels
}

/// Whole per cent of `part` in `whole`, rounded down: 99.6 % is not done.
pub fn percent(part: usize, whole: usize) -> usize {
    (part * 100).checked_div(whole).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Texts;
    use crate::practice::Rating;
    use crate::progress::day::Day;
    use crate::progress::{Answer, ItemKey};

    fn pack(id: &str, level: Level, items: usize) -> CatalogEntry {
        let text = || Texts {
            nb: id.into(),
            uk: id.into(),
            en: id.into(),
        };
        CatalogEntry {
            id: id.into(),
            version: "1".into(),
            sector: Sector::Barnehage,
            level,
            title: text(),
            description: text(),
            vocabulary_count: 0,
            item_count: items,
            size: 0,
            media_size: 0,
            path: String::new(),
        }
    }

    #[test]
    fn levels_up_to_the_target_count_practised_and_mastered_items() {
        let packs = [
            pack("b-a1", Level::A1, 4),
            pack("b-a1-2", Level::A1, 6),
            pack("b-a2", Level::A2, 10),
            pack("b-b2", Level::B2, 5),
        ];
        let mut progress = Progress::default();
        for (item, rating) in [
            ("1", Rating::Good),
            ("2", Rating::Again),
            ("3", Rating::Easy),
        ] {
            let answer = Answer {
                pack: "b-a1",
                item,
                rating,
                at: Millis(0),
                day: Day(0),
                seconds: 5,
            };
            progress.record(&answer, 0.9);
        }
        let key = ItemKey::new("b-a1", "3");
        let mut known = progress.items[&key].clone();
        known.memory.stability = 30.0;
        known.memory.phase = crate::schedule::Phase::Review;
        progress.items.insert(key, known);
        let rows = readiness(&progress, &packs, target(Sector::Barnehage), Millis(0));
        let summary: Vec<(Level, usize, usize, usize)> = rows
            .iter()
            .map(|r| (r.level, r.total, r.practised, r.mastered))
            .collect();
        assert_eq!(
            summary,
            [
                (Level::A1, 10, 3, 1),
                (Level::A2, 10, 0, 0),
                (Level::B1, 0, 0, 0)
            ]
        );
        // Without a target, every level with packs.
        let rows = readiness(&progress, &packs, None, Millis(0));
        let levels: Vec<Level> = rows.iter().map(|r| r.level).collect();
        assert_eq!(levels, [Level::A1, Level::A2, Level::B2]);
    }

    #[test]
    fn targets_follow_the_jobs_requirements() {
        assert_eq!(target(Sector::Helse), Some(Level::B2));
        assert_eq!(target(Sector::Barnehage), Some(Level::B1));
        assert_eq!(target(Sector::Renhold), Some(Level::A2));
        assert_eq!(target(Sector::Teknisk), Some(Level::B1));
        assert_eq!(target(Sector::Arbeidsliv), None);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(199, 200), 99);
        assert_eq!(percent(0, 0), 0);
    }
}
