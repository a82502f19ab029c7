//! Checking pack files on disk, for `build.rs` and the `packcheck` tool.
//! (The browser never calls this: it gets packs by fetch or import.)

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::catalog::{Catalog, CatalogEntry};
use super::media::MediaKind;
use super::model::{Pack, Sector};
use super::packfile::{MAX_ZIP_BYTES, Media, check_pack_file, is_zip};
use super::problem::{Problem, ProblemKind, Subject};
use super::read::{MAX_PACK_BYTES, Step, locate};
use super::validate::{Context, check_pack_bytes};

/// A pack file that passed every check.
pub struct CheckedPack {
    pub path: PathBuf,
    pub pack: Pack,
    pub size: usize,
    /// The recordings and pictures of a pack that came as a zip, by name;
    /// a pack in a folder has its media on disk beside it.
    pub zipped: Option<Media>,
}

/// The result of checking a set of pack files.
#[derive(Default)]
pub struct Report {
    pub packs: Vec<CheckedPack>,
    /// Each problem with the file it is in, ready to print.
    pub problems: Vec<String>,
    /// The files with problems.
    pub failed: Vec<PathBuf>,
    /// What the person should know that is not a problem, ready to print.
    pub notes: Vec<String>,
}

/// What a look through a folder of packs found.
#[derive(Debug, Default)]
pub struct Found {
    /// The pack files, sorted.
    pub files: Vec<PathBuf>,
    /// Files that look like packs but cannot be read as one, folders that
    /// are not sectors, loops of links: each ready to print.
    pub problems: Vec<String>,
}

/// Every `.toml` and `.zip` file under `path` (or `path` itself), sorted.
pub fn pack_files(path: &Path) -> Vec<PathBuf> {
    find_packs(path).files
}

/// Every pack file under `path` (or `path` itself), and what is in the way:
/// a file named like a pack that is not one (`x.toml.txt`, a pipe), a link
/// back to a folder already seen, a folder of packs that is not a sector.
/// Nothing is read, so nothing can wait forever.
pub fn find_packs(path: &Path) -> Found {
    let mut found = Found::default();
    let Ok(metadata) = fs::metadata(path) else {
        found
            .problems
            .push(format!("{}: cannot be read", path.display()));
        return found;
    };
    if !metadata.is_dir() {
        match metadata.is_file() {
            true => found.files.push(path.to_path_buf()),
            false => found.problems.push(not_regular(path)),
        }
        return found;
    }
    let mut seen = HashSet::new();
    let mut dirs = vec![(path.to_path_buf(), 0)];
    while let Some((dir, depth)) = dirs.pop() {
        if !fs::canonicalize(&dir).is_ok_and(|real| seen.insert(real)) {
            found.problems.push(format!(
                "{}: a link to a folder already checked (a loop of links); not followed",
                dir.display()
            ));
            continue;
        }
        let Ok(entries) = fs::read_dir(&dir) else {
            found
                .problems
                .push(format!("{}: cannot be read", dir.display()));
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_lowercase();
            let metadata = fs::metadata(&path);
            if metadata.as_ref().is_ok_and(fs::Metadata::is_dir) {
                dirs.push((path, depth + 1));
            } else if name.ends_with(".toml") || name.ends_with(".zip") {
                match metadata {
                    Ok(metadata) if metadata.is_file() => {
                        if depth == 1 && folder_sector(&path).is_none() {
                            found.problems.push(not_a_sector(&dir));
                        }
                        found.files.push(path);
                    }
                    Ok(_) => found.problems.push(not_regular(&path)),
                    Err(_) => found
                        .problems
                        .push(format!("{}: cannot be read", path.display())),
                }
            } else if name.contains(".toml") {
                found.problems.push(format!(
                    "{}: not read: the name of a pack file must end in .toml",
                    path.display()
                ));
            }
        }
    }
    found.files.sort();
    found.problems.sort();
    found.problems.dedup();
    found
}

fn not_regular(path: &Path) -> String {
    format!("{}: not read: not a regular file", path.display())
}

fn not_a_sector(dir: &Path) -> String {
    let sectors: Vec<&str> = Sector::ALL.iter().map(|sector| sector.id()).collect();
    format!(
        "{}: not a sector folder; packs lie in a folder named for their sector: {}",
        dir.display(),
        sectors.join(", ")
    )
}

