//! The storage adapter against a real browser's localStorage: it never
//! panics, and every failure is a typed error.
#![cfg(target_arch = "wasm32")]

use bransjenorsk::platform::storage::{self, StorageError, StoreKey};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn raw() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

// The adapter stores whatever it is given under any of the app's keys.
// These tests borrow spare quarantine places, which nothing else here
// uses (the app only fills one after `quarantine.progress`), and leave
// them empty.
const ROUND_TRIP: StoreKey = StoreKey::QuarantineOfLength(1);
const CORRUPT: StoreKey = StoreKey::QuarantineOfLength(2);
const KEPT: StoreKey = StoreKey::QuarantineOfLength(3);
const HUGE: StoreKey = StoreKey::QuarantineOfLength(4);

#[wasm_bindgen_test]
fn values_round_trip_under_the_versioned_key() {
    storage::set(ROUND_TRIP, &vec![1, 2, 3]).unwrap();
    assert_eq!(
        storage::get::<Vec<u32>>(ROUND_TRIP),
        Ok(Some(vec![1, 2, 3]))
    );
    assert_eq!(
        raw().get_item(&ROUND_TRIP.key()).unwrap().as_deref(),
        Some("[1,2,3]")
    );
    storage::remove(ROUND_TRIP).unwrap();
    assert_eq!(storage::get::<Vec<u32>>(ROUND_TRIP), Ok(None));
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_reported_with_its_raw_text_and_kept() {
    raw().set_item(&CORRUPT.key(), "{not json").unwrap();
    assert_eq!(
        storage::get::<Vec<u32>>(CORRUPT),
        Err(StorageError::Corrupted {
            key: CORRUPT.key(),
            raw: "{not json".into()
        })
    );
    assert_eq!(
        raw().get_item(&CORRUPT.key()).unwrap().as_deref(),
        Some("{not json")
    );
    raw().remove_item(&CORRUPT.key()).unwrap();
}

#[wasm_bindgen_test]
fn a_full_storage_is_quota_exceeded_and_damages_nothing() {
    storage::set(KEPT, "safe").unwrap();
    // Far beyond any browser's localStorage quota (5–10 MB).
    let huge = "x".repeat(12 * 1024 * 1024);
    assert_eq!(storage::set(HUGE, &huge), Err(StorageError::QuotaExceeded));
    assert_eq!(storage::get::<String>(HUGE), Ok(None));
    assert_eq!(storage::get::<String>(KEPT), Ok(Some("safe".into())));
    storage::remove(KEPT).unwrap();
}

#[wasm_bindgen_test]
fn the_probe_passes_and_leaves_nothing_behind() {
    let before = raw().length().unwrap();
    assert_eq!(storage::probe(), Ok(()));
    assert_eq!(raw().length().unwrap(), before);
}
