//! A value a screen loads once (a pack, what is kept offline) and again
//! on request. What Leptos's `LocalResource` and `<Suspense>` do for
//! these screens, without their machinery: 13 KB of the app's
//! download (brotli).

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::task::spawn_local;

type Load<T> = Box<dyn Fn() -> Pin<Box<dyn Future<Output = T>>>>;

/// The latest loaded value; `None` until the first load is in. Loading
/// again keeps the value until the new one is in, and only the latest
/// load counts.
pub struct Loaded<T: 'static> {
    value: RwSignal<Option<T>, LocalStorage>,
    load: StoredValue<Load<T>, LocalStorage>,
    latest: StoredValue<u32, LocalStorage>,
}

impl<T: 'static> Clone for Loaded<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Loaded<T> {}

impl<T: 'static> Loaded<T> {
    /// Starts loading at once with `load`, which is not tracked.
    pub fn new<F>(load: impl Fn() -> F + 'static) -> Loaded<T>
    where
        F: Future<Output = T> + 'static,
    {
        let load: Load<T> = Box::new(move || Box::pin(untrack(&load)));
        let loaded = Loaded {
            value: RwSignal::new_local(None),
            load: StoredValue::new_local(load),
            latest: StoredValue::new_local(0),
        };
        loaded.refetch();
        loaded
    }

    /// Loads the value again.
    pub fn refetch(&self) {
        let Some(future) = self.load.try_with_value(|load| load()) else {
            return;
        };
        let this = *self;
        let run = this.latest.try_update_value(|latest| {
            *latest = latest.wrapping_add(1);
            *latest
        });
        spawn_local(async move {
            let value = future.await;
            // A screen left while loading has disposed of the signal.
            if this.latest.try_get_value() == run {
                let _ = this.value.try_set(Some(value));
            }
        });
    }
}

impl<T: Clone + 'static> Loaded<T> {
    /// The value, tracked; `None` until it is in.
    pub fn get(&self) -> Option<T> {
        self.value.get()
    }
}
