//! The app: language, layout and routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::header::AppHeader;
use crate::components::link;
use crate::components::nav::NavBar;
use crate::i18n::provide_i18n;
use crate::pages::{
    AboutPage, CheckPage, HomePage, NotFoundPage, PackPage, PracticePage, SectorPage, SettingsPage,
};
use crate::platform::browser;
use crate::platform::progress::provide_progress;

/// Mounts the app into the page, replacing the start-up notice.
pub fn start() {
    browser::remove_boot_notice();
    leptos::mount::mount_to_body(App);
}

/// The whole app: the interface language, the header, the routed screen
/// and the navigation bar.
#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    provide_progress();
    view! {
        <Router base=link::base()>
            <AppHeader/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/sector/:sector") view=SectorPage/>
                    <Route path=path!("/pack/:id") view=PackPage/>
                    <Route path=path!("/pack/:id/practice") view=PracticePage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                    <Route path=path!("/about") view=AboutPage/>
                    <Route path=path!("/check") view=CheckPage/>
                </Routes>
            </main>
            <NavBar/>
            <FocusOnNavigation/>
        </Router>
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
