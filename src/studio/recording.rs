//! A word's or an exercise's recording: recorded with the microphone (a
//! level meter while it runs, a length limit, its size once made), played
//! back, recorded again or removed; or a sound file attached instead. A
//! refused or missing microphone is said, and the rest of the form works.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::editor::Editing;
use crate::i18n::{args, tr, use_i18n};
use crate::platform::file;
use crate::platform::recorder::{MicError, PACK_TYPES, Recorder};
use bransjenorsk_core::content::{MAX_AUDIO_BYTES, MediaKind};
use bransjenorsk_core::studio::draft::media_name;

/// The longest recording: a word or a sentence takes a few seconds.
const MAX_SECONDS: u32 = 20;

/// Whose recording: a word's or an exercise's, by index.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Word(usize),
    Item(usize),
}

impl Owner {
    /// The owner's id and the name of its recording, if it has one.
    fn read(self, editing: Editing) -> Option<(String, Option<String>)> {
        // Also read once a recording is made, when the form may be gone.
        editing.draft.try_with(|d| match self {
            Owner::Word(at) => d
                .pack
                .vocabulary
                .get(at)
                .map(|w| (w.id.clone(), w.audio.clone())),
            Owner::Item(at) => d
                .pack
                .items
                .get(at)
                .map(|i| (i.id.clone(), i.audio.clone())),
        })?
    }

    fn set(self, editing: Editing, name: Option<String>) {
        editing.draft.update(|d| {
            let slot = match self {
                Owner::Word(at) => d.pack.vocabulary.get_mut(at).map(|w| &mut w.audio),
                Owner::Item(at) => d.pack.items.get_mut(at).map(|i| &mut i.audio),
            };
            if let Some(slot) = slot {
                *slot = name;
            }
        });
    }
}

/// Where recording stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Idle,
    Starting,
    Recording,
    Saving,
}

