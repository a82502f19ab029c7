//! The catalog of the packs in `exercises/`, for tests that need real packs.

use std::path::Path;
use std::sync::OnceLock;

use crate::content::{Catalog, catalog_of, check_files, pack_files};

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
