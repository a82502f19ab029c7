//! What the app knows of every bundled pack without downloading it.

use super::model::{Level, Pack, Sector, Texts};

/// What the app knows of a pack without downloading it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogEntry {
    pub id: String,
    pub version: String,
    pub sector: Sector,
    pub level: Level,
    pub title: Texts,
    pub description: Texts,
    pub vocabulary_count: usize,
    pub item_count: usize,
    /// Size of the pack file in bytes, what opening it costs.
    pub size: usize,
    /// Size of its recordings and pictures together, in bytes.
    pub media_size: usize,
    /// Path of the pack file relative to the app's root.
    pub path: String,
}

impl CatalogEntry {
    /// Where the list of the pack's items and their labels is, beside the
    /// pack: `exercises/helse/a1-stell.items.json`.
    pub fn index_path(&self) -> String {
        let stem = self.path.strip_suffix(".json").unwrap_or(&self.path);
        format!("{stem}.items.json")
    }

    pub fn new(pack: &Pack, path: String, size: usize) -> CatalogEntry {
        CatalogEntry {
            id: pack.pack.id.clone(),
            version: pack.pack.version.clone(),
            sector: pack.pack.sector,
            level: pack.pack.level,
            title: pack.pack.title.clone(),
            description: pack.pack.description.clone(),
            vocabulary_count: pack.vocabulary.len(),
            item_count: pack.items.len(),
            size,
            media_size: 0,
            path,
        }
    }

    /// What keeping the pack on the device costs: its file and its media.
    pub fn keep_size(&self) -> u64 {
        (self.size + self.media_size) as u64
    }
}

/// Every bundled pack, sorted by sector, level and id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalog {
    pub packs: Vec<CatalogEntry>,
}

impl Catalog {
    pub fn new(mut packs: Vec<CatalogEntry>) -> Catalog {
        packs.sort_by(|a, b| (a.sector, a.level, &a.id).cmp(&(b.sector, b.level, &b.id)));
        Catalog { packs }
    }

    pub fn pack(&self, id: &str) -> Option<&CatalogEntry> {
        self.packs.iter().find(|entry| entry.id == id)
    }

    /// A sector's packs, in level order.
    pub fn in_sector(&self, sector: Sector) -> impl Iterator<Item = &CatalogEntry> {
        self.packs
            .iter()
            .filter(move |entry| entry.sector == sector)
    }

    /// The levels a sector has packs for, lowest first.
    pub fn levels_in(&self, sector: Sector) -> Vec<Level> {
        let mut levels: Vec<Level> = self.in_sector(sector).map(|entry| entry.level).collect();
        levels.dedup();
        levels
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::tests::PACK;
    use crate::content::parse_pack;

    #[test]
    fn catalog_sorts_and_finds() {
        let pack = parse_pack(PACK).unwrap();
        let mut b1 = pack.clone();
        b1.pack.id = "b".into();
        b1.pack.level = Level::B1;
        let catalog = Catalog::new(vec![
            CatalogEntry::new(&b1, "b.toml".into(), 10),
            CatalogEntry::new(&pack, "a.toml".into(), 20),
        ]);
        assert_eq!(catalog.packs[0].id, "test-a1");
        assert_eq!(
            catalog.levels_in(Sector::Renhold),
            vec![Level::A1, Level::B1]
        );
        assert!(catalog.levels_in(Sector::Helse).is_empty());
        assert_eq!(catalog.pack("b").map(|e| e.size), Some(10));
        let mut entry = catalog.packs[0].clone();
        entry.path = "exercises/helse/a1-stell.json".into();
        assert_eq!(entry.index_path(), "exercises/helse/a1-stell.items.json");
    }
}
