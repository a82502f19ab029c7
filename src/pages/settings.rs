//! The settings screen: languages, sound, review and saved progress.

use leptos::prelude::*;

use super::progress_settings::{progress_data, review_settings};
use crate::components::keep_offline::kept_packs;
use crate::components::language_picker::{LanguageChoice, SupportChoice};
use crate::components::title::use_page_title;
use crate::i18n::tr;
use crate::platform::paths::RouteHref;
use crate::state::sound::use_sound;
use bransjenorsk_core::route::{Route, ShareView};

/// Settings: languages, sound, review, and the learner's saved progress.
pub fn settings() -> impl IntoView {
    use_page_title(tr("settings-title"));
    view! {
        <h1>{tr("settings-title")}</h1>
        <LanguageChoice/>
        <SupportChoice/>
        {sound_setting()}
        <section aria-labelledby="review-heading">
            <h2 id="review-heading">{tr("settings-review")}</h2>
            {review_settings()}
        </section>
        {progress_data()}
        {kept_packs()}
        <section aria-labelledby="mentor-heading">
            <h2 id="mentor-heading">{tr("settings-mentor")}</h2>
            <p>{tr("settings-mentor-intro")}</p>
            <a class="button" href=ShareView::Mentor.href()>{tr("settings-mentor")}</a>
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
                <a href=Route::VoiceHelp.href()>{tr("voice-title")}</a>
            </p>
        </fieldset>
    }
}
