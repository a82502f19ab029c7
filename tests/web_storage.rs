//! The storage adapter against a real browser's localStorage: it never
//! panics, and every failure is a typed error.
#![cfg(target_arch = "wasm32")]

use bransjenorsk::platform::storage::{self, StorageError};
use bransjenorsk_core::storage::key;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn raw() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn values_round_trip_under_the_versioned_key() {
    storage::set("test-round-trip", &vec![1, 2, 3]).unwrap();
    assert_eq!(
        storage::get::<Vec<u32>>("test-round-trip"),
        Ok(Some(vec![1, 2, 3]))
    );
    assert_eq!(
        raw().get_item(&key("test-round-trip")).unwrap().as_deref(),
        Some("[1,2,3]")
    );
    storage::remove("test-round-trip").unwrap();
    assert_eq!(storage::get::<Vec<u32>>("test-round-trip"), Ok(None));
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_reported_with_its_raw_text_and_kept() {
    raw().set_item(&key("test-corrupt"), "{not json").unwrap();
    assert_eq!(
        storage::get::<Vec<u32>>("test-corrupt"),
        Err(StorageError::Corrupted {
            key: key("test-corrupt"),
            raw: "{not json".into()
        })
    );
    assert_eq!(
        raw().get_item(&key("test-corrupt")).unwrap().as_deref(),
        Some("{not json")
    );
    raw().remove_item(&key("test-corrupt")).unwrap();
}

#[wasm_bindgen_test]
fn a_full_storage_is_quota_exceeded_and_damages_nothing() {
    storage::set("test-kept", "safe").unwrap();
    // Far beyond any browser's localStorage quota (5–10 MB).
    let huge = "x".repeat(12 * 1024 * 1024);
    assert_eq!(
        storage::set("test-huge", &huge),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(storage::get::<String>("test-huge"), Ok(None));
    assert_eq!(storage::get::<String>("test-kept"), Ok(Some("safe".into())));
    storage::remove("test-kept").unwrap();
}

#[wasm_bindgen_test]
fn the_probe_passes_and_leaves_nothing_behind() {
    let before = raw().length().unwrap();
    assert_eq!(storage::probe(), Ok(()));
    assert_eq!(raw().length().unwrap(), before);
}
