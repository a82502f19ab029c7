//! What many tests need: the catalog of the packs in `exercises/`, and
//! assignments and reports.

use std::path::Path;
use std::sync::OnceLock;

use crate::assignment::{AssignedPack, Assignment, PackReport, Report};
use crate::content::{Catalog, catalog_of, check_files, pack_files};
use crate::progress::day::Day;

/// 2026-12-01, the day the test assignments are made.
pub const TODAY: Day = Day(20_788);

/// The bundled packs' catalog, read and checked once per test run.
pub fn bundled_catalog() -> Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG
        .get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            let report = check_files(&pack_files(&root.join("exercises")));
            assert!(report.problems.is_empty(), "{:#?}", report.problems);
            catalog_of(&report, &root)
        })
        .clone()
}

/// An assignment from Ingrid, made today, of all of each of `packs`.
pub fn assignment(note: &str, packs: &[&str]) -> Assignment {
    Assignment {
        from: "Ingrid".into(),
        note: note.into(),
        made: TODAY,
        due: None,
        packs: packs
            .iter()
            .map(|&id| AssignedPack {
                id: id.into(),
                items: vec![],
                source: None,
            })
            .collect(),
    }
}

/// A report from `learner` on `assignment`, two days later, on one pack.
pub fn report(assignment: u32, learner: &str, pack: &str) -> Report {
    Report {
        assignment,
        learner: learner.into(),
        made: TODAY + 2,
        packs: vec![PackReport {
            id: pack.into(),
            items: 25,
            practised: 10,
            answers: 12,
            right: 9,
            mastered: 1,
            minutes: 7,
            last_active: Some(TODAY + 1),
        }],
    }
}
