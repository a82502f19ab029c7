//! Checking pack files on disk, for `build.rs` and the `packcheck` tool.
//! (The browser never calls this: it gets packs by fetch or import.)

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::catalog::{Catalog, CatalogEntry};
use super::model::{Pack, Sector};
use super::problem::{Problem, ProblemKind, Subject};
use super::validate::{Context, check_pack_bytes};

/// A pack file that passed every check.
pub struct CheckedPack {
    pub path: PathBuf,
    pub pack: Pack,
    pub size: usize,
}

/// The result of checking a set of pack files.
#[derive(Default)]
pub struct Report {
    pub packs: Vec<CheckedPack>,
    /// Each problem with the file it is in, ready to print.
    pub problems: Vec<String>,
}

/// Every `.toml` file under `path` (or `path` itself), sorted.
pub fn pack_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut files = Vec::new();
    let mut dirs = vec![path.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|ext| ext == "toml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Checks each file, then what no single file shows: pack ids used twice
/// and prerequisites that name no pack.
pub fn check_files(files: &[PathBuf]) -> Report {
    let mut report = Report::default();
    for path in files {
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(error) => {
                report
                    .problems
                    .push(format!("{}: cannot be read: {error}", path.display()));
                continue;
            }
        };
        let size = bytes.len();
        let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        let file_size = move |name: &str| media_size(&dir, name);
        let context = Context {
            folder: folder_sector(path),
            file_size: Some(&file_size),
            known_packs: None,
        };
        match check_pack_bytes(bytes, &context) {
            Ok(pack) => report.packs.push(CheckedPack {
                path: path.clone(),
                pack,
                size,
            }),
            Err(problems) => report
                .problems
                .extend(problems.iter().map(|problem| located(path, problem))),
        }
    }
    let mut found = Vec::new();
    let mut seen: Vec<(&str, &Path)> = Vec::new();
    for checked in &report.packs {
        let id = checked.pack.pack.id.as_str();
        if let Some((_, other)) = seen.iter().find(|(seen_id, _)| *seen_id == id) {
            let kind = ProblemKind::DuplicatePackId {
                id: id.to_owned(),
                other: other.display().to_string(),
            };
            found.push((checked.path.as_path(), kind));
        }
        seen.push((id, &checked.path));
    }
    let known: HashSet<&str> = seen.iter().map(|(id, _)| *id).collect();
    for checked in &report.packs {
        for prerequisite in &checked.pack.pack.prerequisites {
            if !known.contains(prerequisite.as_str()) {
                let kind = ProblemKind::UnknownPrerequisite(prerequisite.clone());
                found.push((checked.path.as_path(), kind));
            }
        }
    }
    let problems: Vec<String> = found
        .into_iter()
        .map(|(path, kind)| {
            let problem = Problem {
                subject: Subject::Pack,
                kind,
                location: None,
            };
            located(path, &problem)
        })
        .collect();
    report.problems.extend(problems);
    report
}

/// A checked pack as the app downloads it: compact JSON, which the app
/// reads with the JSON reader it has anyway (see [`super::read_playable`]).
pub fn pack_json(pack: &Pack) -> String {
    serde_json::to_string(pack).unwrap_or_default()
}

/// The catalog of checked packs, with the paths of their JSON form
/// relative to `root`.
pub fn catalog(report: &Report, root: &Path) -> Catalog {
    Catalog::new(
        report
            .packs
            .iter()
            .map(|checked| {
                let relative = checked.path.strip_prefix(root).unwrap_or(&checked.path);
                let served = relative.with_extension("json");
                CatalogEntry::new(
                    &checked.pack,
                    served.to_string_lossy().replace('\\', "/"),
                    pack_json(&checked.pack).len(),
                )
            })
            .collect(),
    )
}

/// The size of a recording or picture named in a pack, if it is a file
/// inside the pack's folder.
fn media_size(dir: &Path, name: &str) -> Option<u64> {
    let inside = !name.is_empty()
        && !name.starts_with(['/', '\\'])
        && !name.contains(':')
        && name.split(['/', '\\']).all(|part| part != "..");
    if !inside {
        return None;
    }
    let metadata = fs::metadata(dir.join(name)).ok()?;
    metadata.is_file().then_some(metadata.len())
}

/// The sector whose folder holds the file, if its folder is one.
fn folder_sector(path: &Path) -> Option<Sector> {
    let folder = path.parent()?.file_name()?.to_str()?;
    Sector::from_id(folder)
}

/// `file:line:column: subject: message`, as compilers print it, so editors
/// can jump to the place.
fn located(path: &Path, problem: &Problem) -> String {
    match problem.location {
        Some(_) => format!("{}:{problem}", path.display()),
        None => format!("{}: {problem}", path.display()),
    }
}
