//! The storage adapter against a real browser's localStorage: it never
//! panics, and every failure is a typed error.
#![cfg(target_arch = "wasm32")]

use bransjenorsk::platform::storage::{self, Guarded, StorageError, StoreKey, Unreadable};
use bransjenorsk_core::storage::read;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn raw() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

// The adapter stores whatever it is given under any of the app's keys.
// These tests borrow spare quarantine places, which nothing else here
// uses (the app only fills one after `quarantine.progress`), and leave
// them empty.
const ROUND_TRIP: StoreKey = StoreKey::QuarantineOfLength(Guarded::Progress, 1);
const KEPT: StoreKey = StoreKey::QuarantineOfLength(Guarded::Progress, 3);
const HUGE: StoreKey = StoreKey::QuarantineOfLength(Guarded::Progress, 4);

fn stored(key: StoreKey) -> Option<String> {
    raw().get_item(&key.key()).unwrap()
}

/// What is listed as set aside of `value`.
fn listed(value: Guarded) -> Vec<storage::SetAside> {
    storage::set_aside()
        .into_iter()
        .filter(|set_aside| set_aside.value == value)
        .collect()
}

#[wasm_bindgen_test]
fn values_round_trip_under_the_versioned_key() {
    storage::set(ROUND_TRIP, &vec![1_u32, 2, 3]).unwrap();
    assert_eq!(storage::get_raw(ROUND_TRIP), Ok(Some("[1,2,3]".into())));
    assert_eq!(stored(ROUND_TRIP).as_deref(), Some("[1,2,3]"));
    storage::remove(ROUND_TRIP).unwrap();
    assert_eq!(storage::get_raw(ROUND_TRIP), Ok(None));
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_set_aside_listed_and_never_lost() {
    raw().set_item(&StoreKey::Sound.key(), "maybe").unwrap();
    assert_eq!(storage::read(Guarded::Sound, read::flag), None);
    let place = StoreKey::Quarantine(Guarded::Sound);
    assert_eq!(stored(place).as_deref(), Some("maybe"));
    // Until the person has seen it, it also stays where it was.
    assert_eq!(stored(StoreKey::Sound).as_deref(), Some("maybe"));
    let listed = listed(Guarded::Sound);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].value, Guarded::Sound);
    assert_eq!(listed[0].reason, Unreadable::Damaged);
    assert_eq!(listed[0].raw, "maybe");
    assert_eq!(listed[0].kept_as, Some(place));
    // Read again, it goes to the same place and is listed once.
    assert_eq!(storage::read(Guarded::Sound, read::flag), None);
    assert_eq!(
        stored(StoreKey::QuarantineOfLength(Guarded::Sound, 5)),
        None
    );
    assert_eq!(self::listed(Guarded::Sound).len(), 1);
    // Seen, the unreadable text leaves its key; the copy stays.
    storage::dismiss_set_aside(Guarded::Sound);
    assert!(self::listed(Guarded::Sound).is_empty());
    assert_eq!(stored(StoreKey::Sound), None);
    assert_eq!(stored(place).as_deref(), Some("maybe"));
    // With a copy kept, the value may be written again.
    storage::set(StoreKey::Sound, &false).unwrap();
    assert_eq!(storage::read(Guarded::Sound, read::flag), Some(false));
    for key in [place, StoreKey::Sound] {
        raw().remove_item(&key.key()).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_value_with_no_room_to_set_aside_is_never_written_over() {
    // Both places hold other text: nothing may be written over the value.
    let value = Guarded::HeardVoice;
    raw()
        .set_item(&StoreKey::Quarantine(value).key(), "older")
        .unwrap();
    raw()
        .set_item(&StoreKey::QuarantineOfLength(value, 4).key(), "kept")
        .unwrap();
    raw().set_item(&value.key().key(), "Nora").unwrap();
    assert_eq!(storage::read(value, read::heard), None);
    assert_eq!(listed(value)[0].kept_as, None);
    assert!(!storage::may_write(value.key()));
    assert!(matches!(
        storage::set(value.key(), "+Nora"),
        Err(StorageError::Corrupted { .. })
    ));
    assert!(storage::remove(value.key()).is_err());
    assert_eq!(stored(value.key()).as_deref(), Some("Nora"));
    // Dismissing cannot hide it while no copy is kept.
    storage::dismiss_set_aside(value);
    assert_eq!(listed(value).len(), 1);
    for key in [
        StoreKey::Quarantine(value),
        StoreKey::QuarantineOfLength(value, 4),
        value.key(),
    ] {
        raw().remove_item(&key.key()).unwrap();
    }
}

/// Fills localStorage to the last character; the keys it used.
fn fill_storage() -> Vec<String> {
    let mut fillers = Vec::new();
    let mut size = 1 << 20;
    while size > 0 {
        let key = format!("filler-{}", fillers.len());
        if raw().set_item(&key, &"x".repeat(size)).is_ok() {
            fillers.push(key);
        } else {
            size /= 2;
        }
    }
    fillers
}

#[wasm_bindgen_test]
fn a_value_set_aside_once_space_is_freed_may_be_written_again() {
    let value = Guarded::HeardVoice;
    raw().set_item(&value.key().key(), "Nora").unwrap();
    let fillers = fill_storage();
    // No room for the copy: the value is kept where it is.
    assert_eq!(storage::read(value, read::heard), None);
    assert_eq!(listed(value)[0].kept_as, None);
    assert!(!storage::may_write(value.key()));
    assert_eq!(stored(value.key()).as_deref(), Some("Nora"));
    for key in &fillers {
        raw().remove_item(key).unwrap();
    }
    // With space again, the copy is made before anything is written.
    assert!(storage::may_write(value.key()));
    let place = StoreKey::Quarantine(value);
    assert_eq!(stored(place).as_deref(), Some("Nora"));
    assert_eq!(listed(value).len(), 1);
    assert_eq!(listed(value)[0].kept_as, Some(place));
    storage::set(value.key(), "+Nora").unwrap();
    storage::dismiss_set_aside(value);
    for key in [place, value.key()] {
        raw().remove_item(&key.key()).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_full_storage_is_quota_exceeded_and_damages_nothing() {
    storage::set(KEPT, "safe").unwrap();
    // Far beyond any browser's localStorage quota (5–10 MB).
    let huge = "x".repeat(12 * 1024 * 1024);
    assert_eq!(storage::set(HUGE, &huge), Err(StorageError::QuotaExceeded));
    assert_eq!(storage::get_raw(HUGE), Ok(None));
    assert_eq!(storage::get_raw(KEPT), Ok(Some("\"safe\"".into())));
    storage::remove(KEPT).unwrap();
}

#[wasm_bindgen_test]
fn the_probe_passes_and_leaves_nothing_behind() {
    let before = raw().length().unwrap();
    assert_eq!(storage::probe(), Ok(()));
    assert_eq!(raw().length().unwrap(), before);
}
