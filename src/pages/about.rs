//! Help and information: what the app is, privacy, licences.

use leptos::prelude::*;

use crate::components::title::use_page_title;
use crate::i18n::{args, tr, use_i18n};
use bransjenorsk_core::route::{ShareView, StudioView};

/// Help and information: what the app is, privacy, licences.
pub fn about() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(tr("about-title"));
    let version = env!("CARGO_PKG_VERSION");
    view! {
        <h1>{tr("about-title")}</h1>
        <p class="lead">{tr("about-what")}</p>
        <p>{tr("about-who")}</p>
        <h2>{tr("about-privacy-heading")}</h2>
        <p>{tr("about-privacy")}</p>
        <h2>{tr("about-licence-heading")}</h2>
        <p>{tr("about-licence")}</p>
        <h2>{tr("about-teachers-heading")}</h2>
        <p>{tr("about-teachers")}</p>
        <div class="actions">
            <a href=StudioView::Drafts.href() class="button primary">{tr("studio-title")}</a>
            <a href=ShareView::Check.href() class="button">{tr("check-title")}</a>
        </div>
        <p class="fine-print">{move || i18n.t_args("about-version", &args([("version", version.into())]))}</p>
    }
}
