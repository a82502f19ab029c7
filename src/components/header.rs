//! The bar at the top: the app's name and the language.

use leptos::prelude::*;

use super::icons::AppIcon;
use super::language_picker::LanguageSelect;
use crate::i18n::tr;
use crate::platform::paths::RouteHref;
use bransjenorsk_core::route::Route;

/// The bar at the top: the app's name (a way home) and the language.
#[component]
pub fn AppHeader() -> impl IntoView {
    view! {
        <header class="app-header">
            <a href=Route::Home.href() class="brand" lang="nb">
                <AppIcon/>
                <span>{tr("app-name")}</span>
            </a>
            <LanguageSelect/>
        </header>
    }
}
