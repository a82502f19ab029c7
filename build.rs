//! Checks every pack in `exercises/` and embeds their catalog in the app.
//! A pack with any problem stops the build with the file, place and reason.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use bransjenorsk_core::content::{self, Sector};

fn main() {
    let root = Path::new("exercises");
    println!("cargo::rerun-if-changed={}", root.display());
    let files = content::pack_files(root);
    for file in &files {
        println!("cargo::rerun-if-changed={}", file.display());
    }
    for dir in Sector::ALL.map(|sector| root.join(sector.id())) {
        println!("cargo::rerun-if-changed={}", dir.display());
    }
    let report = content::check_files(&files);
    if !report.problems.is_empty() {
        for problem in &report.problems {
            println!("cargo::error={problem}");
        }
        process::exit(1);
    }
    let catalog = content::catalog_of(&report, Path::new(""));
    let json = bransjenorsk_core::json::to_string(&catalog);
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("catalog.json"), json).expect("OUT_DIR is writable");
}
