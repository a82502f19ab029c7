//! The screen for a path the app does not know.

use leptos::prelude::*;

use crate::components::title::use_page_title;
use crate::i18n::tr;
use crate::platform::paths::RouteHref;
use bransjenorsk_core::route::Route;

/// What an unknown address shows: a plain word and a way home.
pub fn not_found() -> impl IntoView {
    use_page_title(tr("not-found-title"));
    view! {
        <h1>{tr("not-found-title")}</h1>
        <p>{tr("not-found-text")}</p>
        <a href=Route::Home.href() class="button">{tr("back-home")}</a>
    }
}
