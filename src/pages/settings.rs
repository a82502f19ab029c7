use leptos::prelude::*;

use crate::components::language_picker::{LanguageChoice, SupportChoice};
use crate::components::link::href;
use crate::components::title::use_page_title;
use crate::i18n::{tr, use_i18n};
use crate::platform::sound::use_sound;
use crate::platform::storage;

/// Settings: the interface language, and whether this browser keeps what
/// the app saves.
pub fn settings() -> impl IntoView {
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
        {sound_setting()}
        <section aria-labelledby="storage-heading">
            <h2 id="storage-heading">{tr("settings-storage")}</h2>
            <p class=status_class data-testid="storage-status">{move || i18n.t(status)}</p>
        </section>
    }
}

/// Sound on or off, for every screen: off for a learner on the bus.
fn sound_setting() -> impl IntoView {
    let sound = use_sound();
    view! {
        <fieldset class="choice-list">
            <legend>{tr("settings-sound")}</legend>
            <label class="choice">
                <input type="checkbox" name="sound" prop:checked=move || sound.is_on()
                    on:change=move |event| sound.set_on(event_target_checked(&event))/>
                <span>{tr("settings-sound-on")}</span>
            </label>
            <p class="fine-print">{tr("settings-sound-intro")} " "
                <a href=href("/help/voice")>{tr("voice-title")}</a>
            </p>
        </fieldset>
    }
}
