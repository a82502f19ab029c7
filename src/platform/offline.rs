//! The service worker (`sw.js`, written by the build): registered once the
//! app runs, so the app opens without a network from the second visit on.
//! A new release it finds waits until the learner chooses to take it.

use std::cell::RefCell;

use bransjenorsk_core::route::is_file;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{
    PerformanceEntry, RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerUpdateViaCache,
};

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

/// A release is ready when a worker waits behind the one serving the page
/// (the first worker of all serves at once and waits for nothing).
fn note_waiting() {
    let waiting =
        REGISTRATION.with_borrow(|r| r.as_ref().and_then(ServiceWorkerRegistration::waiting));
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
    let waiting =
        REGISTRATION.with_borrow(|r| r.as_ref().and_then(ServiceWorkerRegistration::waiting));
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
