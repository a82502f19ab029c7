//! The speaker button: hear a piece of Norwegian, from its recording or
//! the device's Norwegian voice; where there is neither, it says so and
//! points to the help on adding a voice. Hidden while sound is off.

use leptos::prelude::*;

use crate::i18n::{tr, use_i18n};
use crate::platform::paths::RouteHref;
use crate::state::sound::use_sound;
use bransjenorsk_core::route::Route;
use bransjenorsk_core::sound::{Plays, SLOW_RATE, Silence};

const SPEAKER: &str = "M4 9h4l5-4v14l-5-4H4z M16 9a4 4 0 0 1 0 6 M18.5 6.5a7.5 7.5 0 0 1 0 11";
const SPEAKER_OFF: &str = "M4 9h4l5-4v14l-5-4H4z M16 9l5 6 M21 9l-5 6";
const SNAIL: &str =
    "M3 17h15a3 3 0 0 0 3-3V9 M19 7l1-3 M21 7l1-2 M5 17a6 6 0 1 1 9-5 3 3 0 1 1-5 2";

/// A button that plays `text`. `recording` is the URL of its recording,
/// if it has one. `slow` adds a button for slower speech; `plays` shares
/// a play limit between both buttons; `large` is for listening items,
/// where the sound is the exercise. `hide_silent` shows nothing, rather
/// than the no-voice button, where a text cannot be heard.
#[component]
pub fn Say(
    #[prop(into)] text: String,
    #[prop(optional_no_strip)] recording: Option<String>,
    #[prop(optional)] slow: bool,
    #[prop(optional_no_strip)] plays: Option<RwSignal<Plays>>,
    #[prop(optional)] large: bool,
    #[prop(optional)] hide_silent: bool,
) -> impl IntoView {
    let sound = use_sound();
    let i18n = use_i18n();
    let normal = sound.control_id();
    let slowed = sound.control_id();
    let text = StoredValue::new(text);
    let recording = StoredValue::new(recording);
    let silence = move || sound.sound().source(recording.get_value().as_deref()).err();
    let playing = move || sound.is_playing(normal) || sound.is_playing(slowed);
    let can_play = move || plays.is_none_or(|plays| plays.with(|p| p.can_play()));
    // A second click on the button that is playing is ignored (the button
    // stays enabled so keyboard focus stays on it); the other button
    // switches speed at once.
    let play = move |id: u64, rate: f64| {
        if sound.is_playing(id) || !can_play() {
            return;
        }
        let started = sound.play(
            id,
            &text.get_value(),
            recording.get_value(),
            rate,
            Box::new(|_| {}),
        );
        if started.is_ok()
            && let Some(plays) = plays
        {
            plays.update(|plays| {
                plays.play();
            });
        }
    };
    let class = if large { "say large" } else { "say" };
    move || {
        match silence() {
        Some(Silence::NoVoice) if !hide_silent => no_voice(large).into_any(),
        Some(_) => ().into_any(),
        None => view! {
            <span class=class>
                <button type="button" class="say-button" class:playing=move || sound.is_playing(normal)
                    aria-label=tr(if large { "sound-play" } else { "sound-listen" })
                    disabled=move || !can_play()
                    on:click=move |_| play(normal, 1.0)>
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=SPEAKER/></svg>
                    {large.then(|| view! { <span>{tr("sound-play")}</span> })}
                </button>
                {slow.then(|| view! {
                    <button type="button" class="say-button" class:playing=move || sound.is_playing(slowed)
                        aria-label=tr("sound-slow")
                        disabled=move || !can_play()
                        on:click=move |_| play(slowed, SLOW_RATE)>
                        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=SNAIL/></svg>
                        {large.then(|| view! { <span>{tr("sound-slow")}</span> })}
                    </button>
                })}
                <span class="visually-hidden" role="status">
                    {move || playing().then(|| i18n.t("sound-playing"))}
                </span>
                {move || plays.and_then(|plays| plays.get().left()).map(|left| view! {
                    <span class="plays-left">
                        {i18n.t_args("sound-plays-left", &crate::i18n::args([("count", left.into())]))}
                    </span>
                })}
            </span>
        }
        .into_any(),
    }
    }
}

/// A speaker button that cannot play: it explains why, in the learner's
/// support language, and links to the help on adding a Norwegian voice.
fn no_voice(large: bool) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let lang = move || i18n.support().unwrap_or(i18n.lang());
    let say = move |id: &'static str| i18n.t_in(lang(), id);
    view! {
        <span class=if large { "say large" } else { "say" }>
            <button type="button" class="say-button off" aria-expanded=move || open.get().to_string()
                aria-label=move || say("sound-no-voice") lang=move || lang().code()
                on:click=move |_| open.update(|open| *open = !*open)>
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=SPEAKER_OFF/></svg>
                {large.then(|| view! { <span>{move || say("sound-no-voice")}</span> })}
            </button>
            <Show when=move || open.get()>
                <span class="no-voice" lang=move || lang().code()>
                    {move || say("sound-no-voice-why")} " "
                    <a href=Route::VoiceHelp.href()>{move || say("sound-how-to-add")}</a>
                </span>
            </Show>
        </span>
    }
}
