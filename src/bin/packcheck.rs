//! Checks pack files and reports every problem with its place.
//!
//!     cargo run --bin packcheck -- exercises/helse/a1-hilse-beboer.toml
//!     cargo run --bin packcheck -- exercises            # every pack
//!     cargo run --bin packcheck -- --stats exercises    # and statistics as JSON
//!
//! Exits with 1 if any pack has a problem, 2 on wrong usage.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use bransjenorsk::domain::content::{Exercise, Report, check_files, pack_files};

const USAGE: &str = "usage: packcheck [--stats] FILE_OR_FOLDER...";

fn main() -> ExitCode {
    let mut stats = false;
    let mut paths = Vec::new();
    for argument in std::env::args().skip(1) {
        match argument.as_str() {
            "--stats" => stats = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with("--") => {
                eprintln!("unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            path => paths.push(PathBuf::from(path)),
        }
    }
    if paths.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut files = Vec::new();
    for path in &paths {
        if !path.exists() {
            eprintln!("{}: no such file or folder", path.display());
            return ExitCode::from(2);
        }
        files.extend(pack_files(path));
    }
    let report = check_files(&files);
    for problem in &report.problems {
        eprintln!("{problem}");
    }
    if stats {
        println!("{}", statistics(&report));
    }
    let failed = files.len() - report.packs.len();
    eprintln!(
        "{} pack files checked: {} passed, {failed} with problems ({} problems)",
        files.len(),
        report.packs.len(),
        report.problems.len()
    );
    if report.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Packs, items and words per sector, per level and per kind, as JSON.
fn statistics(report: &Report) -> String {
    #[derive(Default, serde::Serialize)]
    struct Counts {
        packs: usize,
        items: usize,
        vocabulary: usize,
    }
    let mut by_sector: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut by_level: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut by_kind: BTreeMap<&str, usize> =
        Exercise::KINDS.iter().map(|kind| (*kind, 0)).collect();
    let mut total = Counts::default();
    for checked in &report.packs {
        let pack = &checked.pack;
        for counts in [
            by_sector.entry(pack.pack.sector.id()).or_default(),
            by_level.entry(pack.pack.level.code()).or_default(),
            &mut total,
        ] {
            counts.packs += 1;
            counts.items += pack.items.len();
            counts.vocabulary += pack.vocabulary.len();
        }
        for item in &pack.items {
            *by_kind.entry(item.exercise.kind()).or_default() += 1;
        }
    }
    let json = serde_json::json!({
        "total": total,
        "by_sector": by_sector,
        "by_level": by_level,
        "items_by_kind": by_kind,
    });
    serde_json::to_string_pretty(&json).unwrap_or_default()
}
