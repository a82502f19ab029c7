use leptos::prelude::*;

use crate::components::language_picker::{LanguageChoice, SupportChoice};
use crate::components::title::use_page_title;
use crate::i18n::{tr, use_i18n};
use crate::platform::storage;

/// Settings: the interface language, and whether this browser keeps what
/// the app saves.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(tr("settings-title"));
    let storage_status = storage::probe();
    let (status, status_class) = match &storage_status {
        Ok(()) => ("storage-ok", "note"),
        Err(error) => (error.message_id(), "alert"),
    };
    view! {
        <h1>{tr("settings-title")}</h1>
        <LanguageChoice/>
        <SupportChoice/>
        <section aria-labelledby="storage-heading">
            <h2 id="storage-heading">{tr("settings-storage")}</h2>
            <p class=status_class data-testid="storage-status">{move || i18n.t(status)}</p>
        </section>
    }
}
