//! The navigation bar at the bottom of the screen.

use leptos::prelude::*;

use super::icons::{HelpIcon, HomeIcon, SettingsIcon};
use crate::i18n::tr;
use crate::platform::paths::RouteHref;
use crate::platform::router::use_router;
use bransjenorsk_core::route::Route;

/// The main navigation, at the bottom of the screen where a thumb reaches.
/// The link of the current screen is marked with `aria-current="page"`.
#[component]
pub fn NavBar() -> impl IntoView {
    let router = use_router();
    let current = move |route: Route| move || (router.route() == route).then_some("page");
    view! {
        <nav class="nav-bar" aria-label=tr("nav-label")>
            <a href=Route::Home.href() aria-current=current(Route::Home)>
                <HomeIcon/>
                <span>{tr("nav-home")}</span>
            </a>
            <a href=Route::Settings.href() aria-current=current(Route::Settings)>
                <SettingsIcon/>
                <span>{tr("nav-settings")}</span>
            </a>
            <a href=Route::About.href() aria-current=current(Route::About)>
                <HelpIcon/>
                <span>{tr("nav-about")}</span>
            </a>
        </nav>
    }
}
