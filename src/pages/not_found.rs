use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::link::href;
use crate::components::title::use_page_title;
use crate::i18n::use_i18n;

/// What an unknown address shows: a plain word and a way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t("not-found-title"));
    view! {
        <h1>{move || i18n.t("not-found-title")}</h1>
        <p>{move || i18n.t("not-found-text")}</p>
        <A href=href("/") attr:class="button">{move || i18n.t("back-home")}</A>
    }
}
