//! Checks pack files and reports every problem with its place.
//!
//!     cargo run --bin packcheck -- exercises/helse/a1-hilse-beboer.toml
//!     cargo run --bin packcheck -- morgenstell.zip      # a pack with its media
//!     cargo run --bin packcheck -- exercises            # every pack
//!     cargo run --bin packcheck -- --stats exercises    # and statistics as JSON
//!     cargo run --bin packcheck -- --table exercises    # items per sector and level, as Markdown
//!     cargo run --bin packcheck -- --export dist/exercises exercises
//!
//! `--export DIR` writes each pack as the app downloads it (JSON) under
//! DIR, keeping its place below the folder named, with the files its items
//! name and the list of its items (`<pack>.items.json`), if every pack
//! passed.
//!
//! Exits with 1 if any pack has a problem, 2 on wrong usage.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bransjenorsk_core::content::{
    Catalog, CatalogEntry, Exercise, Level, Report, Sector, check_files, find_packs, pack_json,
};
use bransjenorsk_core::practice::item_index;

const USAGE: &str = "usage: packcheck [--stats] [--table] [--export DIR] FILE_OR_FOLDER...";

fn main() -> ExitCode {
    let mut stats = false;
    let mut table = false;
    let mut export = None;
    let mut paths = Vec::new();
    let mut arguments = std::env::args().skip(1);
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--stats" => stats = true,
            "--table" => table = true,
            "--export" => match arguments.next() {
                Some(dir) => export = Some(PathBuf::from(dir)),
                None => {
                    eprintln!("--export needs a folder\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
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
    let mut not_read = Vec::new();
    for path in &paths {
        if fs::symlink_metadata(path).is_err() {
            eprintln!("{}: no such file or folder", path.display());
            return ExitCode::from(2);
        }
        let found = find_packs(path);
        files.extend(found.files);
        not_read.extend(found.problems);
    }
    let report = check_files(&files);
    for problem in not_read.iter().chain(&report.problems) {
        eprintln!("{problem}");
    }
    for note in &report.notes {
        eprintln!("note: {note}");
    }
    if stats {
        println!("{}", statistics(&report));
    }
    if table {
        print!("{}", level_table(&report));
    }
    let problems = not_read.len() + report.problems.len();
    eprintln!("{}", summary(files.len(), report.failed.len(), problems));
    if !report.problems.is_empty() || !not_read.is_empty() {
        return ExitCode::FAILURE;
    }
    if let Some(dir) = export
        && let Err(error) = write_json(&report, &paths, &dir)
    {
        eprintln!("{}: {error}", dir.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// The closing line: pack files checked, passed and with problems, and
/// every problem found (also those of files that could not be read).
fn summary(checked: usize, failed: usize, problems: usize) -> String {
    let plural = |count: usize, one: &str, many: &str| match count {
        1 => format!("1 {one}"),
        _ => format!("{count} {many}"),
    };
    format!(
        "{} checked: {} passed, {failed} with problems ({})",
        plural(checked, "pack file", "pack files"),
        checked - failed,
        plural(problems, "problem", "problems"),
    )
}

/// Writes each checked pack as JSON under `dir`, at its place below the
/// folder (or beside the file) it was found through, with the pictures and
/// recordings its items name, and their catalog as `catalog.json`. `dir`
/// is the app's `exercises/` folder: the catalog's paths start there.
fn write_json(report: &Report, roots: &[PathBuf], dir: &Path) -> std::io::Result<()> {
    let mut entries = Vec::new();
    for checked in &report.packs {
        let relative = roots
            .iter()
            .find_map(|root| {
                let base = if root.is_dir() {
                    root.as_path()
                } else {
                    root.parent()?
                };
                checked.path.strip_prefix(base).ok()
            })
            .unwrap_or(&checked.path);
        let target = dir.join(relative).with_extension("json");
        let (Some(from), Some(to)) = (checked.path.parent(), target.parent()) else {
            continue;
        };
        fs::create_dir_all(to)?;
        let json = pack_json(&checked.pack);
        fs::write(&target, &json)?;
        // Its items' ids and labels, for a mentor choosing some of them.
        let index =
            serde_json::to_string(&item_index(&checked.pack)).map_err(std::io::Error::other)?;
        fs::write(target.with_extension("items.json"), index)?;
        let served = Path::new("exercises").join(relative).with_extension("json");
        let served = served.to_string_lossy().replace('\\', "/");
        let mut entry = CatalogEntry::new(&checked.pack, served, json.len());
        for file in checked.pack.media() {
            let copy = to.join(file);
            if let Some(folder) = copy.parent() {
                fs::create_dir_all(folder)?;
            }
            match checked.zipped.as_ref().and_then(|media| media.get(file)) {
                Some(bytes) => fs::write(&copy, bytes)?,
                None => fs::copy(from.join(file), &copy).map(drop)?,
            }
            entry.media_size += fs::metadata(&copy)?.len() as usize;
        }
        entries.push(entry);
    }
    fs::create_dir_all(dir)?;
    let catalog = bransjenorsk_core::json::to_string(&Catalog::new(entries));
    fs::write(dir.join("catalog.json"), catalog)
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
    let by_sector_and_level: BTreeMap<&str, BTreeMap<&str, usize>> = Sector::ALL
        .into_iter()
        .map(|sector| {
            let levels = Level::ALL
                .into_iter()
                .map(|level| (level.code(), items_at(report, sector, level)))
                .collect();
            (sector.id(), levels)
        })
        .collect();
    let json = serde_json::json!({
        "total": total,
        "by_sector": by_sector,
        "by_level": by_level,
        "items_by_kind": by_kind,
        "items_by_sector_and_level": by_sector_and_level,
    });
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

/// Items of a sector at a level: an item's own level, else its pack's.
fn items_at(report: &Report, sector: Sector, level: Level) -> usize {
    report
        .packs
        .iter()
        .filter(|checked| checked.pack.pack.sector == sector)
        .flat_map(|checked| {
            checked
                .pack
                .items
                .iter()
                .map(|item| checked.pack.level_of(item))
        })
        .filter(|item_level| *item_level == level)
        .count()
}

/// Items per sector and level as a Markdown table, for exercises/README.md.
fn level_table(report: &Report) -> String {
    let mut table = String::from(
        "| sector | A1 | A2 | B1 | B2 | all |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for sector in Sector::ALL {
        let counts: Vec<usize> = Level::ALL
            .into_iter()
            .map(|level| items_at(report, sector, level))
            .collect();
        let cells: Vec<String> = counts.iter().map(usize::to_string).collect();
        let all: usize = counts.iter().sum();
        table += &format!("| {} | {} | {all} |\n", sector.id(), cells.join(" | "));
    }
    table
}
