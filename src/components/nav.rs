use leptos::prelude::*;
use leptos_router::components::A;

use super::icons::{HelpIcon, HomeIcon, SettingsIcon};
use super::link::href;
use crate::i18n::use_i18n;

/// The main navigation, at the bottom of the screen where a thumb reaches.
/// The link of the current screen is marked with `aria-current="page"`.
#[component]
pub fn NavBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="nav-bar" aria-label=move || i18n.t("nav-label")>
            <A href=href("/") exact=true>
                <HomeIcon/>
                <span>{move || i18n.t("nav-home")}</span>
            </A>
            <A href=href("/settings")>
                <SettingsIcon/>
                <span>{move || i18n.t("nav-settings")}</span>
            </A>
            <A href=href("/about")>
                <HelpIcon/>
                <span>{move || i18n.t("nav-about")}</span>
            </A>
        </nav>
    }
}
