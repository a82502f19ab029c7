use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::link::href;
use crate::components::title::use_page_title;
use crate::i18n::{args, use_i18n};

/// Help and about: what the app is, privacy, licences.
#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t("about-title"));
    let version = env!("CARGO_PKG_VERSION");
    view! {
        <h1>{move || i18n.t("about-title")}</h1>
        <p class="lead">{move || i18n.t("about-what")}</p>
        <p>{move || i18n.t("about-who")}</p>
        <h2>{move || i18n.t("about-privacy-heading")}</h2>
        <p>{move || i18n.t("about-privacy")}</p>
        <h2>{move || i18n.t("about-licence-heading")}</h2>
        <p>{move || i18n.t("about-licence")}</p>
        <h2>{move || i18n.t("about-teachers-heading")}</h2>
        <p>{move || i18n.t("about-teachers")}</p>
        <A href=href("/check") attr:class="button">{move || i18n.t("check-title")}</A>
        <p class="fine-print">{move || i18n.t_args("about-version", &args([("version", version.into())]))}</p>
    }
}
