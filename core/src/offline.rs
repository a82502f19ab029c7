//! Packs kept on the device for offline use. The service worker
//! (`public/sw.js`) keeps each pack file under its path and the version
//! the catalog gives it, so a new version is fetched again; this is the
//! same key, read back to tell which packs are kept.

use crate::content::CatalogEntry;

/// The key, relative to the app's base, under which the service worker
/// keeps the pack file of `entry`: `exercises/helse/a1-stell.json?v=1.1.0`.
/// (Versions are digits and dots: nothing in them needs escaping.)
pub fn kept_key(entry: &CatalogEntry) -> String {
    format!("{}?v={}", entry.path, entry.version)
}

/// The packs of `entries` whose file, of the version the catalog names,
/// is among `keys`.
pub fn kept<'a>(
    entries: impl IntoIterator<Item = &'a CatalogEntry>,
    keys: &[String],
) -> Vec<&'a CatalogEntry> {
    where_kept(entries, keys, true)
}

/// The packs of `entries` not yet kept: those [`kept`] leaves out.
pub fn not_kept<'a>(
    entries: impl IntoIterator<Item = &'a CatalogEntry>,
    keys: &[String],
) -> Vec<&'a CatalogEntry> {
    where_kept(entries, keys, false)
}

fn where_kept<'a>(
    entries: impl IntoIterator<Item = &'a CatalogEntry>,
    keys: &[String],
    kept: bool,
) -> Vec<&'a CatalogEntry> {
    entries
        .into_iter()
        .filter(|entry| keys.contains(&kept_key(entry)) == kept)
        .collect()
}

/// What keeping `entries` costs, in bytes: their files and media.
pub fn size<'a>(entries: impl IntoIterator<Item = &'a CatalogEntry>) -> u64 {
    entries.into_iter().map(CatalogEntry::keep_size).sum()
}

/// Bytes as whole kilobytes, rounded up, as the app shows sizes.
pub fn kilobytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::bundled_catalog;

    #[test]
    fn a_pack_is_kept_only_in_the_version_the_catalog_names() {
        let catalog = bundled_catalog();
        let [first, second] = [&catalog.packs[0], &catalog.packs[1]];
        let keys = vec![
            kept_key(first),
            format!("{}?v=0.0.1", second.path),
            "exercises/helse/lyd/hei.ogg".to_owned(),
        ];
        assert_eq!(
            kept_key(first),
            format!("{}?v={}", first.path, first.version)
        );
        assert!(kept_key(first).starts_with("exercises/") && kept_key(first).contains(".json?v="));
        let kept = kept(&catalog.packs, &keys);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].id, first.id);
        assert!(super::kept(&catalog.packs, &[]).is_empty());
        let not_kept = not_kept(&catalog.packs, &keys);
        assert_eq!(not_kept.len(), catalog.packs.len() - 1);
        assert!(not_kept.iter().all(|entry| entry.id != first.id));
        assert!(not_kept.iter().any(|entry| entry.id == second.id));
    }

    #[test]
    fn sizes_count_files_and_media() {
        let catalog = bundled_catalog();
        let mut entry = catalog.packs[0].clone();
        entry.size = 2_000;
        entry.media_size = 48_000;
        assert_eq!(size([&entry, &entry]), 100_000);
        assert_eq!(kilobytes(100_000), 98);
        assert_eq!(kilobytes(1), 1);
        assert_eq!(kilobytes(0), 0);
    }
}
