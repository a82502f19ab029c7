//! Help with hearing Norwegian: the device's voices and how to add one.

use leptos::prelude::*;

use crate::components::title::use_page_title;
use crate::i18n::{args, tr, use_i18n};
use crate::state::sound::use_sound;
use bransjenorsk_core::sound::{Heard, VoiceChoice};

/// A Norwegian sentence to test a voice with.
const TEST_SENTENCE: &str = "Hei! Jeg snakker norsk. Kan du høre meg?";

/// Hearing Norwegian: what this device has, a test of a voice that may
/// not really be Norwegian, and how to add a Norwegian voice.
pub fn voice_help() -> impl IntoView {
    let i18n = use_i18n();
    let sound = use_sound();
    use_page_title(tr("voice-title"));
    let tested = RwSignal::new(false);
    let status = move || match sound.voice() {
        None => i18n.t("voice-status-checking"),
        Some(VoiceChoice::Use(_)) => i18n.t_args(
            "voice-status-found",
            &args([("voice", sound.voice_name().into())]),
        ),
        Some(VoiceChoice::Unconfirmed(_)) => i18n.t("voice-status-unconfirmed"),
        Some(VoiceChoice::None) => i18n.t("voice-status-none"),
    };
    let testable = move || !sound.voice_name().is_empty();
    let test = move |_| {
        sound.test_voice(TEST_SENTENCE);
        tested.set(true);
    };
    let answer = move |heard: Heard| {
        sound.set_heard(heard);
        tested.set(false);
    };
    let steps = |id: &'static str| {
        view! { <ol class="steps">{move || i18n.t(id).lines().map(|line| view! { <li>{line.to_owned()}</li> }).collect_view()}</ol> }
    };
    view! {
        <h1>{tr("voice-title")}</h1>
        <p class="lead">{tr("voice-intro")}</p>
        <p class="note" role="status" data-testid="device-voice">{status}</p>
        {move || (!sound.is_on()).then(|| view! { <p class="note">{tr("voice-sound-off")}</p> })}
        <Show when=testable>
            <section aria-labelledby="voice-test-heading">
                <h2 id="voice-test-heading">{tr("voice-test-heading")}</h2>
                <p>{tr("voice-test-intro")}</p>
                <button type="button" class="button" on:click=test>{tr("voice-test-play")}</button>
                <Show when=move || tested.get()>
                    <fieldset class="choice-list">
                        <legend>{tr("voice-test-question")}</legend>
                        <button type="button" class="button" on:click=move |_| answer(Heard::Norwegian)>
                            {tr("voice-test-yes")}
                        </button>
                        <button type="button" class="button" on:click=move |_| answer(Heard::NotNorwegian)>
                            {tr("voice-test-no")}
                        </button>
                    </fieldset>
                </Show>
            </section>
        </Show>
        <h2>{tr("voice-android-heading")}</h2>
        {steps("voice-android-steps")}
        <h2>{tr("voice-ios-heading")}</h2>
        {steps("voice-ios-steps")}
        <h2>{tr("voice-windows-heading")}</h2>
        {steps("voice-windows-steps")}
        <h2>{tr("voice-mac-heading")}</h2>
        {steps("voice-mac-steps")}
        <p>{tr("voice-after")}</p>
    }
}
