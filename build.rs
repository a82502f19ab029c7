//! Builds the pack catalog from `exercises/` and embeds it in the app.
//!
//! A pack that does not parse, sits in the wrong sector folder or reuses an
//! id stops the build with the file and the reason.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

#[allow(dead_code)]
#[path = "src/domain/lang.rs"]
mod lang;

#[allow(dead_code)]
#[path = "src/domain/content.rs"]
mod content;

use content::{Catalog, CatalogEntry, Sector, parse_pack};

fn main() {
    let root = Path::new("exercises");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for sector in Sector::ALL {
        let dir = root.join(sector.id());
        println!("cargo::rerun-if-changed={}", dir.display());
        for path in pack_files(&dir) {
            println!("cargo::rerun-if-changed={}", path.display());
            match read_entry(&path, sector) {
                Ok(entry) => entries.push(entry),
                Err(problem) => problems.push(format!("{}: {problem}", path.display())),
            }
        }
    }
    let catalog = Catalog::new(entries);
    for id in catalog.duplicate_ids() {
        problems.push(format!("pack id '{id}' is used by more than one pack"));
    }
    if !problems.is_empty() {
        for problem in &problems {
            println!("cargo::error={problem}");
        }
        process::exit(1);
    }
    let json = serde_json::to_string(&catalog).expect("a catalog always serialises");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("catalog.json"), json).expect("OUT_DIR is writable");
}

fn pack_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(read) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = read
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

fn read_entry(path: &Path, folder: Sector) -> Result<CatalogEntry, String> {
    let text = fs::read_to_string(path).map_err(|error| error.to_string())?;
    let pack = parse_pack(&text).map_err(|error| error.to_string())?;
    if pack.pack.sector != folder {
        return Err(format!(
            "the pack says sector '{}' but lies in exercises/{}/",
            pack.pack.sector, folder
        ));
    }
    let relative = path.to_string_lossy().replace('\\', "/");
    Ok(CatalogEntry::new(&pack, relative, text.len()))
}
