//! The app: language, layout and routes.

use leptos::prelude::*;

use crate::bundled;
use crate::components::alert::alert;
use crate::components::header::AppHeader;
use crate::components::nav::NavBar;
use crate::components::offline_notice::offline_notice;
use crate::components::progress_notice::not_saved_notice;
use crate::components::set_aside::set_aside_notices;
use crate::i18n::{self, provide_i18n};
use crate::pages;
use crate::platform::router::provide_router;
use crate::platform::{browser, offline, packs};
use crate::state::progress::provide_progress;
use crate::state::sound::provide_sound;
use bransjenorsk_core::route::Route;

/// Mounts the app into the page, replacing the start-up notice.
pub fn start() {
    boot(|| leptos::mount::mount_to_body(App));
}

/// Runs `mount` once the catalog of packs and the messages of the
/// interface and support languages are in; if the catalog or the
/// interface's messages cannot be had, the start-up notice says the app
/// could not start. The sharing page starts the same way. (A function
/// pointer, not a generic: the wasm keeps one copy of this.)
pub fn boot(mount: fn()) {
    // Leptos's executor starts with the mount; this runs before it.
    wasm_bindgen_futures::spawn_local(async move {
        let catalog = packs::load_catalog();
        let added = packs::load_added_list();
        let (lang, support) = i18n::initial_languages();
        if i18n::load(lang).await.is_err() {
            browser::show_boot_failure();
            return;
        }
        if let Some(support) = support {
            // Missing, the support text shows in the interface language.
            let _ = i18n::load(support).await;
        }
        let Some(catalog) = catalog.await else {
            browser::show_boot_failure();
            return;
        };
        bundled::install(catalog);
        bundled::set_added(&added.await);
        browser::remove_boot_notice();
        mount();
        offline::register();
    });
}

/// The whole app: the interface language, the header, the current
/// screen and the navigation bar.
#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    provide_progress();
    provide_sound();
    let router = provide_router();
    // After moving to another screen, focus its content, as a page load
    // would; otherwise a screen reader stays on a link that is gone.
    Effect::new(move |previous: Option<Route>| {
        let route = router.route();
        if previous.is_some_and(|previous| previous != route) {
            browser::focus_element("main");
        }
        route
    });
    view! {
        <AppHeader/>
        <main id="main" tabindex="-1">
            {language_problem()}
            {offline_notice()}
            {set_aside_notices()}
            {not_saved_notice()}
            {move || {
                let route = router.route();
                // A screen is built once per visit; what it reads as it is
                // built must not rebuild it.
                untrack(|| screen(route))
            }}
        </main>
        <NavBar/>
    }
}

fn screen(route: Route) -> AnyView {
    match route {
        Route::Home => pages::home().into_any(),
        Route::Sector(id) => pages::sector(&id),
        Route::Pack(id) => pages::pack(&id),
        Route::Practice(id) => pages::practice(&id),
        Route::Review => pages::review().into_any(),
        Route::Settings => pages::settings().into_any(),
        Route::About => pages::about().into_any(),
        Route::VoiceHelp => pages::voice_help().into_any(),
        Route::NotFound => pages::not_found().into_any(),
    }
}

/// Says so when a language the learner chose could not be downloaded.
fn language_problem() -> impl IntoView {
    let i18n = i18n::use_i18n();
    alert(move || i18n.unavailable().map(|_| "language-unavailable"))
}
