//! Speaking items: record yourself, hear the model and yourself, rate how close you came.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::glossed::glossed;
use super::{ItemContext, rate_buttons};
use crate::components::say::Say;
use crate::i18n::tr;
use crate::platform::recorder::{MicError, Recorder, Recording};
use crate::platform::sound::{self, Outcome};
use crate::state::sound::use_sound;
use bransjenorsk_core::practice::feedback::{Answer, SPEAKING_RATINGS};

/// Longest recording; a phrase takes a few seconds.
const MAX_RECORDING_MS: u64 = 20_000;

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Ready,
    Starting,
    Recording,
    Recorded,
    Failed(MicError),
}

/// See and hear a phrase, record yourself saying it, hear the model and
/// yourself one after the other, and say how close you came. The
/// recording lives only in this page until the item ends, unless saved.
pub fn speaking(text: String, recording: Option<String>, context: ItemContext) -> impl IntoView {
    let sound = use_sound();
    let callback = context.answer;
    let stage = RwSignal::new(Stage::Ready);
    let mine = RwSignal::new(None::<String>);
    let file_name = RwSignal::new(String::from("bransjenorsk.webm"));
    let recorder = StoredValue::new_local(None::<Recorder>);
    let kept = StoredValue::new_local(None::<Recording>);
    let playing_both = RwSignal::new(false);
    let model = StoredValue::new((text.clone(), recording.clone()));
    let both_id = sound.control_id();
    // Which recording a time limit belongs to, so an old one cannot stop a
    // newer recording.
    let take = StoredValue::new(0u32);

    let finish = move || {
        let Some(active) = recorder.try_update_value(Option::take).flatten() else {
            return;
        };
        spawn_local(async move {
            match active.finish().await {
                Some(recording) => {
                    file_name.set(format!("bransjenorsk.{}", extension(&recording.mime)));
                    mine.set(Some(recording.url.clone()));
                    kept.set_value(Some(recording));
                    stage.set(Stage::Recorded);
                }
                None => stage.set(Stage::Failed(MicError::Missing)),
            }
        });
    };
    let record = move |_| {
        sound::stop();
        kept.set_value(None);
        mine.set(None);
        stage.set(Stage::Starting);
        spawn_local(async move {
            match Recorder::start().await {
                Ok(active) => {
                    // The learner may have left while the browser asked.
                    if let Some(Some(active)) = recorder.try_set_value(Some(active)) {
                        active.cancel();
                        return;
                    }
                    stage.set(Stage::Recording);
                    take.update_value(|take| *take += 1);
                    let this = take.get_value();
                    set_timeout(
                        move || {
                            if take.try_get_value() == Some(this) {
                                finish();
                            }
                        },
                        std::time::Duration::from_millis(MAX_RECORDING_MS),
                    );
                }
                Err(error) => stage.set(Stage::Failed(error)),
            }
        });
    };
    let play_mine = move || {
        if let Some(Some(url)) = mine.try_get_untracked() {
            playing_both.set(true);
            sound::play_file(&url, Box::new(move |_| _ = playing_both.try_set(false)));
        }
    };
    let play_both = move |_| {
        let (text, recording) = model.get_value();
        playing_both.set(true);
        let started = sound.play(
            both_id,
            &text,
            recording,
            1.0,
            Box::new(move |outcome| {
                if outcome != Outcome::Stopped {
                    play_mine();
                }
            }),
        );
        if started.is_err() {
            play_mine();
        }
    };
    on_cleanup(move || {
        if let Some(active) = recorder.try_update_value(Option::take).flatten() {
            active.cancel();
        }
        kept.try_set_value(None);
    });

    view! {
        <p class="prompt speak-text">{glossed(text.clone(), context.clone())}</p>
        <div class="listen">
            <Say text recording slow=true large=true/>
        </div>
        <div class="record" aria-live="polite">
            {move || match stage.get() {
                Stage::Failed(error) => view! {
                    <p class="alert" role="alert">{tr(error.message_id())}</p>
                    <button type="button" class="button primary wide" on:click=record>
                        <span class="rec-dot" aria-hidden="true"></span>
                        {tr("speak-record")}
                    </button>
                }.into_any(),
                Stage::Ready | Stage::Starting => view! {
                    <button type="button" class="button primary wide" data-enter=""
                        disabled=move || stage.get() == Stage::Starting on:click=record>
                        <span class="rec-dot" aria-hidden="true"></span>
                        {tr("speak-record")}
                    </button>
                }.into_any(),
                Stage::Recording => view! {
                    <p class="recording-now" role="status">
                        <span class="rec-dot live" aria-hidden="true"></span>
                        {tr("speak-recording")}
                    </p>
                    <button type="button" class="button primary wide" data-enter="" on:click=move |_| finish()>
                        {tr("speak-stop")}
                    </button>
                }.into_any(),
                Stage::Recorded => view! {
                    <div class="actions">
                        <button type="button" class="button primary" data-enter=""
                            disabled=move || playing_both.get() on:click=play_both>
                            {tr("speak-play-both")}
                        </button>
                        <button type="button" class="button" disabled=move || playing_both.get()
                            on:click=move |_| play_mine()>
                            {tr("speak-play-mine")}
                        </button>
                    </div>
                    <p class="visually-hidden" role="status">
                        {move || playing_both.get().then(|| tr("sound-playing")())}
                    </p>
                    <div class="actions">
                        <button type="button" class="button quiet" on:click=record>{tr("speak-again")}</button>
                        <a class="button quiet" href=move || mine.get().unwrap_or_default()
                            download=move || file_name.get()>{tr("speak-save")}</a>
                    </div>
                    <p class="fine-print">{tr("speak-kept")}</p>
                    <p class="rate-question">{tr("speak-rate-question")}</p>
                    {rate_buttons(&SPEAKING_RATINGS, callback)}
                }.into_any(),
            }}
        </div>
        <div class="actions">
            <button type="button" class="button quiet" on:click=move |_| callback.run(Answer::Skip)>
                {tr("speak-skip")}
            </button>
        </div>
    }
}

/// A file extension for a recording's MIME type.
fn extension(mime: &str) -> &'static str {
    match mime.split(';').next().unwrap_or_default() {
        "audio/ogg" => "ogg",
        "audio/mp4" | "audio/aac" => "m4a",
        _ => "webm",
    }
}