pub fn recording_field(editing: Editing, owner: Owner, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(State::Idle);
    let problem = RwSignal::new(None::<&'static str>);
    let level = RwSignal::new(0.0f64);
    let seconds = RwSignal::new(0u32);
    let recorder = StoredValue::new_local(None::<Recorder>);
    // Ten times a second while recording: the level, the time, the limit.
    let ticker = StoredValue::new_local(None::<IntervalHandle>);
    let ticks = StoredValue::new(0u32);
    let name = Memo::new(move |_| owner.read(editing).and_then(|(_, name)| name));
    let size = move || {
        let name = name.get()?;
        editing.media.with(|m| m.get(&name).map(Vec::len))
    };
    let url = move || name.get().and_then(|name| editing.url(&name));

    let keep = move |bytes: Vec<u8>| {
        let Some(kind) = MediaKind::of_content(&bytes).filter(|kind| kind.is_audio()) else {
            problem.set(Some("studio-record-not-audio"));
            state.set(State::Idle);
            return;
        };
        if bytes.len() as u64 > MAX_AUDIO_BYTES {
            problem.set(Some("studio-record-too-large"));
            state.set(State::Idle);
            return;
        }
        let Some((owner_id, old)) = owner.read(editing) else {
            return;
        };
        let new = media_name(&owner_id, kind);
        state.set(State::Saving);
        spawn_local(async move {
            match editing.put_media(&new, old.as_deref(), bytes).await {
                Ok(()) => {
                    owner.set(editing, Some(new));
                    problem.set(None);
                }
                Err(id) => problem.set(Some(id)),
            }
            state.set(State::Idle);
        });
    };

    let stop = move || {
        if let Some(handle) = ticker.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let Some(running) = recorder.try_update_value(Option::take).flatten() else {
            return;
        };
        state.set(State::Saving);
        spawn_local(async move {
            match running.finish().await {
                Some(recording) => match file::blob_bytes(&recording.blob).await {
                    Some(bytes) => keep(bytes),
                    None => {
                        problem.set(Some("studio-record-failed"));
                        state.set(State::Idle);
                    }
                },
                None => {
                    problem.set(Some("studio-record-failed"));
                    state.set(State::Idle);
                }
            }
        });
    };
    let start = move |_| {
        problem.set(None);
        state.set(State::Starting);
        spawn_local(async move {
            match Recorder::start_as(PACK_TYPES).await {
                Ok(started) => {
                    // The teacher may have left while the browser asked.
                    if let Some(Some(started)) = recorder.try_set_value(Some(started)) {
                        started.cancel();
                        return;
                    }
                    ticks.set_value(0);
                    seconds.set(0);
                    state.set(State::Recording);
                    let tick = move || {
                        let now = recorder.with_value(|r| r.as_ref().map(Recorder::level));
                        level.set(now.unwrap_or(0.0));
                        ticks.update_value(|t| *t += 1);
                        let ticks = ticks.get_value();
                        seconds.set(ticks / 10);
                        if ticks >= MAX_SECONDS * 10 {
                            stop();
                        }
                    };
                    let handle = set_interval_with_handle(tick, Duration::from_millis(100));
                    ticker.set_value(handle.ok());
                }
                Err(error) => {
                    problem.set(Some(match error {
                        MicError::Refused => "studio-record-refused",
                        MicError::Missing => "studio-record-missing",
                        MicError::Format => "studio-record-no-format",
                    }));
                    state.set(State::Idle);
                }
            }
        });
    };
    on_cleanup(move || {
        if let Some(handle) = ticker.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if let Some(running) = recorder.try_update_value(Option::take).flatten() {
            running.cancel();
        }
    });
    let attach = move |event: web_sys::Event| {
        let Some(chosen) = file::chosen_file(&event) else {
            return;
        };
        problem.set(None);
        state.set(State::Saving);
        spawn_local(async move {
            match file::bytes(&chosen, MAX_AUDIO_BYTES).await {
                Ok(bytes) => keep(bytes),
                Err(file::Unreadable::TooLarge { .. }) => {
                    problem.set(Some("studio-record-too-large"));
                    state.set(State::Idle);
                }
                Err(file::Unreadable::Withheld) => {
                    problem.set(Some("check-not-read"));
                    state.set(State::Idle);
                }
            }
        });
    };
    let remove = move |_| {
        if let Some(old) = name.get_untracked() {
            spawn_local(async move {
                let _ = editing.put_media("", Some(&old), Vec::new()).await;
            });
        }
        owner.set(editing, None);
    };
    let recording = move || state.get() == State::Recording;
    let problems = super::problems::at_field(&id);
    view! {
        <fieldset class="recording" data-testid="recording">
            <legend>{tr("studio-recording")}</legend>
            {move || url().map(|src| view! {
                <audio controls src=src preload="metadata"></audio>
                <p class="card-meta" data-testid="recording-size">
                    {move || size().map(|bytes| i18n.t_args("studio-record-size", &args([("size", bytes.div_ceil(1024).into())])))}
                </p>
            })}
            {move || if recording() {
                view! {
                    <p class="recording-now" role="status">
                        <span class="rec-dot" aria-hidden="true"></span>
                        {move || i18n.t_args("studio-record-seconds", &args([("seconds", seconds.get().into()), ("max", MAX_SECONDS.into())]))}
                    </p>
                    <label class="field">
                        <span>{tr("studio-record-level")}</span>
                        <meter min="0" max="1" value=move || level.get()></meter>
                    </label>
                    <button type="button" class="button primary" on:click=move |_| stop()>{tr("studio-record-stop")}</button>
                }
                .into_any()
            } else {
                let label = move || if name.get().is_some() { "studio-record-again" } else { "studio-record" };
                view! {
                    <div class="actions">
                        <button type="button" class="button" disabled=move || state.get() != State::Idle
                            on:click=start>{move || i18n.t(label())}</button>
                        {move || name.get().is_some().then(|| view! {
                            <button type="button" class="button quiet danger" on:click=remove>{tr("studio-record-remove")}</button>
                        })}
                    </div>
                }
                .into_any()
            }}
            <label class="file-choice">
                <span>{tr("studio-record-attach")}</span>
                <input type="file" id=id accept=".ogg,.opus,.mp3,.m4a,audio/ogg,audio/mpeg,audio/mp4" on:change=attach/>
            </label>
            {move || problem.get().map(|id| view! { <p class="alert" role="alert">{move || i18n.t(id)}</p> })}
            {problems}
        </fieldset>
    }
}
