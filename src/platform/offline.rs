//! The service worker (`sw.js`, written by the build): registered once the
//! app runs, so the app opens without a network from the second visit on.
//! A new release it finds waits until the learner chooses to take it.
//! Packs are kept for offline use by asking for them through it.

use std::cell::RefCell;

use bransjenorsk_core::content::{CatalogEntry, read_playable};
use bransjenorsk_core::route::is_file;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{
    Cache, PerformanceEntry, RegistrationOptions, Request, ServiceWorkerContainer,
    ServiceWorkerRegistration, ServiceWorkerUpdateViaCache,
};

use super::fetch::{self, FetchError};
use super::packs;

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    // Not owned by whichever screen reads it first: it outlives them all.
    static UPDATE_READY: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// The browser's service workers, where it has them (secure pages only).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker of a release build (`trunk serve` has none) and
/// watches for a new release.
pub fn register() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else {
        return;
    };
    let options = RegistrationOptions::new();
    // sw.js itself is always asked of the server, never of the HTTP cache.
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    if container.controller().is_none() {
        // The first worker takes this page over once it is installed; what
        // the page loaded before then is asked for again (from the HTTP
        // cache) so that the worker keeps it.
        let keep = Closure::<dyn Fn()>::new(fetch_loaded_again);
        container.set_oncontrollerchange(Some(keep.as_ref().unchecked_ref()));
        keep.forget();
    }
    let registered = JsFuture::from(container.register_with_options("sw.js", &options));
    spawn_local(async move {
        // Refused, or (as where a browser's automation blocks workers) no
        // registration at all.
        let Some(registration) = registered
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
        else {
            return;
        };
        let watched = registration.clone();
        let found = Closure::<dyn Fn()>::new(move || watch_installing(&watched));
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
        REGISTRATION.set(Some(registration));
        note_waiting();
        look_for_updates_when_shown();
    });
}

/// The browser looks for a new release when the app is opened; an app
/// left open is looked at again when it comes back into view, at most
/// once an hour (sw.js is a few KB).
fn look_for_updates_when_shown() {
    const HOUR_MS: f64 = 3_600_000.0;
    let last = std::cell::Cell::new(js_sys::Date::now());
    let shown = Closure::<dyn Fn()>::new(move || {
        let visible = web_sys::window()
            .and_then(|window| window.document())
            .is_some_and(|document| !document.hidden());
        let now = js_sys::Date::now();
        if visible && now - last.get() > HOUR_MS {
            last.set(now);
            REGISTRATION.with_borrow(|registration| {
                if let Some(registration) = registration {
                    let _ = registration.update();
                }
            });
        }
    });
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_onvisibilitychange(Some(shown.as_ref().unchecked_ref()));
    }
    shown.forget();
}

/// Asks again for this page and every file of the app's it loaded.
fn fetch_loaded_again() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(origin) = window.location().origin() else {
        return;
    };
    // A page that is a file (share.html); the practice app's page is kept
    // at install.
    let page = window
        .location()
        .pathname()
        .ok()
        .filter(|path| is_file(path))
        .and_then(|_| window.location().href().ok());
    let loaded = window
        .performance()
        .map(|performance| performance.get_entries_by_type("resource").to_vec())
        .unwrap_or_default();
    let names = loaded
        .into_iter()
        .filter_map(|entry| entry.dyn_into::<PerformanceEntry>().ok())
        .map(|entry| entry.name())
        .chain(page);
    for name in names.filter(|name| name.starts_with(&origin)) {
        drop(window.fetch_with_str(&name));
    }
}

/// A worker that finishes installing while this page runs is a new release
/// once it waits.
fn watch_installing(registration: &ServiceWorkerRegistration) {
    if let Some(installing) = registration.installing() {
        let changed = Closure::<dyn Fn()>::new(note_waiting);
        installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
        changed.forget();
    }
}

/// The worker of a new release, installed and waiting, if any.
fn waiting_worker() -> Option<web_sys::ServiceWorker> {
    REGISTRATION.with_borrow(|r| r.as_ref().and_then(ServiceWorkerRegistration::waiting))
}

/// A release is ready when a worker waits behind the one serving the page
/// (the first worker of all serves at once and waits for nothing).
fn note_waiting() {
    let waiting = waiting_worker();
    let serving = container().and_then(|c| c.controller());
    if waiting.is_some() && serving.is_some() {
        UPDATE_READY.with(|ready| ready.set(true));
    }
}

/// Whether a new release is ready to be taken.
pub fn update_ready() -> bool {
    UPDATE_READY.with(|ready| ready.get())
}

/// Takes the new release: the waiting worker takes over and the page loads
/// again, all of it from the new release.
pub fn take_update() {
    let waiting = waiting_worker();
    let (Some(waiting), Some(container)) = (waiting, container()) else {
        return;
    };
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let _ = waiting.post_message(&"take-update".into());
}

/// Where the service worker keeps pack files (`PACK_CACHE` in sw.js).
const PACK_CACHE: &str = "bransjenorsk-packs";

/// Whether a service worker serves this page, so that packs can be kept.
pub fn serves() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Why a pack could not be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeepError {
    /// Offline, or the connection broke.
    Network,
    /// No room left on the device.
    Full,
}

impl KeepError {
    pub const fn message_id(self) -> &'static str {
        match self {
            KeepError::Network => "offline-keep-offline",
            KeepError::Full => "offline-keep-full",
        }
    }
}

/// Keeps a pack for offline use: its file and its media, asked for through
/// the service worker, which keeps what it serves (and answers 507 when
/// there is no room).
pub async fn keep(entry: &CatalogEntry) -> Result<(), KeepError> {
    let failed = |error: FetchError| match error {
        FetchError::Status(507) => KeepError::Full,
        _ => KeepError::Network,
    };
    let text = fetch::to_keep(&entry.path).await.map_err(failed)?;
    // A pack that does not read keeps no media; opening it will say so.
    if let Ok(playable) = read_playable(&text) {
        let folder = packs::folder(&entry.path);
        for media in playable.pack.media() {
            fetch::to_keep(&[folder.as_str(), media].concat())
                .await
                .map_err(failed)?;
        }
    }
    Ok(())
}

/// The keys of the pack files kept, relative to the app's base.
pub async fn kept_keys() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let base = window
        .document()
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default();
    let Ok(caches) = window.caches() else {
        return Vec::new();
    };
    let Ok(cache) = JsFuture::from(caches.open(PACK_CACHE)).await else {
        return Vec::new();
    };
    let cache: Cache = cache.unchecked_into();
    let Ok(keys) = JsFuture::from(cache.keys()).await else {
        return Vec::new();
    };
    js_sys::Array::from(&keys)
        .iter()
        .filter_map(|request| request.dyn_into::<Request>().ok())
        .filter_map(|request| request.url().strip_prefix(&base).map(str::to_owned))
        .collect()
}

/// Removes every kept pack file (progress is kept elsewhere).
pub async fn forget_all() {
    if let Some(caches) = web_sys::window().and_then(|window| window.caches().ok()) {
        let _ = JsFuture::from(caches.delete(PACK_CACHE)).await;
    }
}
