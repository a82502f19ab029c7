//! The key an item's progress is kept under: `pack-id/item-id`.

/// An item of a pack, as progress keys it: `pack-id/item-id`. Stored as
/// that string (a key of the `items` map in stored progress).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemKey(String);

impl ItemKey {
    pub fn new(pack: &str, item: &str) -> ItemKey {
        ItemKey(format!("{pack}/{item}"))
    }

    /// The pack's id; `None` for a key without a `/`, which the app never
    /// writes but a hand-edited backup may hold: it belongs to no pack.
    pub fn pack(&self) -> Option<&str> {
        self.0.split_once('/').map(|(pack, _)| pack)
    }

    /// The item's id within its pack; `None` as for [`ItemKey::pack`].
    pub fn item(&self) -> Option<&str> {
        self.0.split_once('/').map(|(_, item)| item)
    }

    /// A key as stored, whatever it holds.
    pub(crate) fn from_stored(key: &str) -> ItemKey {
        ItemKey(key.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn a_key_is_its_pack_and_item_and_stores_as_a_plain_string() {
        let key = ItemKey::new("helse-a1", "kort-01");
        assert_eq!(key.as_str(), "helse-a1/kort-01");
        assert_eq!(
            (key.pack(), key.item()),
            (Some("helse-a1"), Some("kort-01"))
        );
        let map = BTreeMap::from([(key.clone(), 1)]);
        let json = crate::json::to_string(&map);
        assert_eq!(json, r#"{"helse-a1/kort-01":1}"#);
        assert_eq!(
            crate::json::from_str::<BTreeMap<ItemKey, u32>>(&json),
            Some(map)
        );
        let odd: BTreeMap<ItemKey, u32> = crate::json::from_str(r#"{"no-slash":2}"#).unwrap();
        let odd = odd.into_keys().next().unwrap();
        assert_eq!((odd.pack(), odd.item()), (None, None));
    }
}
