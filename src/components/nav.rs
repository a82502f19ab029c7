use leptos::prelude::*;
use leptos_router::components::A;

use super::icons::{HelpIcon, HomeIcon, SettingsIcon};
use super::link::href;
use crate::i18n::tr;

/// The main navigation, at the bottom of the screen where a thumb reaches.
/// The link of the current screen is marked with `aria-current="page"`.
#[component]
pub fn NavBar() -> impl IntoView {
    view! {
        <nav class="nav-bar" aria-label=tr("nav-label")>
            <A href=href("/") exact=true>
                <HomeIcon/>
                <span>{tr("nav-home")}</span>
            </A>
            <A href=href("/settings")>
                <SettingsIcon/>
                <span>{tr("nav-settings")}</span>
            </A>
            <A href=href("/about")>
                <HelpIcon/>
                <span>{tr("nav-about")}</span>
            </A>
        </nav>
    }
}
