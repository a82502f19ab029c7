//! Reading stored progress of any version this app has written, and
//! telling apart what it cannot read.

use std::collections::BTreeMap;

use crate::json::{self, FromJson, Value};

use super::{ItemKey, ItemProgress, PROGRESS_SCHEMA, Progress, StoredRating};
use crate::schedule::{self, DEFAULT_RETENTION};
use crate::time::Millis;

/// Why stored progress cannot be read. It is then kept as it is, never
/// written over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON, or not the shape of progress.
    Damaged,
    /// Written by a newer version of the app, in this schema.
    Newer(u32),
}

/// Reads progress as stored, bringing an older format up to date.
pub fn read(raw: &str) -> Result<Progress, Unreadable> {
    read_value(&json::parse(raw).map_err(|_| Unreadable::Damaged)?)
}

/// Reads progress as stored, already read as JSON (a part of a backup).
pub fn read_value(value: &Value) -> Result<Progress, Unreadable> {
    let schema = value.field::<u32>("schema").ok_or(Unreadable::Damaged)?;
    let read = match schema {
        1 => V1::from_json(value).map(V1::migrate),
        PROGRESS_SCHEMA => Progress::from_json(value),
        newer if newer > PROGRESS_SCHEMA => return Err(Unreadable::Newer(newer)),
        _ => None,
    };
    read.ok_or(Unreadable::Damaged)
}

/// Progress as the first version stored it: answers per item, no memory.
struct V1 {
    items: BTreeMap<ItemKey, V1Item>,
}

struct V1Item {
    seen: u32,
    right: u32,
    last: StoredRating,
    at: Millis,
}

impl FromJson for V1 {
    fn from_json(value: &Value) -> Option<V1> {
        Some(V1 {
            items: value.field_or_default("items")?,
        })
    }
}

impl FromJson for V1Item {
    fn from_json(value: &Value) -> Option<V1Item> {
        Some(V1Item {
            seen: value.field("seen")?,
            right: value.field("right")?,
            last: value.field("last")?,
            at: value.field("at")?,
        })
    }
}

impl V1 {
    /// Each item's memory starts from its latest answer, as if that was
    /// its first review; days were not logged then.
    fn migrate(self) -> Progress {
        // Inserted one by one: collecting would sort the sorted keys again.
        let mut items = BTreeMap::new();
        for (key, item) in self.items {
            let memory = schedule::review(None, item.last.into(), item.at, DEFAULT_RETENTION);
            let entry = ItemProgress {
                seen: item.seen,
                right: item.right,
                last: item.last,
                at: item.at,
                memory,
                seconds: 0,
            };
            items.insert(key, entry);
        }
        Progress {
            items,
            ..Progress::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::Rating;
    use crate::schedule::Phase;

    const V1_FIXTURE: &str = include_str!("../../../tests/fixtures/progress/v1.json");
    const V2_FIXTURE: &str = include_str!("../../../tests/fixtures/progress/v2.json");

    #[test]
    fn version_1_is_brought_up_to_date() {
        let progress = read(V1_FIXTURE).unwrap();
        assert_eq!(progress.schema, PROGRESS_SCHEMA);
        assert_eq!(progress.items.len(), 3);
        let card = progress.item("helse-a1-hilse-beboer", "kort-01").unwrap();
        assert_eq!(
            (card.seen, card.right, card.at),
            (3, 2, Millis(1_763_283_600_000))
        );
        assert_eq!(card.last, StoredRating::Good);
        assert_eq!(card.memory.last, card.at);
        assert_eq!(card.memory.phase, Phase::Learning);
        let wrong = progress.item("helse-a1-hilse-beboer", "velg-02").unwrap();
        assert_eq!(wrong.last, StoredRating::Again);
        // A wrong answer comes back sooner after it than a right one.
        assert!(wrong.memory.due - wrong.at < card.memory.due - card.at);
        let easy = progress.item("renhold-a1-utstyr", "ord-03").unwrap();
        assert_eq!(easy.memory.phase, Phase::Review);
        assert!(progress.days.is_empty());
        // Written back in the current format, it reads the same.
        let written = json::to_string(&progress);
        assert_eq!(read(&written).unwrap(), progress);
    }

    #[test]
    fn version_2_reads_as_written() {
        let progress = read(V2_FIXTURE).unwrap();
        assert_eq!(progress.items.len(), 2);
        assert_eq!(
            progress.last("barnehage-a2-foreldre", "melding-01"),
            Some((Rating::Hard, Millis(1_795_342_200_000)))
        );
        let item = progress
            .item("barnehage-a2-foreldre", "melding-01")
            .unwrap();
        assert_eq!(item.memory.stability, 0.3426);
        assert_eq!(progress.days["2026-11-22"].seconds, 240);
        let written = json::to_string(&progress);
        assert_eq!(written, V2_FIXTURE.trim());
    }

    #[test]
    fn what_cannot_be_read_is_told_apart() {
        for damaged in [
            "",
            "not json",
            "{\"schema\":2,\"items\":",
            "[]",
            "{}",
            "{\"schema\":\"2\"}",
            "{\"schema\":0}",
            "{\"schema\":2,\"items\":{\"p/i\":{\"seen\":1}}}",
            "{\"schema\":2,\"items\":[]}",
            "{\"schema\":1,\"items\":{\"p/i\":{\"seen\":-1}}}",
            "null",
        ] {
            assert_eq!(read(damaged), Err(Unreadable::Damaged), "{damaged}");
        }
        assert_eq!(
            read("{\"schema\":3,\"items\":[1,2]}"),
            Err(Unreadable::Newer(3))
        );
    }
}