/// Checks each file, then what no single file shows: pack ids used twice
/// and prerequisites that name no pack.
pub fn check_files(files: &[PathBuf]) -> Report {
    let mut report = Report::default();
    for path in files {
        let bytes = match read_pack_file(path) {
            Ok(bytes) => bytes,
            Err(problem) => {
                report.problems.push(problem);
                report.failed.push(path.clone());
                continue;
            }
        };
        let size = bytes.len();
        match check_on_disk(path, bytes, None) {
            Ok((pack, zipped)) => report.packs.push(CheckedPack {
                path: path.clone(),
                pack,
                size,
                zipped,
            }),
            Err(problems) => {
                report
                    .problems
                    .extend(problems.iter().map(|problem| located(path, problem)));
                report.failed.push(path.clone());
            }
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
    let mut beside = Beside::default();
    for checked in &report.packs {
        for prerequisite in &checked.pack.pack.prerequisites {
            if known.contains(prerequisite.as_str()) {
                continue;
            }
            match beside.find(&checked.path, prerequisite) {
                Some(file) => report.notes.push(format!(
                    "{}: the pack '{prerequisite}', to be done first, is {} and was not checked",
                    checked.path.display(),
                    file.display()
                )),
                None => {
                    let kind = ProblemKind::UnknownPrerequisite(prerequisite.clone());
                    found.push((checked.path.as_path(), kind));
                }
            }
        }
    }
    for checked in &report.packs {
        if let Some(circle) = circle_from(&checked.pack.pack.id, &report.packs) {
            found.push((checked.path.as_path(), ProblemKind::NeedEachOther(circle)));
        }
    }
    for (path, kind) in found {
        // At the line the problem is about, in the pack's own table.
        let field = match kind {
            ProblemKind::DuplicatePackId { .. } => "id",
            _ => "prerequisites",
        };
        let location = fs::read_to_string(path)
            .ok()
            .and_then(|text| locate(&text, &[Step::Key("pack".into()), Step::Key(field.into())]));
        let problem = Problem {
            subject: Subject::Pack,
            kind,
            location,
            field: None,
        };
        report.problems.push(located(path, &problem));
        if !report.failed.iter().any(|failed| failed == path) {
            report.failed.push(path.to_path_buf());
        }
    }
    report
}

/// A pack file's bytes checked as the file lies on disk: a zip with the
/// media inside it, or a `.toml` with its media in its folder. The zip's
/// media come back with the pack.
pub(super) fn check_on_disk(
    path: &Path,
    bytes: Vec<u8>,
    known_packs: Option<&HashSet<String>>,
) -> Result<(Pack, Option<Media>), Vec<Problem>> {
    let folder = folder_sector(path);
    if is_zip(&bytes) {
        let context = Context {
            folder,
            file_size: None,
            content_kind: None,
            known_packs,
        };
        return check_pack_file(bytes, &context).map(|opened| (opened.pack, Some(opened.media)));
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let file_size = |name: &str| media_size(dir, name);
    let content_kind = |name: &str| media_kind(dir, name);
    let context = Context {
        folder,
        file_size: Some(&file_size),
        content_kind: Some(&content_kind),
        known_packs,
    };
    check_pack_bytes(bytes, &context).map(|pack| (pack, None))
}

/// The bytes of a pack file, if it is a regular file no larger than a pack
/// may be; else the problem, ready to print. The size is known before
/// anything is read.
fn read_pack_file(path: &Path) -> Result<Vec<u8>, String> {
    let metadata = fs::metadata(path)
        .map_err(|error| format!("{}: cannot be read: {error}", path.display()))?;
    if !metadata.is_file() {
        return Err(not_regular(path));
    }
    let zipped = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("zip"));
    let limit = if zipped {
        MAX_ZIP_BYTES
    } else {
        MAX_PACK_BYTES
    };
    if metadata.len() > limit as u64 {
        let problem = Problem {
            subject: Subject::Pack,
            kind: ProblemKind::FileTooLarge {
                size: usize::try_from(metadata.len()).unwrap_or(usize::MAX),
                limit,
            },
            location: None,
            field: None,
        };
        return Err(located(path, &problem));
    }
    fs::read(path).map_err(|error| format!("{}: cannot be read: {error}", path.display()))
}

/// The packs around a pack file that was checked alone: those in the
/// folder of packs it lies in (the sector folder's parent), by id.
#[derive(Default)]
struct Beside {
    ids: Option<Vec<(String, PathBuf)>>,
}

impl Beside {
    fn find(&mut self, path: &Path, id: &str) -> Option<PathBuf> {
        let ids = self.ids.get_or_insert_with(|| {
            find_packs(&packs_folder_of(path))
                .files
                .into_iter()
                .filter_map(|file| {
                    let text = read_pack_file(&file).ok()?;
                    let pack = super::read::read_pack(std::str::from_utf8(&text).ok()?).ok()?;
                    Some((pack.pack.id, file))
                })
                .collect()
        });
        ids.iter()
            .find(|(found, _)| found == id)
            .map(|(_, file)| file.clone())
    }
}

/// The folder of packs a pack file lies in: its sector folder's parent, or
/// its own folder if that is not a sector's. A file named without a folder
/// (`a2-syk.toml`, checked where it lies) counts as in the current one.
fn packs_folder_of(path: &Path) -> PathBuf {
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let in_sector = fs::canonicalize(&folder)
        .ok()
        .and_then(|folder| Sector::from_id(folder.file_name()?.to_str()?))
        .is_some();
    if !in_sector {
        return folder;
    }
    match folder.parent() {
        Some(up) if !up.as_os_str().is_empty() && folder != Path::new(".") => up.to_path_buf(),
        _ => folder.join(".."),
    }
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

/// The packs that lead from `start` back to it through prerequisites, if
/// any do (a pack that names itself is told by the pack's own check).
fn circle_from(start: &str, packs: &[CheckedPack]) -> Option<Vec<String>> {
    let needs = |id: &str| -> Vec<String> {
        packs
            .iter()
            .find(|checked| checked.pack.pack.id == id)
            .map(|checked| checked.pack.pack.prerequisites.clone())
            .unwrap_or_default()
    };
    // Depth first, each pack once; the path so far is the circle's start.
    let mut path = vec![start.to_owned()];
    let mut next = vec![
        needs(start)
            .into_iter()
            .filter(|id| id != start)
            .collect::<Vec<_>>(),
    ];
    let mut seen: HashSet<String> = HashSet::new();
    while let Some(options) = next.last_mut() {
        let Some(id) = options.pop() else {
            next.pop();
            path.pop();
            continue;
        };
        if id == start {
            path.push(id);
            return Some(path);
        }
        if seen.insert(id.clone()) {
            next.push(needs(&id));
            path.push(id);
        }
    }
    None
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

/// What a recording or picture named in a pack holds, by its content.
fn media_kind(dir: &Path, name: &str) -> Option<MediaKind> {
    media_size(dir, name)?;
    MediaKind::of_content(&fs::read(dir.join(name)).ok()?)
}

/// The sector whose folder holds the file, if its folder is one.
pub(super) fn folder_sector(path: &Path) -> Option<Sector> {
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
