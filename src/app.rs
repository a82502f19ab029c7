//! The app: language, layout and routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::header::AppHeader;
use crate::components::link;
use crate::components::nav::NavBar;
use crate::i18n::{self, provide_i18n};
use crate::pages::{
    AboutPage, CheckPage, HomePage, NotFoundPage, PackPage, PracticePage, SectorPage, SettingsPage,
    VoiceHelpPage,
};
use crate::platform::browser;
use crate::platform::progress::provide_progress;
use crate::platform::sound::provide_sound;

/// Mounts the app into the page, replacing the start-up notice.
/// The messages of the interface and support languages come first; if the
/// interface's cannot be had, the start-up notice says the app could not
/// start.
pub fn start() {
    // Leptos's executor starts with the mount; this runs before it.
    wasm_bindgen_futures::spawn_local(async {
        let (lang, support) = i18n::initial_languages();
        if i18n::load(lang).await.is_err() {
            browser::show_boot_failure();
            return;
        }
        if let Some(support) = support {
            // Missing, the support text shows in the interface language.
            let _ = i18n::load(support).await;
        }
        browser::remove_boot_notice();
        leptos::mount::mount_to_body(App);
    });
}

/// The whole app: the interface language, the header, the routed screen
/// and the navigation bar.
#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    provide_progress();
    provide_sound();
    view! {
        <Router base=link::base()>
            <AppHeader/>
            <main id="main" tabindex="-1">
                {language_problem()}
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/sector/:sector") view=SectorPage/>
                    <Route path=path!("/pack/:id") view=PackPage/>
                    <Route path=path!("/pack/:id/practice") view=PracticePage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                    <Route path=path!("/about") view=AboutPage/>
                    <Route path=path!("/check") view=CheckPage/>
                    <Route path=path!("/help/voice") view=VoiceHelpPage/>
                </Routes>
            </main>
            <NavBar/>
            <FocusOnNavigation/>
        </Router>
    }
}

/// Says so when a language the learner chose could not be downloaded.
fn language_problem() -> impl IntoView {
    let i18n = i18n::use_i18n();
    move || {
        i18n.unavailable().map(|_| {
            view! { <p class="alert" role="alert">{i18n::tr("language-unavailable")}</p> }
        })
    }
}

/// After moving to another screen, focus its content, as a page load
/// would; otherwise a screen reader stays on a link that is gone.
#[component]
fn FocusOnNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            browser::focus_element("main");
        }
        path
    });
}
